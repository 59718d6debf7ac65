import { describe, expect, test } from 'vitest';
import { formatCount, mergedFromEn, namedCount, periodsOverlap } from '../../src/lib/present.ts';

describe('the "merged from" list in English word order', () => {
	test.each([
		['xã Pú Hồng và xã Phình Giàng', 'Pú Hồng Commune and Phình Giàng Commune'],
		['các phường Him Lam, Tân Thanh và xã Thanh Minh', 'Him Lam Ward, Tân Thanh Ward and Thanh Minh Commune'],
		['phường Sông Đà, phường Na Lay, xã Lay Nưa và xã Sá Tổng', 'Sông Đà Ward, Na Lay Ward, Lay Nưa Commune and Sá Tổng Commune'],
		['các xã Sen Thượng, Leng Su Sìn và Sín Thầu', 'Sen Thượng Commune, Leng Su Sìn Commune and Sín Thầu Commune'],
		['thị trấn Tủa Chùa', 'Tủa Chùa Town'],
	])('reads "%s" as "%s"', (vi, en) => {
		expect(mergedFromEn(vi)).toBe(en);
	});

	test.each([['một phần diện tích của huyện Mường Chà'], ['Sen Thượng và Leng Su Sìn'], ['']])('leaves "%s" to be shown in Vietnamese', (vi) => {
		expect(mergedFromEn(vi)).toBeUndefined();
	});
});

describe('whether decisions overlap in time', () => {
	test.each([
		[
			'one ends before the other starts',
			[
				{ start: '2025-10-20', end: '2026-01-13' },
				{ start: '2026-01-14', end: '2026-03-31' },
			],
			false,
		],
		[
			'they share a day',
			[
				{ start: '2025-10-20', end: '2026-04-19' },
				{ start: '2026-01-15', end: '2026-03-31' },
			],
			true,
		],
		['one has no end', [{ start: '2025-08-01' }, { start: '2026-01-15', end: '2026-03-31' }], true],
		['one has no start', [{ end: '2026-04-19' }, { start: '2026-01-15', end: '2026-03-31' }], false],
		['a single decision', [{ start: '2025-10-20', end: '2026-04-19' }], false],
	])('%s: %s', (_, decisions, expected) => {
		expect(periodsOverlap(decisions)).toBe(expected);
	});
});

describe('counts', () => {
	test('counts only rows that name a person', () => {
		expect(namedCount([{ person_name: 'Nguyễn Văn A' }, {}, { person_name: '' }, { person_name: 'B' }])).toBe(2);
	});

	test.each([
		['at-least', 'vi', 'ít nhất 250'],
		['about', 'en', 'about 250'],
		['exact', 'vi', '250'],
	] as const)('keeps the qualifier %s (%s)', (qualifier, lang, expected) => {
		expect(formatCount(lang, 250, qualifier)).toBe(expected);
	});
});
