import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';

/**
 * Golden outputs, as Observable Framework keeps them: for the minimal fixture, a few published files
 * are pinned as files under tests/site/golden/, so that any change to what readers and data tools get
 * (a wording, a column, a chart's layout) shows in review as a diff of those files. After an intended
 * change: `TZ=UTC npx vitest run tests/site/golden.test.ts -u`, then read the diff.
 *
 * The fixture is built from a copy outside git (no change log, which would depend on the repository's
 * history) on a pinned day (SOURCE_DATE_EPOCH: 2026-05-01), so the bytes depend on the code and the
 * fixture only.
 */

const FIXTURE = join(import.meta.dirname, '../fixtures/minimal');
const GOLDEN = join(import.meta.dirname, 'golden/minimal');
const PINNED_DAY = String(Date.UTC(2026, 4, 1) / 1000);

let site: BuiltSite;
let copy: string;
beforeAll(() => {
	copy = mkdtempSync(join(tmpdir(), 'minh-bach-golden-'));
	cpSync(FIXTURE, join(copy, 'content'), { recursive: true });
	site = buildSite(join(copy, 'content'), { SOURCE_DATE_EPOCH: PINNED_DAY });
}, 180_000);
afterAll(() => {
	rmSync(copy, { recursive: true, force: true });
	rmSync(site.outDir, { recursive: true, force: true });
});

const published = (path: string): string => readFileSync(join(site.outDir, path), 'utf8');

/** A page's main text, one block per line: what a reader reads, without markup. */
function pageText(html: string): string {
	const main = parse(html).querySelector('main');
	if (!main) throw new Error('The page has no <main>.');
	for (const hidden of main.querySelectorAll('svg, script, style')) hidden.remove();
	return `${main.structuredText
		.split('\n')
		.map((line) => line.replace(/\s+/gu, ' ').trim())
		.filter((line) => line !== '')
		.join('\n')}\n`;
}

describe('golden outputs of the minimal fixture', () => {
	test('the build succeeds', () => {
		expect(site.status, site.output).toBe(0);
	});

	test.each([
		['du-lieu/datapackage.json', 'datapackage.json'],
		['du-lieu/datapackage.vi.json', 'datapackage.vi.json'],
		['du-lieu/assignments.csv', 'assignments.csv'],
		['bieu-do/dien-bien-linh-vuc.svg', 'dien-bien-linh-vuc.svg'],
	])('%s', async (path, golden) => {
		await expect(published(path)).toMatchFileSnapshot(join(GOLDEN, golden));
	});

	test("a commune page's text", async () => {
		await expect(pageText(published('dien-bien/dien-bien-phu/index.html'))).toMatchFileSnapshot(join(GOLDEN, 'dien-bien-phu.txt'));
	});
});
