// Test helper: builds malformed content folders from tests/fixtures/minimal and a case's overlay.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../../src/lib/io/read-content.ts';
import { formatProblems } from '../../src/lib/validate/problem.ts';

/** Folder of the test fixtures. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** The valid minimal content folder every malformed case starts from. */
export const MINIMAL = join(FIXTURES, 'minimal');

/** Name of the file in a case folder that lists paths (one a line) to delete from the copy of minimal. */
export const REMOVE_LIST = 'remove.txt';

/** Name of the file in a case folder that pins the case's full report. */
export const REPORT = 'report.txt';

/** Name of the file in a case folder that pins the as-of day the case is checked against (yyyy-mm-dd). */
export const AS_OF = 'as-of.txt';

/** The folder of a case: `malformed-<name>`, or an `accepted-<name>` case of careless input the check must accept. */
function caseFolder(name: string): string {
	return name.startsWith('accepted-') ? name : `malformed-${name}`;
}

/** The as-of day a case pins, if any. */
export function asOfOf(name: string): string | undefined {
	const path = join(FIXTURES, caseFolder(name), AS_OF);
	return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}

/**
 * Copies tests/fixtures/minimal into a new temporary folder outside the repository, then applies the
 * case `tests/fixtures/malformed-<name>/`: its `remove.txt` lists files of minimal to delete, its
 * `report.txt` is the pinned report (not copied), and every other file in it replaces or adds the file
 * at the same path.
 */
export function materializeCase(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `minh-bach-${name}-`));
	cpSync(MINIMAL, dir, { recursive: true });
	rmSync(join(dir, 'README.md'));
	const overlay = join(FIXTURES, caseFolder(name));
	if (!existsSync(overlay)) throw new Error(`No fixture folder ${overlay}`);
	const removeList = join(overlay, REMOVE_LIST);
	if (existsSync(removeList)) {
		for (const line of readFileSync(removeList, 'utf8').split('\n')) {
			if (line.trim() !== '') rmSync(join(dir, line.trim()), { recursive: true });
		}
	}
	const meta = new Set([removeList, join(overlay, REPORT), join(overlay, AS_OF)]);
	cpSync(overlay, dir, { recursive: true, filter: (source) => !meta.has(source) });
	return dir;
}

/**
 * Checks a content folder and returns the full report as staff read it, with the temporary folder's
 * path replaced by `content`, so reports read the same on every machine.
 */
export function reportOf(dir: string, asOf?: string): string {
	const { problems } = checkContent(dir, asOf);
	return formatProblems(problems).replaceAll(dir, 'content');
}
