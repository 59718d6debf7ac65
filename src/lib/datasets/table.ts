import type { z } from 'astro/zod';
import { fieldDescriptions, type FieldDescription } from '../../schemas/descriptions.ts';
import { bilingual } from '../i18n.ts';
import { COLUMN_DESCRIPTIONS } from './column-descriptions.ts';
import type { Change } from '../changes/diff.ts';
import type { Model } from '../model/types.ts';
import type { Cell, Row } from './csv.ts';
import { fieldShapeOf, isOptional, type FieldShape, type TableSchemaField } from './table-schema.ts';

/**
 * How a published table is defined: its columns (each either a field of a content schema, whose
 * type, constraints and bilingual description it takes over, or a derived column whose type and
 * meaning are stated once here), its rows in a stable order, and its keys.
 */

/** An object schema whose fields can be published (every content schema). */
type ObjectSchema = z.ZodType & { shape: Record<string, z.ZodType> };

/** A typed reference to one field of a content schema: a misspelt field does not compile. */
export interface SchemaField {
	schema: ObjectSchema;
	field: string;
}

/** The reference to `schema.shape[field]`. */
export function fieldOf<S extends ObjectSchema>(schema: S, field: keyof S['shape'] & string): SchemaField {
	return { schema, field };
}

/** One change of the content's history, as the changes table publishes it. */
export interface ChangeRecord {
	commit: string;
	date: string;
	subject: string;
	/** Position of the change within its commit, from 1. */
	seq: number;
	change: Change;
}

/** What a table's rows are computed from. */
export interface TableContext {
	model: Model;
	/** The day statuses are computed for (the site's as-of day). */
	asOf: string;
	/** The content's history of changes, newest commit first (none outside git). */
	changes: readonly ChangeRecord[];
}

/** One column of a table definition. */
export interface ColumnDefinition<R> {
	/** Header in the CSV and key in the JSON: stable snake_case. */
	name: string;
	/** The content-schema field this column publishes: type, constraints, required-ness and description come from it. */
	schema?: SchemaField;
	/** A field whose description introduces this one's (e.g. the decision's signer before the signer's name). */
	within?: SchemaField;
	/** The meaning of a column in both languages, where neither column-descriptions.ts nor its schema field gives it (tests). */
	description?: FieldDescription;
	/** The type of a derived column, or of a schema field whose transform hides it. */
	shape?: FieldShape;
	/** Whether every row has a value; by default whether the schema field is required (derived and list columns: false). */
	required?: boolean;
	/** Whether the column lists several values, separated by "; ". */
	list?: boolean;
	/** The column's value in a row; undefined and empty lists are published as empty. */
	value: (row: R) => Cell | readonly string[] | undefined;
}

/**
 * Columns that publish fields of one content schema as they are, under the fields' own names: the
 * schema's shape says their type and meaning, so only the way from a row to the object is written.
 * @example passThrough(ProvinceSchema, ['code', 'name'], (p) => p)
 */
export function passThrough<R, S extends ObjectSchema, F extends keyof S['shape'] & string>(
	schema: S,
	fields: readonly F[],
	object: (row: R) => { readonly [K in F]?: Cell | readonly string[] | undefined } | undefined,
	options: { required?: boolean } = {},
): ColumnDefinition<R>[] {
	return fields.map((field) => ({ name: field, schema: fieldOf(schema, field), ...options, value: (row: R) => object(row)?.[field] }));
}

/** A foreign key: these columns hold a key of that table. */
export interface ForeignKey {
	fields: readonly string[];
	resource: string;
	reference: readonly string[];
}

/** A published table's definition. */
export interface TableDefinition<R> {
	/** Resource name and file stem, e.g. "assignments". */
	name: string;
	columns: readonly ColumnDefinition<R>[];
	/** The rows, already in the published order (code, then date, then id). */
	rows: (context: TableContext) => R[];
	primaryKey?: readonly string[];
	foreignKeys?: readonly ForeignKey[];
}

/** A table ready to write: resolved fields and plain rows. */
export interface PublishedTable {
	name: string;
	fields: TableSchemaField[];
	rows: Row[];
	primaryKey?: readonly string[];
	foreignKeys?: readonly ForeignKey[];
}

/** The separator of list cells ("cntt; dat-dai"). */
export const LIST_SEPARATOR = '; ';

const LIST_NOTE: FieldDescription = bilingual('data.column.list', { separator: LIST_SEPARATOR });

/** Two descriptions joined sentence by sentence, in each language. */
const join = (first: FieldDescription, then: FieldDescription): FieldDescription => bilingual('data.column.joined', { first, then });

/** The registered description of a schema field; throws with the column's name when there is none. */
function describedField(where: string, { schema, field }: SchemaField): FieldDescription {
	const description = Object.hasOwn(schema.shape, field) ? fieldDescriptions(schema)[field] : undefined;
	if (!description) throw new Error(`${where}: the schema has no described field "${field}".`);
	return description;
}

/**
 * Resolves a column into its Table Schema field: type and constraints from the schema field (or the
 * definition), description from the schema's registered descriptions (or the definition). Throws with
 * the column's name when either is missing, so an undescribed column cannot reach the data dictionary.
 */
export function resolveField(table: string, column: ColumnDefinition<never>): TableSchemaField {
	const where = `Table "${table}", column "${column.name}"`;
	const schemaField = column.schema ? column.schema.schema.shape[column.schema.field] : undefined;
	if (column.schema && !schemaField) throw new Error(`${where}: the schema has no field "${column.schema.field}".`);
	let description = column.description ?? COLUMN_DESCRIPTIONS[table]?.[column.name] ?? (column.schema ? describedField(where, column.schema) : undefined);
	if (!description) throw new Error(`${where}: neither a schema field nor a description says what it means.`);
	if (column.within) description = join(describedField(where, column.within), description);
	if (column.list) description = join(description, LIST_NOTE);

	const shape: FieldShape | undefined = column.shape ?? (column.list ? { type: 'string' } : schemaField ? fieldShapeOf(schemaField) : undefined);
	if (!shape) throw new Error(`${where}: the type of "${column.schema?.field}" is hidden by a transform; state it with \`shape\`.`);
	// An empty list is published as an empty cell, so a list column is never required.
	const required = column.required ?? (schemaField && !column.list ? !isOptional(schemaField) : false);
	const constraints = { ...(required ? { required: true } : {}), ...shape.constraints };
	return {
		name: column.name,
		type: shape.type,
		...(shape.format ? { format: shape.format } : {}),
		description,
		...(Object.keys(constraints).length > 0 ? { constraints } : {}),
	};
}

/** Computes a table: its fields and its rows, each value in the column's published form. */
export function publishTable<R>(definition: TableDefinition<R>, context: TableContext): PublishedTable {
	const fields = definition.columns.map((column) => resolveField(definition.name, column as ColumnDefinition<never>));
	const rows = definition.rows(context).map((record) => {
		const row: Record<string, Cell> = {};
		for (const column of definition.columns) {
			const value = column.value(record);
			row[column.name] = Array.isArray(value) ? (value.length > 0 ? value.join(LIST_SEPARATOR) : null) : ((value as Cell | undefined) ?? null);
		}
		return row;
	});
	const table: PublishedTable = { name: definition.name, fields, rows };
	if (definition.primaryKey) table.primaryKey = definition.primaryKey;
	if (definition.foreignKeys) table.foreignKeys = definition.foreignKeys;
	return table;
}

/** The column names of a table, in order: the CSV header. */
export function columnNames(table: PublishedTable): string[] {
	return table.fields.map((field) => field.name);
}
