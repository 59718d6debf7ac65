import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { fieldShapeOf, isOptional, toXsdPattern } from '../../../src/lib/datasets/table-schema.ts';
import { COLUMN_DESCRIPTIONS } from '../../../src/lib/datasets/column-descriptions.ts';
import { fieldOf, passThrough, resolveField, type ColumnDefinition } from '../../../src/lib/datasets/table.ts';
import { TABLES } from '../../../src/lib/datasets/tables.ts';
import { FIELD_DESCRIPTIONS } from '../../../src/schemas/descriptions.ts';
import { CommuneCodeSchema, CountSchema, DateSchema, IdSchema, PartialDateSchema, TextSchema, UrlSchema } from '../../../src/schemas/common.ts';
import { CommuneSchema } from '../../../src/schemas/commune.ts';
import { AgencySchema } from '../../../src/schemas/agency.ts';

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

describe("the derived columns' descriptions", () => {
	test('describe only columns that exist, each in both languages', () => {
		const columns = new Set(TABLES.flatMap((table) => table.columns.map((column) => `${table.name}.${column.name}`)));
		const stale = Object.entries(COLUMN_DESCRIPTIONS).flatMap(([table, described]) =>
			Object.entries(described)
				.filter(([column, d]) => !columns.has(`${table}.${column}`) || !d.vi.trim() || !d.en.trim())
				.map(([column]) => `${table}.${column}`),
		);
		expect(stale).toEqual([]);
	});
});

describe('resolveField', () => {
	const column = (def: Omit<ColumnDefinition<never>, 'value'>): ColumnDefinition<never> => ({ ...def, value: () => null });

	test('takes type, constraints, required-ness and both descriptions from the schema field', () => {
		expect(resolveField('t', column({ name: 'code', schema: fieldOf(CommuneSchema, 'code') }))).toEqual({
			name: 'code',
			type: 'string',
			description: FIELD_DESCRIPTIONS.CommuneSchema.code,
			constraints: { required: true, pattern: '\\d{5}' },
		});
	});

	test('marks list columns and explains their separator in each language', () => {
		const field = resolveField('t', column({ name: 'ns', description: { vi: 'Các số.', en: 'Numbers.' }, list: true }));
		expect(field).toEqual({
			name: 'ns',
			type: 'string',
			description: { vi: 'Các số. Nhiều giá trị được ngăn cách bằng "; ".', en: 'Numbers. Several values are separated by "; ".' },
		});
	});

	test('a pass-through column takes its name, meaning and value from the schema field', () => {
		const [column] = passThrough(CommuneSchema, ['full_name'], (row: { commune: { full_name: string } }) => row.commune as never);
		expect(column?.name).toBe('full_name');
		expect(column?.value({ commune: { full_name: 'Phường Điện Biên Phủ' } })).toBe('Phường Điện Biên Phủ');
		expect(resolveField('t', column as ColumnDefinition<never>).description).toEqual(FIELD_DESCRIPTIONS.CommuneSchema.full_name);
	});

	test.each([
		[
			'a field of an undescribed schema',
			column({ name: 'x', schema: { schema: z.strictObject({ x: z.string() }), field: 'x' } }),
			/no registered field descriptions/u,
		],
		['a field whose transform hides its type', column({ name: 'area', schema: fieldOf(CommuneSchema, 'area_km2') }), /hidden by a transform/u],
		['a field the schema lacks', column({ name: 'x', schema: { schema: CommuneSchema, field: 'nope' } }), /has no field "nope"/u],
		['a derived column with no description', column({ name: 'x', shape: { type: 'string' } }), /says what it means/u],
	])('refuses %s, naming table and column', (_name, def, message) => {
		expect(() => resolveField('t', def)).toThrow(message);
	});
});
