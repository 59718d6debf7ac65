import { en } from '../i18n/en.ts';
import { buildEn } from '../i18n/build.en.ts';
import { buildVi } from '../i18n/build.vi.ts';
import { commandsEn } from '../i18n/commands.en.ts';
import { commandsVi } from '../i18n/commands.vi.ts';
import { changeNamesEn, changePartsEn, changesEn } from '../i18n/changes.en.ts';
import { changeNamesVi, changePartsVi, changesVi } from '../i18n/changes.vi.ts';
import { findingsEn } from '../i18n/findings.en.ts';
import { findingsVi } from '../i18n/findings.vi.ts';
import { importPartsEn, importProblemsEn } from '../i18n/import.en.ts';
import { importPartsVi, importProblemsVi } from '../i18n/import.vi.ts';
import { problemPartsEn, problemsEn } from '../i18n/problems.en.ts';
import { reportEn } from '../i18n/report.en.ts';
import { reportVi } from '../i18n/report.vi.ts';
import { scaffoldEn } from '../i18n/scaffold.en.ts';
import { scaffoldVi } from '../i18n/scaffold.vi.ts';
import { problemPartsVi, problemsVi } from '../i18n/problems.vi.ts';
import { vi, type MessageKey } from '../i18n/vi.ts';
import { formatDay } from './format.ts';

/** The site's languages; Vietnamese is the default and lives at the root, English under /en/. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Every text of the project in Vietnamese, one key space read by `t` and `bilingual`: the UI strings
 * (src/i18n/vi.ts) and the catalogues of each area (src/i18n/<area>.vi.ts). Its text names the
 * placeholders; each English catalogue has the same keys (the type checker) and placeholders (a test).
 */
const VI = {
	...vi,
	...problemsVi,
	...problemPartsVi,
	...importProblemsVi,
	...importPartsVi,
	...findingsVi,
	...changesVi,
	...changePartsVi,
	...changeNamesVi,
	...reportVi,
	...scaffoldVi,
	...buildVi,
	...commandsVi,
} as const;
const EN: Record<TextKey, string> = {
	...en,
	...problemsEn,
	...problemPartsEn,
	...importProblemsEn,
	...importPartsEn,
	...findingsEn,
	...changesEn,
	...changePartsEn,
	...changeNamesEn,
	...reportEn,
	...scaffoldEn,
	...buildEn,
	...commandsEn,
};

/** Every key of the catalogues, UI strings included. */
export type TextKey = keyof typeof VI;

const CATALOGUES: Record<Lang, Readonly<Record<TextKey, string>>> = { vi: VI, en: EN };

/** A text in each language: what `bilingual` returns, and a placeholder value that differs by language. */
export type Localized = Readonly<Record<Lang, string>>;

/** What a placeholder takes: the same text or number in both languages, or a text per language. */
export type ParamValue = string | number | Localized;

/** Whether a placeholder's name is a word (`{n}`), not prose that holds braces (`viết \{ và \}`). */
type IsName<Name extends string> = Name extends '' | `${string}${' ' | '\\' | '{' | '"' | '.' | ',' | ':' | '-'}${string}` ? false : true;

/** The `{name}` placeholders of a string, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
	? IsName<Name> extends true
		? Name | Placeholders<Rest>
		: Placeholders<Rest>
	: never;

/** The values a text's placeholders take (its Vietnamese text names them; the English one has the same, a test checks). */
export type MessageParams<K extends TextKey> = { readonly [Name in Placeholders<(typeof VI)[K]>]: ParamValue };

/** Whether a key type is a union of several keys, i.e. a key only known at run time. */
type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;

/**
 * What `t` takes after the key: nothing for a string without placeholders, else a value for each one.
 * A key only known at run time (a union of keys) takes any values: each string then fills what it names.
 */
type ParamsArgument<K extends TextKey> =
	true extends IsUnion<K> ? [params?: Readonly<Record<string, ParamValue>>] : [Placeholders<(typeof VI)[K]>] extends [never] ? [] : [params: MessageParams<K>];

/**
 * A text in a language, with `{name}` placeholders filled in: a missing or misspelt placeholder value
 * does not compile. A value given per language (`{ vi, en }`) fills each language with its own.
 * @example t('en', 'nav.home') // 'Overview'
 * @example t('vi', 'decisions.all', { n: 10 }) // 'Tất cả 10 quyết định'
 */
export function t<K extends TextKey>(lang: Lang, key: K, ...[params]: ParamsArgument<K>): string {
	const text = CATALOGUES[lang][key];
	// Most strings of a page have no placeholder: returned as they are (pages call this some million times a build).
	if (!text.includes('{')) return text;
	const values = (params ?? {}) as Readonly<Record<string, ParamValue | undefined>>;
	return text.replace(/\{(\w+)\}/gu, (_, name: string) => {
		const value = values[name];
		if (value === undefined) return `{${name}}`;
		return typeof value === 'object' ? value[lang] : String(value);
	});
}

/**
 * A text in both languages at once, as problems are printed (Vietnamese, then English).
 * @example bilingual('problem.csv.empty') // { vi: 'Tệp CSV trống: …', en: 'The CSV file is empty: …' }
 */
export function bilingual<K extends TextKey>(key: K, ...params: ParamsArgument<K>): { vi: string; en: string } {
	return { vi: t('vi', key, ...params), en: t('en', key, ...params) };
}

/** A text in both languages on one line, Vietnamese first: "Nhập / Import". */
export function joinLanguages(text: Localized): string {
	return `${text.vi} / ${text.en}`;
}

/**
 * A value formatted for each language by one function, for a placeholder that differs by language.
 * @example localize((lang) => formatNumber(lang, 1234)) // { vi: '1.234', en: '1,234' }
 */
export function localize(format: (lang: Lang) => string): { vi: string; en: string } {
	return { vi: format('vi'), en: format('en') };
}

/** The whole catalogue of a language, for tests that compare the languages key by key. */
export function catalogue(lang: Lang): Readonly<Record<TextKey, string>> {
	return CATALOGUES[lang];
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
