/**
 * The one Vietnamese fold every comparison builds on: tones and other diacritics removed, đ/Đ written
 * d/D. Paths (`slugify`), header and name matching (`foldKey`) and search's loose form fold the same way.
 */

/**
 * Removes tones and other diacritics, and writes đ as d (Đ as D); the case is kept.
 * @example foldDiacritics('Điện Biên Phủ') // 'Dien Bien Phu'
 */
export function foldDiacritics(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}

/**
 * Folds a header or name for comparison: no diacritics, lower case, letters and digits only.
 * @example foldKey('Số CCCD') // 'socccd'
 */
export function foldKey(value: string): string {
	return foldDiacritics(value)
		.toLowerCase()
		.replace(/[^a-z0-9]/gu, '');
}
