/**
 * The fair floor of the benchmark: a bare Astro project (no integrations, no content layer, no
 * components) that writes the same files as a finished build, byte for byte. Every file of the
 * input tree becomes one output of the floor:
 *
 * - `index.html` and `…/index.html`: one `[...page].astro` route (getStaticPaths over the list), whose
 *   template emits the file's HTML, read from the input tree, with `set:html`, so it goes through
 *   Astro's page renderer as our pages do;
 * - `404.html` and `500.html`: Astro's status pages, `src/pages/404.astro` (or 500), the same way;
 * - files that the project ships in `public/`: copied into the floor's `public/`, which Astro copies
 *   as it copies ours;
 * - everything else (CSV, JSON, SVG, XML, other `.html`, files with no extension): one
 *   `[...file].ts` endpoint whose GET answers the file's bytes.
 *
 * Files are read when their route renders, not held in memory, so the floor's peak memory is Astro's.
 * Usage from the command line: `node scripts/bench/floor.ts INPUT_DIST [--public DIR] [--out DIR]`.
 */
import {
	closeSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readdirSync,
	readSync,
	realpathSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** One file of a tree: its path relative to the tree's root (with "/") and its size. */
export interface TreeFile {
	path: string;
	bytes: number;
}

/** How the floor writes every file of the input tree. */
export interface FloorPlan {
	/** Page routes of `[...page].astro`: the rest parameter (undefined for the root) and the file. */
	pages: { param: string | undefined; path: string }[];
	/** Status pages (`404.html` → `src/pages/404.astro`). */
	statusPages: { name: string; path: string }[];
	/** Endpoint routes of `[...file].ts`: the parameter is the file's path. */
	endpoints: { param: string; path: string }[];
	/** Files copied through `public/`. */
	publicFiles: string[];
}

/** Status pages that Astro writes as `NAME.html` at the root whatever the build format. */
const STATUS_PAGES = new Set(['404.html', '500.html']);

/**
 * Lists every file under `dir`, sorted by path, with its size; `.prerender/` and other leftovers of
 * a build do not occur in a finished `dist/`, so nothing is skipped.
 * @example listTree('dist') // [{ path: '404.html', bytes: 5120 }, { path: 'index.html', bytes: 20480 }, …]
 */
export function listTree(dir: string): TreeFile[] {
	const files: TreeFile[] = [];
	const walk = (current: string, prefix: string): void => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = join(current, entry.name);
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(full, path);
			else if (entry.isFile()) files.push({ path, bytes: statSync(full).size });
		}
	};
	walk(dir, '');
	return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What `planFloor` needs to know besides the paths. */
export interface PlanOptions {
	/** Paths of the project's `public/` folder, which Astro copies as they are. */
	publicPaths?: ReadonlySet<string>;
	/**
	 * Whether an HTML file starts with a doctype. Astro's page renderer puts `<!DOCTYPE html>` before a
	 * page that has none, so such a file is written by the endpoint instead, to keep its bytes.
	 */
	hasDoctype?: (path: string) => boolean;
}

/**
 * Decides how the floor writes each file: a page, a status page, a public copy or an endpoint.
 * @example planFloor(['index.html', 'hn/index.html', '404.html', 'du-lieu/a.csv', 'favicon.svg'], { publicPaths: new Set(['favicon.svg']) })
 * // pages: [{ param: undefined, path: 'index.html' }, { param: 'hn', path: 'hn/index.html' }],
 * // statusPages: [{ name: '404', path: '404.html' }], endpoints: [{ param: 'du-lieu/a.csv', … }], publicFiles: ['favicon.svg']
 */
export function planFloor(paths: readonly string[], options: PlanOptions = {}): FloorPlan {
	const { publicPaths = new Set(), hasDoctype = () => true } = options;
	const plan: FloorPlan = { pages: [], statusPages: [], endpoints: [], publicFiles: [] };
	for (const path of paths) {
		const isPage = path === 'index.html' || path.endsWith('/index.html') || STATUS_PAGES.has(path);
		if (publicPaths.has(path)) plan.publicFiles.push(path);
		else if (!isPage || !hasDoctype(path)) plan.endpoints.push({ param: path, path });
		else if (STATUS_PAGES.has(path)) plan.statusPages.push({ name: path.slice(0, -'.html'.length), path });
		else if (path === 'index.html') plan.pages.push({ param: undefined, path });
		else plan.pages.push({ param: path.slice(0, -'/index.html'.length), path });
	}
	return plan;
}

/** Whether a file starts with `<!doctype html` (any case, after a byte-order mark or white space). */
export function startsWithDoctype(file: string): boolean {
	const buffer = Buffer.alloc(64);
	const fd = openSync(file, 'r');
	const length = readSync(fd, buffer, 0, buffer.length, 0);
	closeSync(fd);
	const head = buffer
		.subarray(0, length)
		.toString('utf8')
		.replace(/^\uFEFF/u, '')
		.trimStart();
	return /^<!doctype html/iu.test(head);
}

/** What differs between two trees: paths only in one of them, and paths whose sizes differ. */
export interface TreeDifference {
	missing: string[];
	extra: string[];
	sizeDiffers: { path: string; expected: number; found: number }[];
}

/**
 * Compares a tree with the one it should equal, by paths and sizes.
 * @example compareTrees([{ path: 'a', bytes: 1 }], [{ path: 'a', bytes: 2 }]) // { missing: [], extra: [], sizeDiffers: [{ path: 'a', expected: 1, found: 2 }] }
 */
export function compareTrees(expected: readonly TreeFile[], found: readonly TreeFile[]): TreeDifference {
	const foundByPath = new Map(found.map((f) => [f.path, f.bytes]));
	const expectedPaths = new Set(expected.map((f) => f.path));
	const difference: TreeDifference = { missing: [], extra: [], sizeDiffers: [] };
	for (const file of expected) {
		const bytes = foundByPath.get(file.path);
		if (bytes === undefined) difference.missing.push(file.path);
		else if (bytes !== file.bytes) difference.sizeDiffers.push({ path: file.path, expected: file.bytes, found: bytes });
	}
	for (const file of found) if (!expectedPaths.has(file.path)) difference.extra.push(file.path);
	return difference;
}

/** Whether two trees compared equal. */
export const isSameTree = (difference: TreeDifference): boolean =>
	difference.missing.length === 0 && difference.extra.length === 0 && difference.sizeDiffers.length === 0;

/** Options of the floor project. */
export interface FloorProjectOptions {
	/** The finished build whose files the floor writes again. */
	inputDir: string;
	/** The project's `public/` folder: its files reach the floor's output through the floor's `public/`. */
	publicDir?: string;
	/** The `node_modules` folder with Astro (the project's own, so no network is needed). */
	nodeModules: string;
	/** `site` of the floor's config (the same as the project's, though no route uses it). */
	site?: string;
}

/**
 * Writes the floor project into `projectDir` (which must be empty or missing) and returns its plan.
 * The routes read the input files by absolute path when they render, from a manifest in the project.
 */
export function writeFloorProject(projectDir: string, options: FloorProjectOptions): FloorPlan {
	const inputDir = resolve(options.inputDir);
	const publicPaths = new Set(options.publicDir ? listTree(options.publicDir).map((f) => f.path) : []);
	const plan = planFloor(
		listTree(inputDir).map((f) => f.path),
		{ publicPaths, hasDoctype: (path) => startsWithDoctype(join(inputDir, path)) },
	);
	mkdirSync(join(projectDir, 'src/pages'), { recursive: true });
	symlinkSync(realpathSync(options.nodeModules), join(projectDir, 'node_modules'), 'dir');
	writeFileSync(join(projectDir, 'package.json'), '{ "name": "minh-bach-floor", "private": true, "type": "module" }\n');
	// The build options that decide where files land are the project's (astro.config.mjs).
	writeFileSync(
		join(projectDir, 'astro.config.mjs'),
		`export default { site: ${JSON.stringify(options.site ?? 'https://example.org')}, trailingSlash: 'always', build: { format: 'directory' }, ` +
			`cacheDir: './.astro/cache', vite: { cacheDir: './.astro/vite' } };\n`,
	);
	// The copy in public/ is the one from the input tree: the same bytes as the build wrote.
	for (const path of plan.publicFiles) {
		mkdirSync(dirname(join(projectDir, 'public', path)), { recursive: true });
		cpSync(join(inputDir, path), join(projectDir, 'public', path));
	}
	const manifest = join(projectDir, 'floor-manifest.json');
	writeFileSync(
		manifest,
		JSON.stringify({
			inputDir,
			pages: plan.pages.map((p) => [p.param ?? null, p.path]),
			endpoints: plan.endpoints.map((e) => [e.param, e.path]),
		}),
	);
	const readManifest = `const manifest = JSON.parse(readFileSync(${JSON.stringify(manifest)}, 'utf8'));`;
	if (plan.pages.length > 0) {
		writeFileSync(
			join(projectDir, 'src/pages/[...page].astro'),
			`---
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export function getStaticPaths() {
	${readManifest}
	return manifest.pages.map(([param, path]) => ({ params: { page: param ?? undefined }, props: { file: join(manifest.inputDir, path) } }));
}
const html = readFileSync(Astro.props.file, 'utf8');
---
<Fragment set:html={html} />
`,
		);
	}
	for (const status of plan.statusPages) {
		writeFileSync(
			join(projectDir, `src/pages/${status.name}.astro`),
			`---
import { readFileSync } from 'node:fs';
const html = readFileSync(${JSON.stringify(join(inputDir, status.path))}, 'utf8');
---
<Fragment set:html={html} />
`,
		);
	}
	if (plan.endpoints.length > 0) {
		writeFileSync(
			join(projectDir, 'src/pages/[...file].ts'),
			`import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export function getStaticPaths() {
	${readManifest}
	return manifest.endpoints.map(([param, path]) => ({ params: { file: param }, props: { file: join(manifest.inputDir, path) } }));
}
export function GET({ props }) {
	return new Response(readFileSync(props.file));
}
`,
		);
	}
	return plan;
}

/** Makes an empty folder for a floor project in the system's temporary folder. */
export const makeFloorDir = (): string => mkdtempSync(join(tmpdir(), 'minh-bach-floor-'));

if (import.meta.main) {
	const { positionals, values } = parseArgs({
		allowPositionals: true,
		options: { public: { type: 'string' }, out: { type: 'string' }, 'node-modules': { type: 'string', default: 'node_modules' } },
	});
	const input = positionals[0];
	if (!input) throw new Error('Usage: node scripts/bench/floor.ts INPUT_DIST [--public DIR] [--out PROJECT_DIR]');
	const dir = values.out ? resolve(values.out) : makeFloorDir();
	rmSync(dir, { recursive: true, force: true });
	const plan = writeFloorProject(dir, {
		inputDir: input,
		nodeModules: values['node-modules'],
		...(values.public ? { publicDir: values.public } : {}),
	});
	console.log(
		JSON.stringify({
			project: dir,
			pages: plan.pages.length,
			status_pages: plan.statusPages.length,
			endpoints: plan.endpoints.length,
			public: plan.publicFiles.length,
		}),
	);
}
