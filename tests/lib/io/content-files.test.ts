import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import { walkContent } from '../../../src/lib/io/content-files.ts';
import { MINIMAL } from '../../content/fixture.ts';

/**
 * The content folder is a boundary: what a pull request can put there that git can carry but a
 * fixture folder should not hold (links out of the folder, link loops, names that differ only in case
 * or Unicode normalisation, a named pipe) is made here, in a temporary copy of the minimal fixture.
 */
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function copyOfMinimal(): string {
	const dir = mkdtempSync(join(tmpdir(), 'minh-bach-walk-'));
	made.push(dir);
	cpSync(MINIMAL, dir, { recursive: true });
	rmSync(join(dir, 'README.md'));
	return dir;
}

const codesIn = (dir: string): string[] => walkContent(dir, (p) => p).problems.map((p) => p.code);

describe('the content folder as a boundary', () => {
	test('a clean copy of the minimal fixture has no file problems', () => {
		expect(codesIn(copyOfMinimal())).toEqual([]);
		expect(checkContent(MINIMAL).problems).toEqual([]);
	});

	test('refuses a symbolic link that points outside the folder, and never reads through it', () => {
		const dir = copyOfMinimal();
		const outside = mkdtempSync(join(tmpdir(), 'minh-bach-outside-'));
		made.push(outside);
		writeFileSync(join(outside, 'secret.csv'), 'commune,agency\n03127,BI-MAT-NGOAI-THU-MUC\n');
		symlinkSync(join(outside, 'secret.csv'), join(dir, 'needs', 'secret.csv'));
		const { problems, model } = checkContent(dir);
		expect(problems.map((p) => p.code)).toEqual(['file.symlink']);
		expect(problems[0]!.file).toContain('needs/secret.csv');
		expect(JSON.stringify(model)).not.toContain('BI-MAT-NGOAI-THU-MUC');
	});

	test.each([
		['a link loop', (dir: string) => symlinkSync(join(dir, 'decisions', 'loop'), join(dir, 'decisions', 'loop'))],
		['a dangling link', (dir: string) => symlinkSync('/nonexistent/minh-bach', join(dir, 'communes', 'missing.csv'))],
		['a linked folder', (dir: string) => symlinkSync('/etc', join(dir, 'assignments', 'etc'))],
		['a linked top-level folder', (dir: string) => (rmSync(join(dir, 'needs'), { recursive: true }), symlinkSync('/etc', join(dir, 'needs')))],
	])('reports %s as a link, without a stack trace', (_name, make) => {
		const dir = copyOfMinimal();
		make(dir);
		expect(() => checkContent(dir)).not.toThrow();
		expect(checkContent(dir).problems.map((p) => p.code)).toContain('file.symlink');
	});

	test('reports two file names that differ only in case', () => {
		const dir = copyOfMinimal();
		const text = readFileSync(join(dir, 'needs', '11-dien-bien.csv'), 'utf8');
		writeFileSync(join(dir, 'needs', '11-Dien-Bien.csv'), text);
		expect(codesIn(dir)).toEqual(['file.name-collision']);
	});

	test('reports two file names that differ only in Unicode normalisation', () => {
		const dir = copyOfMinimal();
		const text = readFileSync(join(dir, 'communes', '11-dien-bien.csv'), 'utf8');
		rmSync(join(dir, 'communes', '11-dien-bien.csv'));
		writeFileSync(join(dir, 'communes', 'Điện Biên.csv'.normalize('NFC')), text);
		writeFileSync(join(dir, 'communes', 'Điện Biên.csv'.normalize('NFD')), text);
		const problems = walkContent(dir, (p) => p).problems;
		expect(problems.map((p) => p.code)).toEqual(['file.name-collision']);
		// The message says which two names collide, not that a row duplicates itself.
		expect(problems[0]!.en).toContain('Unicode normalisation');
	});

	test('reports a named pipe instead of hanging on it', () => {
		const dir = copyOfMinimal();
		execFileSync('mkfifo', [join(dir, 'needs', 'pipe.csv')]);
		expect(codesIn(dir)).toEqual(['file.special']);
	});

	test('reports a file name too long for a path', () => {
		const dir = copyOfMinimal();
		writeFileSync(join(dir, 'needs', `${'a'.repeat(120)}.csv`), 'commune\n');
		expect(codesIn(dir)).toEqual(['file.name-too-long']);
	});

	test.each([
		['a newline', 'a\nb.csv'],
		['a right-to-left override', 'vsc.\u202e.csv'],
		['a zero-width space', '11-dien\u200bbien.csv'],
	])('refuses a file name with %s, shown as code points', (_name, file) => {
		const dir = copyOfMinimal();
		writeFileSync(join(dir, 'needs', file), 'commune\n');
		const problems = walkContent(dir, (p) => p).problems;
		expect(problems.map((p) => p.code)).toEqual(['file.name-characters']);
		expect(problems[0]!.file).toMatch(/<U\+[0-9A-F]{4}>/u);
	});

	test('refuses a file over the size limit before reading it', () => {
		const dir = copyOfMinimal();
		writeFileSync(join(dir, 'needs', 'lon.csv'), 'x'.repeat(2 * 1024 * 1024));
		expect(walkContent(dir, (p) => p, 1024 * 1024).problems.map((p) => p.code)).toEqual(['file.too-large']);
	});

	test('accepts empty .gitkeep markers and Markdown notes at the top level', () => {
		const dir = copyOfMinimal();
		mkdirSync(join(dir, 'needs', 'x'), { recursive: true });
		rmSync(join(dir, 'needs', 'x'), { recursive: true });
		writeFileSync(join(dir, 'needs', '.gitkeep'), '');
		writeFileSync(join(dir, 'README.md'), '# notes\n');
		expect(codesIn(dir)).toEqual([]);
	});
});
