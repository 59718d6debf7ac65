import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { fieldShapeOf, isOptional, toXsdPattern } from '../../src/lib/datasets/table-schema.ts';
import { resolveField, SCHEMAS, type ColumnDefinition } from '../../src/lib/datasets/table.ts';
import { parseSchemaDocs, readSchemaDocs } from '../../src/lib/io/schema-docs.ts';
import { CommuneCodeSchema, CountSchema, DateSchema, IdSchema, PartialDateSchema, TextSchema, UrlSchema } from '../../src/schemas/common.ts';
import { CommuneSchema } from '../../src/schemas/commune.ts';
import { AgencySchema } from '../../src/schemas/agency.ts';

describe('fieldShapeOf', () => {
	test.each([
		['an official commune code', CommuneCodeSchema, { type: 'string', constraints: { pattern: '\\d{5}' } }],
		['an id', IdSchema, { type: 'string', constraints: { maxLength: 80, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } }],
		['normalised text', TextSchema, { type: 'string', constraints: { minLength: 1, maxLength: 5000 } }],
		['a count written as text or number', CountSchema, { type: 'integer', constraints: { minimum: 0, maximum: 100_000 } }],
		['a day in two notations', DateSchema, { type: 'date', format: 'default' }],
		['a day, month or year', PartialDateSchema, { type: 'string', constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } }],
		['an http address', UrlSchema, { type: 'string', format: 'uri' }],
		['an enum behind a normalising transform', CommuneSchema.shape.type, { type: 'string', constraints: { enum: ['xã', 'phường', 'đặc khu'] } }],
		[
			'an enum with a default',
			AgencySchema.shape.kind,
			{ type: 'string', constraints: { enum: ['department', 'public-service-unit', 'party-body', 'inspectorate', 'commune', 'other'] } },
		],
		['an optional integer', z.number().int().min(0).optional(), { type: 'integer', constraints: { minimum: 0 } }],
		['a boolean', z.boolean(), { type: 'boolean' }],
	])('describes %s', (_name, schema, shape) => {
		expect(fieldShapeOf(schema as z.ZodType)).toEqual(shape);
	});

	test('returns nothing when a final transform hides the output type', () => {
		expect(fieldShapeOf(CommuneSchema.shape.area_km2)).toBeUndefined();
	});

	test.each([
		['optional', IdSchema.optional(), true],
		['with a default', z.enum(['a']).default('a'), false],
		['required', IdSchema, false],
	])('tells whether a field is optional: %s', (_name, schema, optional) => {
		expect(isOptional(schema as z.ZodType)).toBe(optional);
	});
});

describe('toXsdPattern', () => {
	test.each([
		['^\\d{5}$', '\\d{5}'],
		['^\\d+(?:\\/\\d{4})?\\/[A-ZĐ]{1,5}(?:-[A-Za-zĐđ]+)+$', '\\d+(/\\d{4})?/[A-ZĐ]{1,5}(-[A-Za-zĐđ]+)+'],
	])('rewrites /%s/ for XML Schema', (source, pattern) => {
		expect(toXsdPattern(source)).toBe(pattern);
	});

	test.each([
		['an unanchored pattern', '\\d+'],
		['a lookahead', '^(?=a)a$'],
		['a word boundary', '^\\ba$'],
	])('refuses %s', (_name, source) => {
		expect(() => toXsdPattern(source)).toThrow();
	});
});

describe('parseSchemaDocs', () => {
	test('reads the JSDoc of object schema fields through chained calls, and of interface members', () => {
		const docs = parseSchemaDocs(`
			import { z } from 'astro/zod';
			/** Not a field. */
			export const ThingSchema = z
				.strictObject({
					/** The code,
					 * over two lines. */
					code: z.string(),
					undocumented: z.string(),
				})
				.superRefine(() => {});
			const PrivateSchema = z.object({ /** Hidden. */ x: z.string() });
			export interface Thing {
				/** How many. */
				count: number;
			}
		`);
		expect(docs).toEqual({ ThingSchema: { code: 'The code, over two lines.' }, Thing: { count: 'How many.' } });
	});

	test('finds a one-line description for every field of every published content schema', () => {
		const docs = readSchemaDocs();
		const missing = Object.entries(SCHEMAS).flatMap(([name, schema]) =>
			Object.keys((schema as unknown as { shape: object }).shape)
				.filter((field) => !docs[name]?.[field])
				.map((field) => `${name}.${field}`),
		);
		expect(missing).toEqual([]);
	});
});

describe('resolveField', () => {
	const docs = { CommuneSchema: { code: 'The code.', area_km2: 'Area.' }, Extra: { n: 'A number.' } };
	const column = (def: Omit<ColumnDefinition<never>, 'value'>): ColumnDefinition<never> => ({ ...def, value: () => null });

	test('takes type, constraints, required-ness and description from the schema field', () => {
		expect(resolveField('t', column({ name: 'code', schema: ['CommuneSchema', 'code'] }), docs)).toEqual({
			name: 'code',
			type: 'string',
			description: 'The code.',
			constraints: { required: true, pattern: '\\d{5}' },
		});
	});

	test('marks list columns and explains their separator', () => {
		const field = resolveField('t', column({ name: 'ns', doc: ['Extra', 'n'], list: true }), docs);
		expect(field).toEqual({ name: 'ns', type: 'string', description: 'A number. Several values are separated by "; ".' });
	});

	test.each([
		['a field without JSDoc', column({ name: 'name', schema: ['CommuneSchema', 'name'] }), /CommuneSchema\.name has no JSDoc/u],
		['a field whose transform hides its type', column({ name: 'area', schema: ['CommuneSchema', 'area_km2'] }), /hidden by a transform/u],
		['a field the schema lacks', column({ name: 'x', schema: ['CommuneSchema', 'nope'] }), /has no field "nope"/u],
		['a derived column with no description', column({ name: 'x', shape: { type: 'string' } }), /says what it means/u],
	])('refuses %s, naming table and column', (_name, def, message) => {
		expect(() => resolveField('t', def, docs)).toThrow(message);
	});
});
