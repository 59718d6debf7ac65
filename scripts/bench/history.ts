/**
 * `npm run bench:history [-- --commits N]`: how long the change log takes to read. Builds a synthetic
 * repository in a temporary folder (the minimal fixture as its content folder, then N commits, default
 * 300, each changing one figure or adding or removing one row), reads its history cold (every tree
 * built) and again warm (every snapshot from the cache), and prints ONE JSON line: commits, entries,
 * cold_s, warm_s. Synthetic data only; nothing is written under content/ or the project's cache.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentHistory } from '../../src/lib/io/history.ts';

const { values: options } = parseArgs({ options: { commits: { type: 'string', default: '300' } } });
const commits = Number(options.commits);
if (!Number.isSafeInteger(commits) || commits < 1) throw new Error(`--commits must be a whole number of at least 1; found "${options.commits}".`);

const dir = mkdtempSync(join(tmpdir(), 'minh-bach-bench-history-'));
try {
	const repo = join(dir, 'repo');
	const content = join(repo, 'content');
	const start = Date.parse('2026-01-01T00:00:00Z') / 1000;
	const git = (args: string[], second = start): void => {
		execFileSync('git', args, {
			cwd: repo,
			stdio: 'ignore',
			env: {
				...process.env,
				GIT_CONFIG_GLOBAL: '/dev/null',
				GIT_CONFIG_NOSYSTEM: '1',
				GIT_AUTHOR_NAME: 'Bench',
				GIT_AUTHOR_EMAIL: 'bench@example.org',
				GIT_COMMITTER_NAME: 'Bench',
				GIT_COMMITTER_EMAIL: 'bench@example.org',
				GIT_AUTHOR_DATE: `@${second} +0000`,
				GIT_COMMITTER_DATE: `@${second} +0000`,
			},
		});
	};
	cpSync(resolve('tests/fixtures/minimal'), content, { recursive: true });
	git(['-c', 'init.defaultBranch=main', 'init', '-q']);
	git(['add', '-A']);
	git(['commit', '-q', '-m', 'Công bố dữ liệu đầu tiên']);

	// Each commit makes one change, in turn: a declared total, a row added, a row removed, a need.
	const decision = join(content, 'decisions', '123-qd-ubnd-2025.mdx');
	const rows = join(content, 'assignments', '123-qd-ubnd-2025.csv');
	const needs = join(content, 'needs', '11-dien-bien.csv');
	const original = { decision: readFileSync(decision, 'utf8'), rows: readFileSync(rows, 'utf8'), needs: readFileSync(needs, 'utf8') };
	const added: string[] = [];
	for (let i = 1; i < commits; i++) {
		const step = i % 4;
		if (step === 0) writeFileSync(decision, original.decision.replace('declared_total: 5', `declared_total: ${5 + (i % 17)}`));
		else if (step === 1) added.push(`03151,so-noi-vu-dien-bien,cntt,so-nganh,Văn phòng số ${i},,,,,,`);
		else if (step === 2) added.splice(added.length > 1 ? i % added.length : 0, 1);
		else writeFileSync(needs, original.needs.replace('03160,cntt,3,', `03160,cntt,${3 + (i % 11)},`));
		if (step === 1 || step === 2) writeFileSync(rows, `${original.rows.trimEnd()}\n${added.map((row) => `${row}\n`).join('')}`);
		git(['commit', '-q', '-a', '--allow-empty', '-m', `Thay đổi giả lập số ${i}`], start + i * 3600);
	}

	const cacheDir = join(dir, 'cache');
	const time = (): { seconds: number; entries: number } => {
		const began = performance.now();
		const history = readContentHistory(content, { cacheDir, maxCommits: commits + 1 });
		return { seconds: (performance.now() - began) / 1000, entries: history.entries.length };
	};
	const cold = time();
	const warm = time();
	const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;
	console.log(JSON.stringify({ commits, entries: warm.entries, cold_s: round(cold.seconds), warm_s: round(warm.seconds) }));
	if (cold.entries !== warm.entries) process.exitCode = 1;
} finally {
	rmSync(dir, { recursive: true, force: true });
}
