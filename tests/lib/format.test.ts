import { describe, expect, test } from 'vitest';
import { formatCount, formatDay, formatNumber, formatPeriod } from '../../src/lib/format.ts';

describe('counts', () => {
	test.each([
		['at-least', 'vi', 'ít nhất 250'],
		['about', 'en', 'about 250'],
		['exact', 'vi', '250'],
	] as const)('keeps the qualifier %s (%s)', (qualifier, lang, expected) => {
		expect(formatCount(lang, 250, qualifier)).toBe(expected);
	});

	test('says "not published" for a count no source gave', () => {
		expect(formatCount('en', undefined)).toBe('Not published');
	});
});

describe('periods', () => {
	test.each([
		['2025-10-20', '2026-04-19', '20/10/2025 – 19/04/2026'],
		['2025-10-20', undefined, '20/10/2025 – …'],
		[undefined, '2026-04', '… – 04/2026'],
	])('writes %s to %s as %s', (start, end, expected) => {
		expect(formatPeriod('vi', start, end)).toBe(expected);
	});
});

describe('numbers and days written once', () => {
	test('a number reads the same however often it is written, in each language', () => {
		for (let i = 0; i < 3; i++) {
			expect(formatNumber('vi', 1234567)).toBe('1.234.567');
			expect(formatNumber('en', 1234567)).toBe('1,234,567');
		}
	});

	test('0 and -0 keep their own text in either order', () => {
		const zero = new Intl.NumberFormat('vi-VN').format(0);
		const minusZero = new Intl.NumberFormat('vi-VN').format(-0);
		expect([formatNumber('vi', -0), formatNumber('vi', 0), formatNumber('vi', -0)]).toEqual([minusZero, zero, minusZero]);
	});

	test('a day of any precision, again and again', () => {
		for (let i = 0; i < 2; i++) expect(['2025-10-17', '2025-10', '2025'].map(formatDay)).toEqual(['17/10/2025', '10/2025', '2025']);
	});
});
