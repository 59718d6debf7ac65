import { z } from 'astro/zod';
import { CommuneCodeSchema, countUpTo, IdSchema, NameSchema, ProvinceCodeSchema, TextSchema, UrlSchema } from './common.ts';

/** Kinds of commune-level unit since 1/7/2025. */
export const COMMUNE_TYPES = ['xã', 'phường', 'đặc khu'] as const;

/** One commune-level unit (xã, phường or đặc khu), a row of `content/communes/*.csv`. */
export const CommuneSchema = z.strictObject({
	/** Official 5-digit code (Decision 19/2025/QĐ-TTg), e.g. "03127". */
	code: CommuneCodeSchema,
	/** Kind of unit: "xã", "phường" or "đặc khu" (any case). */
	type: z
		.string()
		.transform((value) => value.normalize('NFC').trim().toLowerCase())
		.pipe(z.enum(COMMUNE_TYPES, { error: 'commune.type' })),
	/** Short name with diacritics, e.g. "Điện Biên Phủ". */
	name: NameSchema,
	/** Full official name, e.g. "Phường Điện Biên Phủ". */
	full_name: TextSchema,
	/** English name, e.g. "Dien Bien Phu Ward". */
	name_en: TextSchema,
	/**
	 * Path segment of the commune's page, ASCII with hyphens; leave empty to derive it from `name`. Set it
	 * only where two communes of one province would get the same path (Văn Lang and Văn Lăng), e.g. "van-lang-05665".
	 */
	slug: IdSchema.optional(),
	/** 2-digit code of the province it belongs to, a code of content/provinces.csv. */
	province: ProvinceCodeSchema,
	/** Clause of the National Assembly Standing Committee resolution that created it, e.g. "44". */
	resolution_clause: TextSchema.optional(),
	/** The former units merged into it, as the resolution words it. */
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
	/** Population (people), only where a cited source confirms it. */
	population: countUpTo(10_000_000).optional(),
	/** Source of the area and population figures; required when either is given. */
	area_population_source: UrlSchema.optional(),
});
export type Commune = z.output<typeof CommuneSchema>;
