import { z } from 'astro/zod';
import { CommuneCodeSchema, countUpTo, CountSchema, DateSchema, IdSchema, PartialDateSchema, ProvinceCodeSchema, SourceSchema, TextSchema } from './common.ts';

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
	/** Identifier of the category, cited by assignment rows, e.g. "so-nganh" or "tram-y-te". */
	id: IdSchema,
	/** Vietnamese label, e.g. "Công chức, viên chức từ các sở, đơn vị sự nghiệp". */
	label: TextSchema,
	/** English label. */
	label_en: TextSchema,
	/** Number of people declared; leave out when the source does not publish one. */
	count: CountSchema.optional(),
	/** How exact the figure is: exact, at-least (">250") or about ("~4,000"). */
	qualifier: z.enum(QUALIFIERS).default('exact'),
	/** Source id (from `sources`) that states this figure. */
	source: IdSchema.optional(),
	/** Anything a reader should know about this figure. */
	note: TextSchema.optional(),
});
export type DeclaredCategory = z.output<typeof DeclaredCategorySchema>;

/** A figure that a source reported and that differs from, or adds to, the declared ones (e.g. an earlier proposal of 86). */
export const ReportedFigureSchema = z.strictObject({
	/** Number of people the source reported. */
	count: CountSchema,
	/** How exact the figure is. */
	qualifier: z.enum(QUALIFIERS).default('exact'),
	/** Source id (from `sources`) that reported it. */
	source: IdSchema,
	/** Vietnamese note on what the figure refers to. */
	note: TextSchema,
	/** English note. */
	note_en: TextSchema,
});

/** The person who signed the decision, as published. */
export const SignerSchema = z.strictObject({
	/** Name as published. */
	name: TextSchema,
	/** Official post, e.g. "Phó Chủ tịch UBND tỉnh". */
	title: TextSchema,
});

/** Frontmatter of a decision file `content/decisions/<id>.mdx`; the body is the narrative in Vietnamese. */
export const DecisionSchema = z
	.strictObject({
		/** Official number in the official form, e.g. "2446/QĐ-UBND"; leave out when it was not published. */
		number: DecisionNumberSchema.optional(),
		/** 2-digit code of the province whose authority issued it. */
		province: ProvinceCodeSchema,
		/** Date of signature (dd/mm/yyyy or yyyy-mm-dd; a month or year alone if that is all that is known). */
		date: PartialDateSchema.optional(),
		/** Date the decision was first announced or reported, when the signing date is not known. */
		announced: PartialDateSchema.optional(),
		/** Issuing authority in Vietnamese, e.g. "UBND tỉnh Điện Biên". */
		issuer: TextSchema,
		/** Issuing authority in English. */
		issuer_en: TextSchema,
		/** Who signed, where published. */
		signer: SignerSchema.optional(),
		/** What the decision does: secondment, assignment, transfer, extension, ending or policy. */
		kind: z.enum(DECISION_KINDS, { error: 'decision.kind' }),
		/** Short Vietnamese title, e.g. "Biệt phái 97 công chức, viên chức về xã, phường". */
		title: TextSchema,
		/** Short English title. */
		title_en: TextSchema,
		/** One-paragraph English summary (the narrative body stays Vietnamese). */
		summary_en: TextSchema.optional(),
		/** First day the assignments take effect (dd/mm/yyyy or yyyy-mm-dd). */
		start: DateSchema.optional(),
		/** Last day (inclusive); leave out and give `duration_months` when the decision states a duration. */
		end: DateSchema.optional(),
		/** Duration in months from `start`, when the decision states one; the last day is computed. */
		duration_months: countUpTo(MAX_DURATION_MONTHS).optional(),
		/** Declared figures by category, as the decision or its press release states them. */
		declared: z.array(DeclaredCategorySchema).default([]),
		/** Declared total, when the source states one; leave out when no number was published. */
		declared_total: CountSchema.optional(),
		/** How exact the declared total is. */
		declared_total_qualifier: z.enum(QUALIFIERS).default('exact'),
		/** Other figures reported by sources (earlier proposals, differing counts). */
		reported_figures: z.array(ReportedFigureSchema).default([]),
		/** Receiving communes named by the source: "all" for every commune of the province, or a list of codes. */
		communes: z.union([z.literal('all'), z.array(CommuneCodeSchema)]).optional(),
		/** Specialties the province named as lacking in its communes (ids of content/specialties.csv). */
		shortages: z.array(IdSchema).default([]),
		/** Source id that names those shortages. */
		shortages_source: IdSchema.optional(),
		/** Ids of decisions this one amends. */
		amends: z.array(IdSchema).default([]),
		/** Ids of decisions this one extends. */
		extends: z.array(IdSchema).default([]),
		/** Ids of decisions this one ends. */
		ends: z.array(IdSchema).default([]),
		/** Statements that no second source confirms yet, in Vietnamese. Published on the data-quality page. */
		unverified: z.array(TextSchema).default([]),
		/** Sources of every fact in this file; at least one. */
		sources: z.array(SourceSchema).min(1, { error: 'sources.min' }),
		/**
		 * Permanent id and file name, only where the id made from number and year (or province and date) is
		 * already used by another province's decision, e.g. "2446-qd-ubnd-2025-lai-chau".
		 */
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
