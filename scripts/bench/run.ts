/**
 * `npm run bench`: the national-scale benchmark. Generates the synthetic national content set
 * (scripts/bench/generate.ts, fixed seed) in bench-out/, times `npm run check` on it, builds it with
 * Astro, runs the static gates (check:dist without vnu) on the result, builds a bare Astro project with
 * the same number of trivial pages as a baseline, and prints ONE JSON line with the figures.
 *
 * Options: `--out DIR` (default bench-out), `--vnu` also runs the HTML checker on the national build,
 * `--profile` adds a CPU profile of the build summarised by package (slower; run it alone),
 * `--skip-baseline` leaves the bare Astro build out. Progress goes to stderr, the JSON to stdout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNationalContent, NATIONAL_SCALE } from './generate.ts';

const { values: options } = parseArgs({
	options: {
		out: { type: 'string', default: 'bench-out' },
		vnu: { type: 'boolean', default: false },
		profile: { type: 'boolean', default: false },
		'skip-baseline': { type: 'boolean', default: false },
	},
});
const root = resolve('.');
const out = resolve(options.out);
const contentDir = join(out, 'content');
const distDir = join(out, 'dist');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const node = process.execPath;
const log = (message: string): void => {
	process.stderr.write(`[bench] ${message}\n`);
};
const seconds = (ms: number): number => Math.round(ms / 10) / 100;

/** One line of a child's output and when it arrived (ms since the child started). */
interface TimedLine {
	at: number;
	text: string;
}

/** Runs a command, timestamping each output line as it arrives; resolves with wall time and lines. */
function runTimed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ wallMs: number; lines: TimedLine[]; code: number }> {
	return new Promise((done) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const lines: TimedLine[] = [];
		const collect = (stream: NodeJS.ReadableStream): void => {
			let pending = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => {
				const at = performance.now() - started;
				const parts = (pending + chunk).split('\n');
				pending = parts.pop() ?? '';
				for (const part of parts) lines.push({ at, text: part.replace(/\x1b\[[0-9;]*m/gu, '') });
			});
			stream.on('end', () => {
				if (pending) lines.push({ at: performance.now() - started, text: pending.replace(/\x1b\[[0-9;]*m/gu, '') });
			});
		};
		collect(child.stdout);
		collect(child.stderr);
		child.on('close', (code) => done({ wallMs: performance.now() - started, lines, code: code ?? 1 }));
	});
}

/** Runs a build under /usr/bin/time -v (when present) and returns its wall time, peak RSS and log. */
async function timedBuild(
	args: string[],
	cwd: string,
	env: NodeJS.ProcessEnv,
): Promise<{ wallMs: number; peakRssMb: number | undefined; lines: TimedLine[]; code: number }> {
	const timeFile = join(tmpdir(), `minh-bach-time-${process.pid}-${Date.now()}.txt`);
	const useTime = existsSync('/usr/bin/time');
	const result = useTime ? await runTimed('/usr/bin/time', ['-v', '-o', timeFile, node, ...args], cwd, env) : await runTimed(node, args, cwd, env);
	let peakRssMb: number | undefined;
	if (useTime && existsSync(timeFile)) {
		const match = /Maximum resident set size \(kbytes\): (\d+)/u.exec(readFileSync(timeFile, 'utf8'));
		if (match) peakRssMb = Math.round(Number(match[1]) / 1024);
		rmSync(timeFile, { force: true });
	}
	return { ...result, peakRssMb };
}

/**
 * Splits an Astro build log into phases by the lines it prints: start-up (Node, config, integrations
 * such as the content check), the content layer sync, type generation, the Vite bundle of the pages,
 * rendering the static routes, what follows (integrations' build hooks), and process exit.
 */
function buildPhases(lines: TimedLine[], wallMs: number): Record<string, number> {
	const first = (pattern: RegExp, after = 0): number | undefined => lines.find((l) => l.at >= after && pattern.test(l.text))?.at;
	const syncStart = first(/\[content\] Syncing content/u) ?? 0;
	const synced = first(/\[content\] Synced content/u, syncStart) ?? syncStart;
	const bundleStart = first(/Building static entrypoints/u, synced) ?? synced;
	const renderStart = first(/generating static routes/u, bundleStart) ?? bundleStart;
	const renderEnd = first(/✓ Completed in/u, renderStart + 1) ?? renderStart;
	const complete = first(/\[build\] Complete!/u, renderEnd) ?? wallMs;
	return {
		startup_config_integrations: seconds(syncStart),
		content_sync: seconds(synced - syncStart),
		types_and_build_info: seconds(bundleStart - synced),
		vite_bundle: seconds(renderStart - bundleStart),
		render_static_routes: seconds(renderEnd - renderStart),
		after_render: seconds(complete - renderEnd),
		exit: seconds(wallMs - complete),
	};
}

/** Total size in bytes and number of HTML pages of a folder. */
function folderStats(dir: string): { bytes: number; pages: number } {
	let bytes = 0;
	let pages = 0;
	const walk = (current: string): void => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = join(current, entry.name);
			if (entry.isDirectory()) walk(full);
			else {
				bytes += statSync(full).size;
				if (entry.name.endsWith('.html')) pages += 1;
			}
		}
	};
	walk(dir);
	return { bytes, pages };
}

/** Summarises a V8 CPU profile: self time by where the code lives (our code, Astro, Vite, zod…). */
function summariseProfile(file: string): Record<string, number> {
	const profile = JSON.parse(readFileSync(file, 'utf8')) as {
		nodes: { id: number; callFrame: { url: string; functionName: string } }[];
		samples: number[];
		timeDeltas: number[];
	};
	const bucketOf = (url: string, name: string): string => {
		if (url === '') return name === '(garbage collector)' ? 'gc' : name === '(idle)' || name === '(program)' ? name.slice(1, -1) : 'native';
		if (url.startsWith('node:')) return 'node-internals';
		const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(url);
		if (match) return match[1] ?? 'node_modules';
		if (url.includes('/src/lib/')) return 'src/lib';
		if (url.includes('/src/')) return 'src (pages, components)';
		if (url.includes('/.astro/') || url.includes('/dist/')) return 'build output';
		return 'other';
	};
	const byId = new Map(profile.nodes.map((n) => [n.id, bucketOf(n.callFrame.url, n.callFrame.functionName)]));
	const totals = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const bucket = byId.get(id) ?? 'other';
		totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0));
	});
	const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 10);
	return Object.fromEntries(top.map(([bucket, us]) => [bucket, seconds(us / 1000)]));
}

/** Builds a throwaway Astro project with `pages` trivial pages, reusing node_modules, and times it. */
async function bareAstroBuild(pages: number): Promise<{ wallMs: number; peakRssMb: number | undefined; pages: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'minh-bach-bare-astro-'));
	try {
		symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'), 'dir');
		mkdirSync(join(dir, 'src/pages'), { recursive: true });
		writeFileSync(join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
		writeFileSync(
			join(dir, 'astro.config.mjs'),
			`export default { site: 'https://example.org', trailingSlash: 'always', build: { format: 'directory' }, vite: { cacheDir: ${JSON.stringify(join(dir, '.vite'))} } };\n`,
		);
		writeFileSync(
			join(dir, 'src/pages/[...slug].astro'),
			`---
export function getStaticPaths() {
	return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: i === 0 ? undefined : \`trang/\${i}\` } }));
}
const { slug } = Astro.params;
---
<html lang="vi"><head><meta charset="utf-8" /><title>Trang {slug ?? 'đầu'}</title></head><body><main><h1>Trang {slug ?? 'đầu'}</h1><p>Một trang tối giản.</p></main></body></html>
`,
		);
		const build = await timedBuild([astroBin, 'build'], dir, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });
		if (build.code !== 0) throw new Error(`bare Astro build failed:\n${build.lines.map((l) => l.text).join('\n')}`);
		return { wallMs: build.wallMs, peakRssMb: build.peakRssMb, pages: folderStats(join(dir, 'dist')).pages };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

// ── The run ───────────────────────────────────────────────────────────────────────────────────────
mkdirSync(out, { recursive: true });
log(`generating the national content set in ${contentDir} (seed ${NATIONAL_SCALE.seed})`);
const counts = generateNationalContent(contentDir, NATIONAL_SCALE);
log(JSON.stringify(counts));

const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
log('npm run check on the national content');
const check = await runTimed(node, [join(root, 'scripts/check.ts')], root, env);
if (check.code !== 0) {
	console.error(check.lines.map((l) => l.text).join('\n'));
	throw new Error('npm run check failed on the generated content');
}

log('astro build of the national content');
rmSync(distDir, { recursive: true, force: true });
const buildArgs = options.profile
	? ['--cpu-prof', '--cpu-prof-dir', join(out, 'profile'), '--cpu-prof-name', 'build.cpuprofile', astroBin, 'build', '--outDir', distDir]
	: [astroBin, 'build', '--outDir', distDir];
if (options.profile) rmSync(join(out, 'profile'), { recursive: true, force: true });
const build = await timedBuild(buildArgs, root, env);
writeFileSync(join(out, 'build.log'), build.lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(8)}s ${l.text}`).join('\n'));
if (build.code !== 0) {
	console.error(
		build.lines
			.slice(-40)
			.map((l) => l.text)
			.join('\n'),
	);
	throw new Error(`the national build failed (log: ${join(out, 'build.log')})`);
}
const stats = folderStats(distDir);

log('check:dist on the national build');
const tableFile = join(out, 'budgets.tsv');
const gate = spawnSync(node, [join(root, 'scripts/check-dist.ts'), '--quiet', '--table', tableFile, ...(options.vnu ? [] : ['--no-vnu'])], {
	cwd: root,
	env: { ...env, DIST_DIR: distDir },
	encoding: 'utf8',
	maxBuffer: 64 * 1024 * 1024,
});
writeFileSync(join(out, 'check-dist.log'), `${gate.stdout}\n${gate.stderr}`);
const communeSizes = readFileSync(tableFile, 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split('\t'))
	.filter((cells) => cells[1] === 'commune')
	.map((cells) => Number(cells[4]))
	.sort((a, b) => a - b);
const kb = (bytes: number | undefined): number | null => (bytes === undefined ? null : Math.round(bytes / 102.4) / 10);

let baseline: { wallMs: number; peakRssMb: number | undefined; pages: number } | undefined;
if (!options['skip-baseline']) {
	log(`bare Astro build with ${stats.pages} trivial pages`);
	baseline = await bareAstroBuild(stats.pages);
}

const profileFile = join(out, 'profile', 'build.cpuprofile');
const result = {
	bench: 'national',
	seed: NATIONAL_SCALE.seed,
	content: counts,
	wall_s: seconds(build.wallMs),
	pages: stats.pages,
	pages_per_s: Math.round((stats.pages / (build.wallMs / 1000)) * 10) / 10,
	peak_rss_mb: build.peakRssMb ?? null,
	dist_mb: Math.round(stats.bytes / 1024 / 102.4) / 10,
	commune_pages: communeSizes.length,
	commune_gzip_median_kb: kb(communeSizes[Math.floor((communeSizes.length - 1) / 2)]),
	commune_gzip_max_kb: kb(communeSizes.at(-1)),
	check_s: seconds(check.wallMs),
	check_dist: gate.status === 0 ? 'pass' : 'fail',
	check_dist_summary: gate.stdout.trim().split('\n').slice(-5, -1).join(' | '),
	baseline_wall_s: baseline ? seconds(baseline.wallMs) : null,
	baseline_pages: baseline?.pages ?? null,
	baseline_peak_rss_mb: baseline?.peakRssMb ?? null,
	ratio_to_bare_astro: baseline ? Math.round((build.wallMs / baseline.wallMs) * 100) / 100 : null,
	phases_s: buildPhases(build.lines, build.wallMs),
	...(options.profile && existsSync(profileFile) ? { profile_self_s: summariseProfile(profileFile) } : {}),
	cores: cpus().length,
	node: process.version,
};
console.log(JSON.stringify(result));
