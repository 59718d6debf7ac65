import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import Papa from 'papaparse';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import type { Cell, Row } from '../../../src/lib/datasets/csv.ts';
import { buildTables } from '../../../src/lib/datasets/tables.ts';
import type { ForeignKey, PublishedTable } from '../../../src/lib/datasets/table.ts';
import type { TableSchemaField } from '../../../src/lib/datasets/table-schema.ts';
import type { PublicationInfo } from '../../../src/lib/datasets/publication.ts';
import type { Model } from '../../../src/lib/model/types.ts';

/** The synthetic fixture with Vietnamese text and formula-shaped cells. */
export const FORMULA_FIXTURE = join(import.meta.dirname, '../../fixtures/datasets-formula');

/** The bundled content. */
export const BUNDLED_CONTENT = join(import.meta.dirname, '../../../content');

/** What the tests' workbooks, guides and archives say of their data set (synthetic). */
export const TEST_PUBLICATION: PublicationInfo = {
	title: { vi: 'Minh Bạch — Dữ liệu mở', en: 'Minh Bạch — Open data' },
	publisher: { vi: 'Dự án Minh Bạch', en: 'The Minh Bạch project' },
	version: '2026-01-15.abcdef12',
	created: '2026-01-15',
	homepage: { vi: 'https://example.org/du-lieu/', en: 'https://example.org/en/du-lieu/' },
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

/** Builds the model and every table of a content folder, failing on any content problem. */
export function tablesOf(dir: string): { model: Model; tables: PublishedTable[] } {
	const { model, problems } = checkContent(dir);
	if (problems.length > 0) throw new Error(`${dir}: ${problems.map((p) => p.en).join('\n')}`);
	return { model, tables: buildTables(model, model.latestContentDate) };
}

/** Parses published CSV bytes with papaparse, as a journalist's tool would (BOM stripped, every cell text). */
export function parseCsvBytes(bytes: Uint8Array): { header: string[]; rows: string[][]; errors: Papa.ParseError[] } {
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
	const [header = [], ...rows] = parsed.data;
	return { header, rows, errors: parsed.errors };
}

/** Removes the formula guard's apostrophe from a text cell that carries it. */
export function unguard(cell: string): string {
	return /^'[=+\-@\t\r\n]/u.test(cell) ? cell.slice(1) : cell;
}

/** Turns a CSV cell back into the value its Table Schema field says it holds. */
export function typedCell(field: TableSchemaField, cell: string): Cell {
	if (cell === '') return null;
	if (field.type === 'integer' || field.type === 'number') return Number(cell);
	if (field.type === 'boolean') return cell === 'true';
	return unguard(cell);
}

/** What is wrong with a value under a Table Schema field (type, required, pattern, enum, minimum), if anything. */
export function fieldProblem(field: TableSchemaField, value: Cell): string | undefined {
	const c = field.constraints ?? {};
	if (value === null) return c.required ? `${field.name}: missing but required` : undefined;
	switch (field.type) {
		case 'integer':
			if (!Number.isInteger(value)) return `${field.name}: ${String(value)} is not an integer`;
			break;
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value)) return `${field.name}: ${String(value)} is not a number`;
			break;
		case 'boolean':
			if (typeof value !== 'boolean') return `${field.name}: ${String(value)} is not true or false`;
			break;
		case 'date':
			if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return `${field.name}: ${String(value)} is not yyyy-mm-dd`;
			break;
		case 'string':
			if (typeof value !== 'string') return `${field.name}: ${String(value)} is not text`;
			if (field.format === 'uri' && !URL.canParse(value)) return `${field.name}: ${value} is not a URI`;
			break;
	}
	if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(String(value))) return `${field.name}: ${String(value)} does not match ${c.pattern}`;
	if (c.enum && !c.enum.includes(String(value))) return `${field.name}: ${String(value)} is not one of ${c.enum.join(', ')}`;
	if (c.minimum !== undefined && typeof value === 'number' && value < c.minimum) return `${field.name}: ${value} is below ${c.minimum}`;
	if (c.minLength !== undefined && String(value).length < c.minLength) return `${field.name}: "${String(value)}" is too short`;
	return undefined;
}

/** Every value of every row that breaks its field's Table Schema. */
export function rowProblems(fields: readonly TableSchemaField[], rows: readonly Row[]): string[] {
	return rows.flatMap((row, i) => fields.flatMap((field) => fieldProblem(field, row[field.name] ?? null) ?? []).map((p) => `row ${i + 1}: ${p}`));
}

/** Rows whose primary key repeats another row's. */
export function primaryKeyProblems(table: { name: string; primaryKey?: readonly string[]; rows: readonly Row[] }): string[] {
	if (!table.primaryKey) return [];
	const seen = new Set<string>();
	const problems: string[] = [];
	for (const row of table.rows) {
		const key = JSON.stringify(table.primaryKey.map((f) => row[f] ?? null));
		if (seen.has(key)) problems.push(`${table.name}: primary key ${key} repeats`);
		seen.add(key);
	}
	return problems;
}

/** Foreign-key values that name no row of the referenced table (a key with an empty part is not a reference). */
export function foreignKeyProblems(tables: readonly { name: string; rows: readonly Row[]; foreignKeys?: readonly ForeignKey[] }[]): string[] {
	const byName = new Map(tables.map((t) => [t.name, t]));
	const problems: string[] = [];
	for (const table of tables) {
		for (const fk of table.foreignKeys ?? []) {
			const target = byName.get(fk.resource);
			if (!target) {
				problems.push(`${table.name}: foreign key to unknown table ${fk.resource}`);
				continue;
			}
			const keys = new Set(target.rows.map((row) => JSON.stringify(fk.reference.map((f) => row[f] ?? null))));
			for (const row of table.rows) {
				const values = fk.fields.map((f) => row[f] ?? null);
				if (values.some((v) => v === null)) continue;
				if (!keys.has(JSON.stringify(values))) problems.push(`${table.name}.${fk.fields.join('+')} = ${JSON.stringify(values)}: not in ${fk.resource}`);
			}
		}
	}
	return problems;
}

const PROFILE_DIR = join(import.meta.dirname, '../../fixtures/frictionless-v2');

type Validators = Record<'datapackage' | 'dataresource' | 'tableschema' | 'tabledialect', ValidateFunction>;
let validators: Validators | undefined;

/** Validators for the Frictionless v2 profiles (draft-07), from the copies in tests/fixtures, compiled once. */
export function frictionlessValidators(): Validators {
	validators ??= compileValidators();
	return validators;
}

function compileValidators(): Validators {
	// The profiles carry documentation keywords (propertyOrder, context, options) that strict mode rejects;
	// formats are checked by hand where the package uses them (created).
	const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
	const load = (name: string): ValidateFunction => ajv.compile(JSON.parse(readFileSync(join(PROFILE_DIR, `${name}.json`), 'utf8')) as object);
	return { datapackage: load('datapackage'), dataresource: load('dataresource'), tableschema: load('tableschema'), tabledialect: load('tabledialect') };
}
