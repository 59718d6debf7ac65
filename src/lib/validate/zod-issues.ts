import type { z } from 'astro/zod';
import { bilingual, t, type TextKey } from '../i18n.ts';
import { describe, isProblemCode, type MessageParams, type ProblemCode } from './messages.ts';
import type { Problem } from './problem.ts';
import { maskPersonal, safeFound } from './text-checks.ts';

type ZodIssue = z.ZodError['issues'][number];

/** Formats a zod path as staff read it: `declared[0].count`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}

/** Reads the value at a path of a raw input, for quoting it back in a message. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = input;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** Renders a found value for a message: strings as they are, other values as compact JSON. */
export function showValue(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string') return value;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return JSON.stringify(value);
}

/**
 * Turns the issues of one failed zod parse into problems at a location. Custom messages are keys of the
 * bilingual catalogue; zod's own issue kinds are mapped to generic bilingual sentences.
 */
export function problemsFromZod(
	error: z.ZodError,
	input: unknown,
	where: {
		file: string;
		row?: number;
		rowOfPath?: (path: readonly PropertyKey[]) => number | undefined;
		/** The text of a value as written in the file, where YAML turned it into something else (03388 → 3388). */
		rawOfPath?: (path: readonly PropertyKey[]) => string | undefined;
	},
	schema?: z.ZodType,
): Problem[] {
	return flattenUnions(error.issues).map((issue) => {
		const path = issue.path;
		const value = valueAt(input, path);
		const found = typeof value === 'string' ? value : (where.rawOfPath?.(path) ?? showValue(value));
		const params: MessageParams = { found };
		// Facts a refinement computed where it raised the issue (a limit, a window).
		if (issue.code === 'custom' && issue.params) for (const [key, value] of Object.entries(issue.params)) params[key] = String(value);
		let code: ProblemCode = isProblemCode(issue.message) ? issue.message : 'value.invalid';
		if (issue.code === 'too_big' && issue.origin === 'string') {
			// The value itself is not quoted back: it is long, and may be anything.
			code = 'text.too-long';
			params.found = String(typeof value === 'string' ? [...value].length : '');
			params['limit'] = String(issue.maximum);
		} else if (!isProblemCode(issue.message)) {
			const expected = issue.code === 'invalid_type' || issue.code === 'invalid_union' ? expectedOf(issue) : undefined;
			if (issue.code === 'invalid_type' && found === undefined) code = 'value.missing';
			else if (expected) {
				code = 'value.type';
				params['expected'] = expected.en;
				params['expected_vi'] = expected.vi;
				// YAML reads 2025 as a number and 2025-10-20 as a date; quoting keeps the text as written.
				const raw = valueAt(input, path);
				// Only where text alone is expected: "true" in a count is no better than true.
				if (expected.en === t('en', 'problem.type.string') && (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date))
					params['quote'] = typeof path.at(-1) === 'string' ? `${String(path.at(-1))}: "${found}"` : `"${found}"`;
			} else if (issue.code === 'invalid_value') {
				code = 'value.enum';
				params['allowed'] = issue.values.map((v) => String(v)).join(', ');
			} else if (issue.code === 'too_small') {
				code = 'value.too-small';
				params['minimum'] = String(issue.minimum);
				params.found = Array.isArray(valueAt(input, path)) ? String((valueAt(input, path) as unknown[]).length) : found;
			} else if (issue.code === 'unrecognized_keys') {
				code = 'field.unknown';
				params.found = issue.keys.join(', ');
				params['allowed'] = schema ? objectKeysAt(schema, issue.path).join(', ') : '';
			} else params['detail'] = issue.message;
		}
		const column = issue.code === 'unrecognized_keys' ? formatPath([...path, issue.keys[0] ?? '']) : path.length ? formatPath(path) : undefined;
		const row = where.rowOfPath?.(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path) ?? where.row;
		params.found = safeFound(params.found);
		const problem: Problem = { file: where.file, code, ...describe(code, params) };
		if (row !== undefined) problem.row = row;
		if (column !== undefined) problem.column = maskPersonal(column);
		return problem;
	});
}

const TYPE_NAMES: Readonly<Record<string, Extract<TextKey, `problem.type.${string}`>>> = {
	string: 'problem.type.string',
	number: 'problem.type.number',
	array: 'problem.type.array',
	object: 'problem.type.object',
	boolean: 'problem.type.boolean',
	date: 'problem.type.date',
};

/**
 * What a type or union issue expected, in both languages: "text", "a list", or the alternatives of a
 * union ("\"all\" or a list"); undefined when the issue does not say.
 */
export function expectedOf(issue: ZodIssue): { en: string; vi: string } | undefined {
	const one = (i: ZodIssue): { en: string; vi: string }[] => {
		if (i.code === 'invalid_type') {
			const key = Object.hasOwn(TYPE_NAMES, i.expected) ? TYPE_NAMES[i.expected] : undefined;
			return [key ? bilingual(key) : { en: i.expected, vi: i.expected }];
		}
		if (i.code === 'invalid_value') return i.values.map((v) => ({ en: JSON.stringify(v), vi: JSON.stringify(v) }));
		return [];
	};
	const options = issue.code === 'invalid_union' ? issue.errors.flatMap((alternative) => (alternative[0] ? one(alternative[0]) : [])) : one(issue);
	const unique = options.filter((o, i) => options.findIndex((p) => p.en === o.en) === i);
	if (unique.length === 0) return undefined;
	return { en: unique.map((o) => o.en).join(t('en', 'problem.type.or')), vi: unique.map((o) => o.vi).join(t('vi', 'problem.type.or')) };
}

/**
 * Replaces a union issue by the issues of the alternative whose type matched but whose content did not
 * (`communes: [03158]` is a list of numbers, not "a list or all"), so the problem points inside it.
 */
function flattenUnions(issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []): ZodIssue[] {
	return issues.flatMap((issue) => {
		const path = [...prefix, ...issue.path];
		if (issue.code === 'invalid_union') {
			const inner = issue.errors.find((alternative) => alternative.length > 0 && alternative.every((i) => i.path.length > 0));
			if (inner) return flattenUnions(inner, path);
		}
		return [{ ...issue, path } as ZodIssue];
	});
}

type Def = { type: string; shape?: Record<string, unknown>; in?: unknown; innerType?: unknown; element?: unknown; options?: unknown[]; schema?: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
/** The schemas a value may meet at a path, through optionals, defaults, pipes and unions (`expand` goes through them). */
function schemasAt(schema: z.ZodType, path: readonly PropertyKey[], expand = true): unknown[] {
	const unwrap = (s: unknown): unknown[] => {
		const def = defOf(s);
		if (def.type === 'pipe' && expand) return unwrap(def.in);
		if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') return unwrap(def.innerType);
		if (def.type === 'union' && expand) return (def.options ?? []).flatMap(unwrap);
		return [s];
	};
	let current: unknown[] = unwrap(schema);
	for (const key of path) {
		current = current.flatMap((s) => {
			const container = [s, ...(defOf(s).type === 'pipe' ? [defOf(s).in] : []), ...(defOf(s).type === 'union' ? (defOf(s).options ?? []) : [])].flatMap((c) =>
				c === s ? [c] : schemasAt(c as z.ZodType, []),
			);
			return container.flatMap((c) => {
				const def = defOf(c);
				// Own keys only: a field named "constructor" or "__proto__" is not a schema's.
				if (def.type === 'object' && typeof key === 'string' && def.shape && Object.hasOwn(def.shape, key)) return unwrap(def.shape[key]);
				if (def.type === 'array' && typeof key === 'number' && def.element) return unwrap(def.element);
				return [];
			});
		});
	}
	return current;
}

/** The field schema at a path of an object schema (the first, where a union offers several), or undefined. */
export function fieldSchemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
	return schemasAt(schema, path, false)[0] as z.ZodType | undefined;
}

/** Lists the keys a schema allows for the object found at a path (through optionals, defaults, pipes, arrays and unions). */
export function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	const current = schemasAt(schema, path);
	const keys = current.flatMap((s) => {
		const def = defOf(s);
		return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
	});
	return [...new Set(keys)];
}
