/**
 * Pure parts of `npm run bench` (scripts/bench/run.ts): reading its options, reading the report of
 * /usr/bin/time, changing one assignment row for the rebuild figure, and summarising a V8 CPU profile.
 * No file system here (the profile's source maps are looked up through a function the caller passes).
 */
import Papa from 'papaparse';

/**
 * Reads `--scale`: a comma-separated list of positive multipliers of the assignment rows.
 * @example parseScales('0.5,1,2') // [0.5, 1, 2]
 */
export function parseScales(text: string): number[] {
	const parts = text.split(',').map((part) => part.trim());
	const scales = parts.map(Number);
	const wrong = parts.filter((part, i) => part === '' || !Number.isFinite(scales[i]) || (scales[i] ?? 0) <= 0);
	if (wrong.length > 0 || parts.length === 0) {
		throw new Error(`--scale takes positive numbers separated by commas, e.g. "0.5,1,2"; found "${text}".`);
	}
	return scales;
}

/**
 * Reads `--runs`: how many times each timed build runs (a positive whole number).
 * @example parseRuns('3') // 3
 */
export function parseRuns(text: string): number {
	const runs = Number(text.trim());
	if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive whole number, e.g. "3"; found "${text}".`);
	return runs;
}

/** One thread's CPU time, as scripts/bench/thread-cpu.mjs writes it. */
export interface ThreadCpu {
	name: string;
	main: boolean;
	cpu_s: number;
}

/** CPU seconds by kind of thread (see `threadGroups`). */
export interface ThreadGroups {
	main: number;
	v8_platform: number;
	libuv: number;
	worker: number;
	other: number;
}

/**
 * A build's CPU seconds by kind of thread: Astro's main thread (where pages render), V8's platform
 * threads (garbage collection and compilation, "node-V8Worker"), libuv's pool (file writes,
 * "libuv-worker"), our build worker ("WorkerThread") and the rest; each rounded to 0.1 s.
 * @example threadGroups([{ name: 'node-MainThread', main: true, cpu_s: 30 }, { name: 'node-V8Worker', main: false, cpu_s: 3.3 }]) // { main: 30, v8_platform: 3.3, libuv: 0, worker: 0, other: 0 }
 */
export function threadGroups(threads: readonly ThreadCpu[]): ThreadGroups {
	const groups: ThreadGroups = { main: 0, v8_platform: 0, libuv: 0, worker: 0, other: 0 };
	for (const thread of threads) {
		const group = thread.main
			? 'main'
			: thread.name.startsWith('node-V8Worker')
				? 'v8_platform'
				: thread.name.startsWith('libuv-worker')
					? 'libuv'
					: thread.name === 'WorkerThread'
						? 'worker'
						: 'other';
		groups[group] += thread.cpu_s;
	}
	for (const key of Object.keys(groups) as (keyof typeof groups)[]) groups[key] = Math.round(groups[key] * 10) / 10;
	return groups;
}

/**
 * The environment an npm script sets before its command (its leading `NAME=value` words), so the
 * benchmark runs Astro as `npm run build` does.
 * @example scriptEnv('ASTRO_TELEMETRY_DISABLED=1 MIMALLOC_PURGE_DELAY=0 astro build') // { ASTRO_TELEMETRY_DISABLED: '1', MIMALLOC_PURGE_DELAY: '0' }
 */
export function scriptEnv(script: string): Record<string, string> {
	const env: Record<string, string> = {};
	for (const word of script.trim().split(/\s+/u)) {
		const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$/u.exec(word);
		if (!assignment) break;
		env[assignment[1]!] = assignment[2]!;
	}
	return env;
}

/**
 * The median of some numbers (the mean of the middle two for an even count); undefined when none is known.
 * @example median([3, 1, 2]) // 2
 * @example median([4, 1, undefined, 2, 3]) // 2.5
 */
export function median(values: readonly (number | undefined)[]): number | undefined {
	const known = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
	if (known.length === 0) return undefined;
	const middle = Math.floor(known.length / 2);
	return known.length % 2 === 1 ? known[middle] : ((known[middle - 1] ?? 0) + (known[middle] ?? 0)) / 2;
}

/**
 * Reads `--provinces`: a comma-separated list of two-digit province codes, or undefined for all.
 * @example parseProvinces('11, 01') // ['11', '01']
 */
export function parseProvinces(text: string | undefined): string[] | undefined {
	if (text === undefined || text.trim() === '') return undefined;
	const codes = text.split(',').map((code) => code.trim());
	const wrong = codes.filter((code) => !/^\d{2}$/u.test(code));
	if (wrong.length > 0) throw new Error(`--provinces takes two-digit province codes separated by commas, e.g. "11,01"; found "${wrong.join('", "')}".`);
	return codes;
}

/** What /usr/bin/time -v says of a process and the children it waited for. */
export interface TimeReport {
	/** Peak resident memory of the largest single process of the tree (MiB). */
	peakRssMb: number | undefined;
	/** User plus system CPU time of the process and its waited-for children (seconds). */
	cpuS: number | undefined;
	userS: number | undefined;
	sysS: number | undefined;
}

/**
 * Reads the report of GNU time's `-v`.
 * @example parseTimeReport('User time (seconds): 1.50\nSystem time (seconds): 0.25\nMaximum resident set size (kbytes): 2048')
 * // { peakRssMb: 2, cpuS: 1.75, userS: 1.5, sysS: 0.25 }
 */
export function parseTimeReport(text: string): TimeReport {
	const number = (pattern: RegExp): number | undefined => {
		const match = pattern.exec(text);
		return match ? Number(match[1]) : undefined;
	};
	const userS = number(/User time \(seconds\): ([\d.]+)/u);
	const sysS = number(/System time \(seconds\): ([\d.]+)/u);
	const rssKb = number(/Maximum resident set size \(kbytes\): (\d+)/u);
	return {
		peakRssMb: rssKb === undefined ? undefined : Math.round(rssKb / 1024),
		cpuS: userS === undefined || sysS === undefined ? undefined : Math.round((userS + sysS) * 100) / 100,
		userS,
		sysS,
	};
}

/**
 * Changes one assignment row for the rebuild figure: the first data row's `role` becomes another of
 * `roles`, one that makes no duplicate of a row already in the file. Every other line keeps its bytes.
 * @example changeOneRow('commune,role\n03127,A\n03127,B\n', ['A', 'B', 'C']) // 'commune,role\n03127,C\n03127,B\n'
 */
export function changeOneRow(csvText: string, roles: readonly string[]): string {
	const parsed = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
	const fields = parsed.meta.fields ?? [];
	const first = parsed.data[0];
	if (!fields.includes('role') || first === undefined) throw new Error('The assignments file to change has no "role" column or no row.');
	const keyOf = (row: Record<string, string>): string => JSON.stringify(fields.map((field) => row[field] ?? ''));
	const taken = new Set(parsed.data.map(keyOf));
	const role = roles.find((candidate) => candidate !== first['role'] && !taken.has(keyOf({ ...first, role: candidate })));
	if (role === undefined) throw new Error('No other role makes a row that is not already in the file.');
	const newline = csvText.includes('\r\n') ? '\r\n' : '\n';
	const lines = csvText.split(newline);
	// The generator writes no line breaks inside fields, so the first data row is the second line.
	lines[1] = Papa.unparse({ fields, data: [fields.map((field) => (field === 'role' ? role : (first[field] ?? '')))] }, { header: false, newline });
	return lines.join(newline);
}

/** A V8 CPU profile as `--cpu-prof` writes it (the parts read here). */
export interface CpuProfile {
	nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }[];
	samples: number[];
	timeDeltas: number[];
}

/** Where a function of the profile comes from once source maps are applied (1-based line). */
export interface SourceLocation {
	file: string;
	line: number;
	/** The original name where the source map has one and the profile's is empty. */
	name?: string;
}

/** One row of the self-time table. */
export interface HotFunction {
	function: string;
	/** File as the profile names it, relative to the project where it lies inside it. */
	file: string;
	/** 1-based line of the function's start in `file`. */
	line: number;
	/** The original file and line (from a source map) where `file` is generated code. */
	source?: string;
	selfMs: number;
	selfPct: number;
}

/**
 * Sums the profile's self time by function (name, file and start position) and returns the top
 * `limit`, largest first; percentages are of all sampled time, idle included. `locate` maps a generated position (0-based, as V8 gives it) to its source.
 * @example summariseFunctions(profile, { root: '/work/p', limit: 3 })
 * // [{ function: 'renderPage', file: 'node_modules/astro/dist/…', line: 12, selfMs: 830.2, selfPct: 4.1 }, …]
 */
export function summariseFunctions(
	profile: CpuProfile,
	options: { root: string; limit?: number; locate?: (url: string, line: number, column: number) => SourceLocation | undefined },
): HotFunction[] {
	const selfUs = new Map<number, number>();
	let totalUs = 0;
	profile.samples.forEach((id, i) => {
		const delta = profile.timeDeltas[i] ?? 0;
		selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
		totalUs += delta;
	});
	// One function may be several nodes of the call tree (one per caller): sum them.
	const byFunction = new Map<string, { frame: CpuProfile['nodes'][number]['callFrame']; us: number }>();
	for (const node of profile.nodes) {
		const us = selfUs.get(node.id) ?? 0;
		// Idle time and V8's "(program)" are no function's work; garbage collection stays in the table.
		if (us === 0 || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
		const { url, functionName, lineNumber, columnNumber } = node.callFrame;
		const key = `${functionName}\u0000${url}\u0000${lineNumber}\u0000${columnNumber}`;
		const entry = byFunction.get(key) ?? { frame: node.callFrame, us: 0 };
		entry.us += us;
		byFunction.set(key, entry);
	}
	const relative = (url: string): string => {
		const path = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
		const root = options.root.endsWith('/') ? options.root : `${options.root}/`;
		return path.startsWith(root) ? path.slice(root.length) : path;
	};
	return [...byFunction.values()]
		.sort((a, b) => b.us - a.us)
		.slice(0, options.limit ?? 25)
		.map(({ frame, us }) => {
			const located = frame.url ? options.locate?.(frame.url, frame.lineNumber, frame.columnNumber) : undefined;
			const name = frame.functionName || located?.name || (frame.url ? '(anonymous)' : '(native)');
			return {
				function: name,
				file: relative(frame.url),
				line: frame.lineNumber + 1,
				...(located ? { source: `${relative(located.file)}:${located.line}` } : {}),
				selfMs: Math.round(us / 100) / 10,
				selfPct: totalUs === 0 ? 0 : Math.round((us / totalUs) * 1000) / 10,
			};
		});
}
