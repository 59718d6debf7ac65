import { problemPartsVi, problemsVi } from '../../i18n/problems.vi.ts';
import { bilingual, t, type Localized, type ParamValue, type TextKey } from '../i18n.ts';
import type { Bilingual } from './problem.ts';

/** What a message is told about the value that was found and its context. */
export interface MessageParams {
	/** The value as found in the file, or undefined when the cell is empty. */
	found?: string | undefined;
	/** Extra facts computed where the problem is raised (allowed values, a suggestion, a row…). */
	[key: string]: string | number | undefined;
}

/** The values a sentence's placeholders take. */
export type Values = Record<string, ParamValue>;

/** Every fact a check gave, as the values of the placeholders named after them (`{found}`, `{allowed}`…). */
export function factsOf(p: Readonly<Record<string, string | number | undefined>>): Values {
	const values: Values = {};
	for (const [name, value] of Object.entries(p)) if (value !== undefined) values[name] = value;
	return values;
}

const isEmpty = (value: string | number | undefined): value is undefined | '' => value === undefined || value === '';

/**
 * A value quoted back in a sentence: `"3127"`, or the word for empty in each language ("(trống)",
 * "(empty)").
 */
export function quoteValue(value: string | number | undefined): Localized {
	return isEmpty(value) ? bilingual('problem.empty') : { vi: `"${value}"`, en: `"${value}"` };
}

/**
 * A value quoted back with the word for empty in both languages at once ("(trống / empty)"): the same
 * text in the Vietnamese and the English sentence, as the import's messages quote.
 */
export function quoteValueBoth(value: string | number | undefined): string {
	return isEmpty(value) ? t('vi', 'problem.empty.both') : `"${value}"`;
}

/** A part of a sentence given only when a fact is known ("Có phải …?"), else nothing. */
export function partIf(fact: string | number | undefined, part: (fact: string | number) => Localized): Localized | '' {
	return isEmpty(fact) ? '' : part(fact);
}

/** A value that the caller gave per language as two facts (`kind_vi`, `kind_en`). */
const perLanguage = (vi: string | number | undefined, en: string | number | undefined): Localized => ({ vi: String(vi), en: String(en) });

/** The kind of personal data a check found ("phone"), as a sentence names it ("số điện thoại", "a phone number"). */
function kindOf(p: MessageParams): Localized {
	const key = `problem.personal.kind.${String(p['kind'])}`;
	return bilingual(isPersonalKindKey(key) ? key : 'problem.personal.kind.other');
}
const isPersonalKindKey = (key: string): key is Extract<TextKey, `problem.personal.kind.${string}`> =>
	key.startsWith('problem.personal.kind.') && Object.hasOwn(problemPartsVi, key);
/** " Có phải …?" where a check has a suggestion. */
export const didYouMean = (p: Readonly<Record<string, string | number | undefined>>): Localized | '' =>
	partIf(p['suggestion'], (suggestion) => bilingual('problem.part.did-you-mean', { suggestion }));
const ofFile = (p: MessageParams): Localized | '' => partIf(p['otherFile'], (name) => bilingual('problem.part.of', { name }));

/**
 * The values of the sentences whose placeholders are more than the facts as given (see `valuesOf`):
 * parts added when a fact is known, words chosen by a fact, facts given per language.
 */
const VALUES: Partial<Record<ProblemCode, (p: MessageParams) => Values>> = {
	'value.type': (p) => ({
		expected: perLanguage(p['expected_vi'] ?? p['expected'], p['expected']),
		quote: partIf(p['quote'], (quote) => bilingual('problem.value.type.quote', { quote })),
	}),
	'value.too-small': (p) => ({ found: p.found ?? 0 }),
	'field.unknown': (p) => ({ value: { vi: quoteValueBoth(p.found), en: quoteValue(p.found).en } }),
	'yaml.syntax': (p) => ({
		reason: {
			vi: isEmpty(p['hint_vi']) ? String(p['detail']) : t('vi', 'problem.yaml.syntax.hint', { hint: p['hint_vi'], detail: String(p['detail']) }),
			en: isEmpty(p['hint_en']) ? String(p['detail']) : t('en', 'problem.yaml.syntax.hint', { hint: p['hint_en'], detail: String(p['detail']) }),
		},
	}),
	'csv.delimiter': (p) => ({ separator: bilingual(p.found === ';' ? 'problem.csv.delimiter.semicolon' : 'problem.csv.delimiter.tab') }),
	'personal.column': (p) => ({ kind: kindOf(p) }),
	'personal.value': (p) => ({
		kind: kindOf(p),
		where: partIf(p['position'], (position) => bilingual('problem.personal.value.where', { position, length: String(p['length']) })),
	}),
	'ref.commune': (p) => ({
		province: {
			vi: isEmpty(p['province']) ? '' : t('vi', 'problem.part.of', { name: p['province'] }),
			en: isEmpty(p['province_en']) ? '' : t('en', 'problem.part.of', { name: p['province_en'] }),
		},
		hint: didYouMean(p),
	}),
	'ref.agency': (p) => ({ hint: didYouMean(p) }),
	'ref.specialty': (p) => ({ hint: didYouMean(p) }),
	'duplicate.code': (p) => ({ otherFile: ofFile(p) }),
	'duplicate.need': (p) => ({ otherFile: ofFile(p) }),
	'duplicate.slug': (p) => ({ example: partIf(p['suggestion'], (suggestion) => bilingual('problem.duplicate.slug.example', { suggestion })) }),
	'file.encoding': (p) => ({ advice: bilingual(p['kind'] === 'text' ? 'problem.file.encoding.text' : 'problem.file.encoding.csv') }),
	'content.missing': (p) => ({ what: perLanguage(p['what_vi'], p['what']) }),
	'content.too-deep': (p) => ({ limit: p['limit'] ?? p.found ?? bilingual('problem.content.too-deep.limit') }),
	'narrative.html': (p) => ({ advice: bilingual(p.found === '<br>' ? 'problem.narrative.html.br' : 'problem.narrative.html.markdown') }),
	'text.character': (p) => ({ kind: perLanguage(p['kind_vi'], p['kind_en']) }),
	'text.foreign-letter': (p) => ({ lookalike: partIf(p['looksLike'], (looksLike) => bilingual('problem.text.foreign-letter.looks-like', { looksLike })) }),
	'decision.self-reference': (p) => ({ relation: perLanguage(p['relation_vi'], p['relation']) }),
};

/**
 * The values of a problem's sentence: every fact as given (`{found}` the value as it stands), `{value}`
 * the found value quoted and `{otherValue}` the other one, then what `VALUES` computes for the code.
 */
function valuesOf(code: ProblemCode, p: MessageParams): Values {
	const values = factsOf(p);
	values['value'] = quoteValue(p.found);
	values['otherValue'] = quoteValue(p['other']);
	return { ...values, ...VALUES[code]?.(p) };
}

/** The key of a problem's sentence in the catalogue. */
type ProblemKey = keyof typeof problemsVi;

/**
 * Every problem the content checks report, each with the key of its sentence (src/i18n/problems.vi.ts).
 * Keys are the `code` of a Problem (typed: `ProblemCode`); zod schemas use the same codes as their
 * custom messages, which arrive as strings and are checked against this list where zod's issues are read.
 */
export const MESSAGES = Object.fromEntries(Object.keys(problemsVi).map((key) => [key.slice('problem.'.length), key])) as Readonly<
	Record<ProblemCode, ProblemKey>
>;

/** Every kind of problem the content checks report. */
export type ProblemCode = CodeOf<ProblemKey>;
type CodeOf<Key> = Key extends `problem.${infer Code}` ? Code : never;

/** Whether a string (a zod custom message) is a known problem code. */
export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(MESSAGES, code);

/** Builds the bilingual sentence of a problem code; an unknown code is a bug and says so. */
export function describe(code: ProblemCode, params: MessageParams = {}): Bilingual {
	const key: ProblemKey | undefined = MESSAGES[code];
	if (!key) throw new Error(`No message for problem code "${code}"`);
	return bilingual(key, valuesOf(code, params));
}
