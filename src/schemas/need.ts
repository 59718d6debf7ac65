import { z } from 'astro/zod';
import { CommuneCodeSchema, CountSchema, IdSchema, PartialDateSchema, TextSchema, UrlSchema } from './common.ts';

/**
 * An assessed shortage, a row of `content/needs/*.csv`: how many specialists of one field a commune
 * needs, according to a published assessment. Where no row exists the site says "not published".
 */
export const NeedRowSchema = z.strictObject({
	/** Official 5-digit code of the commune, e.g. "03127". */
	commune: CommuneCodeSchema,
	/** Field of expertise, an id of content/specialties.csv. */
	specialty: IdSchema,
	/** Number of specialists the assessment says the commune needs. */
	needed: CountSchema,
	/** Date of the assessment (a month or year alone if that is all that is known). */
	assessed: PartialDateSchema,
	/** Where the assessment is published. */
	source: UrlSchema,
	/** Title of the assessment document or article. */
	source_title: TextSchema,
	/** Anything a reader should know, in Vietnamese. */
	note: TextSchema.optional(),
});
export type NeedRow = z.output<typeof NeedRowSchema>;
