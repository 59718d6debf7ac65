import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { CONTENT_SCHEMAS, FIELD_DESCRIPTIONS, fieldDescriptions } from '../../src/schemas/descriptions.ts';

describe('field descriptions', () => {
	test('every field of every content schema has a description in both languages, and no repository path', () => {
		const problems: string[] = [];
		for (const [name, schema] of Object.entries(CONTENT_SCHEMAS)) {
			const descriptions = fieldDescriptions(schema);
			for (const field of Object.keys(schema.shape)) {
				const d = descriptions[field];
				if (!d?.vi.trim() || !d.en.trim()) problems.push(`${name}.${field}: missing`);
				else if (/content\/|src\/|\.csv\b/u.test(`${d.vi} ${d.en}`)) problems.push(`${name}.${field}: names a repository path`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('a schema with no registered descriptions is refused', () => {
		expect(() => fieldDescriptions(z.strictObject({ x: z.string() }))).toThrow(/no registered field descriptions/u);
	});

	test('describes no field that its schema lacks', () => {
		// The type checker sees a missing description; an extra one (a renamed field's old name) only this test sees.
		const stale = Object.entries(FIELD_DESCRIPTIONS).flatMap(([name, described]) =>
			Object.keys(described)
				.filter((field) => !Object.hasOwn(CONTENT_SCHEMAS[name as keyof typeof CONTENT_SCHEMAS].shape, field))
				.map((field) => `${name}.${field}`),
		);
		expect(stale).toEqual([]);
	});

	test('registers the descriptions of every content schema, and only those', () => {
		expect(Object.keys(FIELD_DESCRIPTIONS)).toEqual(Object.keys(CONTENT_SCHEMAS));
		for (const [name, schema] of Object.entries(CONTENT_SCHEMAS))
			expect(fieldDescriptions(schema)).toBe(FIELD_DESCRIPTIONS[name as keyof typeof CONTENT_SCHEMAS]);
	});
});
