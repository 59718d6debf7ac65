// Preloaded by the benchmark (`node --import`) into each build it times: the CPU time of every thread.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * When the process exits, writes the user + system CPU seconds of each of its threads, read from
 * Linux's /proc/self/task/TID/stat (fields 14 and 15, in clock ticks of 1/100 s), to the file named
 * by BENCH_THREAD_CPU, as JSON: `[{ "name": "node-MainThread", "main": true, "cpu_s": 30.1 }, …]`.
 * Plain JavaScript, so it loads before anything else; it does nothing without that variable or /proc.
 */
const file = process.env['BENCH_THREAD_CPU'];
if (file) {
	process.on('exit', () => {
		try {
			const threads = readdirSync('/proc/self/task').map((tid) => {
				const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
				// The fields after the command name, which is in parentheses and may hold spaces.
				const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
				const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
				return { name, main: Number(tid) === process.pid, cpu_s: (Number(fields[11]) + Number(fields[12])) / 100 };
			});
			writeFileSync(file, JSON.stringify(threads));
		} catch {
			// No /proc (not Linux): the benchmark reports no thread figures.
		}
	});
}
