// Imported by pages and endpoints only: the one model of the site's content, read by the same check that guards the build.
import { site } from '../../site.config.ts';
import { checkContent, resolveContentDir, type CheckResult } from '../lib/io/read-content.ts';
import type { Model } from '../lib/model/types.ts';

let cached: CheckResult | undefined;

/**
 * The checked content of the site: read once per build by `checkContent`, the function `npm run check`
 * and the build's guard run (so whatever the check accepts is what the pages show), with the as-of day
 * it was checked against.
 */
export function loadSite(): CheckResult {
	if (!cached) {
		const result = checkContent(resolveContentDir(), site.asOf);
		// The content-check integration stops a build before this point; this guards other entry points.
		if (result.problems.length > 0) throw new Error(`Content has ${result.problems.length} problem(s); run npm run check.`);
		cached = result;
	}
	return cached;
}

/** The validated model of the site's content, built once per build. */
export async function loadModel(): Promise<Model> {
	return loadSite().model;
}
