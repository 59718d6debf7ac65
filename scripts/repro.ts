/**
 * `npm run repro`: builds the same commit twice, in two folders of different names and depths and
 * under two time zones, and compares the two dist/ folders byte for byte. Prints every differing file
 * (with the first differing line of text files) and exits 1 if there is any.
 *
 * Each copy comes from `git archive` of the commit (HEAD by default; `--ref REF` for another) and gets
 * its own node_modules folder of links into this checkout's node_modules, so Astro's and Vite's caches
 * (node_modules/.astro, node_modules/.vite) are not shared between the two builds or with anyone else.
 * `--keep` keeps the two copies for inspection.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFilesRecursive } from './lib/dist.ts';

const { values: options } = parseArgs({ options: { ref: { type: 'string', default: 'HEAD' }, keep: { type: 'boolean', default: false } } });
const root = resolve('.');
const commit = execFileSync('git', ['rev-parse', '--verify', `${options.ref}^{commit}`], { encoding: 'utf8' }).trim();
const commitTime = execFileSync('git', ['log', '-1', '--format=%ct', commit], { encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
if (dirty && options.ref === 'HEAD')
	console.log('Lưu ý: chỉ dựng commit HEAD; thay đổi chưa commit không được tính.\nNote: building the committed HEAD; uncommitted changes are not included.');

const work = mkdtempSync(join(tmpdir(), 'minh-bach-repro-'));
// Different names, lengths and depths, so an absolute path that leaks into the output shows up.
const builds = [
	{ dir: join(work, 'a'), tz: 'UTC' },
	{ dir: join(work, 'second-copy', 'nested', 'deeper'), tz: 'Asia/Ho_Chi_Minh' },
];
const sharedModules = realpathSync(join(root, 'node_modules'));

/** A node_modules folder of links into the shared one, without its caches. */
function linkModules(dir: string): void {
	const target = join(dir, 'node_modules');
	mkdirSync(target);
	for (const entry of readdirSync(sharedModules)) {
		if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
		symlinkSync(join(sharedModules, entry), join(target, entry));
	}
}

let failed = false;
try {
	for (const build of builds) {
		mkdirSync(build.dir, { recursive: true });
		execFileSync('sh', ['-c', `git archive --format=tar "${commit}" | tar -x -C "${build.dir}"`], { cwd: root, stdio: 'inherit' });
		linkModules(build.dir);
		const started = performance.now();
		// The copies have no git history: the commit's own time is the as-of day, as a build in the repository would take it.
		const env: NodeJS.ProcessEnv = {
			...process.env,
			TZ: build.tz,
			ASTRO_TELEMETRY_DISABLED: '1',
			SOURCE_DATE_EPOCH: process.env['SOURCE_DATE_EPOCH'] ?? commitTime,
			// The copies publish nothing and have no git history to show: a preview build, also under CI=true.
			MINH_BACH_PREVIEW: '1',
		};
		delete env['CONTENT_DIR'];
		const run = spawnSync(process.execPath, [join(build.dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: build.dir,
			env,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		});
		if (run.status !== 0) {
			console.error(`${run.stdout}\n${run.stderr}`);
			throw new Error(`the build in ${build.dir} failed`);
		}
		console.log(`built ${commit.slice(0, 12)} in ${build.dir} (TZ=${build.tz}) in ${((performance.now() - started) / 1000).toFixed(1)}s`);
	}

	const [a, b] = builds.map((build) => join(build.dir, 'dist')) as [string, string];
	const filesA = listFilesRecursive(a);
	const filesB = new Set(listFilesRecursive(b));
	const all = [...new Set([...filesA, ...filesB])].sort();
	const differing: string[] = [];
	const hash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
	for (const file of all) {
		if (!filesB.has(file)) differing.push(`${file}: only in the first build`);
		else if (!filesA.includes(file)) differing.push(`${file}: only in the second build`);
		else if (hash(join(a, file)) !== hash(join(b, file))) differing.push(`${file}: ${firstDifference(join(a, file), join(b, file))}`);
	}
	if (differing.length > 0) {
		failed = true;
		console.log(`\nKhông tái lập được / Not reproducible: ${differing.length} of ${all.length} files differ:`);
		for (const line of differing.slice(0, 100)) console.log(`  ${line}`);
		if (differing.length > 100) console.log(`  … ${differing.length - 100} more`);
	} else {
		console.log(`repro: ${all.length} files byte-identical in both builds of ${commit.slice(0, 12)}`);
	}
} finally {
	if (options.keep) console.log(`kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

/** Where two files first differ: the line and both versions of it, for text; the byte offset otherwise. */
function firstDifference(fileA: string, fileB: string): string {
	const bytesA = readFileSync(fileA);
	const bytesB = readFileSync(fileB);
	let offset = 0;
	while (offset < bytesA.length && offset < bytesB.length && bytesA[offset] === bytesB[offset]) offset++;
	if (/\.(?:html|css|js|json|xml|svg|csv|txt|md)$/u.test(fileA)) {
		const line = bytesA.subarray(0, offset).toString('utf8').split('\n').length;
		const excerpt = (bytes: Buffer): string => JSON.stringify(bytes.subarray(Math.max(0, offset - 40), offset + 60).toString('utf8'));
		return `first difference at line ${line}, byte ${offset}: ${excerpt(bytesA)} vs ${excerpt(bytesB)}`;
	}
	return `first difference at byte ${offset} (sizes ${bytesA.length} and ${bytesB.length})`;
}
