/**
 * `npm run bench:check`: how `npm run check` copes with one very large assignments file. Copies the
 * minimal fixture to a temporary folder, writes one assignments file of `--rows` synthetic rows
 * (default 1,000,000; every tenth row with an unknown commune code when `--bad` is given, so the
 * grouped report is measured too), runs `npm run check` on it in a child process and prints ONE JSON
 * line: rows, file size, wall time, peak memory (RSS of the child), exit code and the report's lines.
 * Synthetic data only; nothing is written under content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, bad: { type: 'boolean', default: false } } });
const rows = Number(options.rows);
const dir = mkdtempSync(join(tmpdir(), 'minh-bach-bench-check-'));
try {
	cpSync(resolve('tests/fixtures/minimal'), dir, { recursive: true });
	rmSync(join(dir, 'README.md'));
	// The minimal fixture's decision 123/QĐ-UBND covers all communes; its rows are synthetic.
	const communes = ['03127', '03151', '03158', '03160'];
	const specialties = ['cntt', 'dat-dai', 'xay-dung', 'tai-chinh'];
	const lines = ['commune,agency,specialty,category,role,person_name,person_title,start,end,source,note'];
	for (let i = 0; i < rows; i++) {
		const commune = options.bad && i % 10 === 0 ? '09999' : communes[i % communes.length];
		lines.push(`${commune},so-xay-dung-dien-bien,${specialties[i % specialties.length]},so-nganh,Phòng Kinh tế số ${i % 97},,,,,,Dòng giả lập ${i}`);
	}
	const file = join(dir, 'assignments', '123-qd-ubnd-2025.csv');
	writeFileSync(file, `${lines.join('\n')}\n`);
	const started = performance.now();
	// The child reports its own peak memory (kilobytes) as its last line, whatever the check printed.
	const wrapper = `process.on('exit', () => process.stderr.write('\\n' + process.resourceUsage().maxRSS)); await import(${JSON.stringify(resolve('scripts/check.ts'))});`;
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper], {
		env: { ...process.env, CONTENT_DIR: dir },
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	const wall = (performance.now() - started) / 1000;
	const stderrLines = run.stderr.trimEnd().split('\n');
	const peakKb = Number(stderrLines.at(-1));
	console.log(
		JSON.stringify({
			rows,
			bad_rows: options.bad ? Math.ceil(rows / 10) : 0,
			file_mb: Math.round(statSync(file).size / 1e5) / 10,
			wall_s: Math.round(wall * 100) / 100,
			peak_rss_mb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null,
			exit: run.status,
			report_lines: run.stdout.split('\n').length + stderrLines.length - 1,
			last_line: (run.status === 0 ? run.stdout.trimEnd().split('\n').at(-1) : stderrLines.at(-2)) ?? '',
		}),
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
