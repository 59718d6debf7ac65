import { z } from 'astro/zod';
import { IdSchema, ProvinceCodeSchema, TextSchema, UrlSchema } from './common.ts';

/** Kinds of sending body. */
export const AGENCY_KINDS = ['department', 'public-service-unit', 'party-body', 'inspectorate', 'commune', 'other'] as const;

/** A sending body (Sở, public service unit, party body), a row of `content/agencies.csv`. */
export const AgencySchema = z.strictObject({
	/** Identifier used in assignment rows, ASCII with hyphens, e.g. "so-xay-dung". */
	id: IdSchema,
	/** 2-digit code of the province the body belongs to. */
	province: ProvinceCodeSchema,
	/** Official Vietnamese name, e.g. "Sở Xây dựng". */
	name: TextSchema,
	/** English name, e.g. "Department of Construction". */
	name_en: TextSchema,
	/** Kind of body: department, public-service-unit, party-body, inspectorate, commune or other. */
	kind: z.enum(AGENCY_KINDS, { error: 'agency.kind' }).default('other'),
	/** Identifier of the body it belongs to, e.g. a college's centre under the college. */
	parent: IdSchema.optional(),
	/** Where a source names this body. */
	source: UrlSchema,
});
export type Agency = z.output<typeof AgencySchema>;
