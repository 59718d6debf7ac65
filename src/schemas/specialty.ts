import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

// What each field of the schemas below means, in Vietnamese and English: descriptions.json (typed by their shapes in descriptions.ts).

/** A field of expertise, a row of `content/specialties.csv`; staff may add their own. */
export const SpecialtySchema = z.strictObject({
	id: IdSchema,
	name: TextSchema,
	name_en: TextSchema,
	description: TextSchema.optional(),
});
export type Specialty = z.output<typeof SpecialtySchema>;
