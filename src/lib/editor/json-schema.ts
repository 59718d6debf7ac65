import { z } from 'astro/zod';
import { DecisionSchema } from '../../schemas/decision.ts';
import { descriptionRegistry, type FieldDescription } from '../../schemas/descriptions.ts';

/**
 * The JSON Schema of a decision file's frontmatter, for editors: the fields, their types and allowed
 * values as staff write them (zod's input side: "20/10/2025" as well as 2025-10-20), and on each field
 * its description from src/schemas/descriptions.ts, Vietnamese first. An editor shows it as the hover
 * text and offers the field names and values as completions. The content check remains the judge: the
 * schema cannot say everything it checks (a decision's period, its sources), only guide the writing.
 */

/** A JSON Schema object as zod writes it. */
export type JsonSchema = Record<string, unknown>;

/** A field's hover text: Vietnamese, then English, as the skeleton's comments give it. */
export const hoverText = (d: FieldDescription): string => `${d.vi}\n\n${d.en}`;

/** The JSON Schema of a decision's frontmatter, every described field carrying its description. */
export function decisionFrontmatterSchema(): JsonSchema {
	return z.toJSONSchema(DecisionSchema, {
		io: 'input',
		// A value read through a transform (a date, a count) accepts what the transform accepts; the
		// schema leaves it open rather than refuse what the check would take.
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			const meta = descriptionRegistry.get(zodSchema as unknown as z.ZodType);
			const properties = jsonSchema.properties as Record<string, JsonSchema> | undefined;
			if (!meta || !properties) return;
			for (const [field, description] of Object.entries(meta.fields)) {
				const property = properties[field];
				// A shared building block (every text field is TextSchema) shares its JSON node: describe a copy.
				if (property) properties[field] = { ...property, description: hoverText(description), markdownDescription: `${description.vi}\n\n*${description.en}*` };
			}
		},
	}) as JsonSchema;
}

/** The collection name editors know decision files by. */
export const DECISIONS_COLLECTION = 'decisions';

/**
 * The manifest the Astro language server reads to know which schema a content file follows
 * (`.astro/collections/collections.json`): the collection with its schema, and each decision file's
 * address, lower-cased as the language server looks it up.
 */
export function collectionsManifest(decisionFiles: readonly string[]): JsonSchema {
	const entries: Record<string, string> = {};
	for (const url of [...decisionFiles].sort()) entries[url.toLowerCase()] = DECISIONS_COLLECTION;
	return { collections: [{ hasSchema: true, name: DECISIONS_COLLECTION }], entries };
}
