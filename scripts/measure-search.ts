/**
 * Measures what the first search costs a reader: builds the site for a content folder (CONTENT_DIR, or
 * content/), serves it on 127.0.0.1 with gzip, opens the search page in Chromium, runs one query, and
 * prints one JSON line with the bytes transferred for the query after the page had loaded (the budget:
 * 100 KB) and, apart, for loading the page. Each query is measured on a fresh page with the cache off,
 * as a reader's first query would be.
 *
 * Usage: `CONTENT_DIR=path npm run measure:search -- [--query "muong thanh" --query 2446 …] [--lang en]
 * [--dist already-built-dir]`.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/io/read-content.ts';
import { buildSearchSite, launchChromium, measureFirstQuery, serveSite } from '../tests/e2e/search-helpers.ts';

/** The budget of issue 7: at most 100 KB for the first query. */
const BUDGET_BYTES = 100 * 1024;

const { values } = parseArgs({
	options: {
		query: { type: 'string', multiple: true, default: ['muong thanh', 'dien bien phu', '2446', 'phuong muong thanh'] },
		lang: { type: 'string', default: 'vi' },
		dist: { type: 'string' },
	},
});
const contentDir = resolveContentDir();
const base = process.env['BASE_PATH'] ?? '/';
let dist = values.dist ? resolve(values.dist) : undefined;
const built = dist === undefined;
if (dist === undefined) {
	const started = performance.now();
	const build = buildSearchSite(contentDir, base);
	dist = build.outDir;
	if (build.status !== 0) {
		process.stderr.write(`${build.output}\nBản dựng thất bại. / The build failed.\n`);
		process.exit(1);
	}
	process.stderr.write(`built ${contentDir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const server = await serveSite(dist, base);
const browser = await launchChromium();
try {
	const searchUrl = `${server.origin}${base.replace(/\/?$/u, '/')}${values.lang === 'en' ? 'en/' : ''}tim-kiem/`;
	const queries = [];
	for (const query of values.query) {
		const measured = await measureFirstQuery(browser, searchUrl, query);
		queries.push({
			query,
			bytes: measured.bytes,
			pageBytes: measured.pageBytes,
			results: measured.results,
			first: measured.first,
			requests: measured.requests.map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes })),
		});
	}
	const maxBytes = Math.max(...queries.map((q) => q.bytes));
	const line = {
		content: built ? contentDir : undefined,
		dist: built ? undefined : dist,
		lang: values.lang,
		budgetBytes: BUDGET_BYTES,
		maxBytes,
		withinBudget: maxBytes <= BUDGET_BYTES,
		queries,
	};
	process.stdout.write(`${JSON.stringify(line)}\n`);
	if (!line.withinBudget) process.exitCode = 1;
} finally {
	await browser.close();
	await server.close();
	if (built) rmSync(dist, { recursive: true, force: true });
}
