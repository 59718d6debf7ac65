import Papa from 'papaparse';
import type { z } from 'astro/zod';
import { normalizeText } from '../../schemas/common.ts';
import { personalDataKindOfColumn } from './personal-columns.ts';
import { describe, type MessageParams, type ProblemCode } from './messages.ts';
import type { Problem } from './problem.ts';
import { checkCellText, checkText, maskPersonal, safeFound, textKindOf } from './text-checks.ts';
import { hasUnsafeCharacters } from './text-hygiene.ts';
import { problemsFromZod } from './zod-issues.ts';

/** One data row of a CSV file: its row number as a spreadsheet shows it, and its cells by column. */
export interface RawRow {
	/** Row number with the header as row 1, so the first data row is 2. */
	row: number;
	/** Cells by column name, NFC-normalised and trimmed; an empty cell is absent. */
	cells: Record<string, string>;
}

/** A parsed CSV file. */
export interface RawTable {
	file: string;
	columns: string[];
	rows: RawRow[];
	/** Cells (`row\tcolumn`) whose raw text held a control or invisible character, already reported. */
	tainted?: Set<string>;
}

/** A record that passed its schema, with where it came from. */
export interface Located<T> {
	/** File it was read from. */
	file: string;
	/** Row as a spreadsheet shows it (header = 1), or the line of the frontmatter. */
	row: number;
	/** The validated value. */
	data: T;
}

/** Creates a problem at a location from a catalogue code. */
export function problemAt(file: string, row: number | undefined, column: string | undefined, code: ProblemCode, params: MessageParams = {}): Problem {
	// A value is quoted back only in a safe form: short, with personal data and invisible characters masked.
	const safe = { ...params };
	if ('found' in safe) safe.found = safeFound(safe.found);
	// A parser's own sentence may quote the line it stopped at.
	if (typeof safe['detail'] === 'string') safe['detail'] = maskPersonal(safe['detail']);
	const problem: Problem = { file, code, ...describe(code, safe) };
	if (row !== undefined) problem.row = row;
	// A column name is quoted too (a header can be anything a spreadsheet held).
	if (column !== undefined) problem.column = maskPersonal(column);
	return problem;
}

/**
 * Parses CSV text with papaparse: strips a byte-order mark, keeps every cell as text (codes keep their
 * leading zeros), normalises cells to NFC and trims them, and skips rows that are entirely empty.
 */
export function parseCsv(file: string, text: string): { table: RawTable; problems: Problem[] } {
	const problems: Problem[] = [];
	const source = text.replace(/^\uFEFF/u, '');
	// The delimiter is fixed: guessing it reads a comma file whose notes hold semicolons as one column.
	const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false, dynamicTyping: false, delimiter: ',' });
	const brokenRows = new Set<number>();
	const seenErrors = new Set<string>();
	for (const error of parsed.errors) {
		// papaparse counts data rows from 0 with the header as row 0; a spreadsheet counts from 1.
		if (error.code === 'UndetectableDelimiter') continue;
		const row = error.row === undefined ? undefined : error.row + 1;
		// One message per row and kind: mixed line endings make papaparse repeat itself.
		const key = `${row}|${error.message}`;
		if (seenErrors.has(key)) continue;
		seenErrors.add(key);
		if (row !== undefined) brokenRows.add(row);
		problems.push(problemAt(file, row, undefined, 'csv.syntax', { detail: error.message }));
	}
	const lines = parsed.data;
	// Excel's "sep=," first line names the separator; it is not the header, and the rest would cascade.
	if (/^sep=.?$/iu.test((lines[0] ?? []).join(',').trim())) {
		problems.push(problemAt(file, 1, undefined, 'csv.excel-separator'));
		return { table: { file, columns: [], rows: [] }, problems };
	}
	const header = (lines[0] ?? []).map((cell) => normalizeText(cell));
	if (header.length === 0 || header.every((cell) => cell === '')) {
		// Rows below an empty first line: the header is missing, not the data.
		const hasRows = lines.slice(1).some((cells) => cells.some((cell) => cell.trim() !== ''));
		problems.push(problemAt(file, hasRows ? 1 : undefined, undefined, hasRows ? 'csv.header-empty' : 'csv.empty'));
		return { table: { file, columns: [], rows: [] }, problems };
	}
	// Excel in a Vietnamese or European locale saves "CSV" with semicolons; say so instead of
	// reporting one unknown column per file.
	const only = header.length === 1 ? lines[0]?.[0] : undefined;
	const other = only === undefined ? undefined : [';', '\t'].find((d) => only.includes(d));
	if (other !== undefined) {
		problems.push(problemAt(file, 1, undefined, 'csv.delimiter', { found: other === ';' ? ';' : 'Tab' }));
		return { table: { file, columns: [], rows: [] }, problems };
	}
	const seen = new Set<string>();
	for (const column of header) {
		if (seen.has(column)) problems.push(problemAt(file, 1, column, 'csv.duplicate-column', { found: column }));
		seen.add(column);
	}
	const rows: RawRow[] = [];
	const tainted = new Set<string>();
	// Header cells are checked too: an invisible character makes a column unknown for no visible reason.
	(lines[0] ?? []).forEach((cell, i) => {
		for (const finding of checkText(cell, 'structured')) problems.push(problemAt(file, 1, header[i], finding.code, finding.params));
	});
	lines.slice(1).forEach((cells, index) => {
		const row = index + 2;
		if (cells.every((cell) => cell.trim() === '')) return;
		// A row papaparse could not read (an unclosed quote swallows the rest of the file) is reported
		// once as a syntax problem; its cells would only add noise.
		if (brokenRows.has(row)) return;
		if (cells.length !== header.length) {
			problems.push(problemAt(file, row, undefined, 'csv.field-count', { found: String(cells.length), expected: String(header.length) }));
		}
		if (cells.length === header.length && cells.every((cell, i) => normalizeText(cell) === header[i])) {
			problems.push(problemAt(file, row, undefined, 'csv.header-repeated'));
			return;
		}
		const record: Record<string, string> = {};
		header.forEach((column, i) => {
			const raw = cells[i] ?? '';
			// Invisible and control characters are found in the text as written, before normalising folds some of them away.
			if (raw !== '' && hasUnsafeCharacters(raw)) {
				for (const finding of checkText(raw, 'structured').filter((f) => f.code === 'text.character')) {
					problems.push(problemAt(file, row, column, finding.code, finding.params));
					tainted.add(`${row}\t${column}`);
				}
			}
			const value = normalizeText(raw);
			if (value !== '') record[column] = value;
		});
		rows.push({ row, cells: record });
	});
	return { table: { file, columns: header, rows, tainted }, problems };
}

/**
 * Validates every row of a table against a strict row schema and reports all problems at once:
 * unknown columns (listing the allowed ones), personal-data columns and values, and each failed field.
 * Rows that fail are returned as `rejected`, so references to them are not reported a second time.
 */
export function validateTable<S extends z.ZodType>(
	table: RawTable,
	schema: S,
	allowedColumns: readonly string[],
	templateColumns: readonly string[] = [],
	options: { names?: boolean } = {},
): { records: Located<z.output<S>>[]; rejected: RawRow[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const allowed = new Set(allowedColumns);
	const refused = new Set<string>();
	for (const column of table.columns) {
		if (allowed.has(column)) continue;
		refused.add(column);
		const kind = personalDataKindOfColumn(column);
		problems.push(
			kind
				? problemAt(table.file, 1, column, 'personal.column', { found: column, kind })
				: problemAt(table.file, 1, column, 'csv.unknown-column', { found: column, allowed: allowedColumns.join(', ') }),
		);
	}
	// A required column absent from the header is one problem, not one per row.
	const shape = shapeOf(schema);
	// (An empty file has no header at all; csv.empty says so.)
	const missing = new Set(
		table.columns.length === 0
			? []
			: allowedColumns.filter((column) => !table.columns.includes(column) && fieldOf(shape, column)?.safeParse(undefined).success === false),
	);
	for (const column of missing) problems.push(problemAt(table.file, 1, undefined, 'csv.missing-column', { found: column }));
	// A table with a template (assignments) has every column, filled or not: a column dropped from the
	// header would otherwise publish "not published" on every row without a word.
	if (table.columns.length > 0)
		for (const column of templateColumns)
			if (!table.columns.includes(column) && !missing.has(column))
				problems.push(problemAt(table.file, 1, undefined, 'csv.missing-template-column', { found: column, header: templateColumns.join(',') }));
	const records: Located<z.output<S>>[] = [];
	const rejected: RawRow[] = [];
	// Which checks each column's text gets: free text and ids for personal data, ids and codes for letters of other scripts.
	const kinds = new Map(table.columns.map((column) => [column, textKindOf(fieldOf(shape, column))]));
	const tainted = table.tainted ?? new Set<string>();
	for (const { row, cells } of table.rows) {
		const known: Record<string, string> = {};
		let rowOk = true;
		const flagged = new Set<string>();
		for (const [column, value] of Object.entries(cells)) {
			if (refused.has(column)) continue;
			known[column] = value;
			if (tainted.has(`${row}\t${column}`)) {
				flagged.add(column);
				rowOk = false;
				continue;
			}
			const kind = kinds.get(column) ?? 'structured';
			const findings = checkText(value, kind);
			// A table cell is about one row's person or post: an age there is personal data, and a name belongs
			// in person_name, with its source (in prose, "người dưới 35 tuổi" is policy, not a person).
			if (kind === 'free') findings.push(...checkCellText(value, column, options.names ?? true));
			for (const finding of findings) {
				if (finding.code === 'text.character') continue;
				problems.push(problemAt(table.file, row, column, finding.code, finding.params));
				flagged.add(column);
				rowOk = false;
			}
		}
		const result = schema.safeParse(known);
		if (!result.success) {
			// A cell already reported for what it holds is not reported again for its form ("03382" with an
			// invisible character is not "not 5 digits"), and a missing column is one problem, not one a row.
			for (const problem of problemsFromZod(result.error, known, { file: table.file, row }, schema)) {
				if (problem.column !== undefined && flagged.has(problem.column)) continue;
				if (problem.code === 'value.missing' && problem.column !== undefined && missing.has(problem.column)) continue;
				problems.push(problem);
			}
			rowOk = false;
		}
		// Rows are kept even when a column was refused, so one bad header does not cascade into a
		// reference problem on every row that points at this table.
		if (rowOk && result.success) records.push({ file: table.file, row, data: result.data });
		else rejected.push({ row, cells });
	}
	return { records, rejected, problems };
}

/** A field's schema, own keys only (a column named "constructor" is not Object.prototype's). */
function fieldOf(shape: Record<string, z.ZodType> | undefined, column: string): z.ZodType | undefined {
	return shape && Object.hasOwn(shape, column) ? shape[column] : undefined;
}

/** The field schemas of an object schema (also through a refinement), or undefined for other schemas. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
	const def = (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType> } } })._zod.def;
	return def.type === 'object' ? def.shape : undefined;
}
