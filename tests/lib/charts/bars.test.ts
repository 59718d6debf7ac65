import { describe, expect, test } from 'vitest';
import { layoutBars, type BarDatum } from '../../../src/lib/charts/bars.ts';
import { FONT_SIZE, textWidth } from '../../../src/lib/charts/svg.ts';
import { agencyBars, agencySeries, gapBars, gapSeries, panelBars } from '../../fixtures/charts/data.ts';

const one = (id: string, value: number): BarDatum => ({ id, label: id, segments: [{ key: 'n', value }] });
const single = [{ key: 'n', label: 'n' }];

describe('layoutBars geometry', () => {
	test.each([
		[10, 20],
		[3, 9],
		[1, 1000],
	])('draws bars of %d and %d with widths in the same ratio', (a, b) => {
		const g = layoutBars([one('a', a), one('b', b)], single);
		const [wa, wb] = g.rows.map((r) => r.segments[0]!.width) as [number, number];
		expect(wb / wa).toBeCloseTo(b / a, 6);
	});

	test('stacks segments contiguously in series order whatever their order in the datum', () => {
		const g = layoutBars(gapBars, gapSeries);
		for (const row of g.rows.filter((r) => r.segments.length > 0)) {
			expect(row.segments.map((s) => s.key)).toEqual(['received', 'short']);
			expect(row.segments[0]!.x).toBe(g.plot.x);
			expect(row.segments[1]!.x).toBeCloseTo(row.segments[0]!.x + row.segments[0]!.width, 9);
		}
	});

	test('draws a datum without segments as a labelled gap, never as a zero bar', () => {
		const row = layoutBars(gapBars, gapSeries).rows.find((r) => r.id === 'giao-thong')!;
		expect(row.segments).toEqual([]);
		expect(row.total).toBeUndefined();
		expect(row.end).toBeUndefined();
		expect(row.gap?.text).toBe('Chưa công bố / not published');
	});

	test('draws a published zero as a zero with its value label, not as a gap', () => {
		const row = layoutBars(agencyBars, agencySeries).rows.find((r) => r.id === 'so-khoa-hoc')!;
		expect(row.gap).toBeUndefined();
		expect(row.total).toBe(0);
		expect(row.end?.value).toBe('0');
	});

	test.each([
		['vi', '1.250', '1.400'],
		['en', '1,250', '1,400'],
	] as const)('formats value labels and ticks in %s', (lang, value, lastTick) => {
		const g = layoutBars(panelBars, [{ key: 'declared', label: 'Declared' }], { lang });
		expect(g.rows[0]!.end?.value).toBe(value);
		expect(g.ticks.at(-1)?.label).toBe(lastTick);
	});

	test('keeps a note after the value, e.g. a lower bound', () => {
		const row = layoutBars(panelBars, [{ key: 'declared', label: 'Declared' }]).rows.find((r) => r.id === '79')!;
		expect(row.end).toMatchObject({ value: '250', note: 'tối thiểu' });
	});

	test.each([
		['stacked', gapBars, gapSeries, 'cntt', ['15', '30'], '45'],
		['stacked, given out of order', gapBars, gapSeries, 'dat-dai', ['8', '37'], '45'],
		['single', agencyBars, agencySeries, 'so-y-te', undefined, '45'],
	])('writes the segment values of a %s bar at its end in legend order, then the total', (_, data, series, id, parts, value) => {
		const row = layoutBars(data, series).rows.find((r) => r.id === id)!;
		expect(row.end?.parts).toEqual(parts);
		expect(row.end?.value).toBe(value);
	});

	test('wraps a long label on at most two lines inside the label column', () => {
		const g = layoutBars(agencyBars, agencySeries);
		const row = g.rows.find((r) => r.id === 'truong-cao-dang')!;
		expect(row.lines).toHaveLength(2);
		for (const line of row.lines) expect(textWidth(line, FONT_SIZE)).toBeLessThanOrEqual(g.plot.x);
	});

	test('keeps every value label inside the viewBox', () => {
		for (const [data, series] of [
			[agencyBars, agencySeries],
			[gapBars, gapSeries],
			[panelBars, [{ key: 'declared', label: 'D' }]],
		] as const) {
			const g = layoutBars(data, series);
			for (const row of g.rows) {
				if (!row.end) continue;
				const width = textWidth(row.end.value, FONT_SIZE, true) + textWidth(`${row.end.parts?.join(' + ') ?? ''} = ${row.end.note ?? ''}`, 12);
				expect(row.end.x + width).toBeLessThanOrEqual(g.width);
			}
		}
	});

	test('places rows top to bottom without overlap, below the legend', () => {
		const g = layoutBars(gapBars, gapSeries);
		const legendBottom = Math.max(...g.legend.map((l) => l.y + l.size));
		expect(g.rows[0]!.y).toBeGreaterThan(legendBottom);
		for (let i = 1; i < g.rows.length; i++) expect(g.rows[i]!.y).toBeGreaterThan(g.rows[i - 1]!.y + g.rows[i - 1]!.height);
		expect(g.tickLabelY).toBeGreaterThan(g.rows.at(-1)!.y + g.rows.at(-1)!.height);
	});

	test('lists the series in the legend in the given order, or none when asked', () => {
		expect(layoutBars(gapBars, gapSeries).legend.map((l) => l.key)).toEqual(['received', 'short']);
		expect(layoutBars(gapBars, gapSeries, { legend: false }).legend).toEqual([]);
	});

	test.each([
		['counts', [one('a', 1)], ['0', '1']],
		['fractions', [one('a', 0.5), one('b', 1)], ['0,0', '0,2', '0,4', '0,6', '0,8', '1,0']],
	])('ticks %s with the right precision', (_, data, labels) => {
		expect(layoutBars(data, single).ticks.map((t) => t.label)).toEqual(labels);
	});

	test('gives a narrow chart a label column of at most 40 % of its width', () => {
		const g = layoutBars(agencyBars, agencySeries, { width: 360 });
		expect(g.plot.x).toBeLessThanOrEqual(144);
		for (const row of g.rows) for (const line of row.lines) expect(textWidth(line, FONT_SIZE)).toBeLessThanOrEqual(g.plot.x);
	});

	test('shares a scale between charts through maxValue', () => {
		const g = layoutBars([one('a', 10)], single, { maxValue: 100 });
		expect(g.rows[0]!.segments[0]!.width).toBeCloseTo(g.plot.width / 10, 6);
	});

	test.each([
		['an unknown series key', [{ id: 'a', label: 'a', segments: [{ key: 'zz', value: 1 }] }], /zz/u],
		['a negative value', [{ id: 'a', label: 'a', segments: [{ key: 'n', value: -1 }] }], /-1/u],
		['a value that is not a number', [{ id: 'a', label: 'a', segments: [{ key: 'n', value: Number.NaN }] }], /NaN/u],
	])('rejects %s', (_, data, message) => {
		expect(() => layoutBars(data, single)).toThrow(message);
	});
});
