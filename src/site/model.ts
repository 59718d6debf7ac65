// Imported by pages and endpoints only: reads the content collections and builds the one model.
import { getCollection } from 'astro:content';
import { buildModel } from '../lib/model/build-model.ts';
import type { ContentRecords, Model } from '../lib/model/types.ts';
import { displayPath } from '../lib/io/read-content.ts';

let cached: Promise<Model> | undefined;

/** The validated model of the site's content, built once per build from the content collections. */
export function loadModel(): Promise<Model> {
	cached ??= (async () => {
		const entries = async <K extends Exclude<keyof ContentRecords, 'decisions' | 'partialAssignments'>>(name: K) =>
			(await getCollection(name)).map((entry) => entry.data) as unknown as ContentRecords[K];
		const decisions = (await getCollection('decisions')).map((entry) => ({
			file: displayPath(entry.filePath ?? entry.id),
			row: 1,
			data: { ...entry.data, fileStem: entry.id },
		}));
		const records: ContentRecords = {
			provinces: await entries('provinces'),
			communes: await entries('communes'),
			agencies: await entries('agencies'),
			specialties: await entries('specialties'),
			assignments: await entries('assignments'),
			needs: await entries('needs'),
			decisions,
		};
		const { model, problems } = buildModel(records);
		// The content-check integration stops a build before this point; this guards other entry points.
		if (problems.length > 0) throw new Error(`Content has ${problems.length} problem(s); run npm run check.`);
		return model;
	})();
	return cached;
}
