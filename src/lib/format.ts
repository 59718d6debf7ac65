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
	if (options.decimals === 1) return ONE_DECIMAL[lang].format(value);
	// Pages write the same few thousand numbers hundreds of thousands of times a build: each is formatted once.
	// -0 is left out: a Map takes it for 0, and Intl writes it "-0".
	if (Object.is(value, -0)) return WHOLE[lang].format(value);
	const cache = WHOLE_WRITTEN[lang];
	let text = cache.get(value);
	if (text === undefined) {
		text = WHOLE[lang].format(value);
		if (cache.size < 100_000) cache.set(value, text);
	}
	return text;
}

const WHOLE_WRITTEN: Record<NumberLang, Map<number, string>> = { vi: new Map(), en: new Map() };

/**
 * Writes an ISO date of any precision day-first: `2025-10-17` → `17/10/2025`, `2025-10` → `10/2025`.
 * @example formatDay('2025-10-17') // '17/10/2025'
 */
export function formatDay(iso: string): string {
	// A build writes a few thousand distinct days, each on many rows: each is written once.
	let day = DAYS_WRITTEN.get(iso);
	if (day === undefined) {
		day = iso.split('-').reverse().join('/');
		if (DAYS_WRITTEN.size < 100_000) DAYS_WRITTEN.set(iso, day);
	}
	return day;
}

const DAYS_WRITTEN = new Map<string, string>();

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
