/**
 * `npm run check:dist`: static checks on the built site (DIST_DIR or dist/), no browser.
 *
 * 1. Nu Html Checker (vnu-jar) on every HTML file in one run: zero errors.
 * 2. Every internal link, image, stylesheet, download and form target resolves inside dist/, under the
 *    base path (BASE_PATH), with trailing slashes (trailingSlash: 'always'), and every #fragment exists.
 * 3. Budgets (DESIGN.md): a table of every page's gzip size (HTML + its linked CSS) and script count;
 *    a commune page over 14 KB gzip, or a script on any page outside SCRIPT_ALLOWED_PAGES, fails.
 * 4. Search (issue 7): each search page's index shards all exist; the page plus its three largest
 *    shards (what a first query of up to three distinct word beginnings can download) stays within
 *    100 KB gzip. `npm run measure:search` measures real queries in a browser.
 *
 * Options: `--no-vnu` skips step 1 (the benchmark uses it for speed), `--table FILE` writes the full
 * budgets table as TSV, `--quiet` prints only the summary. Exits 1 when any check fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { listFilesRecursive, listSitePages, resolveBase, resolveDistDir, resolveOrigin } from './lib/dist.ts';
import { cssUrls, readHtmlFacts, searchIndexOfPage, type HtmlFacts } from './lib/html-refs.ts';
import { describePath, fileOfPath, isScriptAllowed, pathOfFile, SCRIPT_ALLOWED_PAGES } from './lib/site-paths.ts';

/** The commune-page budget of DESIGN.md: 14 KB of gzip (HTML + CSS). */
export const COMMUNE_PAGE_BUDGET_BYTES = 14 * 1024;
/** The first-query budget of issue 7: 100 KB. */
export const FIRST_QUERY_BUDGET_BYTES = 100 * 1024;

const { values: options } = parseArgs({
	options: { 'no-vnu': { type: 'boolean', default: false }, table: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});
const dist = resolveDistDir();
const base = resolveBase();
const origin = resolveOrigin();
if (!existsSync(join(dist, 'index.html')) && !existsSync(join(dist, base.slice(1), 'index.html'))) {
	console.error(`Không thấy trang web đã dựng trong ${dist}. Hãy chạy "npm run build" trước.\nNo built site in ${dist}. Run "npm run build" first.`);
	process.exit(1);
}
const files = listFilesRecursive(dist);
const fileSet = new Set(files);
const htmlFiles = files.filter((file) => file.endsWith('.html'));
let failed = false;
const print = (line = ''): void => {
	if (!options.quiet) console.log(line);
};

// ── 1. Nu Html Checker ────────────────────────────────────────────────────────────────────────────
interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	message?: string;
}
let vnuSummary = 'vnu: skipped (--no-vnu)';
if (!options['no-vnu']) {
	const jar = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
	const started = performance.now();
	// One JVM for every file: vnu walks the folder itself (--skip-non-html), so the command line stays short.
	// A deep page overflows the checker's schema evaluation at 512k of thread stack (what vnu's own hint suggests).
	const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dist], {
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (run.error) {
		console.error(
			`Không chạy được Java (${run.error.message}). Cài Java 17 (apt-get install default-jre-headless).\nCould not run Java (${run.error.message}). Install Java 17.`,
		);
		process.exit(1);
	}
	let messages: VnuMessage[] | undefined;
	try {
		messages = (JSON.parse(run.stderr) as { messages?: VnuMessage[] }).messages;
	} catch {
		messages = undefined;
	}
	const errors = (messages ?? []).filter((m) => m.type === 'error' || m.type === 'non-document-error');
	// No report, or a failing exit with no error in the report, means the checker itself failed: never read that as "valid".
	if (messages === undefined || (run.status !== 0 && errors.length === 0)) {
		console.error(`Nu Html Checker did not report (exit ${run.status}):\n${`${run.stdout}\n${run.stderr}`.trim().slice(0, 2000)}`);
		process.exit(1);
	}
	const pagesWithErrors = new Set(errors.map((m) => m.url));
	vnuSummary = `vnu: ${htmlFiles.length} HTML files, ${errors.length} errors on ${pagesWithErrors.size} files (${seconds}s)`;
	if (errors.length > 0) {
		failed = true;
		const byMessage = new Map<string, VnuMessage[]>();
		for (const error of errors) {
			const key = (error.message ?? error.subType ?? error.type).replace(/[“”]/gu, '"');
			byMessage.set(key, [...(byMessage.get(key) ?? []), error]);
		}
		console.log('\nLỗi HTML (Nu Html Checker) / HTML errors:');
		for (const [message, list] of [...byMessage].sort((a, b) => b[1].length - a[1].length)) {
			const where = list.slice(0, 3).map((m) => `${displayFile(m.url)}:${m.lastLine ?? '?'}`);
			console.log(`  ${list.length}× ${message}\n      ${where.join(', ')}${list.length > 3 ? ', …' : ''}`);
		}
	}
}

/** A vnu file: URL shown as the served page path. */
function displayFile(url: string | undefined): string {
	if (!url) return '?';
	const path = decodeURIComponent(url.replace(/^file:/u, ''));
	const rel = path.startsWith(dist) ? path.slice(dist.length + 1) : path;
	return pathOfFile(rel, base);
}

// ── 2. Internal references ────────────────────────────────────────────────────────────────────────
const factsCache = new Map<string, HtmlFacts>();
const factsOf = (file: string): HtmlFacts => {
	let facts = factsCache.get(file);
	if (!facts) {
		facts = readHtmlFacts(readFileSync(join(dist, file), 'utf8'));
		factsCache.set(file, facts);
	}
	return facts;
};

type Reason = 'missing' | 'trailing-slash' | 'outside-base' | 'fragment';
const REASONS: Record<Reason, string> = {
	missing: 'Đích không có trong dist/ / Target not in dist/',
	'trailing-slash': 'Thiếu dấu "/" cuối đường dẫn trang / Page link without its trailing slash',
	'outside-base': 'Đường dẫn nằm ngoài base path / Path outside the base path',
	fragment: 'Không có phần tử mang id này / No element with this id',
};
const broken: { reason: Reason; from: string; where: string; url: string }[] = [];
let checkedReferences = 0;

/** Checks one reference written on the page (or stylesheet) served at `fromPath`. */
function checkReference(fromPath: string, where: string, raw: string): void {
	if (raw === '' || /^(?:mailto|tel|sms|data|javascript|blob|about):/iu.test(raw)) return;
	let url: URL;
	try {
		url = new URL(raw, `${origin}${fromPath}`);
	} catch {
		broken.push({ reason: 'missing', from: fromPath, where, url: raw });
		return;
	}
	if (url.origin !== origin) return;
	checkedReferences += 1;
	const target = fileOfPath(url.pathname, base);
	const fail = (reason: Reason): void => {
		broken.push({ reason, from: fromPath, where, url: raw });
	};
	if (target === undefined) return fail('outside-base');
	if (!fileSet.has(target)) {
		if (fileSet.has(`${target}/index.html`)) return fail('trailing-slash');
		return fail('missing');
	}
	let fragment: string;
	try {
		fragment = decodeURIComponent(url.hash.slice(1));
	} catch {
		return fail('fragment');
	}
	// "#" alone and "#top" scroll to the top without an element (HTML's "indicated part of the document").
	if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:') || !target.endsWith('.html')) return;
	if (!factsOf(target).ids.has(fragment)) fail('fragment');
}

for (const file of htmlFiles) {
	const path = pathOfFile(file, base);
	for (const reference of factsOf(file).references) checkReference(path, reference.where, reference.url);
}
for (const file of files.filter((f) => f.endsWith('.css'))) {
	for (const url of cssUrls(readFileSync(join(dist, file), 'utf8'))) checkReference(pathOfFile(file, base), 'css url()', url);
}
// The sitemap must list pages that exist.
const sitemap = listSitePages(dist, base);
for (const loc of sitemap.missing) broken.push({ reason: 'missing', from: '/sitemap-index.xml', where: 'loc', url: loc });
for (const page of sitemap.pages)
	if (!fileSet.has(fileOfPath(page.path, base) ?? '')) broken.push({ reason: 'missing', from: 'sitemap', where: 'loc', url: page.path });

const linkSummary = `links: ${checkedReferences} internal references in ${htmlFiles.length} HTML files, ${broken.length} broken`;
if (broken.length > 0) {
	failed = true;
	console.log('\nLiên kết hỏng / Broken internal references:');
	for (const reason of Object.keys(REASONS) as Reason[]) {
		const list = broken.filter((b) => b.reason === reason);
		if (list.length === 0) continue;
		console.log(`  ${REASONS[reason]}: ${list.length}`);
		const byUrl = new Map<string, typeof list>();
		for (const item of list) byUrl.set(`${item.where} ${item.url}`, [...(byUrl.get(`${item.where} ${item.url}`) ?? []), item]);
		for (const [key, items] of [...byUrl].slice(0, 25)) {
			console.log(
				`    ${key}  ← ${items
					.slice(0, 3)
					.map((i) => i.from)
					.join(', ')}${items.length > 3 ? ` (+${items.length - 3})` : ''}`,
			);
		}
		if (byUrl.size > 25) console.log(`    … ${byUrl.size - 25} more targets`);
	}
}

// ── 3. Budgets ────────────────────────────────────────────────────────────────────────────────────
interface BudgetRow {
	page: string;
	kind: string;
	htmlGzip: number;
	cssGzip: number;
	total: number;
	scripts: number;
	problems: string[];
}
const gzipCache = new Map<string, number>();
const gzipSize = (file: string): number => {
	let size = gzipCache.get(file);
	if (size === undefined) {
		// zlib's default level (6), what most servers use for on-the-fly compression.
		size = gzipSync(readFileSync(join(dist, file))).length;
		gzipCache.set(file, size);
	}
	return size;
};
const rows: BudgetRow[] = htmlFiles.map((file) => {
	const page = pathOfFile(file, base);
	const described = describePath(page, base);
	const facts = factsOf(file);
	const cssGzip = facts.stylesheets
		.map((href) => fileOfPath(new URL(href, `${origin}${page}`).pathname, base))
		.filter((css): css is string => css !== undefined && fileSet.has(css))
		.reduce((sum, css) => sum + gzipSize(css), 0);
	const htmlGzip = gzipSize(file);
	const row: BudgetRow = {
		page,
		kind: file === '404.html' ? '404' : (described?.kind ?? 'other'),
		htmlGzip,
		cssGzip,
		total: htmlGzip + cssGzip,
		scripts: facts.scripts + facts.inlineScripts,
		problems: [],
	};
	if (row.kind === 'commune' && row.total > COMMUNE_PAGE_BUDGET_BYTES) row.problems.push(`over ${COMMUNE_PAGE_BUDGET_BYTES} B`);
	if (row.scripts > 0 && !isScriptAllowed(described?.local ?? '')) row.problems.push('script');
	return row;
});
const overBudget = rows.filter((row) => row.problems.length > 0);
if (overBudget.length > 0) failed = true;

const tsv = [
	'page\tkind\thtml_gzip\tcss_gzip\ttotal_gzip\tscripts\tproblems',
	...rows.map((r) => [r.page, r.kind, r.htmlGzip, r.cssGzip, r.total, r.scripts, r.problems.join('; ')].join('\t')),
];
if (options.table) writeFileSync(options.table, `${tsv.join('\n')}\n`);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const shown =
	rows.length <= 300 ? rows : [...overBudget, ...[...rows].sort((a, b) => b.total - a.total).slice(0, 40)].filter((r, i, all) => all.indexOf(r) === i);
print('\nNgân sách / Budgets (gzip KB; commune pages ≤ 14.0; scripts only on ' + SCRIPT_ALLOWED_PAGES.join(', ') + '):');
print(`  ${'page'.padEnd(56)} ${'kind'.padEnd(8)} ${'html'.padStart(6)} ${'css'.padStart(6)} ${'total'.padStart(6)} ${'js'.padStart(3)}`);
for (const r of shown) {
	print(
		`  ${r.page.padEnd(56)} ${r.kind.padEnd(8)} ${kb(r.htmlGzip).padStart(6)} ${kb(r.cssGzip).padStart(6)} ${kb(r.total).padStart(6)} ${String(r.scripts).padStart(3)}${r.problems.length ? `  ✗ ${r.problems.join('; ')}` : ''}`,
	);
}
if (shown.length < rows.length) print(`  … ${rows.length - shown.length} more rows${options.table ? ` in ${options.table}` : ' (use --table FILE for all)'}`);
const communeSizes = rows
	.filter((r) => r.kind === 'commune')
	.map((r) => r.total)
	.sort((a, b) => a - b);
const median = communeSizes.length ? (communeSizes[Math.floor((communeSizes.length - 1) / 2)] ?? 0) : 0;
const budgetSummary = `budgets: ${rows.length} pages, ${communeSizes.length} commune pages (median ${kb(median)} KB, max ${kb(communeSizes.at(-1) ?? 0)} KB gzip), ${overBudget.length} over budget or with scripts`;
if (overBudget.length > 0) {
	console.log('\nVượt ngân sách / Over budget:');
	for (const r of overBudget.slice(0, 50)) console.log(`  ${r.page}: ${r.problems.join('; ')} (${kb(r.total)} KB, ${r.scripts} scripts)`);
	if (overBudget.length > 50) console.log(`  … ${overBudget.length - 50} more`);
}

// ── 4. Search index ───────────────────────────────────────────────────────────────────────────────
const searchLines: string[] = [];
for (const page of SCRIPT_ALLOWED_PAGES.flatMap((local) => [local, `/en${local}`])) {
	const file = fileOfPath(`${base}${page.replace(/^\//u, '')}`, base);
	if (!file || !fileSet.has(file)) continue;
	const html = readFileSync(join(dist, file), 'utf8');
	const { folder, keys } = searchIndexOfPage(html);
	if (!folder || keys.length === 0) {
		failed = true;
		searchLines.push(`  ✗ ${page}: trang tìm kiếm thiếu chỉ mục / no data-index or data-keys`);
		continue;
	}
	const shardFiles = keys.map((key) => fileOfPath(`${folder}${encodeURIComponent(key)}.json`, base));
	const missing = keys.filter((_, i) => !fileSet.has(shardFiles[i] ?? ''));
	const sizes = shardFiles
		.filter((shard): shard is string => shard !== undefined && fileSet.has(shard))
		.map(gzipSize)
		.sort((a, b) => b - a);
	const pageSize = gzipSize(file);
	const worst = pageSize + sizes.slice(0, 3).reduce((sum, size) => sum + size, 0);
	const ok = missing.length === 0 && worst <= FIRST_QUERY_BUDGET_BYTES;
	if (!ok) failed = true;
	searchLines.push(
		`  ${ok ? '✓' : '✗'} ${page}: ${keys.length} shards, ${missing.length} missing${missing.length ? ` (${missing.slice(0, 5).join(', ')})` : ''}; page ${kb(pageSize)} KB, largest shard ${kb(sizes[0] ?? 0)} KB, page + 3 largest shards ${kb(worst)} KB gzip (first-query budget ${kb(FIRST_QUERY_BUDGET_BYTES)} KB)`,
	);
}
const searchSummary = `search:${searchLines.length === 0 ? ' no search page' : `\n${searchLines.join('\n')}`}`;

console.log(
	`\n${vnuSummary}\n${linkSummary}\n${budgetSummary}\n${searchSummary}\npages source: ${sitemap.source === 'sitemap' ? 'sitemap-index.xml' : 'no sitemap-index.xml, walked dist/'}`,
);
console.log(failed ? 'check:dist FAILED' : 'check:dist passed');
process.exitCode = failed ? 1 : 0;
