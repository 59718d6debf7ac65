import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { barChartSvg, layoutBars } from '../../../src/lib/charts/bars.ts';
import { layoutMatrix, matrixSvg } from '../../../src/lib/charts/matrix.ts';
import { layoutTimeline, timelineSvg } from '../../../src/lib/charts/timeline.ts';
import {
	agencyBars,
	agencySeries,
	gapBars,
	gapSeries,
	matrixCols,
	matrixRows,
	matrixValue,
	panelBars,
	timelineItems,
	timelineText,
} from '../../fixtures/charts/data.ts';

const legend = {
	vi: { count: 'Số người được cử', zero: 'Không có ai được cử', missing: 'Chưa có dữ liệu' },
	en: { count: 'People sent', zero: 'Nobody sent', missing: 'No data' },
};

/** Every chart of the tests, by snapshot name, built from scratch on each call. */
const charts: Record<string, () => string> = {
	'bars-agencies-vi': () =>
		barChartSvg(layoutBars(agencyBars, agencySeries), { id: 'agencies', title: 'Cơ quan cử người', desc: 'Số người mỗi cơ quan cử về xã.', lang: 'vi' }),
	'bars-gaps-vi': () =>
		barChartSvg(layoutBars(gapBars, gapSeries), { id: 'gaps', title: 'Lĩnh vực còn thiếu', desc: 'Số xã đã được cử người và số xã còn thiếu.', lang: 'vi' }),
	'bars-panel-en': () =>
		barChartSvg(layoutBars(panelBars, [{ key: 'declared', label: 'Declared' }], { lang: 'en' }), {
			id: 'panel',
			title: 'Reported secondments by province',
			desc: 'Declared totals per province.',
			lang: 'en',
		}),
	'bars-agencies-narrow-vi': () =>
		barChartSvg(layoutBars(agencyBars, agencySeries, { width: 288, labelsAbove: true, legend: false }), {
			id: 'agencies',
			title: 'Cơ quan cử người',
			desc: 'Số người mỗi cơ quan cử về xã.',
			lang: 'vi',
		}),
	'timeline-narrow-en': () =>
		timelineSvg(layoutTimeline(timelineItems, '2026-02-01', { lang: 'en', width: 288, labelsAbove: true }), {
			id: 'timeline',
			title: 'Decisions',
			desc: 'When each decision runs.',
			lang: 'en',
			...timelineText.en,
		}),
	'matrix-vi': () =>
		matrixSvg(layoutMatrix(matrixRows, matrixCols, matrixValue), {
			id: 'matrix',
			title: 'Xã và lĩnh vực',
			desc: 'Số người được cử theo xã và lĩnh vực.',
			lang: 'vi',
			legend: legend.vi,
		}),
	'timeline-vi': () =>
		timelineSvg(layoutTimeline(timelineItems, '2026-02-01'), {
			id: 'timeline',
			title: 'Các quyết định',
			desc: 'Thời gian của các quyết định.',
			lang: 'vi',
			...timelineText.vi,
		}),
	'timeline-en': () =>
		timelineSvg(layoutTimeline(timelineItems, '2026-02-01', { lang: 'en' }), {
			id: 'timeline',
			title: 'Decisions',
			desc: 'When each decision runs.',
			lang: 'en',
			...timelineText.en,
		}),
};

/** Rounds every number in a string to 3 decimals, so snapshots do not churn on float noise. */
const round3 = (svg: string) => svg.replace(/-?\d+\.\d+/gu, (n) => String(Math.round(Number(n) * 1000) / 1000));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const rootOf = (svg: string) =>
	(parser.parse(svg) as { svg: Record<string, unknown> & { title: { id: string; '#text': string }; desc: { id: string; '#text': string } } }).svg;

describe.each(Object.entries(charts))('chart %s', (name, build) => {
	const svg = build();

	test('matches its SVG file snapshot', async () => {
		await expect(round3(svg)).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
	});

	test('is the same string when built twice from the same input', () => {
		expect(build()).toBe(svg);
	});

	test('is well-formed XML with the SVG namespace, so it works as a standalone file', () => {
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(rootOf(svg).xmlns).toBe('http://www.w3.org/2000/svg');
	});

	test('has role="img", a viewBox and no fixed size', () => {
		const root = rootOf(svg);
		expect(root.role).toBe('img');
		expect(root.viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/u);
		expect(root.width).toBeUndefined();
		expect(root.height).toBeUndefined();
		expect(root.style).toBe(`max-width:${String(root.viewBox).split(' ')[2]}px`);
	});

	test('names its title and description in aria-labelledby', () => {
		const root = rootOf(svg);
		expect(String(root['aria-labelledby']).split(' ')).toEqual([root.title.id, root.desc.id]);
		expect(root.title['#text'].length).toBeGreaterThan(0);
		expect(root.desc['#text'].length).toBeGreaterThan(0);
		expect(svg.indexOf('<title')).toBeLessThan(svg.indexOf('<desc'));
	});

	test('declares its language with lang, not xml:lang', () => {
		expect(rootOf(svg).lang).toMatch(/^(vi|en)$/u);
		expect(svg).not.toContain('xml:lang');
	});

	test('has no script, no external reference and no number with more than 2 decimals', () => {
		expect(svg).not.toMatch(/<script|on\w+=|href=|@import|url\((?!#)/u);
		expect(svg).not.toMatch(/\d\.\d{3,}/u);
	});

	test('defines every pattern it uses, with ids prefixed by the chart id', () => {
		const used = [...svg.matchAll(/url\(#([^)]+)\)/gu)].map((m) => m[1]!);
		const defined = [...svg.matchAll(/<pattern id="([^"]+)"/gu)].map((m) => m[1]!);
		for (const id of used) expect(defined).toContain(id);
		const prefix = rootOf(svg).title.id.replace(/-title$/u, '');
		for (const id of [...defined, rootOf(svg).title.id, rootOf(svg).desc.id]) expect(id.startsWith(`${prefix}-`)).toBe(true);
	});
});

describe('escaping', () => {
	const nasty = 'Sở <Xây dựng> & "Giao thông"';
	const cases: [string, string][] = [
		[
			'bar label',
			barChartSvg(layoutBars([{ id: 'a', label: nasty, segments: [{ key: 'n', value: 1 }] }], [{ key: 'n', label: nasty }]), {
				id: 'e',
				title: nasty,
				desc: nasty,
				lang: 'vi',
			}),
		],
		[
			'bar note',
			barChartSvg(layoutBars([{ id: 'a', label: 'a', segments: [], note: nasty }], [{ key: 'n', label: 'n' }]), { id: 'e', title: 't', desc: 'd', lang: 'vi' }),
		],
		[
			'matrix labels',
			matrixSvg(
				layoutMatrix([{ id: 'r', label: nasty }], [{ id: 'c', label: nasty }], () => 1),
				{ id: 'e', title: nasty, desc: nasty, lang: 'vi', legend: { count: nasty, zero: nasty, missing: nasty } },
			),
		],
		[
			'timeline labels',
			timelineSvg(
				layoutTimeline(
					[
						{ id: 'a', label: nasty, start: '2025-10-20', status: 'active' },
						{ id: 'b', label: nasty, status: 'unknown' },
					],
					'2025-11-01',
				),
				{ id: 'e', title: nasty, desc: nasty, lang: 'vi', ...timelineText.vi, asOfLabel: nasty },
			),
		],
	];

	test.each(cases)('escapes <, & and " in the %s', (_, svg) => {
		expect(svg).not.toContain('<Xây');
		expect(svg).not.toContain('& "');
		expect(svg).toContain('&lt;Xây dựng&gt; &amp; &quot;Giao thông&quot;');
		expect(XMLValidator.validate(svg)).toBe(true);
	});
});

describe('figures in the chart', () => {
	const textOf = (svg: string) => svg.replace(/<[^>]+>/gu, '');
	test.each([
		['every segment value and total of a stacked chart', () => charts['bars-gaps-vi']!(), ['15 + 30 = 45', '8 + 37 = 45', 'Chưa công bố / not published']],
		['grouped thousands in English', () => charts['bars-panel-en']!(), ['1,250', '97', '250', 'tối thiểu']],
		['every count of the matrix', () => charts['matrix-vi']!(), ['2', '1', '3']],
		['every date of the timeline', () => charts['timeline-vi']!(), ['20/10/2025 – 19/04/2026', '14/01/2026 – chưa có ngày kết thúc', 'Số liệu đến 01/02/2026']],
	])('writes %s as text', (_, build, figures) => {
		const text = textOf(build());
		for (const figure of figures) expect(text).toContain(figure);
	});
});

describe('rounding', () => {
	const text = { id: 'odd', title: 't', desc: 'd', lang: 'vi' as const };
	test.each([
		['bars', () => barChartSvg(layoutBars(gapBars, gapSeries, { width: 613.777, barHeight: 17.3333 }), text)],
		['matrix', () => matrixSvg(layoutMatrix(matrixRows, matrixCols, matrixValue, { cellSize: 31.4159 }), { ...text, legend: legend.vi })],
		['timeline', () => timelineSvg(layoutTimeline(timelineItems, '2026-02-03', { width: 613.777 }), { ...text, ...timelineText.vi })],
	])('writes no number with more than 2 decimals in a %s chart of odd size', (_, build) => {
		const svg = build();
		expect(svg).toMatch(/\d\.\d{2}/u);
		expect(svg).not.toMatch(/\d\.\d{3,}/u);
	});
});

describe('ids on a page with several charts', () => {
	test('gives two charts with different ids no shared element id', () => {
		const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1]!);
		const a = ids(charts['bars-gaps-vi']!());
		const b = ids(barChartSvg(layoutBars(gapBars, gapSeries), { id: 'gaps-2', title: 't', desc: 'd', lang: 'vi' }));
		expect(a.filter((id) => b.includes(id))).toEqual([]);
	});
});
