import Papa from 'papaparse';

/** A value of a published table: text, a number, a yes/no, or empty. */
export type Cell = string | number | boolean | null;

/** A published row: one value per column name. */
export type Row = Readonly<Record<string, Cell>>;

/** The byte-order mark Excel needs to read a CSV as UTF-8 (without it, Vietnamese shows as mojibake). */
export const BOM = '\uFEFF';

/**
 * Text cells that spreadsheet programs could run as a formula (OWASP "CSV injection"): those that
 * begin with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed. Such a cell is written with a
 * leading apostrophe, which spreadsheets show as text. Numbers and yes/no values are never touched.
 */
export const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/u;

/**
 * The text a CSV cell carries for a text value: the value itself, or the value with a leading
 * apostrophe when it could run as a formula.
 * @example guardFormula('=1+1') // "'=1+1"
 * @example guardFormula('Điện Biên') // 'Điện Biên'
 */
export function guardFormula(text: string): string {
	return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * Writes rows as the CSV the site publishes: UTF-8 with a byte-order mark, RFC 4180 quoting
 * (papaparse), CRLF line ends including after the last row, the header row in `columns` order, the
 * formula guard on text cells, numbers as written by JavaScript, yes/no as `true`/`false`, empty for
 * missing values.
 */
export function writeCsv(columns: readonly string[], rows: readonly Row[]): string {
	const config = { newline: '\r\n', escapeFormulae: FORMULA_TRIGGER, header: true };
	const header = Papa.unparse([[...columns]], { ...config, header: false });
	if (rows.length === 0) return `${BOM}${header}\r\n`;
	const body = Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? null)) }, config);
	return `${BOM}${body}\r\n`;
}

/**
 * Writes rows as the JSON the site publishes: an array of objects with the same fields, in the same
 * order and with the same values as the CSV (without the formula guard, which JSON does not need),
 * `null` for missing values, one row per line so a diff between versions shows only changed rows.
 */
export function writeJson(columns: readonly string[], rows: readonly Row[]): string {
	if (rows.length === 0) return '[]\n';
	// Each row written field by field, as JSON.stringify writes an object with these keys in this order
	// (a test checks), without building the object: a national build writes some 60,000 rows. Column
	// names are never integer-like, which an object would move to the front.
	const keys = columns.map((column) => `${JSON.stringify(column)}:`);
	const lines = rows.map((row) => {
		let line = '{';
		for (let i = 0; i < columns.length; i++) line += `${i === 0 ? '' : ','}${keys[i]}${JSON.stringify(row[columns[i]!] ?? null)}`;
		return `${line}}`;
	});
	return `[\n${lines.join(',\n')}\n]\n`;
}
