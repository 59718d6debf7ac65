import type { z } from 'astro/zod';
import { COUNT_LIMITS, DateSchema, PartialDateSchema, UrlSchema } from '../../schemas/common.ts';
import type { FieldDescription } from '../../schemas/descriptions.ts';

/**
 * Turns zod 4 schemas into Frictionless Table Schema v2 fields by walking `_zod.def`: strings with
 * their pattern and length, enums, integers, dates. Shared building blocks whose output type a
 * transform hides (a count parsed from text, a date in two notations) are recognised by identity.
 */

/** The Table Schema field types the datasets use. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** Constraints of a Table Schema field (v2). */
export interface FieldConstraints {
	required?: boolean;
	unique?: boolean;
	pattern?: string;
	enum?: string[];
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
}

/** What a column's values are: type, format and constraints, without name or description. */
export interface FieldShape {
	type: FieldType;
	format?: string;
	constraints?: FieldConstraints;
}

/** A Table Schema field (v2) as published in datapackage.json (in one language per file). */
export interface TableSchemaField extends FieldShape {
	name: string;
	/** What the column means, in Vietnamese and English. */
	description: FieldDescription;
}

/** The Table Schema pattern of a date known to the day, the month or the year (yyyy-mm-dd, yyyy-mm, yyyy). */
export const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** Whether a field holds dates of a day, a month or a year (published as text, since Table Schema dates are days). */
export function isPartialDateField(field: FieldShape): boolean {
	return field.type === 'string' && field.constraints?.pattern === PARTIAL_DATE_PATTERN;
}

/**
 * Building blocks of src/schemas/common.ts whose transform hides the output type, by identity (counts,
 * made by countUpTo, are known by their limit).
 * Partial dates (a day, a month or a year) are not a Table Schema date, so they are a pattern-checked string.
 */
const KNOWN = new Map<z.ZodType, FieldShape>([
	[DateSchema, { type: 'date', format: 'default' }],
	[PartialDateSchema, { type: 'string', constraints: { pattern: PARTIAL_DATE_PATTERN } }],
	[UrlSchema, { type: 'string', format: 'uri' }],
]);

/** A zod schema's internal definition, the part this module reads. */
interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	entries?: Record<string, string>;
	values?: unknown[];
	options?: z.ZodType[];
	checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: unknown; inclusive?: boolean } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Whether a schema accepts a missing value (`.optional()` anywhere on the outside). */
export function isOptional(schema: z.ZodType): boolean {
	const def = defOf(schema);
	if (def.type === 'optional') return true;
	if (def.type === 'default' || def.type === 'prefault' || def.type === 'nullable' || def.type === 'readonly') return isOptional(def.innerType!);
	return false;
}

/**
 * The Table Schema type, format and constraints of a zod schema's output, or undefined when a
 * transform hides it (the table definition then states the type).
 * @example fieldShapeOf(z.enum(['xã', 'phường'])) // { type: 'string', constraints: { enum: ['xã', 'phường'] } }
 */
export function fieldShapeOf(schema: z.ZodType): FieldShape | undefined {
	const limit = COUNT_LIMITS.get(schema);
	if (limit !== undefined) return { type: 'integer', constraints: { minimum: 0, maximum: limit } };
	const known = KNOWN.get(schema);
	if (known) return structuredClone(known);
	const def = defOf(schema);
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'prefault':
		case 'nullable':
		case 'readonly':
			return fieldShapeOf(def.innerType!);
		case 'pipe':
			// What comes out of a pipe is what its last stage checks; a final transform hides it.
			return defOf(def.out!).type === 'transform' ? undefined : fieldShapeOf(def.out!);
		case 'enum':
			return { type: 'string', constraints: { enum: Object.values(def.entries!) } };
		case 'literal':
			return def.values?.every((v) => typeof v === 'string') ? { type: 'string', constraints: { enum: def.values as string[] } } : undefined;
		case 'boolean':
			return { type: 'boolean' };
		case 'number':
			return numberShape(def);
		case 'string':
			return stringShape(def);
		default:
			return undefined;
	}
}

function numberShape(def: Def): FieldShape {
	const shape: FieldShape = { type: 'number' };
	const constraints: FieldConstraints = {};
	for (const check of def.checks ?? []) {
		const c = check._zod.def;
		if (c.check === 'number_format' && c.format?.includes('int')) shape.type = 'integer';
		if (c.check === 'greater_than' && c.inclusive && typeof c.value === 'number') constraints.minimum = c.value;
	}
	if (Object.keys(constraints).length > 0) shape.constraints = constraints;
	return shape;
}

function stringShape(def: Def): FieldShape {
	const shape: FieldShape = { type: 'string' };
	const constraints: FieldConstraints = {};
	for (const check of def.checks ?? []) {
		const c = check._zod.def;
		if (c.check === 'string_format' && c.format === 'regex' && c.pattern) constraints.pattern = toXsdPattern(c.pattern.source);
		else if (c.check === 'min_length' && typeof c.minimum === 'number') constraints.minLength = c.minimum;
		else if (c.check === 'max_length' && typeof c.maximum === 'number') constraints.maxLength = c.maximum;
	}
	if (Object.keys(constraints).length > 0) shape.constraints = constraints;
	return shape;
}

/**
 * Rewrites a JavaScript regular expression that is anchored at both ends into the XML Schema
 * dialect Table Schema patterns use (implicitly anchored, no `(?:`, no escaped slash). Throws on
 * constructs XML Schema lacks (lookaround, word boundaries, back-references) rather than publish a
 * pattern that readers would reject.
 * @example toXsdPattern('^\\d+(?:\\/\\d{4})?$') // '\\d+(/\\d{4})?'
 */
export function toXsdPattern(source: string): string {
	if (!source.startsWith('^') || !source.endsWith('$'))
		throw new Error(`Pattern /${source}/ is not anchored at both ends; Table Schema patterns match whole values.`);
	const body = source.slice(1, -1);
	if (/\(\?[=!<]|\\[bBk1-9]/u.test(body)) throw new Error(`Pattern /${source}/ uses a construct XML Schema regular expressions lack.`);
	return body.replaceAll('(?:', '(').replaceAll('\\/', '/');
}
