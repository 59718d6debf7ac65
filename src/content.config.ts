import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { AgencySchema } from './schemas/agency.ts';
import { AssignmentRowSchema } from './schemas/assignment.ts';
import { CommuneSchema } from './schemas/commune.ts';
import { DecisionSchema } from './schemas/decision.ts';
import { NeedRowSchema } from './schemas/need.ts';
import { ProvinceSchema } from './schemas/province.ts';
import { SpecialtySchema } from './schemas/specialty.ts';
import { CONTENT_LAYOUT, readContentCached, resolveContentDir } from './lib/io/read-content.ts';
import type { ContentRecords } from './lib/model/types.ts';

const contentDir = resolveContentDir();

/** A table row as collections store it: where it came from and its validated values. */
const located = <S extends z.ZodType>(schema: S) => z.object({ file: z.string(), row: z.number(), data: schema });

/**
 * Loads one table collection through the same reader `npm run check` uses (papaparse, strict columns,
 * personal-data guards). The content-check integration has already stopped the build if any row is
 * invalid, so every row here is valid; ids are the row's natural key.
 */
function tableLoader(
	name: Exclude<keyof ContentRecords, 'decisions' | 'partialAssignments'>,
	idOf: (record: ContentRecords[typeof name][number]) => string,
): Loader {
	return {
		name: `minh-bach:${name}`,
		load: async ({ store, watcher }) => {
			const { records } = readContentCached(contentDir);
			store.clear();
			for (const record of records[name]) {
				store.set({ id: idOf(record), data: { ...record } as unknown as Record<string, unknown> });
			}
			watcher?.add(join(contentDir, CONTENT_LAYOUT[name]));
		},
	};
}

export const collections = {
	provinces: defineCollection({ loader: tableLoader('provinces', (r) => (r.data as { code: string }).code), schema: located(ProvinceSchema) }),
	communes: defineCollection({ loader: tableLoader('communes', (r) => (r.data as { code: string }).code), schema: located(CommuneSchema) }),
	agencies: defineCollection({ loader: tableLoader('agencies', (r) => (r.data as { id: string }).id), schema: located(AgencySchema) }),
	specialties: defineCollection({ loader: tableLoader('specialties', (r) => (r.data as { id: string }).id), schema: located(SpecialtySchema) }),
	assignments: defineCollection({
		loader: tableLoader('assignments', (r) => `${(r.data as { decision: string }).decision}/${r.row}`),
		schema: located(AssignmentRowSchema.and(z.object({ decision: z.string() }))),
	}),
	needs: defineCollection({ loader: tableLoader('needs', (r) => `${r.file}/${r.row}`), schema: located(NeedRowSchema) }),
	decisions: defineCollection({
		loader: glob({ pattern: '*.mdx', base: join(contentDir, CONTENT_LAYOUT.decisions), generateId: ({ entry }) => entry.replace(/\.mdx$/u, '') }),
		schema: DecisionSchema,
	}),
};
