/**
 * `npm run lighthouse`: the Lighthouse budget of DESIGN.md, measured. Serves the built site (DIST_DIR
 * or dist/, under BASE_PATH) on 127.0.0.1 with gzip, as a static host would, and runs Lighthouse
 * (mobile: its default emulation and simulated slow 4G and CPU throttling) on the main pages with the
 * system Chromium (CHROMIUM_PATH or /usr/bin/chromium, the same flags as the browser tests). Prints
 * each page's four scores and the audits that cost points, then one JSON line; exit 1 when a score is
 * under 100. A measurement, not a test: scores move with the machine's load, so CI does not run it.
 *
 * Usage: `npm run build && npm run lighthouse -- [--page /path/ …]`.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/e2e/support/browser.ts';
import { serveSite } from '../tests/e2e/search-helpers.ts';
import { resolveBase, resolveDistDir } from './lib/dist.ts';

/** The main pages of the bundled site: one of each kind, in both languages for the overview. */
const MAIN_PAGES = [
	'/',
	'/dien-bien/',
	'/dien-bien/muong-thanh/',
	'/quyet-dinh/2446-qd-ubnd-2025/',
	'/linh-vuc/cntt/',
	'/co-quan/',
	'/du-lieu/',
	'/chat-luong-du-lieu/',
	'/phuong-phap/',
	'/tim-kiem/',
	'/en/',
	'/en/dien-bien/muong-thanh/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({ options: { page: { type: 'string', multiple: true } } });
const base = resolveBase();
const server = await serveSite(resolveDistDir(), base);
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
const results: { page: string; scores: Record<string, number>; lost: string[] }[] = [];
try {
	for (const page of values.page ?? MAIN_PAGES) {
		const url = `${server.origin}${base.replace(/\/$/u, '')}${page}`;
		const run = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
		if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = run;
		if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
		// Audits that count towards a category and scored below full marks.
		const counted = new Set(CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)));
		const lost = Object.values(lhr.audits)
			.filter((audit) => counted.has(audit.id) && audit.score !== null && audit.score < 1)
			.map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
		results.push({ page, scores, lost });
		console.error(`${page.padEnd(34)} ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join('  ')}${lost.length ? `\n  ${lost.join('\n  ')}` : ''}`);
	}
} finally {
	chrome.kill();
	await server.close();
}
const lowest = Object.fromEntries(CATEGORIES.map((id) => [id, Math.min(...results.map((r) => r.scores[id] ?? 0))]));
console.log(JSON.stringify({ pages: results.length, lowest, results }));
if (Object.values(lowest).some((score) => score < 100)) process.exitCode = 1;
