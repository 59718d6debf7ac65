// Imported by the search browser test and scripts/measure-search.ts: a static server for a built site
// on the loopback interface, the Chromium launcher, and the first-query download measurement.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};
/** Types a static host compresses. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.csv', '.txt']);

/**
 * Variables vitest sets in its own process (BASE_URL=/, MODE=test, DEV, PROD, SSR, NODE_ENV=test…):
 * passed on to a child Astro build they would override the base path and the mode.
 */
const TEST_RUNNER_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'];

/** A built site: its folder, and the build's exit status and output. */
export interface BuiltSearchSite {
	outDir: string;
	status: number | null;
	output: string;
}

/**
 * Builds the site for a content folder under a base path into a fresh temporary folder, as
 * `npm run build` would (content cache cleared, production mode), whatever the calling process is.
 */
export function buildSearchSite(contentDir: string, base: string): BuiltSearchSite {
	const outDir = mkdtempSync(join(tmpdir(), 'minh-bach-search-'));
	const env: Record<string, string | undefined> = {
		...process.env,
		CONTENT_DIR: resolve(contentDir),
		BASE_PATH: base,
		ASTRO_TELEMETRY_DISABLED: '1',
		TZ: 'UTC',
	};
	for (const name of TEST_RUNNER_VARIABLES) delete env[name];
	const result = spawnSync(resolve('node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
		env,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A running static server: its origin (http://127.0.0.1:port) and a way to stop it. */
export interface SiteServer {
	origin: string;
	close: () => Promise<void>;
}

/**
 * Serves a built site as a static host does: under its base path, "dir/" from "dir/index.html",
 * text compressed with gzip when the browser accepts it. Listens on 127.0.0.1 at a free port.
 */
export async function serveSite(dist: string, base = '/'): Promise<SiteServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
		const inside = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
		let file = inside === undefined ? undefined : normalize(join(dist, inside));
		if (file && !file.startsWith(normalize(dist) + sep) && file !== normalize(dist)) file = undefined;
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file || !existsSync(file)) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const extension = extname(file).toLowerCase();
		let body = readFileSync(file);
		const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
		if (COMPRESSIBLE.has(extension) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body, { level: 9 });
			headers['content-encoding'] = 'gzip';
		}
		response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** Chromium is launched the same way as for the other browser tests. */
export { launchChromium } from './support/browser.ts';

/** One search result as the page shows it. */
export interface ShownResult {
	title: string;
	kind: string;
	href: string;
}

/** Waits for the search page to settle on a query and returns the results it lists, in order. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
	await page.waitForFunction(() => {
		const status = document.getElementById('search-status')?.textContent ?? '';
		const count = document.querySelectorAll('#search-results li').length;
		return status !== '' && !status.endsWith('…') && (count > 0 || !/^\d/u.test(status));
	});
	return page.$$eval('#search-results li', (items) =>
		items.map((li) => ({
			title: li.querySelector('a')?.textContent ?? '',
			kind: li.querySelector('.search-kind')?.textContent ?? '',
			href: li.querySelector('a')?.getAttribute('href') ?? '',
		})),
	);
}

/** Bytes fetched for the search page and for a first query on it, and what the query found. */
export interface FirstQuery {
	query: string;
	/** Sum of the encoded (over-the-wire) sizes of every response after the page had loaded. */
	bytes: number;
	requests: { url: string; bytes: number }[];
	/** The same sum for loading the page itself (HTML with its inline style and script, favicon). */
	pageBytes: number;
	results: number;
	first?: string;
}

/**
 * Opens the search page with the cache off, waits until it has loaded, types a query and submits
 * it, and sums the transfer size (headers and compressed body, as Chromium reports it) of what the
 * page load fetched and of everything fetched from then until the first results are shown.
 */
export async function measureFirstQuery(browser: Browser, searchUrl: string, query: string): Promise<FirstQuery> {
	const page = await browser.newPage();
	try {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const urls = new Map<string, string>();
		let requests: { url: string; bytes: number }[] = [];
		cdp.on('Network.requestWillBeSent', (event) => void urls.set(event.requestId, event.request.url));
		cdp.on('Network.loadingFinished', (event) => void requests.push({ url: urls.get(event.requestId) ?? event.requestId, bytes: event.encodedDataLength }));
		await page.goto(searchUrl, { waitUntil: 'load' });
		// The page's own late requests (the favicon) are part of the page, not of the query.
		await page.waitForLoadState('networkidle');
		const pageBytes = requests.reduce((sum, r) => sum + r.bytes, 0);
		requests = [];
		await page.fill('#search-q', query);
		await page.press('#search-q', 'Enter');
		const results = await shownResults(page);
		// Let late responses finish before adding up.
		await page.waitForLoadState('networkidle');
		return {
			query,
			bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
			requests,
			pageBytes,
			results: results.length,
			...(results[0] ? { first: results[0].title } : {}),
		};
	} finally {
		await page.close();
	}
}
