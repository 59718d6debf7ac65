/**
 * `npm run test:national`: the browser tests at national scale. Generates the benchmark's national
 * content (the real 3,321 communes, synthetic seeded decisions; see scripts/bench/generate.ts) in a
 * temporary folder, adds the real content of content/ (decision 2446/QĐ-UBND, the named people), builds
 * it once under /minh-bach/, then on that build:
 * 1. runs the search cases of issue 7, tests/e2e/search.e2e.ts (SEARCH_CONTENT_DIR, SEARCH_DIST);
 * 2. runs tests/e2e/site.e2e.ts on an evenly spread sample of NATIONAL_SAMPLE pages (default 60) per
 *    check, plus the 40 largest commune pages for the printed notice;
 * 3. measures first queries in both languages with scripts/measure-search.ts (budget 100 KB);
 * 4. runs check:dist without vnu: links, page budgets, the search index's files and bound.
 * Prints one JSON line of figures at the end; exits 1 when any step fails. Removes what it made.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSearchSite } from '../../tests/e2e/search-helpers.ts';
import { generateNationalContent } from '../bench/generate.ts';
import { overlayRealContent } from './overlay-content.ts';

const BASE = '/minh-bach/';
const QUERIES = ['muong thanh', 'MƯỜNG THANH', 'dien bien phu', '2446', 'duong tuan vu', 'đường', 'phuong muong thanh dien bien'];

const work = mkdtempSync(join(tmpdir(), 'minh-bach-search-national-'));
const content = join(work, 'content');
let dist: string | undefined;
const failures: string[] = [];
const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1));

/** Runs a command with the project's Node, its output passed through, and the given variables. */
function run(step: string, args: string[], env: Record<string, string>, capture = false): string {
	const result = spawnSync(process.execPath, args, {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', ...env },
		encoding: 'utf8',
		stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) failures.push(`${step} (exit ${result.status})`);
	return result.stdout ?? '';
}

try {
	let started = performance.now();
	const counts = generateNationalContent(content);
	overlayRealContent(content, 'content');
	const generateS = seconds(started);

	started = performance.now();
	const build = buildSearchSite(content, BASE);
	dist = build.outDir;
	const buildS = seconds(started);
	if (build.status !== 0) {
		process.stderr.write(`${build.output}\nBản dựng thất bại. / The build failed.\n`);
		process.exit(1);
	}
	process.stderr.write(`national site built in ${buildS} s (${counts.communes} communes, ${counts.decisions} decisions)\n`);

	started = performance.now();
	run('search.e2e.ts', [resolve('node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/e2e/vitest.config.ts', 'tests/e2e/search.e2e.ts'], {
		SEARCH_CONTENT_DIR: content,
		SEARCH_DIST: dist,
	});
	const e2eS = seconds(started);

	started = performance.now();
	run('site.e2e.ts (sample)', [resolve('node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/e2e/vitest.config.ts', 'tests/e2e/site.e2e.ts'], {
		DIST_DIR: dist,
		BASE_PATH: BASE,
		E2E_SAMPLE: process.env['NATIONAL_SAMPLE'] ?? '60',
	});
	const siteE2eS = seconds(started);

	const measured = (['vi', 'en'] as const).map((lang) => {
		const args = ['scripts/measure-search.ts', '--dist', dist ?? '', '--lang', lang, ...QUERIES.flatMap((q) => ['--query', q])];
		const line = run(`measure-search ${lang}`, args, { BASE_PATH: BASE }, true).trim().split('\n').at(-1) ?? '{}';
		const parsed = JSON.parse(line) as { maxBytes?: number; queries?: { query: string; bytes: number; pageBytes: number; first?: string }[] };
		return { lang, maxBytes: parsed.maxBytes, queries: parsed.queries?.map(({ query, bytes, pageBytes, first }) => ({ query, bytes, pageBytes, first })) };
	});

	run('check:dist --no-vnu', ['scripts/check-dist.ts', '--no-vnu', '--quiet'], { DIST_DIR: dist, BASE_PATH: BASE });

	process.stdout.write(
		`${JSON.stringify({ communes: counts.communes, decisions: counts.decisions, generate_s: generateS, build_s: buildS, search_e2e_s: e2eS, site_e2e_s: siteE2eS, measured, failures })}\n`,
	);
	if (failures.length > 0) process.exitCode = 1;
} finally {
	rmSync(work, { recursive: true, force: true });
	if (dist) rmSync(dist, { recursive: true, force: true });
}
