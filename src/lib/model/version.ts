import { createHash } from 'node:crypto';
import type { Model } from './types.ts';

/**
 * The data version: the latest content date and a short hash of the whole model, e.g.
 * "2026-01-14.3f9a1c2b". It changes whenever any published fact changes and never with the build
 * clock or the place of the content folder (the files records were read from are left out), so two
 * builds of one commit print the same version on every page and in the data package.
 */
export function dataVersion(model: Model): string {
	const facts = JSON.stringify(model, (key, value: unknown) => (key === 'file' ? undefined : value));
	const digest = createHash('sha256').update(facts).digest('hex').slice(0, 8);
	return `${model.latestContentDate}.${digest}`;
}
