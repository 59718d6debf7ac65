import Papa from 'papaparse';
import type { z } from 'astro/zod';
import { normalizeText, personalDataKindOfColumn, personalDataKindOfValue } from '../../schemas/common.ts';
import { describe, type MessageParams } from './messages.ts';
import type { Problem } from './problem.ts';
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
export function problemAt(file: string, row: number | undefined, column: string | undefined, code: string, params: MessageParams = {}): Problem {
	const problem: Problem = { file, code, ...describe(code, params) };
	if (row !== undefined) problem.row = row;
	if (column !== undefined) problem.column = column;
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
	for (const error of parsed.errors) {
		// papaparse counts data rows from 0 with the header as row 0; a spreadsheet counts from 1.
		if (error.code === 'UndetectableDelimiter') continue;
		const row = error.row === undefined ? undefined : error.row + 1;
		if (row !== undefined) brokenRows.add(row);
		problems.push(problemAt(file, row, undefined, 'csv.syntax', { detail: error.message }));
	}
	const lines = parsed.data;
	const header = (lines[0] ?? []).map((cell) => normalizeText(cell));
	if (header.length === 0 || header.every((cell) => cell === '')) {
		problems.push(problemAt(file, undefined, undefined, 'csv.empty'));
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
	lines.slice(1).forEach((cells, index) => {
		const row = index + 2;
		if (cells.every((cell) => cell.trim() === '')) return;
		// A row papaparse could not read (an unclosed quote swallows the rest of the file) is reported
		// once as a syntax problem; its cells would only add noise.
		if (brokenRows.has(row)) return;
		if (cells.length !== header.length) {
			problems.push(problemAt(file, row, undefined, 'csv.field-count', { found: String(cells.length), expected: String(header.length) }));
		}
		const record: Record<string, string> = {};
		header.forEach((column, i) => {
			const value = normalizeText(cells[i] ?? '');
			if (value !== '') record[column] = value;
		});
		rows.push({ row, cells: record });
	});
	return { table: { file, columns: header, rows }, problems };
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
			: allowedColumns.filter((column) => !table.columns.includes(column) && shape?.[column]?.safeParse(undefined).success === false),
	);
	for (const column of missing) problems.push(problemAt(table.file, 1, undefined, 'csv.missing-column', { found: column }));
	const records: Located<z.output<S>>[] = [];
	const rejected: RawRow[] = [];
	for (const { row, cells } of table.rows) {
		const known: Record<string, string> = {};
		let rowOk = true;
		for (const [column, value] of Object.entries(cells)) {
			if (refused.has(column)) continue;
			known[column] = value;
			const kind = personalDataKindOfValue(value);
			// Codes and dates are digits too; only free-text columns can smuggle an ID or phone number.
			if (kind && !DIGIT_COLUMNS.has(column)) {
				problems.push(problemAt(table.file, row, column, 'personal.value', { kind }));
				rowOk = false;
			}
		}
		const result = schema.safeParse(known);
		if (!result.success) {
			problems.push(
				...problemsFromZod(result.error, known, { file: table.file, row }, schema).filter(
					(problem) => !(problem.code === 'value.missing' && problem.column !== undefined && missing.has(problem.column)),
				),
			);
			rowOk = false;
		}
		// Rows are kept even when a column was refused, so one bad header does not cascade into a
		// reference problem on every row that points at this table.
		if (rowOk && result.success) records.push({ file: table.file, row, data: result.data });
		else rejected.push({ row, cells });
	}
	return { records, rejected, problems };
}

/** The field schemas of an object schema (also through a refinement), or undefined for other schemas. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
	const def = (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType> } } })._zod.def;
	return def.type === 'object' ? def.shape : undefined;
}

/** Columns whose values are codes, counts or dates, where long digit runs are expected. */
const DIGIT_COLUMNS = new Set(['code', 'commune', 'province', 'population', 'area_km2', 'needed', 'start', 'end', 'assessed']);
