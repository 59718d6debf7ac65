import { z } from 'astro/zod';
import { ProvinceCodeSchema, TextSchema, NameSchema } from './common.ts';

/** One province-level unit (34 since 1/7/2025), a row of `content/provinces.csv`. */
export const ProvinceSchema = z.strictObject({
	/** Official 2-digit code (Decision 19/2025/QĐ-TTg), e.g. "11". */
	code: ProvinceCodeSchema,
	/** Kind of unit as written officially: "Tỉnh" or "Thành phố". */
	type: z.enum(['Tỉnh', 'Thành phố'], { error: 'province.type' }),
	/** Short name with diacritics, e.g. "Điện Biên". */
	name: NameSchema,
	/** Full official name, e.g. "Tỉnh Điện Biên". */
	full_name: TextSchema,
	/** English name, e.g. "Dien Bien Province". */
	name_en: TextSchema,
});
export type Province = z.output<typeof ProvinceSchema>;
