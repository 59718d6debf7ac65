import { z } from 'astro/zod';
import { CommuneCodeSchema, CountSchema, IdSchema, PartialDateSchema, TextSchema, UrlSchema } from './common.ts';

// What each field of the schemas below means, in Vietnamese and English: descriptions.json (typed by their shapes in descriptions.ts).

/**
 * An assessed shortage, a row of `content/needs/*.csv`: how many specialists of one field a commune
 * needs, according to a published assessment. Where no row exists the site says "not published".
 */
export const NeedRowSchema = z.strictObject({
	commune: CommuneCodeSchema,
	specialty: IdSchema,
	needed: CountSchema,
	assessed: PartialDateSchema,
	source: UrlSchema,
	source_title: TextSchema,
	note: TextSchema.optional(),
});
export type NeedRow = z.output<typeof NeedRowSchema>;
