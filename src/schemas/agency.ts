import { z } from 'astro/zod';
import { IdSchema, ProvinceCodeSchema, TextSchema, UrlSchema } from './common.ts';

// What each field of the schemas below means, in Vietnamese and English: descriptions.json (typed by their shapes in descriptions.ts).

/** Kinds of sending body. */
export const AGENCY_KINDS = ['department', 'public-service-unit', 'party-body', 'inspectorate', 'commune', 'other'] as const;

/** A sending body (Sở, public service unit, party body), a row of `content/agencies.csv`. */
export const AgencySchema = z.strictObject({
	id: IdSchema,
	province: ProvinceCodeSchema,
	name: TextSchema,
	name_en: TextSchema,
	kind: z.enum(AGENCY_KINDS, { error: 'agency.kind' }).default('other'),
	parent: IdSchema.optional(),
	source: UrlSchema,
});
export type Agency = z.output<typeof AgencySchema>;
