/**
 * `npm run bench`: the national-scale benchmark. Generates the synthetic national content set
 * (scripts/bench/generate.ts, fixed seed) in bench-out/, times `npm run check` on it, builds it with
 * Astro from cold (`--force`), runs the static gates (check:dist without vnu) on the result, then:
 *
 * - the fair floor (scripts/bench/floor.ts): a bare Astro project that writes the same files with the
 *   same bytes, read from our dist/; its output tree is compared with ours (paths and sizes);
 * - the trivial baseline: a bare Astro project with as many trivial pages;
 * - the rebuild: one assignment row changed, built again with the caches the cold build left.
 *
 * Each build runs under /usr/bin/time -v: wall time, CPU (user + system of the child and the
 * children it waited for) and peak RSS. Prints ONE JSON line per scale; progress goes to stderr.
 *
 * Options: `--out DIR` (default bench-out), `--scale 0.5,1,2` (multiplies the assignment rows at the
 * same decisions and communes; one JSON line each), `--provinces 11,01` (a reduced set: those
 * provinces with their share of the national figures), `--vnu` also runs the HTML checker,
 * `--runs 3` builds ours and the floor three times each, alternately (ours, floor, ours, floor…, so
 * both see the same load), and reports medians with every run's figures; one run moves by ±10 % on
 * a shared 2-core machine. `--profile` adds a CPU profile of the first cold build (by package and by
 * function, with source maps, and the build worker's thread apart; slower, so use it with
 * `--runs 1`), `--skip-baseline`, `--skip-floor`, `--skip-rebuild`, `--skip-check-dist`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compareTrees, isSameTree, listTree, makeFloorDir, writeFloorProject } from './floor.ts';
import { generateNationalContent, NATIONAL_SCALE } from './generate.ts';
import {
	changeOneRow,
	median,
	parseProvinces,
	parseRuns,
	parseScales,
	parseTimeReport,
	scriptEnv,
	summariseFunctions,
	threadGroups,
	type CpuProfile,
	type SourceLocation,
	type ThreadCpu,
	type ThreadGroups,
} from './measure.ts';

const { values: options } = parseArgs({
	options: {
		out: { type: 'string', default: 'bench-out' },
		scale: { type: 'string', default: '1' },
		runs: { type: 'string', default: '1' },
		provinces: { type: 'string' },
		vnu: { type: 'boolean', default: false },
		profile: { type: 'boolean', default: false },
		'skip-baseline': { type: 'boolean', default: false },
		'skip-floor': { type: 'boolean', default: false },
		'skip-rebuild': { type: 'boolean', default: false },
		'skip-check-dist': { type: 'boolean', default: false },
	},
});
const scales = parseScales(options.scale);
const runs = parseRuns(options.runs);
const provinces = parseProvinces(options.provinces);
const root = resolve('.');
const out = resolve(options.out);
const contentDir = join(out, 'content');
const distDir = join(out, 'dist');
const profileDir = join(out, 'profile');
/** Our second and later cold builds' output folders: out/dist-run-2, … */
const RUN_DIST_PREFIX = 'dist-run-';
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
/** The environment `npm run build` sets (package.json): the benchmark builds with the same. */
const BUILD_ENV = scriptEnv((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build'] ?? '');
const node = process.execPath;
const log = (message: string): void => {
	process.stderr.write(`[bench] ${message}\n`);
};
const seconds = (ms: number): number => Math.round(ms / 10) / 100;
const ratio = (a: number | undefined, b: number | undefined): number | null =>
	a === undefined || b === undefined || b === 0 ? null : Math.round((a / b) * 100) / 100;
const load = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

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

/** What one timed child run measured. */
interface Measured {
	wallMs: number;
	cpuS: number | undefined;
	peakRssMb: number | undefined;
	/** CPU seconds by kind of thread (Linux, when asked for; see scripts/bench/thread-cpu.mjs). */
	threadCpuS?: ThreadGroups;
	lines: TimedLine[];
	code: number;
}

/**
 * Runs `node ARGS` under /usr/bin/time -v (when present): wall time, CPU of the tree, peak RSS, log;
 * with `threads`, also the CPU of each kind of thread in the node process (scripts/bench/thread-cpu.mjs).
 */
async function timedNode(args: string[], cwd: string, env: NodeJS.ProcessEnv, threads = false): Promise<Measured> {
	const stamp = `${process.pid}-${Date.now()}`;
	const timeFile = join(tmpdir(), `minh-bach-time-${stamp}.txt`);
	const threadFile = join(tmpdir(), `minh-bach-threads-${stamp}.json`);
	const nodeArgs = threads ? ['--import', pathToFileURL(join(root, 'scripts/bench/thread-cpu.mjs')).href, ...args] : args;
	const childEnv = threads ? { ...env, BENCH_THREAD_CPU: threadFile } : env;
	const useTime = existsSync('/usr/bin/time');
	const result = useTime
		? await runTimed('/usr/bin/time', ['-v', '-o', timeFile, node, ...nodeArgs], cwd, childEnv)
		: await runTimed(node, nodeArgs, cwd, childEnv);
	let report = { peakRssMb: undefined as number | undefined, cpuS: undefined as number | undefined };
	if (useTime && existsSync(timeFile)) {
		report = parseTimeReport(readFileSync(timeFile, 'utf8'));
		rmSync(timeFile, { force: true });
	}
	let threadCpuS: ThreadGroups | undefined;
	if (existsSync(threadFile)) {
		threadCpuS = threadGroups(JSON.parse(readFileSync(threadFile, 'utf8')) as ThreadCpu[]);
		rmSync(threadFile, { force: true });
	}
	return { ...result, peakRssMb: report.peakRssMb, cpuS: report.cpuS, ...(threadCpuS ? { threadCpuS } : {}) };
}

/** Throws with the end of a failed child's log. */
function failIfNot(run: Measured, what: string, logFile?: string): void {
	if (run.code === 0) return;
	const tail = run.lines
		.slice(-40)
		.map((l) => l.text)
		.join('\n');
	throw new Error(`${what} failed${logFile ? ` (log: ${logFile})` : ''}:\n${tail}`);
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

/** Summarises a V8 CPU profile: self time by where the code lives (our code, Astro, Vite, zod…). */
function summariseByPackage(profile: CpuProfile): Record<string, number> {
	const bucketOf = (url: string, name: string): string => {
		if (url === '') return name === '(garbage collector)' ? 'gc' : name === '(idle)' || name === '(program)' ? name.slice(1, -1) : 'native';
		if (url.startsWith('node:')) return 'node-internals';
		const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(url);
		if (match) return match[1] ?? 'node_modules';
		if (url.includes('/src/lib/')) return 'src/lib';
		if (url.includes('/src/')) return 'src (pages, components)';
		if (url.includes('/.prerender/')) return 'bundled pages (.prerender)';
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

/** The CPU profiles Node wrote in `dir`, one per thread: CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile. */
function profilesByThread(dir: string): { file: string; threadId: number }[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const match = /^CPU\.\d+\.\d+\.\d+\.(\d+)\.\d+\.cpuprofile$/u.exec(name);
		return match ? [{ file: join(dir, name), threadId: Number(match[1]) }] : [];
	});
}

/**
 * Maps a position in the bundled pages back to its source: the bundle was deleted by Astro, but
 * scripts/bench/profile.config.mjs kept a copy (with source maps) in `keptDir`.
 */
function sourceLocator(keptDir: string): (url: string, line: number, column: number) => SourceLocation | undefined {
	const maps = new Map<string, SourceMap | undefined>();
	return (url, line, column) => {
		const at = url.indexOf('/.prerender/');
		if (!url.startsWith('file://') || at < 0) return undefined;
		const kept = join(keptDir, decodeURIComponent(url.slice(at + '/.prerender/'.length)));
		if (!maps.has(kept)) {
			const mapFile = `${kept}.map`;
			maps.set(kept, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
		}
		const entry = maps.get(kept)?.findEntry(line, column);
		if (!entry || !('originalSource' in entry) || !entry.originalSource) return undefined;
		const source = entry.originalSource.startsWith('file://')
			? fileURLToPath(entry.originalSource)
			: resolve(dirname(fileURLToPath(url)), entry.originalSource);
		// Node's mapping carries the original name, which @types/node does not declare yet.
		const name = (entry as { name?: string }).name;
		return { file: source, line: entry.originalLine + 1, ...(name ? { name } : {}) };
	};
}

/** Total size in bytes and number of HTML pages of a folder. */
function folderStats(dir: string): { bytes: number; pages: number; files: number } {
	const files = listTree(dir);
	return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), pages: files.filter((f) => f.path.endsWith('.html')).length, files: files.length };
}

/**
 * Writes the fair floor from our finished build: a bare Astro project with the same paths and the
 * same bytes, read from our dist/. Returns its folder (the caller removes it).
 */
function writeFloor(inputDir: string): string {
	const dir = makeFloorDir();
	const plan = writeFloorProject(dir, { inputDir, publicDir: join(root, 'public'), nodeModules: join(root, 'node_modules') });
	log(
		`floor: ${plan.pages.length} pages, ${plan.statusPages.length} status pages, ${plan.endpoints.length} endpoint files, ${plan.publicFiles.length} public files`,
	);
	return dir;
}

/** Builds the floor project once into `outDir` (a new folder) and compares its output with ours by paths and sizes. */
async function floorBuild(
	dir: string,
	inputDir: string,
	env: NodeJS.ProcessEnv,
	outDir: string,
): Promise<Measured & { same: boolean; differences: number; firstDifference?: string }> {
	const build = await timedNode([astroBin, 'build', '--outDir', outDir], dir, env, true);
	writeFileSync(join(out, 'floor-build.log'), build.lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(8)}s ${l.text}`).join('\n'));
	failIfNot(build, 'the floor build', join(out, 'floor-build.log'));
	const difference = compareTrees(listTree(inputDir), listTree(outDir));
	const differences = difference.missing.length + difference.extra.length + difference.sizeDiffers.length;
	const first = difference.missing[0] ?? difference.extra[0] ?? difference.sizeDiffers[0]?.path;
	return { ...build, same: isSameTree(difference), differences, ...(first ? { firstDifference: first } : {}) };
}

/** Each kind of thread's median CPU over runs; null where no run measured it. */
function threadMedians(measured: readonly Measured[]): ThreadGroups | null {
	const known = measured.flatMap((m) => (m.threadCpuS ? [m.threadCpuS] : []));
	const first = known[0];
	if (!first) return null;
	const medians = { ...first };
	for (const key of Object.keys(first) as (keyof typeof first)[]) medians[key] = median(known.map((k) => k[key])) ?? first[key];
	return medians;
}

/** The median run of several: wall time, CPU and peak RSS each their own median. */
function medianOf<T extends Measured>(measured: readonly T[]): T {
	const first = measured[0];
	if (!first) throw new Error('no run to summarise');
	const wallMs = median(measured.map((m) => m.wallMs)) ?? first.wallMs;
	const cpuS = median(measured.map((m) => m.cpuS));
	const peakRssMb = median(measured.map((m) => m.peakRssMb));
	return {
		...first,
		wallMs,
		cpuS: cpuS === undefined ? undefined : Math.round(cpuS * 100) / 100,
		peakRssMb: peakRssMb === undefined ? undefined : Math.round(peakRssMb),
	};
}

/** Builds a throwaway Astro project with `pages` trivial pages, reusing node_modules, and times it. */
async function bareAstroBuild(pages: number, env: NodeJS.ProcessEnv): Promise<Measured & { pages: number }> {
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
		const build = await timedNode([astroBin, 'build'], dir, env);
		failIfNot(build, 'the bare Astro build');
		return { ...build, pages: folderStats(join(dir, 'dist')).pages };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Changes one row of the first assignments file (by name), for the rebuild; returns the file. */
function changeOneAssignment(): string {
	const folder = join(contentDir, 'assignments');
	const file = join(folder, readdirSync(folder).sort()[0] ?? '');
	// The generator's roles (scripts/bench/generate.ts), so the changed row stays valid.
	const roles = ['Phòng Kinh tế', 'Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công', 'Phòng Kinh tế, Hạ tầng và Đô thị'];
	writeFileSync(file, changeOneRow(readFileSync(file, 'utf8'), roles));
	return file;
}

/** One benchmark at one scale of the assignment rows: the figures of one JSON line. */
async function benchAt(rowScale: number): Promise<Record<string, unknown>> {
	const loadAtStart = load();
	mkdirSync(out, { recursive: true });
	// Every timed build writes into a folder that does not exist, as the floor's do: Astro empties an
	// existing output folder inside the timed build (some 24,000 files at national scale), and on this
	// disk (ext4 mounted with discard) deleting them slows the writes that follow. Earlier outputs are
	// deleted here, before the content is generated and checked, and the extra runs' at the end.
	rmSync(distDir, { recursive: true, force: true });
	for (const name of readdirSync(out)) if (name.startsWith(RUN_DIST_PREFIX)) rmSync(join(out, name), { recursive: true, force: true });
	const size = { ...NATIONAL_SCALE, rowScale, ...(provinces ? { provinces } : {}) };
	log(`scale ${rowScale}: generating the content set in ${contentDir} (seed ${size.seed})`);
	const counts = generateNationalContent(contentDir, size);
	log(JSON.stringify(counts));

	// Astro runs as `npm run build` runs it (the allocator settings of its script), ours and the floor alike.
	const env = { ...process.env, ...BUILD_ENV, CONTENT_DIR: contentDir, TZ: 'UTC' };
	const bareEnv = { ...process.env, ...BUILD_ENV, TZ: 'UTC' };
	log('npm run check on the content');
	const check = await timedNode([join(root, 'scripts/check.ts')], root, env);
	failIfNot(check, 'npm run check on the generated content');

	// Cold: --force drops the content layer's cache, so no earlier run's data store is reused.
	log(`astro build (cold${options.profile ? ', profiled' : ''})`);
	const keptDir = join(profileDir, 'prerender');
	const buildArgs = [astroBin, 'build', '--force', '--outDir', distDir];
	if (options.profile) {
		rmSync(profileDir, { recursive: true, force: true });
		// No --cpu-prof-name: with one name, the build worker's profile would overwrite the main
		// thread's. Node names each thread's file CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile.
		buildArgs.unshift('--cpu-prof', '--cpu-prof-dir', profileDir);
		// Astro resolves --config from the project's root.
		buildArgs.push('--config', 'scripts/bench/profile.config.mjs');
	}
	const firstBuild = await timedNode(buildArgs, root, options.profile ? { ...env, BENCH_KEEP_PRERENDER: keptDir } : env, true);
	writeFileSync(join(out, 'build.log'), firstBuild.lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(8)}s ${l.text}`).join('\n'));
	failIfNot(firstBuild, 'the build', join(out, 'build.log'));
	const builds = [firstBuild];
	/** Our cold build again (not profiled), into a new folder of its own (the same bytes), deleted after the last run. */
	const runDirs: string[] = [];
	const buildAgain = async (): Promise<void> => {
		log(`astro build (cold, run ${builds.length + 1} of ${runs})`);
		const runDir = join(out, `${RUN_DIST_PREFIX}${builds.length + 1}`);
		runDirs.push(runDir);
		const again = await timedNode([astroBin, 'build', '--force', '--outDir', runDir], root, env, true);
		failIfNot(again, `the build (run ${builds.length + 1})`);
		builds.push(again);
	};
	const stats = folderStats(distDir);
	// The journalist downloads (issue 15): their share of the build, computed again in a process of
	// their own, and the sizes of the published files.
	log('downloads: tables, workbooks and database timed on their own');
	const downloads = spawnSync(node, [join(root, 'scripts/bench/downloads.ts'), contentDir], { cwd: root, encoding: 'utf8' });
	if (downloads.status !== 0) throw new Error(`scripts/bench/downloads.ts failed:\n${downloads.stderr}`);
	const downloadTimes = JSON.parse(downloads.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
	const downloadFiles = Object.fromEntries(
		['minh-bach.xlsx', 'minh-bach.sqlite', 'minh-bach-du-lieu.zip', 'datapackage.json', 'datapackage.vi.json']
			.filter((name) => existsSync(join(distDir, 'du-lieu', name)))
			.map((name) => [name, statSync(join(distDir, 'du-lieu', name)).size]),
	);

	let gate: { status: number | null; stdout: string } | undefined;
	let communeSizes: number[] = [];
	if (!options['skip-check-dist']) {
		log('check:dist on the build');
		const tableFile = join(out, 'budgets.tsv');
		gate = spawnSync(node, [join(root, 'scripts/check-dist.ts'), '--quiet', '--table', tableFile, ...(options.vnu ? [] : ['--no-vnu'])], {
			cwd: root,
			env: { ...env, DIST_DIR: distDir },
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		writeFileSync(join(out, 'check-dist.log'), `${gate.stdout}\n${'stderr' in gate ? String(gate.stderr) : ''}`);
		if (existsSync(tableFile)) {
			communeSizes = readFileSync(tableFile, 'utf8')
				.trim()
				.split('\n')
				.slice(1)
				.map((line) => line.split('\t'))
				.filter((cells) => cells[1] === 'commune')
				.map((cells) => Number(cells[4]))
				.sort((a, b) => a - b);
		}
	}
	const kb = (bytes: number | undefined): number | null => (bytes === undefined ? null : Math.round(bytes / 102.4) / 10);

	// The floor reads our dist/, so it runs before the rebuild replaces it. With --runs, ours and the
	// floor alternate, so that a change in the machine's load falls on both.
	const floors: Awaited<ReturnType<typeof floorBuild>>[] = [];
	if (!options['skip-floor']) {
		log('fair floor: a bare Astro project writing the same files with the same bytes');
		const floorDir = writeFloor(distDir);
		try {
			for (let i = 0; i < runs; i++) {
				if (i > 0) await buildAgain();
				log(`floor build (run ${i + 1} of ${runs})`);
				floors.push(await floorBuild(floorDir, distDir, bareEnv, join(floorDir, `dist-${i + 1}`)));
			}
		} finally {
			rmSync(floorDir, { recursive: true, force: true });
		}
	} else while (builds.length < runs) await buildAgain();
	for (const dir of runDirs) rmSync(dir, { recursive: true, force: true });
	const build = medianOf(builds);
	const floor = floors.length > 0 ? { ...medianOf(floors), same: floors.every((f) => f.same) } : undefined;
	let baseline: Awaited<ReturnType<typeof bareAstroBuild>> | undefined;
	if (!options['skip-baseline']) {
		log(`trivial baseline: a bare Astro build with ${stats.pages} trivial pages`);
		baseline = await bareAstroBuild(stats.pages, bareEnv);
	}
	let rebuild: Measured | undefined;
	if (!options['skip-rebuild']) {
		const changed = changeOneAssignment();
		log(`rebuild after one changed row in ${changed}`);
		rebuild = await timedNode([astroBin, 'build', '--outDir', distDir], root, env);
		writeFileSync(join(out, 'rebuild.log'), rebuild.lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(8)}s ${l.text}`).join('\n'));
		failIfNot(rebuild, 'the rebuild', join(out, 'rebuild.log'));
	}

	let profile: Record<string, unknown> = {};
	const threadProfiles = options.profile ? profilesByThread(profileDir) : [];
	const mainProfile = threadProfiles.find((p) => p.threadId === 0);
	if (mainProfile) {
		const data = JSON.parse(readFileSync(mainProfile.file, 'utf8')) as CpuProfile;
		const functions = summariseFunctions(data, { root, limit: 40, locate: sourceLocator(keptDir) });
		writeFileSync(
			join(profileDir, 'top-functions.tsv'),
			`self_ms\tself_pct\tfunction\tfile:line\tsource\n${functions.map((f) => `${f.selfMs}\t${f.selfPct}\t${f.function}\t${f.file}:${f.line}\t${f.source ?? ''}`).join('\n')}\n`,
		);
		const workers = threadProfiles.filter((p) => p.threadId !== 0);
		profile = {
			profile_self_s: summariseByPackage(data),
			profile_top_functions: functions.slice(0, 15).map((f) => ({
				fn: f.function,
				at: `${f.file}:${f.line}`,
				...(f.source ? { source: f.source } : {}),
				self_ms: f.selfMs,
				self_pct: f.selfPct,
			})),
			// The build worker (src/lib/io/worker.ts): its own thread, summarised apart.
			profile_worker_self_s: workers.map((p) => summariseByPackage(JSON.parse(readFileSync(p.file, 'utf8')) as CpuProfile)),
		};
	}

	return {
		bench: provinces ? `provinces ${provinces.join(',')}` : 'national',
		scale: rowScale,
		seed: size.seed,
		content: counts,
		runs,
		wall_s: seconds(build.wallMs),
		cpu_s: build.cpuS ?? null,
		peak_rss_mb: build.peakRssMb ?? null,
		pages: stats.pages,
		files: stats.files,
		pages_per_s: Math.round((stats.pages / (build.wallMs / 1000)) * 10) / 10,
		dist_bytes: stats.bytes,
		dist_mb: Math.round(stats.bytes / 1024 / 102.4) / 10,
		downloads_s: downloadTimes,
		download_files_bytes: downloadFiles,
		rebuild_wall_s: rebuild ? seconds(rebuild.wallMs) : null,
		rebuild_cpu_s: rebuild?.cpuS ?? null,
		rebuild_peak_rss_mb: rebuild?.peakRssMb ?? null,
		floor_wall_s: floor ? seconds(floor.wallMs) : null,
		floor_cpu_s: floor?.cpuS ?? null,
		floor_peak_rss_mb: floor?.peakRssMb ?? null,
		floor_same_files: floor ? floor.same : null,
		...(floor && !floor.same ? { floor_differences: floor.differences, floor_first_difference: floor.firstDifference } : {}),
		ratio_to_floor: floor ? ratio(build.wallMs, floor.wallMs) : null,
		// Every run's figures, in the order they ran (ours and the floor alternately).
		...(runs > 1
			? {
					wall_runs_s: builds.map((b) => seconds(b.wallMs)),
					cpu_runs_s: builds.map((b) => b.cpuS ?? null),
					peak_rss_runs_mb: builds.map((b) => b.peakRssMb ?? null),
					floor_wall_runs_s: floors.map((f) => seconds(f.wallMs)),
					floor_cpu_runs_s: floors.map((f) => f.cpuS ?? null),
					floor_peak_rss_runs_mb: floors.map((f) => f.peakRssMb ?? null),
				}
			: {}),
		cpu_ratio_to_floor: floor ? ratio(build.cpuS, floor.cpuS) : null,
		// Where the CPU went, by kind of thread (medians of the runs): on 2 cores, work moved off the
		// main thread only helps while the other threads leave a core free.
		thread_cpu_s: threadMedians(builds),
		floor_thread_cpu_s: threadMedians(floors),
		rss_ratio_to_floor: floor ? ratio(build.peakRssMb, floor.peakRssMb) : null,
		baseline_wall_s: baseline ? seconds(baseline.wallMs) : null,
		baseline_pages: baseline?.pages ?? null,
		baseline_peak_rss_mb: baseline?.peakRssMb ?? null,
		ratio_to_bare_astro: baseline ? ratio(build.wallMs, baseline.wallMs) : null,
		check_s: seconds(check.wallMs),
		check_cpu_s: check.cpuS ?? null,
		check_dist: gate ? (gate.status === 0 ? 'pass' : 'fail') : null,
		check_dist_summary: gate ? gate.stdout.trim().split('\n').slice(-5, -1).join(' | ') : null,
		commune_pages: communeSizes.length,
		commune_gzip_median_kb: kb(communeSizes[Math.floor((communeSizes.length - 1) / 2)]),
		commune_gzip_max_kb: kb(communeSizes.at(-1)),
		phases_s: buildPhases(firstBuild.lines, firstBuild.wallMs),
		...profile,
		// Timings move with the machine's load: the 1-minute load average before and after this scale.
		load_1m: [loadAtStart, load()],
		cores: cpus().length,
		node: process.version,
	};
}

// ── The run: one JSON line per scale ─────────────────────────────────────────────────────────────
for (const rowScale of scales) console.log(JSON.stringify(await benchAt(rowScale)));
