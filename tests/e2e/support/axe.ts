// Imported by the browser tests: axe-core run in a page, on the WCAG 2.0, 2.1 and 2.2 A and AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rule sets of axe-core. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule an axe run found broken, with the elements that break it. */
export interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core on the page as it is now (after any script has changed it) and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (tags) => {
		const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return result.violations as AxeViolation[];
	}, AXE_TAGS);
}
