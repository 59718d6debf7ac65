import { describe, expect, test } from 'vitest';
import { localized, mergedFromEn } from '../../src/lib/names.ts';

describe('a text in a language', () => {
	const agency = { name: 'Sở Xây dựng', name_en: 'Department of Construction', note: 'ghi chú' };

	test.each([
		['vi', 'Sở Xây dựng'],
		['en', 'Department of Construction'],
	] as const)('takes the field in Vietnamese and its _en twin in English (%s)', (lang, expected) => {
		expect(localized(agency, 'name', lang)).toBe(expected);
	});

	test('gives undefined for an optional twin that is left out', () => {
		const figure: { note?: string; note_en?: string } = { note: 'đề xuất' };
		expect(localized(figure, 'note', 'en')).toBeUndefined();
	});
});

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
