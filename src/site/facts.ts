import { site } from '../../site.config.ts';
import type { Model } from '../lib/model/types.ts';
import { dataVersion } from '../lib/model/version.ts';

/** Site-wide facts every page shows: the as-of day and the data version. */
export interface SiteFacts {
	/** The day statuses are computed for: the configured as-of day, or the latest content date. */
	asOf: string;
	dataVersion: string;
}

const cache = new WeakMap<Model, SiteFacts>();

/** Computes (once per model) the as-of day and the data version. */
export function siteFacts(model: Model): SiteFacts {
	let facts = cache.get(model);
	if (!facts) {
		facts = { asOf: site.asOf ?? model.latestContentDate, dataVersion: dataVersion(model) };
		cache.set(model, facts);
	}
	return facts;
}
