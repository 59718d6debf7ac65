import type { z } from 'astro/zod';
import { AgencySchema } from '../../schemas/agency.ts';
import { AssignmentRowSchema } from '../../schemas/assignment.ts';
import { SourceSchema } from '../../schemas/common.ts';
import { CommuneSchema } from '../../schemas/commune.ts';
import { DecisionSchema, DeclaredCategorySchema, SignerSchema } from '../../schemas/decision.ts';
import { NeedRowSchema } from '../../schemas/need.ts';
import { ProvinceSchema } from '../../schemas/province.ts';
import { SpecialtySchema } from '../../schemas/specialty.ts';
import type { Change } from '../changes/diff.ts';
import type { Model } from '../model/types.ts';
import type { Cell, Row } from './csv.ts';
import { fieldShapeOf, isOptional, type FieldShape, type TableSchemaField } from './table-schema.ts';

/**
 * How a published table is defined: its columns (each either a field of a content schema, whose
 * type, constraints and JSDoc description it takes over, or a derived column whose type and meaning
 * are stated once here), its rows in a stable order, and its keys.
 */

/** The content schemas columns may publish, by their export name (the name their JSDoc is read under). */
export const SCHEMAS = {
	ProvinceSchema,
	CommuneSchema,
	AgencySchema,
	SpecialtySchema,
	DecisionSchema,
	SignerSchema,
	DeclaredCategorySchema,
	SourceSchema,
	AssignmentRowSchema,
	NeedRowSchema,
} as const;

/** Name of a content schema a column can come from. */
export type SchemaName = keyof typeof SCHEMAS;

/** JSDoc of fields by export name and field (see src/lib/io/schema-docs.ts, which reads it at build time). */
export type FieldDocs = Readonly<Record<string, Readonly<Record<string, string>>>>;

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
	schema?: readonly [SchemaName, string];
	/** Whose JSDoc describes the column, when not its schema field's: an exported schema or interface and a field. */
	doc?: readonly [string, string];
	/** A field whose JSDoc introduces the description (e.g. DecisionSchema.signer before SignerSchema.name). */
	within?: readonly [string, string];
	/** The meaning of a derived column, in English, stated only here. */
	description?: string;
	/** The type of a derived column, or of a schema field whose transform hides it. */
	shape?: FieldShape;
	/** Whether every row has a value; by default whether the schema field is required (derived and list columns: false). */
	required?: boolean;
	/** Whether the column lists several values, separated by "; ". */
	list?: boolean;
	/** The column's value in a row; undefined and empty lists are published as empty. */
	value: (row: R) => Cell | readonly string[] | undefined;
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

const LIST_NOTE = `Several values are separated by "${LIST_SEPARATOR}".`;

/**
 * Resolves a column into its Table Schema field: type and constraints from the schema field (or the
 * definition), description from the JSDoc (or the definition). Throws with the column's name when
 * either is missing, so a new schema field without JSDoc cannot reach the data dictionary silently.
 */
export function resolveField(table: string, column: ColumnDefinition<never>, docs: FieldDocs): TableSchemaField {
	const where = `Table "${table}", column "${column.name}"`;
	const docOf = ([owner, field]: readonly [string, string]): string => {
		const text = docs[owner]?.[field];
		if (!text) throw new Error(`${where}: ${owner}.${field} has no JSDoc to describe it.`);
		return text;
	};
	let schemaField: z.ZodType | undefined;
	if (column.schema) {
		const [owner, field] = column.schema;
		schemaField = (SCHEMAS[owner] as unknown as { shape: Record<string, z.ZodType> }).shape[field];
		if (!schemaField) throw new Error(`${where}: ${owner} has no field "${field}".`);
	}
	const source = column.doc ?? column.schema;
	let description = column.description ?? (source ? docOf(source) : undefined);
	if (!description) throw new Error(`${where}: neither a schema field, a JSDoc reference nor a description says what it means.`);
	if (column.within) description = `${docOf(column.within)} ${description}`;
	if (column.list) description = `${description} ${LIST_NOTE}`;

	const shape: FieldShape | undefined = column.shape ?? (column.list ? { type: 'string' } : schemaField ? fieldShapeOf(schemaField) : undefined);
	if (!shape) throw new Error(`${where}: the type of ${column.schema?.join('.')} is hidden by a transform; state it with \`shape\`.`);
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
export function publishTable<R>(definition: TableDefinition<R>, context: TableContext, docs: FieldDocs): PublishedTable {
	const fields = definition.columns.map((column) => resolveField(definition.name, column as ColumnDefinition<never>, docs));
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
