/**
 * How numbers and days are written for readers, in one place: 1.234 in Vietnamese and 1,234 in English;
 * days day-first in both languages (17/10/2025, or 10/2025 and 2025 for a month or a year), as
 * Vietnamese readers and most English readers outside the US read them.
 */

/** A language numbers are written in. */
export type NumberLang = 'vi' | 'en';

const WHOLE: Record<NumberLang, Intl.NumberFormat> = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
const ONE_DECIMAL: Record<NumberLang, Intl.NumberFormat> = {
	vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
	en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/**
 * Formats a number the reader's way; `decimals: 1` rounds to one decimal (file sizes).
 * @example formatNumber('vi', 1234) // '1.234'
 */
export function formatNumber(lang: NumberLang, value: number, options: { decimals?: 1 } = {}): string {
	return (options.decimals === 1 ? ONE_DECIMAL : WHOLE)[lang].format(value);
}

/**
 * Writes an ISO date of any precision day-first: `2025-10-17` → `17/10/2025`, `2025-10` → `10/2025`.
 * @example formatDay('2025-10-17') // '17/10/2025'
 */
export function formatDay(iso: string): string {
	return iso.split('-').reverse().join('/');
}
