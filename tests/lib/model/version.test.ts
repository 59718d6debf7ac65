import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import { dataVersion } from '../../../src/lib/model/version.ts';

const BUNDLED = join(import.meta.dirname, '../../../content');
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the bundled content under a fresh folder of its own, at a different depth each time. */
function copyOf(...segments: string[]): string {
	const root = mkdtempSync(join(tmpdir(), 'minh-bach-version-'));
	made.push(root);
	const dir = join(root, ...segments, 'content');
	cpSync(BUNDLED, dir, { recursive: true });
	return dir;
}

const versionOf = (dir: string): string => {
	const { model, problems } = checkContent(dir, '2026-12-01');
	expect(problems).toEqual([]);
	return dataVersion(model);
};

describe('dataVersion', () => {
	test('depends on the content only, not on where its folder is', () => {
		const here = versionOf(BUNDLED);
		expect(versionOf(copyOf('a'))).toBe(here);
		expect(versionOf(copyOf('somewhere', 'much', 'deeper'))).toBe(here);
	});

	test('changes when a published fact changes', () => {
		const dir = copyOf('b');
		const before = versionOf(dir);
		const file = join(dir, 'specialties.csv');
		writeFileSync(file, readFileSync(file, 'utf8').replace('IT and digital transformation', 'Information technology'));
		expect(versionOf(dir)).not.toBe(before);
	});
});
