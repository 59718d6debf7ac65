import type { Model } from '../lib/model/types.ts';
import { dataVersion } from '../lib/model/version.ts';
import { loadSite } from './model.ts';

/** Site-wide facts every page shows: the as-of day and the data version. */
export interface SiteFacts {
	/** The day statuses are computed for (see src/lib/io/as-of.ts). */
	asOf: string;
	dataVersion: string;
}

const cache = new WeakMap<Model, SiteFacts>();

/** Computes (once per model) the as-of day and the data version. */
export function siteFacts(model: Model): SiteFacts {
	let facts = cache.get(model);
	if (!facts) {
		facts = { asOf: loadSite().asOf.day, dataVersion: dataVersion(model) };
		cache.set(model, facts);
	}
	return facts;
}
