import { z } from 'astro/zod';
import { AgencySchema } from './agency.ts';
import { AssignmentRowSchema } from './assignment.ts';
import { SourceSchema } from './common.ts';
import { CommuneSchema } from './commune.ts';
import { DecisionSchema, DeclaredCategorySchema, ReportedFigureSchema, SignerSchema } from './decision.ts';
import { NeedRowSchema } from './need.ts';
import { ProvinceSchema } from './province.ts';
import { SpecialtySchema } from './specialty.ts';
import text from './descriptions.json' with { type: 'json' };

/**
 * What every field of every content schema means, in Vietnamese and English. The sentences live in
 * `descriptions.json`, by schema and field, the one place they are written (data that translators edit,
 * not code). The data dictionary and `datapackage.json` (src/lib/datasets/table.ts), a new decision's
 * skeleton (`npm run new:decision`) and the editors' JSON Schema of decision files read them, through
 * `FIELD_DESCRIPTIONS` or `fieldDescriptions`, which hands them out by a zod registry keyed by the schema.
 */

/** A description in both languages. */
export interface FieldDescription {
	vi: string;
	en: string;
}

type Descriptions<S extends { shape: Record<string, unknown> }> = { readonly [K in keyof S['shape']]: FieldDescription };

/** Every content schema, by name. */
export const CONTENT_SCHEMAS = {
	ProvinceSchema,
	CommuneSchema,
	AgencySchema,
	SpecialtySchema,
	AssignmentRowSchema,
	NeedRowSchema,
	DecisionSchema,
	SignerSchema,
	DeclaredCategorySchema,
	ReportedFigureSchema,
	SourceSchema,
} as const;

/**
 * The descriptions of every content schema's fields, by schema name and field. Typed by each schema's
 * shape: the JSON's key sets are checked, so a field added to a schema without its description (or a
 * schema without its descriptions) does not compile; a description of a field the schema lacks is
 * refused by tests/schemas/descriptions.test.ts.
 */
export const FIELD_DESCRIPTIONS: { readonly [N in keyof typeof CONTENT_SCHEMAS]: Descriptions<(typeof CONTENT_SCHEMAS)[N]> } = text;

/** The descriptions of a schema's fields, by field: the metadata `fieldDescriptions` reads. */
export interface SchemaDescriptions {
	fields: Readonly<Record<string, FieldDescription>>;
}

/** Every content schema's field descriptions, registered on the schema itself. */
export const descriptionRegistry = z.registry<SchemaDescriptions>();

for (const [name, schema] of Object.entries(CONTENT_SCHEMAS))
	descriptionRegistry.add(schema, { fields: FIELD_DESCRIPTIONS[name as keyof typeof CONTENT_SCHEMAS] });

/**
 * The descriptions of an object schema's fields, as registered here; throws for a schema that has
 * none, so a new schema cannot reach the dictionary undescribed.
 */
export function fieldDescriptions(schema: z.ZodType): Readonly<Record<string, FieldDescription>> {
	const meta = descriptionRegistry.get(schema);
	if (!meta) throw new Error('This schema has no registered field descriptions (src/schemas/descriptions.json).');
	return meta.fields;
}
