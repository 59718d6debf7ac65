import Papa from 'papaparse';
import { AssignmentRowSchema, ASSIGNMENT_COLUMNS } from '../../schemas/assignment.ts';
import { normalizeText } from '../../schemas/common.ts';
import { buildModel } from '../model/build-model.ts';
import type { ContentRecords } from '../model/types.ts';
import { suggest } from '../slug.ts';
import { bilingual, joinLanguages, t, type TextKey } from '../i18n.ts';
import { formatProblems, sortProblems, type Bilingual, type Problem } from '../validate/problem.ts';
import { validateTable, type RawRow } from '../validate/table.ts';
import { parseImportDate, parseImportPeriod, type DateReading } from './dates.ts';
import { HEADER_EXAMPLES, readHeaderRows, type HeaderMapping, type HeaderTarget } from './headers.ts';
import {
	agencyNames,
	buildCommuneIndex,
	buildNameIndex,
	describeCandidate,
	matchCommune,
	matchName,
	specialtyNames,
	type CommuneCandidate,
	type NameIndex,
} from './match.ts';
import { importProblem, otherSheetNote, type ImportProblemCode } from './messages.ts';
import { columnLetters, type SheetFacts } from './xlsx-parts.ts';

/** A cell as a spreadsheet reader gives it. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** The rows of one sheet or CSV file, row 1 first, and where they came from. */
export interface SheetInput {
	/** Path of the file as the report shows it. */
	file: string;
	/** Name of the sheet read, for a workbook. */
	sheet?: string;
	/** Whether that sheet is hidden in the workbook (it was named with --sheet). */
	sheetHidden?: boolean;
	/** `rows[i][j]` is the cell of spreadsheet row i + 1, column j + 1. */
	rows: readonly (readonly CellValue[])[];
	/** What a workbook's XML says that its values do not (hidden rows and columns, merges, formulas); none for CSV. */
	facts?: Omit<SheetFacts, 'hasData'>;
	/** The workbook's other sheets that hold data and were not imported. */
	otherSheets?: readonly { name: string; hidden: boolean }[];
}

/** An agency, specialty or category as the matcher sees it. */
type Named = { id: string; label: string; names: readonly string[] };

/** Values the staff member gives on the command line for rows that leave a column empty. */
export interface ImportOptions {
	/** Source id (of the decision's `sources`) for every row without one. */
	source?: string | undefined;
	/** Declared category id for every row without one. */
	category?: string | undefined;
}

/** One value the importer changed, with why, and every row where it did. */
export interface ImportChange {
	/** Header of the spreadsheet column, or the CSV column filled by an option. */
	column: string;
	from: string;
	to: string;
	rows: number[];
	why: Bilingual;
}

/** What an import gives before anything is written. */
export interface ImportResult {
	file: string;
	sheet?: string;
	sheetHidden?: boolean;
	decision: string;
	/** Row of the headers, as the spreadsheet numbers it (the first of two when the header has two rows). */
	headerRow: number;
	/** Last row of the headers: `headerRow`, or the row under it for a two-row header. */
	headerLastRow?: number;
	/** The workbook's other sheets that hold data and were not imported. */
	otherSheets?: readonly { name: string; hidden: boolean }[];
	headers: HeaderMapping[];
	/** Canonical rows, keyed by the columns of the assignments CSV, with their spreadsheet row. */
	rows: RawRow[];
	changes: ImportChange[];
	/** General notes (options applied). */
	notes: Bilingual[];
	/** Everything unresolved; nothing may be written while there is any. */
	problems: Problem[];
}

const textOf = (value: CellValue): string => {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	return String(value);
};

const headerOrder = (headers: readonly HeaderMapping[], column: string): number => {
	const index = headers.findIndex((mapping) => mapping.header === column);
	return index === -1 ? headers.length : index;
};

const DATE_WHY: Partial<Record<DateReading, TextKey>> = {
	'excel-serial': 'import.why.excel-serial',
	'two-digit-year': 'import.why.two-digit-year',
	separator: 'import.why.separator',
};

/**
 * Turns the rows of a spreadsheet into the canonical rows of `content/assignments/<decision>.csv`:
 * maps the headers, matches communes, agencies, specialties and categories to their codes, reads the
 * dates, validates every row with the assignment schema and the content's cross-checks, and records
 * every value it changed and every problem it could not resolve.
 */
export function buildImport(sheet: SheetInput, records: ContentRecords, decisionId: string, options: ImportOptions = {}): ImportResult {
	const problems: Problem[] = [];
	const changes = new Map<string, ImportChange>();
	const notes: Bilingual[] = [];
	const result = (headerRow: number, headers: HeaderMapping[], rows: RawRow[], headerLastRow = headerRow): ImportResult => ({
		file: sheet.file,
		...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }),
		...(sheet.sheetHidden ? { sheetHidden: true } : {}),
		decision: decisionId,
		headerRow,
		...(headerLastRow === headerRow ? {} : { headerLastRow }),
		...(sheet.otherSheets && sheet.otherSheets.length > 0 ? { otherSheets: sheet.otherSheets } : {}),
		headers,
		rows,
		// Changes read column by column, in the sheet's order, then by row.
		changes: [...changes.values()].sort(
			(a, b) => headerOrder(headers, a.column) - headerOrder(headers, b.column) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0) || a.from.localeCompare(b.from),
		),
		notes,
		problems: sortProblems(problems),
	});

	const decision = records.decisions.find((record) => record.data.fileStem === decisionId)?.data;
	if (!decision) {
		const near = suggest(
			decisionId,
			records.decisions.map((record) => record.data.fileStem),
		);
		problems.push(importProblem(sheet.file, undefined, undefined, 'import.decision-unknown', { found: decisionId, suggestion: near }));
		return result(1, [], []);
	}
	const province = records.provinces.find((record) => record.data.code === decision.province)?.data;
	const communeIndex = buildCommuneIndex(records.communes.map((record) => record.data).filter((commune) => commune.province === decision.province));
	// Agencies of the decision's province first: a name shared with another province's body resolves here.
	const agencies = records.agencies.map((record) => record.data);
	const named = <T>(items: readonly T[], idOf: (item: T) => string, labelOf: (item: T) => string, namesOf: (item: T) => readonly string[]): NameIndex<Named> =>
		buildNameIndex(
			items.map((item) => ({ id: idOf(item), label: labelOf(item), names: namesOf(item) })),
			(item) => item.id,
			(item) => item.names,
		);
	const agencyIndex = named(
		[...agencies.filter((agency) => agency.province === decision.province), ...agencies.filter((agency) => agency.province !== decision.province)],
		(agency) => agency.id,
		(agency) => agency.name,
		(agency) => agencyNames(agency, agency.province === decision.province ? province?.name : undefined),
	);
	const specialtyIndex = named(
		records.specialties.map((record) => record.data),
		(specialty) => specialty.id,
		(specialty) => specialty.name,
		specialtyNames,
	);
	const categoryIndex = named(
		decision.declared,
		(category) => category.id,
		(category) => category.label,
		(category) => [category.label, category.label_en],
	);
	const sourceIds = decision.sources.map((source) => source.id);
	if (options.source !== undefined && !sourceIds.includes(options.source)) {
		problems.push(importProblem(sheet.file, undefined, undefined, 'import.source-unknown', { found: options.source, allowed: sourceIds.join(', ') }));
	}
	if (options.category !== undefined && matchName(options.category, categoryIndex).kind !== 'resolved') {
		const allowed = decision.declared.map((category) => category.id).join(', ');
		problems.push(importProblem(sheet.file, undefined, undefined, 'import.category-unknown', { found: options.category, allowed }));
	}

	// Headers: the first rows may be a title; the header row is the first with known column names,
	// with the row under it when cells of the header are merged across columns over sub-labels.
	const facts = sheet.facts;
	const textsOf = (row: readonly CellValue[]): string[] => row.map((cell) => normalizeText(textOf(cell)));
	const texts = sheet.rows.map(textsOf);
	const header = readHeaderRows(texts, facts?.merges ?? []);
	const headerIndex = header.last;
	// Cells merged down over several data rows hold their value for each of them, as the sheet shows it.
	const merged = fillMergedDown(sheet.rows, facts?.merges ?? [], header.last + 1);
	for (const index of merged.changedRows) texts[index] = textsOf(merged.rows[index]!);
	const headerRow = header.first + 1;
	const headers = header.headers;
	const headerOf = new Map<HeaderTarget, string>();
	const allowedHeaders = HEADER_EXAMPLES.join(', ');
	// Cells the file holds no value for (a formula never computed, an error), by "row column" (1-based).
	const unread = new Map((facts?.unreadCells ?? []).map((cell) => [`${cell.row} ${cell.column}`, cell] as const));
	const unreadAt = (row: number, column: number): SheetFacts['unreadCells'][number] | undefined =>
		unread.size === 0 ? undefined : unread.get(`${row} ${column}`);
	const reportUnread = (row: number, column: number, header: string): boolean => {
		const cell = unreadAt(row, column);
		if (!cell) return false;
		const params = { cell: `${columnLetters(column)}${row}`, formula: cell.formula, error: cell.error };
		problems.push(importProblem(sheet.file, row, header, cell.kind === 'formula' ? 'import.formula-no-value' : 'import.cell-error', params));
		return true;
	};
	headers.forEach((mapping, column) => {
		if (mapping.kind === 'empty') {
			for (let row = header.first + 1; row <= header.last + 1; row++) reportUnread(row, column + 1, columnLetters(column + 1));
		}
		if (mapping.kind === 'unknown') {
			problems.push(
				importProblem(sheet.file, headerRow, mapping.header, 'import.unknown-header', {
					found: mapping.header,
					suggestion: mapping.suggestion,
					allowed: allowedHeaders,
				}),
			);
		}
		if (mapping.kind !== 'mapped' || mapping.target === 'ignore') return;
		const other = headerOf.get(mapping.target);
		if (other !== undefined) {
			problems.push(importProblem(sheet.file, headerRow, mapping.header, 'import.duplicate-header', { found: mapping.header, other, target: mapping.target }));
		} else headerOf.set(mapping.target, mapping.header);
	});
	// A period column and a column of its own for the first or last day would both write that day.
	const periodHeader = headerOf.get('period');
	for (const target of ['start', 'end'] as const) {
		const other = headerOf.get(target);
		if (periodHeader !== undefined && other !== undefined) {
			problems.push(importProblem(sheet.file, headerRow, periodHeader, 'import.duplicate-header', { found: periodHeader, other, target }));
		}
	}
	if (!headerOf.has('commune')) problems.push(importProblem(sheet.file, headerRow, undefined, 'import.no-commune-column'));
	/** Whether a column is imported: mapped to a CSV column, and the first one mapped there. */
	const isImported = (mapping: HeaderMapping | undefined): mapping is Extract<HeaderMapping, { kind: 'mapped' }> =>
		mapping !== undefined && mapping.kind === 'mapped' && mapping.target !== 'ignore' && headerOf.get(mapping.target) === mapping.header;

	const change = (column: string, from: string, to: string, row: number, why: Bilingual): void => {
		const key = [column, from, to, why.vi].join('\u0000');
		const existing = changes.get(key);
		if (existing) existing.rows.push(row);
		else changes.set(key, { column, from, to, rows: [row], why });
	};

	// Hidden rows and columns that hold data: never imported unseen. They are read below like the
	// others, so that unhiding them shows no new problem.
	const holdsData = (index: number): boolean => (texts[index] ?? []).some((text) => text !== '');
	const rowsWithUnread = new Set((facts?.unreadCells ?? []).map((cell) => cell.row));
	const hiddenRows = [...new Set(facts?.hiddenRows ?? [])]
		.filter((row) => row > headerRow && (holdsData(row - 1) || rowsWithUnread.has(row)))
		.sort((a, b) => a - b);
	if (hiddenRows.length > 0) {
		problems.push(
			importProblem(sheet.file, undefined, undefined, 'import.hidden-rows', { rows: describeRuns(hiddenRows), plural: hiddenRows.length > 1 ? 1 : undefined }),
		);
	}
	const hiddenColumns = hiddenColumnsWithData(facts?.hiddenColumns ?? [], texts, header.first);
	if (hiddenColumns.length > 0) {
		const named = hiddenColumns.map((column) => {
			const mapping = headers[column - 1];
			const label = mapping && mapping.kind !== 'empty' ? ` ("${mapping.header}")` : '';
			return `${columnLetters(column)}${label}`;
		});
		problems.push(
			importProblem(sheet.file, undefined, undefined, 'import.hidden-columns', { columns: named.join(', '), plural: named.length > 1 ? 1 : undefined }),
		);
	}
	for (const fill of merged.filled) {
		const mapping = headers[fill.column - 1];
		if (!isImported(mapping)) continue;
		change(mapping.header, fill.value, fill.value, fill.row, bilingual('import.why.merged', { row: fill.fromRow }));
	}

	const candidatesOf = (candidates: readonly CommuneCandidate[], lang: 'vi' | 'en'): string => candidates.map((c) => describeCandidate(c, lang)).join('; ');
	const provinceLabel = province ? `${province.name} (${province.code})` : decision.province;

	// Rows: each mapped cell is matched or read; what cannot be resolved is a problem at its cell.
	// A list repeats the same few names on thousands of rows: each distinct text is matched once
	// (an unknown name costs an edit distance to every known one for its suggestion).
	const memo = <T>(cache: Map<string, T>, text: string, match: () => T): T => {
		let found = cache.get(text);
		if (found === undefined) cache.set(text, (found = match()));
		return found;
	};
	const communeMatches = new Map<string, ReturnType<typeof matchCommune>>();
	const nameMatches = { agency: new Map(), specialty: new Map(), category: new Map() } satisfies Record<
		string,
		Map<string, ReturnType<typeof matchName<Named>>>
	>;
	const rows: RawRow[] = [];
	// Cells already reported as unmatched are left empty; the schema must not report them again as missing.
	const unmatched = new Set<string>();
	// A reader drops trailing rows without values; rows of formulas never computed are still rows.
	let lastRow = merged.rows.length;
	for (const cell of facts?.unreadCells ?? []) lastRow = Math.max(lastRow, cell.row);
	const sheetRows = lastRow === merged.rows.length ? merged.rows : Array.from({ length: lastRow }, (_, index) => merged.rows[index] ?? []);
	sheetRows.forEach((values, index) => {
		if (index <= headerIndex) return;
		const row = index + 1;
		// A row of formulas never computed is not empty: what it shows is unknown.
		const unreadInRow = unread.size > 0 && headers.some((mapping, column) => isImported(mapping) && unreadAt(row, column + 1) !== undefined);
		if (!unreadInRow && values.every((cell) => textOf(cell).trim() === '')) return;
		const out: Record<string, string> = {};
		headers.forEach((mapping, column) => {
			if (!isImported(mapping)) return;
			if (reportUnread(row, column + 1, mapping.header)) {
				unmatched.add(`${row}\u0000${mapping.header}`);
				return;
			}
			const raw = values[column];
			const rawText = textOf(raw);
			const text = normalizeText(rawText);
			if (text === '') return;
			const at = (code: ImportProblemCode, params: Record<string, string | number | undefined>): void => {
				unmatched.add(`${row}\u0000${mapping.header}`);
				problems.push(importProblem(sheet.file, row, mapping.header, code, { found: text, ...params }));
			};
			switch (mapping.target) {
				case 'commune': {
					const match = memo(communeMatches, text, () => matchCommune(text, communeIndex));
					if (match.kind === 'unknown') {
						at('import.commune-unknown', { province: provinceLabel, suggestion: match.suggestion && describeCandidate(match.suggestion, 'vi') });
						return;
					}
					if (match.kind === 'ambiguous') {
						at('import.commune-ambiguous', { candidates_vi: candidatesOf(match.candidates, 'vi'), candidates_en: candidatesOf(match.candidates, 'en') });
						return;
					}
					const { commune } = match;
					out['commune'] = commune.code;
					const target = `${commune.full_name} (${commune.code})`;
					let why: Bilingual = bilingual(match.padded ? 'import.why.padded' : 'import.why.current-unit', { target });
					if (match.via) why = bilingual('import.why.former-unit', { former: `${match.via.type} ${match.via.name}`, target });
					if (match.shadowed) {
						const { shadowed } = match;
						why = bilingual('import.why.shadowed', { why, candidates: { vi: candidatesOf(shadowed, 'vi'), en: candidatesOf(shadowed, 'en') } });
					}
					if (match.typeDiffers) why = bilingual('import.why.type-differs', { why, typed: match.typeDiffers, type: commune.type });
					if (text !== commune.code) change(mapping.header, text, commune.code, row, why);
					return;
				}
				case 'agency':
				case 'specialty':
				case 'category': {
					const index = mapping.target === 'agency' ? agencyIndex : mapping.target === 'specialty' ? specialtyIndex : categoryIndex;
					const match = memo(nameMatches[mapping.target], text, () => matchName(text, index));
					const label = (item: Named): string => `${item.id} (${item.label})`;
					if (match.kind === 'resolved') {
						out[mapping.target] = match.item.id;
						if (!match.exactId) change(mapping.header, text, match.item.id, row, bilingual('import.why.name-to-id', { item: label(match.item) }));
						return;
					}
					if (mapping.target === 'category') {
						at('import.category-unknown', { allowed: decision.declared.map((category) => category.id).join(', ') });
						return;
					}
					if (match.kind === 'ambiguous') at(`import.${mapping.target}-ambiguous`, { candidates: match.candidates.map(label).join('; ') });
					else at(`import.${mapping.target}-unknown`, { suggestion: match.suggestion && label(match.suggestion) });
					return;
				}
				case 'period': {
					const period = parseImportPeriod(text);
					if (!period) {
						at('import.period', {});
						return;
					}
					out['start'] = period.start.iso;
					out['end'] = period.end.iso;
					change(mapping.header, text, `${period.start.iso} – ${period.end.iso}`, row, bilingual('import.why.period'));
					return;
				}
				case 'start':
				case 'end': {
					const date = typeof raw === 'number' || raw instanceof Date ? parseImportDate(raw) : parseImportDate(text);
					if (!date) {
						at('import.date', {});
						return;
					}
					out[mapping.target] = date.iso;
					const why = DATE_WHY[date.reading];
					if (why) change(mapping.header, text, date.iso, row, bilingual(why));
					return;
				}
				default: {
					out[mapping.target] = text;
					// Text typed on another keyboard arrives decomposed (NFD) or with stray spaces.
					if (rawText !== text) {
						const nfd = rawText.normalize('NFC') !== rawText;
						change(mapping.header, text, text, row, bilingual(nfd ? 'import.why.nfc' : 'import.why.spaces'));
					}
				}
			}
		});
		if (options.source !== undefined && out['source'] === undefined) out['source'] = options.source;
		if (options.category !== undefined && out['category'] === undefined) {
			const match = matchName(options.category, categoryIndex);
			if (match.kind === 'resolved') out['category'] = match.item.id;
		}
		rows.push({ row, cells: out });
	});
	if (rows.length === 0) problems.push(importProblem(sheet.file, undefined, undefined, 'import.no-rows'));
	notes.push(bilingual('import.note.forms'));
	if (options.source !== undefined) notes.push(bilingual('import.note.source', { source: options.source }));
	if (options.category !== undefined) notes.push(bilingual('import.note.category', { category: options.category }));

	// The same checks as `npm run check`: the row schema, then the cross-checks of the whole content.
	const toHeader = (problem: Problem): Problem => {
		const column = problem.column as HeaderTarget | undefined;
		// The first and last day may both come from one period column.
		const header = column === undefined ? undefined : (headerOf.get(column) ?? (column === 'start' || column === 'end' ? periodHeader : undefined));
		return header === undefined ? problem : { ...problem, column: header };
	};
	const validated = validateTable({ file: sheet.file, columns: [...ASSIGNMENT_COLUMNS], rows }, AssignmentRowSchema, ASSIGNMENT_COLUMNS);
	// Problems are appended one by one: spreading 200,000 of them into push() would overflow the stack.
	const noCommuneColumn = !headerOf.has('commune');
	for (const problem of validated.problems) {
		const located = toHeader(problem);
		if (unmatched.has(`${located.row}\u0000${located.column}`)) continue;
		// Without a commune column, one problem says so; not one more on every row.
		if (noCommuneColumn && located.code === 'value.missing' && located.column === 'commune') continue;
		problems.push(located);
	}
	const others = records.assignments.filter((record) => record.data.decision !== decisionId);
	const imported = validated.records.map((record) => ({ ...record, data: { ...record.data, decision: decisionId } }));
	const model = buildModel({ ...records, assignments: [...others, ...imported] });
	for (const problem of model.problems) if (problem.file === sheet.file) problems.push(toHeader(problem));
	if (options.source === undefined && problems.some((problem) => problem.code === 'assignment.person-without-source')) {
		notes.push(bilingual('import.note.source-hint', { allowed: sourceIds.join(', ') }));
	}
	return result(headerRow, headers, rows, header.last + 1);
}

/** A value written into a row from a cell merged down over it. */
interface MergedFill {
	/** Spreadsheet row and column (1-based) that received the value, and the row of the merged cell's value. */
	row: number;
	column: number;
	fromRow: number;
	value: string;
}

/**
 * Gives every data row under a cell merged down (e.g. "Sở Y tế" merged over the three people it
 * sends) that cell's value, as a reader of the sheet sees it; a spreadsheet stores the value in the
 * first row only. Only rows that hold data elsewhere receive it (a merge that runs past the list
 * adds no row), and only merges that start below the header (`headerLastRow`, 1-based).
 */
function fillMergedDown(
	rows: readonly (readonly CellValue[])[],
	merges: readonly { top: number; left: number; bottom: number; right: number }[],
	headerLastRow: number,
): { rows: readonly (readonly CellValue[])[]; changedRows: number[]; filled: MergedFill[] } {
	const down = merges.filter((merge) => merge.top > headerLastRow && merge.bottom > merge.top && merge.top <= rows.length);
	if (down.length === 0) return { rows, changedRows: [], filled: [] };
	const out = [...rows];
	const changed = new Set<number>();
	const filled: MergedFill[] = [];
	const isBlank = (value: CellValue): boolean => textOf(value).trim() === '';
	for (const merge of down) {
		const value = rows[merge.top - 1]?.[merge.left - 1];
		if (value === undefined || value === null || isBlank(value)) continue;
		for (let row = merge.top + 1; row <= Math.min(merge.bottom, rows.length); row++) {
			const cells = rows[row - 1] ?? [];
			if (cells.every(isBlank)) continue;
			const copy = changed.has(row - 1) ? (out[row - 1] as CellValue[]) : [...cells];
			while (copy.length < merge.left) copy.push(null);
			copy[merge.left - 1] = value;
			out[row - 1] = copy;
			changed.add(row - 1);
			filled.push({ row, column: merge.left, fromRow: merge.top, value: normalizeText(textOf(value)) });
		}
	}
	return { rows: out, changedRows: [...changed], filled };
}

/**
 * Numbers as runs, for a message: "7, 9–12, 15". Past 20 runs the rest is counted, not listed.
 * @example describeRuns([7, 9, 10, 11, 12, 15]) // '7, 9–12, 15'
 */
export function describeRuns(numbers: readonly number[]): string {
	const runs: string[] = [];
	let shown = 0;
	for (let i = 0; i < numbers.length;) {
		let j = i;
		while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
		if (runs.length === 20) break;
		runs.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
		shown = j + 1;
		i = j + 1;
	}
	const rest = numbers.length - shown;
	return rest > 0 ? `${runs.join(', ')}, … (+${rest})` : runs.join(', ');
}

/** The hidden columns (1-based) that hold text from the header row down. */
function hiddenColumnsWithData(spans: readonly { min: number; max: number }[], texts: readonly (readonly string[])[], firstHeaderIndex: number): number[] {
	if (spans.length === 0) return [];
	let width = 0;
	for (let i = firstHeaderIndex; i < texts.length; i++) width = Math.max(width, texts[i]!.length);
	const columns = new Set<number>();
	for (const span of spans) {
		for (let column = span.min; column <= Math.min(span.max, width); column++) {
			for (let i = firstHeaderIndex; i < texts.length; i++) {
				if ((texts[i]![column - 1] ?? '') !== '') {
					columns.add(column);
					break;
				}
			}
		}
	}
	return [...columns].sort((a, b) => a - b);
}

/**
 * Writes canonical rows as the text of an assignments CSV: every column of the schema in order, UTF-8
 * without a byte-order mark, LF line ends, a final newline.
 */
export function toAssignmentsCsv(rows: readonly RawRow[]): string {
	const data = rows.map(({ cells }) => ASSIGNMENT_COLUMNS.map((column) => cells[column] ?? ''));
	return `${Papa.unparse({ fields: [...ASSIGNMENT_COLUMNS], data }, { newline: '\n' })}\n`;
}

/** What happened to the output file. */
export type ImportOutcome = { kind: 'written' | 'dry-run' | 'blocked'; output: string };

const rowList = (rows: readonly number[]): string => rows.join(', ');

/**
 * The report `npm run import` prints, in Vietnamese then English: columns read, every value changed
 * and why, every problem left (file, row, column), and what was written.
 */
export function formatImportReport(result: ImportResult, outcome: ImportOutcome): string {
	const lines: string[] = [];
	const sheetLabel = joinLanguages(bilingual(result.sheetHidden ? 'import.report.hidden-sheet' : 'import.report.sheet'));
	const source = result.sheet === undefined ? result.file : `${result.file} (${sheetLabel} "${result.sheet}")`;
	lines.push(`${joinLanguages(bilingual('import.report.import'))}: ${source} → ${outcome.output}`);
	lines.push(`${joinLanguages(bilingual('import.report.decision'))}: ${result.decision}`);
	if (result.otherSheets && result.otherSheets.length > 0) {
		lines.push('', `${joinLanguages(bilingual('import.report.other-sheets'))}:`);
		for (const other of result.otherSheets) {
			const note = otherSheetNote(other.name, other.hidden);
			lines.push(`  ${note.vi}`, `  ${note.en}`);
		}
	}
	if (result.headers.length > 0) {
		const last = result.headerLastRow;
		lines.push(
			'',
			last === undefined
				? `${joinLanguages(bilingual('import.report.columns', { rows: result.headerRow }))}:`
				: `${joinLanguages(bilingual('import.report.columns.many', { rows: `${result.headerRow}–${last}` }))}:`,
		);
		for (const mapping of result.headers) {
			if (mapping.kind === 'empty') continue;
			const what =
				mapping.kind === 'mapped'
					? mapping.target === 'ignore'
						? joinLanguages(bilingual('import.report.ignored'))
						: mapping.target
					: joinLanguages(bilingual(mapping.kind === 'personal' ? 'import.report.personal' : 'import.report.unrecognised'));
			lines.push(`  "${mapping.header}" → ${what}`);
		}
	}
	lines.push('', `${joinLanguages(bilingual('import.report.changed'))}: ${result.changes.length}`);
	for (const change of result.changes) {
		const arrow = change.from === change.to ? `"${change.from}"` : `"${change.from}" → "${change.to}"`;
		lines.push(`  ${t('vi', 'report.column', { column: change.column })}, ${t('vi', 'report.row', { row: rowList(change.rows) })}: ${arrow}`);
		lines.push(`    ${change.why.vi}`, `    ${change.why.en}`);
	}
	for (const note of result.notes) lines.push(`  ${note.vi}`, `  ${note.en}`);
	lines.push('', `${joinLanguages(bilingual('import.report.unresolved'))}: ${result.problems.length}`);
	if (result.problems.length > 0) lines.push(formatProblems(result.problems).replace(/^(?=.)/gmu, '  '));
	lines.push('');
	const count = result.rows.length;
	const outcomeLines =
		outcome.kind === 'blocked'
			? bilingual('import.report.blocked', { n: result.problems.length })
			: bilingual(outcome.kind === 'written' ? 'import.report.written' : 'import.report.dry-run', { n: count, output: outcome.output });
	lines.push(outcomeLines.vi, outcomeLines.en);
	return lines.join('\n');
}
