/**
 * How numbers and days are written for readers, in one place: 1.234 in Vietnamese and 1,234 in English;
 * days day-first in both languages (17/10/2025, or 10/2025 and 2025 for a month or a year), as
 * Vietnamese readers and most English readers outside the US read them; declared counts with their
 * qualifier, and periods.
 */
import { en } from '../i18n/en.ts';
import { vi, type MessageKey } from '../i18n/vi.ts';

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

/** The catalogue's words a count or a period may read as. This module sits below src/lib/i18n.ts (which writes days through it), so it reads them from the catalogues itself. */
const WORDS: Record<NumberLang, Readonly<Record<Extract<MessageKey, 'common.notPublished' | 'common.atLeast' | 'common.about' | 'common.unknown'>, string>>> = {
	vi,
	en,
};

/**
 * A declared count with its qualifier, or "not published" when there is none.
 * @example formatCount('vi', 250, 'at-least') // 'ít nhất 250'
 */
export function formatCount(lang: NumberLang, count: number | undefined, qualifier: 'exact' | 'at-least' | 'about' = 'exact'): string {
	if (count === undefined) return WORDS[lang]['common.notPublished'];
	const n = formatNumber(lang, count);
	if (qualifier === 'at-least') return `${WORDS[lang]['common.atLeast']} ${n}`;
	if (qualifier === 'about') return `${WORDS[lang]['common.about']} ${n}`;
	return n;
}

/**
 * A period as dd/mm/yyyy–dd/mm/yyyy, with "…" for an open end.
 * @example formatPeriod('en', '2025-10-20', undefined) // '20/10/2025 – …'
 */
export function formatPeriod(lang: NumberLang, start: string | undefined, end: string | undefined): string {
	if (!start && !end) return WORDS[lang]['common.unknown'];
	return `${start ? formatDay(start) : '…'} – ${end ? formatDay(end) : '…'}`;
}
