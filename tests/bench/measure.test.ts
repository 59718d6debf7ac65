import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	changeOneRow,
	median,
	parseProvinces,
	parseRuns,
	parseScales,
	parseTimeReport,
	scriptEnv,
	threadGroups,
	summariseFunctions,
	type CpuProfile,
} from '../../scripts/bench/measure.ts';

const ROLES = ['Phòng Kinh tế', 'Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội'];

describe('parseScales', () => {
	test.each([
		['1', [1]],
		['0.5,1,2', [0.5, 1, 2]],
		[' 0.5 , 2 ', [0.5, 2]],
	])('reads "%s" as %j', (text, scales) => {
		expect(parseScales(text)).toEqual(scales);
	});

	test.each(['', '0', '-1', '1,,2', 'two', '1,Infinity'])('refuses "%s"', (text) => {
		expect(() => parseScales(text)).toThrow(/--scale takes positive numbers/u);
	});
});

describe('threadGroups', () => {
	test('adds up the threads of each kind, the main thread by its flag', () => {
		expect(
			threadGroups([
				{ name: 'node-MainThread', main: true, cpu_s: 30.04 },
				{ name: 'node-V8Worker', main: false, cpu_s: 3.3 },
				{ name: 'node-V8Worker', main: false, cpu_s: 3.4 },
				{ name: 'libuv-worker', main: false, cpu_s: 1.5 },
				{ name: 'WorkerThread', main: false, cpu_s: 7.7 },
				{ name: 'node-MainThread', main: false, cpu_s: 0.2 },
			]),
		).toEqual({ main: 30, v8_platform: 6.7, libuv: 1.5, worker: 7.7, other: 0.2 });
	});

	test("the preload writes each thread's CPU of a real process on exit", () => {
		const file = join(mkdtempSync(join(tmpdir(), 'thread-cpu-')), 'threads.json');
		const preload = new URL('../../scripts/bench/thread-cpu.mjs', import.meta.url).href;
		const run = spawnSync(process.execPath, ['--import', preload, '-e', 'let x = 0; for (let i = 0; i < 3e7; i++) x += i;'], {
			env: { ...process.env, BENCH_THREAD_CPU: file },
		});
		expect(run.status).toBe(0);
		const threads = JSON.parse(readFileSync(file, 'utf8')) as { name: string; main: boolean; cpu_s: number }[];
		expect(threads.filter((t) => t.main)).toHaveLength(1);
		expect(threads.some((t) => t.name.startsWith('node-V8Worker'))).toBe(true);
		expect(threads.every((t) => t.cpu_s >= 0)).toBe(true);
	});
});

describe('scriptEnv', () => {
	test("reads the assignments before a script's command, and only those", () => {
		expect(scriptEnv('ASTRO_TELEMETRY_DISABLED=1 MIMALLOC_PURGE_DELAY=0 astro build X=1')).toEqual({
			ASTRO_TELEMETRY_DISABLED: '1',
			MIMALLOC_PURGE_DELAY: '0',
		});
		expect(scriptEnv('astro build')).toEqual({});
	});

	test('is what npm run build sets: the benchmark builds with the same environment', () => {
		const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
		const env = scriptEnv(pkg.scripts['build']!);
		expect(env['MIMALLOC_PURGE_DECOMMITS']).toBe('1');
		expect(env['MALLOC_MMAP_THRESHOLD_']).toBe('131072');
		expect(pkg.scripts['build']!.endsWith('astro build')).toBe(true);
	});
});

describe('parseRuns', () => {
	test('reads a whole number of runs', () => {
		expect(parseRuns('1')).toBe(1);
		expect(parseRuns(' 3 ')).toBe(3);
	});

	test.each(['', '0', '-2', '1.5', 'three'])('refuses "%s"', (text) => {
		expect(() => parseRuns(text)).toThrow(/--runs takes a positive whole number/u);
	});
});

describe('median', () => {
	test('takes the middle value, or the mean of the middle two, ignoring unknown runs', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([40.1, 38.3, 52.9, 39.0])).toBeCloseTo(39.55, 6);
		expect(median([5, undefined, 7])).toBe(6);
		expect(median([undefined])).toBeUndefined();
		expect(median([])).toBeUndefined();
	});

	test("does not reorder the caller's list", () => {
		const runs = [3, 1, 2];
		median(runs);
		expect(runs).toEqual([3, 1, 2]);
	});
});

describe('parseProvinces', () => {
	test('reads a list of codes and leaves an absent option as all provinces', () => {
		expect(parseProvinces('11, 01')).toEqual(['11', '01']);
		expect(parseProvinces(undefined)).toBeUndefined();
	});

	test('names the codes that are not two digits', () => {
		expect(() => parseProvinces('11,1,dien-bien')).toThrow('found "1", "dien-bien"');
	});
});

describe('parseTimeReport', () => {
	test('reads CPU (user plus system) and peak memory from GNU time -v', () => {
		const report = [
			'\tCommand being timed: "node astro.mjs build"',
			'\tUser time (seconds): 101.37',
			'\tSystem time (seconds): 9.12',
			'\tPercent of CPU this job got: 118%',
			'\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:33.20',
			'\tMaximum resident set size (kbytes): 1484800',
		].join('\n');
		expect(parseTimeReport(report)).toEqual({ peakRssMb: 1450, cpuS: 110.49, userS: 101.37, sysS: 9.12 });
	});

	test('leaves what the report lacks undefined', () => {
		expect(parseTimeReport('Command exited with non-zero status 1')).toEqual({ peakRssMb: undefined, cpuS: undefined, userS: undefined, sysS: undefined });
	});
});

describe('changeOneRow', () => {
	test('changes the role of the first row and keeps every other line as it was', () => {
		const csv = 'commune,agency,role,note\n03127,so-y-te,Phòng Kinh tế,"a, b"\n03151,so-y-te,Phòng Kinh tế,\n';
		expect(changeOneRow(csv, ROLES)).toBe('commune,agency,role,note\n03127,so-y-te,Văn phòng HĐND và UBND,"a, b"\n03151,so-y-te,Phòng Kinh tế,\n');
	});

	test('skips a role that would make the first row a duplicate of another', () => {
		const csv = 'commune,role\n03127,Phòng Kinh tế\n03127,Văn phòng HĐND và UBND\n';
		expect(changeOneRow(csv, ROLES).split('\n')[1]).toBe('03127,Phòng Văn hóa - Xã hội');
	});

	test('keeps Windows line ends', () => {
		expect(changeOneRow('commune,role\r\n03127,Phòng Kinh tế\r\n', ROLES)).toBe('commune,role\r\n03127,Văn phòng HĐND và UBND\r\n');
	});

	test.each([
		['a file without a role column', 'commune,agency\n03127,so-y-te\n', /no "role" column/u],
		['a file without rows', 'commune,role\n', /no "role" column or no row/u],
		['a file where every other role is taken', 'commune,role\n1,Phòng Kinh tế\n1,Văn phòng HĐND và UBND\n1,Phòng Văn hóa - Xã hội\n', /No other role/u],
	])('refuses %s', (_name, csv, message) => {
		expect(() => changeOneRow(csv, ROLES)).toThrow(message);
	});
});

describe('summariseFunctions', () => {
	const frame = (functionName: string, url: string, lineNumber = 0, columnNumber = 0) => ({ functionName, url, lineNumber, columnNumber });
	const profile: CpuProfile = {
		nodes: [
			{ id: 1, callFrame: frame('(root)', '') },
			{ id: 2, callFrame: frame('(idle)', '') },
			{ id: 3, callFrame: frame('escapeHTML', 'file:///p/.astro/.prerender/chunks/a.mjs', 9, 2) },
			// The same function reached from another caller: a second node of the call tree.
			{ id: 4, callFrame: frame('escapeHTML', 'file:///p/.astro/.prerender/chunks/a.mjs', 9, 2) },
			{ id: 5, callFrame: frame('buildModel', 'file:///p/src/lib/model.ts', 41, 0) },
			{ id: 6, callFrame: frame('(garbage collector)', '') },
			{ id: 7, callFrame: frame('', 'file:///elsewhere/x.js', 0, 0) },
		],
		samples: [2, 2, 3, 4, 4, 5, 6, 7],
		timeDeltas: [1000, 1000, 1000, 1000, 1000, 2000, 500, 500],
	};

	test('sums a function over its nodes, leaves idle time out and sorts by self time', () => {
		const rows = summariseFunctions(profile, { root: '/p' });
		expect(rows.map((r) => [r.function, r.file, r.line, r.selfMs, r.selfPct])).toEqual([
			['escapeHTML', '.astro/.prerender/chunks/a.mjs', 10, 3, 37.5],
			['buildModel', 'src/lib/model.ts', 42, 2, 25],
			['(garbage collector)', '', 1, 0.5, 6.3],
			['(anonymous)', '/elsewhere/x.js', 1, 0.5, 6.3],
		]);
	});

	test('names the source of generated code through the locator, and a missing name from the map', () => {
		const rows = summariseFunctions(profile, {
			root: '/p',
			limit: 4,
			locate: (url, line, column) =>
				url.includes('/.prerender/')
					? { file: '/p/src/components/Table.astro', line: line * 10 + column }
					: url.includes('elsewhere')
						? { file: '/elsewhere/x.ts', line: 3, name: 'render' }
						: undefined,
		});
		expect(rows[0]?.source).toBe('src/components/Table.astro:92');
		expect(rows[1]?.source).toBeUndefined();
		expect(rows[3]).toMatchObject({ function: 'render', source: '/elsewhere/x.ts:3' });
	});
});
