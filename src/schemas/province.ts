import { z } from 'astro/zod';
import { ProvinceCodeSchema, TextSchema, NameSchema } from './common.ts';

// What each field of the schemas below means, in Vietnamese and English: descriptions.json (typed by their shapes in descriptions.ts).

/** One province-level unit (34 since 1/7/2025), a row of `content/provinces.csv`. */
export const ProvinceSchema = z.strictObject({
	code: ProvinceCodeSchema,
	type: z.enum(['Tỉnh', 'Thành phố'], { error: 'province.type' }),
	name: NameSchema,
	full_name: TextSchema,
	name_en: TextSchema,
});
export type Province = z.output<typeof ProvinceSchema>;
