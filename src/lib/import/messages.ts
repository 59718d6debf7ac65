import { importProblemsVi } from '../../i18n/import.vi.ts';
import { formatNumber } from '../format.ts';
import { bilingual, localize, type Localized, type TextKey } from '../i18n.ts';
import { didYouMean, factsOf, partIf, quoteValueBoth, type Values } from '../validate/messages.ts';
import type { Bilingual, Problem } from '../validate/problem.ts';

/** What an import message is told: the value found and facts computed where the problem is raised. */
export type ImportParams = Record<string, string | number | undefined>;

/** A number with one decimal, the reader's way: "0,5" in Vietnamese, "0.5" in English. */
const count = (n: string | number | undefined): Localized => localize((lang) => formatNumber(lang, Number(n ?? 0), { decimals: 1 }));

/** A size in bytes as people read it: "50 MB", "0,5 MB" in Vietnamese, "0.5 MB" in English. */
function size(bytes: string | number | undefined): Localized {
	const n = Number(bytes ?? 0);
	if (n >= 1024 * 1024) return bilingual('problem.import.size.mb', { n: count(n / (1024 * 1024)) });
	if (n >= 1024) return bilingual('problem.import.size.kb', { n: count(n / 1024) });
	return bilingual(n === 1 ? 'problem.import.size.byte' : 'problem.import.size.bytes', { n: count(n) });
}

/** A formula quoted back, cut short: it is shown to say which cell, not to be read whole. */
const formula = (p: ImportParams): string | undefined => {
	const text = p['formula'] === undefined ? '' : String(p['formula']);
	if (text === '') return undefined;
	return `=${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
};

/** Why a workbook looks like a zip bomb, from the reason code and the numbers measured. */
function bombReason(p: ImportParams): Localized {
	switch (p['reason']) {
		case 'total':
			return bilingual('problem.import.zip-bomb.total', { found: size(p['found']), packed: size(p['packed']), limit: size(p['limit']) });
		case 'ratio':
			return bilingual('problem.import.zip-bomb.ratio', { part: String(p['part']), found: count(p['found']), limit: count(p['limit']) });
		case 'lying':
			return bilingual('problem.import.zip-bomb.lying', { part: String(p['part']), found: size(p['found']) });
		default:
			return bilingual('problem.import.zip-bomb.entries', { found: count(p['found']), limit: count(p['limit']) });
	}
}

const CORRUPT_REASONS: Readonly<Record<string, TextKey>> = {
	deflate: 'problem.import.zip-corrupt.deflate',
	size: 'problem.import.zip-corrupt.size',
	method: 'problem.import.zip-corrupt.method',
	directory: 'problem.import.zip-corrupt.directory',
};

/**
 * The values of the sentences whose placeholders are more than the facts as given: sizes and counts
 * written the reader's way, parts added when a fact is known, facts given per language.
 */
const VALUES: Partial<Record<ImportProblemCode, (p: ImportParams) => Values>> = {
	'import.file-too-large': (p) => ({ found: size(p['found']), limit: size(p['limit']) }),
	'import.not-zip': () => ({ resave: bilingual('problem.import.resave') }),
	'import.zip-corrupt': (p) => ({
		reason: bilingual(CORRUPT_REASONS[String(p['reason'])] ?? 'problem.import.zip-corrupt.directory', { part: String(p['part'] ?? '') }),
		resave: bilingual('problem.import.resave'),
	}),
	'import.zip-bomb': (p) => ({ reason: bombReason(p) }),
	'import.formula-no-value': (p) => ({ formula: partIf(formula(p), (f) => bilingual('problem.import.formula-no-value.formula', { formula: f })) }),
	'import.cell-error': (p) => ({ formula: partIf(formula(p), (f) => bilingual('problem.import.cell-error.formula', { formula: f })) }),
	'import.unknown-header': (p) => ({ hint: didYouMean(p) }),
	'import.commune-unknown': (p) => ({ hint: didYouMean(p) }),
	'import.commune-ambiguous': (p) => ({ candidates: { vi: String(p['candidates_vi']), en: String(p['candidates_en']) } }),
	'import.agency-unknown': (p) => ({ hint: didYouMean(p) }),
	'import.specialty-unknown': (p) => ({ hint: didYouMean(p) }),
	'import.province-unknown': (p) => ({ hint: didYouMean(p) }),
	'import.decision-unknown': (p) => ({ hint: didYouMean(p) }),
};

/** The sentences said otherwise of several rows or columns (`plural` given): English has plurals. */
const PLURALS: Partial<Record<ImportProblemCode, TextKey>> = {
	'import.hidden-rows': 'problem.import.hidden-rows.plural',
	'import.hidden-columns': 'problem.import.hidden-columns.plural',
};

/** The key of an import problem's sentence in the catalogue (src/i18n/import.vi.ts). */
type ImportProblemKey = keyof typeof importProblemsVi;
type CodeOf<Key> = Key extends `problem.${infer Code}` ? Code : never;

/** Every kind of problem the import reports. */
export type ImportProblemCode = CodeOf<ImportProblemKey>;

/**
 * Every problem `npm run import` reports, with the key of its sentence: spreadsheet problems that the
 * content checks never see (headers, names to match, file encodings). Keys are the `code` of a Problem.
 */
export const IMPORT_MESSAGES = Object.fromEntries(Object.keys(importProblemsVi).map((key) => [key.slice('problem.'.length), key])) as Readonly<
	Record<ImportProblemCode, ImportProblemKey>
>;

/** Creates an import problem at a location of the spreadsheet. */
export function importProblem(file: string, row: number | undefined, column: string | undefined, code: ImportProblemCode, params: ImportParams = {}): Problem {
	const key: TextKey | undefined = params['plural'] ? (PLURALS[code] ?? IMPORT_MESSAGES[code]) : IMPORT_MESSAGES[code];
	if (!key) throw new Error(`No import message for problem code "${code}"`);
	const problem: Problem = { file, code, ...bilingual(key, { ...factsOf(params), value: quoteValueBoth(params['found']), ...VALUES[code]?.(params) }) };
	if (row !== undefined) problem.row = row;
	if (column !== undefined) problem.column = column;
	return problem;
}

/** How to name a sheet on the command line: bare when it is one plain word, else in double quotes. */
export function sheetArgument(name: string): string {
	return /^[\p{L}\p{N}_.-]+$/u.test(name) ? name : `"${name.replace(/(["\\$`])/gu, '\\$1')}"`;
}

/**
 * The note for another sheet of the workbook that holds data and was not imported.
 * @example otherSheetNote('Cũ', true).en // 'Hidden sheet "Cũ" also holds data and was not imported; to import it, use --sheet Cũ.'
 */
export function otherSheetNote(name: string, hidden: boolean): Bilingual {
	return bilingual(hidden ? 'import.other-sheet.hidden' : 'import.other-sheet', { name, option: `--sheet ${sheetArgument(name)}` });
}
