import { z } from 'astro/zod';
import { CommuneCodeSchema, countUpTo, IdSchema, NameSchema, ProvinceCodeSchema, TextSchema, UrlSchema } from './common.ts';

// What each field of the schemas below means, in Vietnamese and English: descriptions.json (typed by their shapes in descriptions.ts).

/** Kinds of commune-level unit since 1/7/2025. */
export const COMMUNE_TYPES = ['xã', 'phường', 'đặc khu'] as const;

/** One commune-level unit (xã, phường or đặc khu), a row of `content/communes/*.csv`. */
export const CommuneSchema = z.strictObject({
	code: CommuneCodeSchema,
	type: z
		.string()
		.transform((value) => value.normalize('NFC').trim().toLowerCase())
		.pipe(z.enum(COMMUNE_TYPES, { error: 'commune.type' })),
	name: NameSchema,
	full_name: TextSchema,
	name_en: TextSchema,
	slug: IdSchema.optional(),
	province: ProvinceCodeSchema,
	resolution_clause: TextSchema.optional(),
	merged_from: TextSchema.optional(),
	/** Area in km², only where a cited source confirms it. */
	area_km2: z
		.string()
		.trim()
		.regex(/^\d+(?:\.\d+)?$/u, { error: 'number.decimal' })
		.transform(Number)
		// The largest Vietnamese province is under 20,000 km²: a commune's area above 10,000 km² is a typo.
		.refine((area) => area <= 10_000, { error: 'area.range' })
		.optional(),
	population: countUpTo(10_000_000).optional(),
	area_population_source: UrlSchema.optional(),
});
export type Commune = z.output<typeof CommuneSchema>;
