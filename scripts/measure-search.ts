/**
 * Measures what the first search costs a reader: builds the site for a content folder (CONTENT_DIR, or
 * content/), serves it on 127.0.0.1, opens the search page in Chromium, runs one query, and prints
 * one JSON line with the bytes transferred after the page had loaded (the budget: 100 KB).
 *
 * Usage: `CONTENT_DIR=path npm run measure:search -- [--query "muong thanh"] [--dist already-built-dir]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/io/read-content.ts';
import { launchChromium, measureFirstQuery, serveSite } from '../tests/e2e/search-helpers.ts';

/** The budget of issue 7: at most 100 KB for the first query. */
const BUDGET_BYTES = 100 * 1024;

const { values } = parseArgs({ options: { query: { type: 'string', default: 'muong thanh' }, dist: { type: 'string' } } });
const contentDir = resolveContentDir();
const base = process.env['BASE_PATH'] ?? '/';
let dist = values.dist ? resolve(values.dist) : undefined;
const built = dist === undefined;
if (dist === undefined) {
	dist = mkdtempSync(join(tmpdir(), 'minh-bach-search-'));
	const started = performance.now();
	const build = spawnSync(resolve('node_modules/.bin/astro'), ['build', '--force', '--outDir', dist], {
		env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (build.status !== 0) {
		process.stderr.write(`${build.stdout}\n${build.stderr}\nBản dựng thất bại. / The build failed.\n`);
		process.exit(1);
	}
	process.stderr.write(`built ${contentDir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const server = await serveSite(dist, base);
const browser = await launchChromium();
try {
	const searchUrl = `${server.origin}${base.replace(/\/?$/u, '/')}tim-kiem/`;
	const measured = await measureFirstQuery(browser, searchUrl, values.query);
	const line = {
		content: contentDir,
		query: measured.query,
		bytes: measured.bytes,
		budgetBytes: BUDGET_BYTES,
		withinBudget: measured.bytes <= BUDGET_BYTES,
		results: measured.results,
		first: measured.first,
		requests: measured.requests.map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes })),
	};
	process.stdout.write(`${JSON.stringify(line)}\n`);
	if (!line.withinBudget) process.exitCode = 1;
} finally {
	await browser.close();
	await server.close();
	if (built) rmSync(dist, { recursive: true, force: true });
}
