import { z } from 'astro/zod';
import { CommuneCodeSchema, countUpTo, CountSchema, DateSchema, IdSchema, PartialDateSchema, ProvinceCodeSchema, SourceSchema, TextSchema } from './common.ts';

// What each field of the schemas below means, in Vietnamese and English: descriptions.json (typed by their shapes in descriptions.ts).

/**
 * Official number of a document: sequence, optional year, type and issuer, e.g. "2446/QĐ-UBND" or
 * "19/2025/QĐ-TTg".
 */
export const DecisionNumberSchema = z
	.string()
	.transform((value) => value.normalize('NFC').trim())
	.pipe(
		z
			.string()
			.max(40)
			.regex(/^\d{1,6}(?:\/\d{4})?\/[A-ZĐ]{1,5}(?:-[A-Za-zĐđ]+)+$/u, { error: 'decision.number' }),
	);

/** The longest period a decision may state, in months (ten years); a secondment lasts months, not decades. */
export const MAX_DURATION_MONTHS = 120;

/** What a decision does. "transfer" (điều động) is a different legal form from secondment (biệt phái). */
export const DECISION_KINDS = ['secondment', 'assignment', 'transfer', 'extension', 'ending', 'policy'] as const;

/** How exact a declared figure is, as the source words it. */
export const QUALIFIERS = ['exact', 'at-least', 'about'] as const;

/** One declared figure: a category of staff and how many the decision or its press release says. */
export const DeclaredCategorySchema = z.strictObject({
	id: IdSchema,
	label: TextSchema,
	label_en: TextSchema,
	count: CountSchema.optional(),
	qualifier: z.enum(QUALIFIERS).default('exact'),
	source: IdSchema.optional(),
	note: TextSchema.optional(),
});
export type DeclaredCategory = z.output<typeof DeclaredCategorySchema>;

/** A figure that a source reported and that differs from, or adds to, the declared ones (e.g. an earlier proposal of 86). */
export const ReportedFigureSchema = z.strictObject({
	count: CountSchema,
	qualifier: z.enum(QUALIFIERS).default('exact'),
	source: IdSchema,
	note: TextSchema,
	note_en: TextSchema,
});

/** The person who signed the decision, as published. */
export const SignerSchema = z.strictObject({
	name: TextSchema,
	title: TextSchema,
});

/** Frontmatter of a decision file `content/decisions/<id>.mdx`; the body is the narrative in Vietnamese. */
export const DecisionSchema = z
	.strictObject({
		number: DecisionNumberSchema.optional(),
		province: ProvinceCodeSchema,
		date: PartialDateSchema.optional(),
		announced: PartialDateSchema.optional(),
		issuer: TextSchema,
		issuer_en: TextSchema,
		signer: SignerSchema.optional(),
		kind: z.enum(DECISION_KINDS, { error: 'decision.kind' }),
		title: TextSchema,
		title_en: TextSchema,
		summary_en: TextSchema.optional(),
		start: DateSchema.optional(),
		end: DateSchema.optional(),
		duration_months: countUpTo(MAX_DURATION_MONTHS).optional(),
		declared: z.array(DeclaredCategorySchema).default([]),
		declared_total: CountSchema.optional(),
		declared_total_qualifier: z.enum(QUALIFIERS).default('exact'),
		reported_figures: z.array(ReportedFigureSchema).default([]),
		communes: z.union([z.literal('all'), z.array(CommuneCodeSchema)]).optional(),
		shortages: z.array(IdSchema).default([]),
		shortages_source: IdSchema.optional(),
		amends: z.array(IdSchema).default([]),
		extends: z.array(IdSchema).default([]),
		ends: z.array(IdSchema).default([]),
		unverified: z.array(TextSchema).default([]),
		sources: z.array(SourceSchema).min(1, { error: 'sources.min' }),
		slug: IdSchema.optional(),
	})
	.superRefine(
		(value, ctx) => {
			if (typeof value !== 'object' || value === null) return;
			if (!value.date && !value.announced) {
				ctx.addIssue({ code: 'custom', message: 'decision.date-missing', path: ['date'], input: undefined });
			}
			if (value.end && value.duration_months !== undefined) {
				ctx.addIssue({ code: 'custom', message: 'decision.end-and-duration', path: ['duration_months'], input: value.duration_months });
			}
			if (value.duration_months !== undefined && !value.start) {
				ctx.addIssue({ code: 'custom', message: 'decision.duration-without-start', path: ['start'], input: undefined });
			}
		},
		// Also when another field failed: independent problems of one file are reported together.
		{ when: () => true },
	);
export type Decision = z.output<typeof DecisionSchema>;
export type DecisionInput = z.input<typeof DecisionSchema>;
