import { describe, expect, test } from 'vitest';
import {
	BACKGROUND,
	contrastRatio,
	GRID,
	INK,
	MATRIX_RAMP,
	MUTED,
	relativeLuminance,
	SERIES_COLORS,
	seriesStyle,
	STATUS_COLORS,
} from '../../../src/lib/charts/palette.ts';

describe('WCAG contrast arithmetic', () => {
	test.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#777777', '#ffffff', 4.48],
		['#ffffff', '#0072b2', 5.19],
	])('computes the contrast of %s on %s as %d', (a, b, ratio) => {
		expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
	});

	test('gives white a luminance of 1 and black 0', () => {
		expect([relativeLuminance('#ffffff'), relativeLuminance('#000000')]).toEqual([1, 0]);
	});

	test('rejects a colour that is not #rrggbb', () => {
		expect(() => relativeLuminance('red')).toThrow(/#rrggbb/u);
	});
});

describe('palette', () => {
	test.each(SERIES_COLORS.map((c) => [c]))('series colour %s has at least 3:1 contrast on white', (color) => {
		expect(contrastRatio(color, BACKGROUND)).toBeGreaterThanOrEqual(3);
	});

	test.each(Object.entries(STATUS_COLORS))('timeline colour for %s has at least 3:1 contrast on white', (_, color) => {
		expect(contrastRatio(color, BACKGROUND)).toBeGreaterThanOrEqual(3);
	});

	test.each([
		['ink', INK],
		['muted text', MUTED],
	])('%s has at least 4.5:1 contrast on white', (_, color) => {
		expect(contrastRatio(color, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
	});

	test.each(MATRIX_RAMP.map((c) => [c]))('ink on matrix cell %s has at least 4.5:1 contrast', (fill) => {
		expect(contrastRatio(INK, fill)).toBeGreaterThanOrEqual(4.5);
	});

	test('grid lines are lighter than every series colour, so they never read as data', () => {
		for (const color of SERIES_COLORS) expect(relativeLuminance(GRID)).toBeGreaterThan(relativeLuminance(color));
	});

	test('gives the first ten series ten different colour and pattern pairs', () => {
		const pairs = Array.from({ length: 10 }, (_, i) => seriesStyle(i)).map((s) => `${s.color}/${s.pattern}`);
		expect(new Set(pairs).size).toBe(10);
	});

	test('gives neighbouring series different patterns, so colour is never the only cue', () => {
		for (let i = 0; i < 9; i++) expect(seriesStyle(i).pattern).not.toBe(seriesStyle(i + 1).pattern);
	});
});
