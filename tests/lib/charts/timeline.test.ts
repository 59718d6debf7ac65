import { describe, expect, test } from 'vitest';
import { formatIsoDate, layoutTimeline } from '../../../src/lib/charts/timeline.ts';
import { timelineItems } from '../../fixtures/charts/data.ts';

const asOf = '2026-02-01';
const geometry = layoutTimeline(timelineItems, asOf);
const row = (id: string) => geometry.rows.find((r) => r.id === id)!;

describe('layoutTimeline geometry', () => {
	test('lists an item without a start under "unknown dates" instead of placing it', () => {
		expect(geometry.rows.map((r) => r.id)).not.toContain('khong-so');
		expect(geometry.unknown.items.map((i) => i.id)).toEqual(['khong-so']);
		expect(geometry.unknown.headingY).toBeGreaterThan(geometry.tickLabelY);
	});

	test('draws an open end to the plot edge with an arrow', () => {
		const open = row('dot-2');
		expect(open.openEnd).toBe(true);
		expect(open.bar.x + open.bar.width).toBeCloseTo(geometry.plot.x + geometry.plot.width, 6);
		expect(open.arrow).toMatch(/^M[\d.,]+L[\d.,]+L[\d.,]+Z$/u);
		expect(open.dates.end).toBeUndefined();
	});

	test('draws a closed period with no arrow and both dates', () => {
		expect(row('2446-qd-ubnd-2025')).toMatchObject({ openEnd: false, dates: { start: '20/10/2025', end: '19/04/2026' } });
		expect(row('2446-qd-ubnd-2025').arrow).toBeUndefined();
	});

	test('places bars in time order along the axis', () => {
		expect(row('dot-0').bar.x).toBeLessThan(row('2446-qd-ubnd-2025').bar.x);
		expect(row('2446-qd-ubnd-2025').bar.x).toBeLessThan(row('dot-2').bar.x);
		expect(row('dot-2').bar.x).toBeLessThan(row('dot-3').bar.x);
	});

	test('draws the as-of line between the bars that started before it and those after', () => {
		expect(geometry.asOf.x).toBeGreaterThan(row('dot-2').bar.x);
		expect(geometry.asOf.x).toBeLessThan(row('dot-3').bar.x);
		expect(geometry.asOf.date).toBe('01/02/2026');
	});

	test('counts both ends as inclusive: a one-day period has the width of one day', () => {
		const g = layoutTimeline(
			[
				{ id: 'a', label: 'a', start: '2025-10-20', end: '2025-10-20', status: 'ended' },
				{ id: 'b', label: 'b', start: '2025-10-20', end: '2025-10-21', status: 'ended' },
			],
			'2025-11-01',
		);
		expect(g.rows[1]!.bar.width).toBeCloseTo(2 * g.rows[0]!.bar.width, 6);
	});

	test.each([
		['a span of months', timelineItems, '2026-02-01', /^\d{2}\/\d{4}$/u],
		['a span of days', [{ id: 'a', label: 'a', start: '2025-10-20', end: '2025-10-24', status: 'ended' as const }], '2025-10-22', /^\d{2}\/\d{2}\/\d{4}$/u],
	])('labels ticks for %s', (_, items, day, pattern) => {
		const g = layoutTimeline(items, day);
		expect(g.ticks.length).toBeGreaterThan(1);
		for (const t of g.ticks) expect(t.label).toMatch(pattern);
	});

	test('keeps ticks inside the plot and in order', () => {
		for (let i = 1; i < geometry.ticks.length; i++) expect(geometry.ticks[i]!.x).toBeGreaterThan(geometry.ticks[i - 1]!.x);
		expect(geometry.ticks[0]!.x).toBeGreaterThanOrEqual(geometry.plot.x);
		expect(geometry.ticks.at(-1)!.x).toBeLessThanOrEqual(geometry.plot.x + geometry.plot.width + 0.001);
	});

	test('widens a timeline of a single day so the axis has a span', () => {
		const g = layoutTimeline([{ id: 'a', label: 'a', start: '2026-01-14', end: '2026-01-14', status: 'ended' }], '2026-01-14');
		expect(g.rows[0]!.bar.width).toBeGreaterThan(0);
		expect(g.rows[0]!.bar.width).toBeLessThan(g.plot.width / 10);
	});

	test('lays out a timeline where every item lacks dates', () => {
		const g = layoutTimeline([{ id: 'a', label: 'a', status: 'unknown' }], '2026-01-14');
		expect(g.rows).toEqual([]);
		expect(g.unknown.items).toHaveLength(1);
	});

	test.each([
		['2025-10-20', '20/10/2025'],
		['2025-10', '10/2025'],
	])('formats %s as %s', (iso, text) => {
		expect(formatIsoDate(iso)).toBe(text);
	});

	test('rejects a date that is not ISO', () => {
		expect(() => layoutTimeline([{ id: 'a', label: 'a', start: '20/10/2025', status: 'active' }], '2026-01-01')).toThrow(/20\/10\/2025/u);
	});
});
