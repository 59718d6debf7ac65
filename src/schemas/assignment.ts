import { z } from 'astro/zod';
import { CommuneCodeSchema, DateSchema, IdSchema, TextSchema } from './common.ts';

// What each field of the schemas below means, in Vietnamese and English: descriptions.json (typed by their shapes in descriptions.ts).

/**
 * One person-assignment, a row of `content/assignments/<decision-id>.csv` (the file name names the
 * decision). A person's name and post appear only where an official source or the press published
 * them, with that source; nothing else about a person is ever accepted.
 */
export const AssignmentRowSchema = z
	.strictObject({
		commune: CommuneCodeSchema,
		agency: IdSchema.optional(),
		specialty: IdSchema.optional(),
		category: IdSchema.optional(),
		role: TextSchema.optional(),
		person_name: TextSchema.optional(),
		person_title: TextSchema.optional(),
		start: DateSchema.optional(),
		end: DateSchema.optional(),
		source: IdSchema.optional(),
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
