import type { Model } from '../lib/model/types.ts';
import { dataVersion } from '../lib/model/version.ts';
import { loadSite } from './model.ts';

/** Site-wide facts every page shows: the as-of day and the data version. */
export interface SiteFacts {
	/** The day statuses are computed for (see src/lib/io/as-of.ts). */
	asOf: string;
	/** The day the data last changed: the last commit that touched the content folder, else the latest content date. */
	dataChanged: string;
	dataVersion: string;
}

const cache = new WeakMap<Model, SiteFacts>();

/** Computes (once per model) the as-of day and the data version. */
export function siteFacts(model: Model): SiteFacts {
	let facts = cache.get(model);
	if (!facts) {
		const { asOf, dataChanged } = loadSite();
		facts = { asOf: asOf.day, dataChanged, dataVersion: dataVersion(model) };
		cache.set(model, facts);
	}
	return facts;
}
