import { en } from '../i18n/en.ts';
import { vi, type MessageKey } from '../i18n/vi.ts';
import { formatDay } from './format.ts';

/** The site's languages; Vietnamese is the default and lives at the root, English under /en/. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** The `{name}` placeholders of a string, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a UI string's placeholders take (its Vietnamese text names them; en.ts has the same, a test checks). */
export type MessageParams<K extends MessageKey> = { readonly [Name in Placeholders<(typeof vi)[K]>]: string | number };

/**
 * What `t` takes after the key: nothing for a string without placeholders, else a value for each one.
 * A key only known at run time (a union of keys) takes any values: each string then fills what it names.
 */
type ParamsArgument<K extends MessageKey> = [MessageKey] extends [K]
	? [params?: Readonly<Record<string, string | number>>]
	: [Placeholders<(typeof vi)[K]>] extends [never]
		? []
		: [params: MessageParams<K>];

/**
 * A UI string in a language, with `{name}` placeholders filled in: a missing or misspelt placeholder
 * value does not compile.
 * @example t('en', 'nav.home') // 'Overview'
 * @example t('vi', 'decisions.all', { n: 10 }) // 'Tất cả 10 quyết định'
 */
export function t<K extends MessageKey>(lang: Lang, key: K, ...[params]: ParamsArgument<K>): string {
	const values = (params ?? {}) as Readonly<Record<string, string | number>>;
	return CATALOGUES[lang][key].replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** A UI string with its placeholders left in, for the search page's script to fill in the browser. */
export function template(lang: Lang, key: MessageKey): string {
	return CATALOGUES[lang][key];
}

/**
 * The path of a page in a language, without the site's base: Vietnamese at the root, English under /en/.
 * @example localePath('en', '/dien-bien/') // '/en/dien-bien/'
 */
export function localePath(lang: Lang, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return lang === 'vi' ? clean : `/en${clean}`;
}

/** Prefixes a root-relative path with the site's base path ("/" or "/repo/"). */
export function withBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

export { formatNumber } from './format.ts';

/**
 * Formats an ISO date of any precision as dd/mm/yyyy (mm/yyyy, yyyy) in both languages; Vietnamese
 * readers and most English readers outside the US read day-first.
 */
export function formatDate(value: string | undefined, lang: Lang): string {
	if (!value) return t(lang, 'common.unknown');
	return formatDay(value);
}

const collators: Record<Lang, Intl.Collator> = { vi: new Intl.Collator('vi'), en: new Intl.Collator('vi') };

/** Sorts names the Vietnamese way (Đ after D, tones in dictionary order) in both languages. */
export function compareNames(a: string, b: string, lang: Lang = 'vi'): number {
	return collators[lang].compare(a, b);
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
	return lang === 'vi' ? 'en' : 'vi';
}
