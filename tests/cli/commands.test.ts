import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { materializeCase } from '../content/fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');

/** Runs a command of the project the way npm scripts do: the pinned Node first on PATH, no telemetry. */
function run(command: string, args: string[], contentDir?: string) {
	const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
	if (contentDir === undefined) delete env['CONTENT_DIR'];
	else env['CONTENT_DIR'] = contentDir;
	const result = spawnSync(join(BIN, command), args, { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

/** Every broken row of tests/fixtures/malformed-several-files, as the report locates it. */
const BROKEN = [
	'assignments/123-qd-ubnd-2025.csv, dòng 2, cột "commune":',
	'assignments/123-qd-ubnd-2025.csv, dòng 3, cột "agency":',
	'assignments/123-qd-ubnd-2025.csv, dòng 4, cột "start":',
	'communes/12-lai-chau.csv, dòng 6, cột "type":',
	'needs/11-dien-bien.csv, dòng 5, cột "specialty":',
];

let broken: string;
let out: string;
beforeAll(() => {
	broken = materializeCase('several-files');
	out = mkdtempSync(join(tmpdir(), 'minh-bach-build-'));
});
afterAll(() => {
	rmSync(broken, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
});

describe('npm run check (node scripts/check.ts)', () => {
	test('exits 0 on the bundled content and says there is no problem', () => {
		const { status, stdout } = run('node', ['scripts/check.ts']);
		expect(status).toBe(0);
		expect(stdout).toMatch(
			/^content: 34 tỉnh\/provinces, 45 xã\/communes, \d+ quyết định\/decisions, \d+ phân công\/assignments, \d+ phát hiện\/findings \(\d+\.\d\ds\)$/mu,
		);
		expect(stdout).toContain('Không có lỗi. / No problems found.');
	});

	test('exits 0 on the minimal fixture named by CONTENT_DIR', () => {
		const { status, stdout } = run('node', ['scripts/check.ts'], 'tests/fixtures/minimal');
		expect(status).toBe(0);
		expect(stdout).toContain('tests/fixtures/minimal: 2 tỉnh/provinces, 9 xã/communes, 3 quyết định/decisions, 6 phân công/assignments, 5 phát hiện/findings');
	});

	test('exits 1 on a broken copy and lists every broken row with its file, row and column, in Vietnamese then English', () => {
		const { status, stdout, stderr } = run('node', ['scripts/check.ts'], broken);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		for (const where of BROKEN) expect(stderr).toContain(`${broken}/${where}\n  `);
		expect(stderr).toContain('Mã xã "3127" không đúng dạng.');
		expect(stderr).toContain('Commune code "3127" is not in the expected form.');
		expect(stderr.trimEnd().split('\n').at(-1)).toBe('Tìm thấy 5 lỗi; bản dựng dừng lại. / Found 5 problems; the build stops.');
	});
});

describe('astro build', () => {
	test('refuses the same broken copy with a non-zero exit, prints every problem and writes no page', () => {
		const { status, output } = run('astro', ['build', '--outDir', out], broken);
		expect(status).not.toBe(0);
		for (const where of BROKEN) expect(output).toContain(`${broken}/${where}`);
		expect(output).toContain('Tìm thấy 5 lỗi; bản dựng dừng lại. / Found 5 problems; the build stops.');
		expect(existsSync(join(out, 'index.html'))).toBe(false);
	});
});
