import { describe, expect, test } from 'vitest';
import { formatCount, formatPeriod } from '../../src/lib/format.ts';

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
