import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A field of expertise, a row of `content/specialties.csv`; staff may add their own. */
export const SpecialtySchema = z.strictObject({
	/** Identifier used in assignment and needs rows, e.g. "cntt" or "dat-dai". */
	id: IdSchema,
	/** Vietnamese label, e.g. "Công nghệ thông tin, chuyển đổi số". */
	name: TextSchema,
	/** English label, e.g. "IT and digital transformation". */
	name_en: TextSchema,
	/** One sentence on what the field covers, in Vietnamese. */
	description: TextSchema.optional(),
});
export type Specialty = z.output<typeof SpecialtySchema>;
