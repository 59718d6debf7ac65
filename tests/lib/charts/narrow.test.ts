import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { barChartSvg, layoutBars } from '../../../src/lib/charts/bars.ts';
import { FONT_SIZE, framedSvg, textWidth } from '../../../src/lib/charts/svg.ts';
import { layoutTimeline, timelineSvg } from '../../../src/lib/charts/timeline.ts';
import { agencyBars, agencySeries, gapBars, gapSeries, panelBars, timelineItems, timelineText } from '../../fixtures/charts/data.ts';

/** The narrow rendering's width: a 320 px phone less 16 px margins, so one unit is one CSS px there. */
const NARROW = 288;
const SMALL = 12;

describe('narrow bar charts (labels above the bars)', () => {
	test.each([
		['agencies', agencyBars, agencySeries],
		['gaps (stacked)', gapBars, gapSeries],
		['national panel with gaps and notes', panelBars, [{ key: 'declared', label: 'Công bố' }]],
	] as const)('%s: every label, value and note fits inside 288 units', (_, data, series) => {
		const g = layoutBars(data, series, { width: NARROW, labelsAbove: true });
		expect(g.width).toBe(NARROW);
		for (const row of g.rows) {
			expect(row.labelAnchor).toBe('start');
			for (const line of row.lines) expect(row.labelX + textWidth(line)).toBeLessThanOrEqual(NARROW);
			// The label sits above its bar, not beside it: its last baseline is above the bar's top.
			expect(row.labelY + (row.lines.length - 1) * 15).toBeLessThan(row.y);
			if (row.end) {
				const width =
					textWidth(row.end.value, FONT_SIZE, true) +
					(row.end.parts ? textWidth(`${row.end.parts.join(' + ')} = `, SMALL) : 0) +
					(row.end.note ? textWidth(` ${row.end.note}`, SMALL) : 0);
				expect(row.end.x + width).toBeLessThanOrEqual(NARROW + 0.5);
			}
			if (row.gap) expect(row.gap.x + textWidth(row.gap.text)).toBeLessThanOrEqual(NARROW);
		}
	});

	test('draws no text smaller than 12 units', () => {
		const svg = barChartSvg(layoutBars(gapBars, gapSeries, { width: NARROW, labelsAbove: true }), { id: 'g', title: 't', desc: 'd', lang: 'vi' });
		const sizes = [...svg.matchAll(/font-size="([\d.]+)"/gu)].map((m) => Number(m[1]));
		expect(sizes.length).toBeGreaterThan(0);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	});

	test('keeps the label column of the wide layout', () => {
		const g = layoutBars(agencyBars, agencySeries);
		expect(g.rows.every((r) => r.labelAnchor === 'end' && r.labelX < g.plot.x)).toBe(true);
	});
});

describe('narrow timeline', () => {
	const g = layoutTimeline(timelineItems, '2026-02-01', { width: NARROW, labelsAbove: true, lang: 'en' });
	const svg = timelineSvg(g, { id: 't', title: 'Decisions', desc: 'd', lang: 'en', ...timelineText.en });

	test('puts every label on its own line inside the width', () => {
		for (const row of g.rows) {
			expect(row.labelAnchor).toBe('start');
			for (const line of row.lines) expect(row.labelX + textWidth(line)).toBeLessThanOrEqual(NARROW);
			expect(row.labelY).toBeLessThan(row.bar.y);
		}
	});

	test('keeps the as-of label inside the chart', () => {
		const match = /<text x="([\d.]+)" y="[\d.]+" text-anchor="(start|end)" font-weight="bold"[^>]*>([^<]+)<\/text>/u.exec(svg);
		expect(match).not.toBeNull();
		const [x, anchor, label] = [Number(match![1]), match![2], match![3]!];
		const width = textWidth(label, FONT_SIZE, true);
		const left = anchor === 'end' ? x - width : x;
		expect(left).toBeGreaterThanOrEqual(0);
		expect(left + width).toBeLessThanOrEqual(NARROW + 0.5);
	});

	test('draws the as-of line before the dates, so their white outline covers it', () => {
		expect(svg.indexOf('stroke-dasharray')).toBeLessThan(svg.indexOf('20/10/2025'));
	});
});

describe('a framed standalone chart', () => {
	const chart = barChartSvg(layoutBars(agencyBars, agencySeries), {
		id: 'c-agencies',
		title: 'Cơ quan cử người',
		desc: 'Số người mỗi cơ quan cử.',
		lang: 'vi',
	});
	const framed = framedSvg(chart, {
		title: 'Cơ quan cử người (Tỉnh Điện Biên)',
		subtitle: 'Số phân công được liệt kê của mỗi cơ quan.',
		footer: ['Nguồn: các quyết định được trích dẫn', 'Số liệu đến 01/12/2025 · Giấy phép: CC BY 4.0', 'https://example.org/dien-bien/'],
	});
	const visible = [...framed.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</gu)].map((m) => m[1]!).join('\n');

	test('is one well-formed SVG document with the chart nested in it', () => {
		expect(XMLValidator.validate(framed)).toBe(true);
		expect(framed.match(/<svg/gu)).toHaveLength(2);
		expect(framed.match(/role="img"/gu)).toHaveLength(1);
	});

	test.each([
		['title', 'Cơ quan cử người (Tỉnh Điện Biên)'],
		['subtitle', 'Số phân công được liệt kê của mỗi cơ quan.'],
		['source', 'Nguồn: các quyết định được trích dẫn'],
		['as-of day and licence', 'Số liệu đến 01/12/2025 · Giấy phép: CC BY 4.0'],
		['address', 'https://example.org/dien-bien/'],
	])('shows its %s as visible text, not only in <title>', (_, text) => {
		expect(visible).toContain(text);
	});

	test('is taller than the chart by its header and footer, at the same width', () => {
		const inner = /viewBox="0 0 ([\d.]+) ([\d.]+)"/u.exec(chart)!;
		const outer = /viewBox="0 0 ([\d.]+) ([\d.]+)"/u.exec(framed)!;
		expect(outer[1]).toBe(inner[1]);
		expect(Number(outer[2])).toBeGreaterThan(Number(inner[2]) + 60);
	});
});
