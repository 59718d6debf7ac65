import { z } from 'astro/zod';
import { CommuneCodeSchema, DateSchema, IdSchema, TextSchema } from './common.ts';

/**
 * One person-assignment, a row of `content/assignments/<decision-id>.csv` (the file name names the
 * decision). A person's name and post appear only where an official source or the press published
 * them, with that source; nothing else about a person is ever accepted.
 */
export const AssignmentRowSchema = z
	.strictObject({
		/** Official 5-digit code of the receiving commune or ward, e.g. "03127". */
		commune: CommuneCodeSchema,
		/** Sending body, an id of content/agencies.csv; empty when not published. */
		agency: IdSchema.optional(),
		/** Field of expertise, an id of content/specialties.csv; empty when not published. */
		specialty: IdSchema.optional(),
		/** Declared category of the decision this row counts toward; may be empty when the decision has one category. */
		category: IdSchema.optional(),
		/** Post or unit in the commune, e.g. "Phòng Kinh tế". */
		role: TextSchema.optional(),
		/** Name of the person, only as published by the cited source. */
		person_name: TextSchema.optional(),
		/** Official post of the person, only as published by the cited source. */
		person_title: TextSchema.optional(),
		/** First day (dd/mm/yyyy or yyyy-mm-dd). Defaults to the decision's start. */
		start: DateSchema.optional(),
		/** Last day, inclusive. Defaults to the decision's end. */
		end: DateSchema.optional(),
		/** Source id (from the decision's `sources`) that states this row; required when a person is named. */
		source: IdSchema.optional(),
		/** Anything a reader should know about this row, in Vietnamese. */
		note: TextSchema.optional(),
	})
	.superRefine(
		(row, ctx) => {
			if (typeof row !== 'object' || row === null) return;
			if ((row.person_name || row.person_title) && !row.source) {
				ctx.addIssue({ code: 'custom', message: 'assignment.person-without-source', path: ['source'], input: undefined });
			}
		},
		// Also when another cell of the row failed: independent problems of one row are reported together.
		{ when: () => true },
	);
export type AssignmentRow = z.output<typeof AssignmentRowSchema>;

/** The columns an assignments CSV may have, in the canonical order. */
export const ASSIGNMENT_COLUMNS = Object.keys(AssignmentRowSchema.shape) as readonly string[];
