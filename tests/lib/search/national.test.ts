import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateNationalContent } from '../../../scripts/bench/generate.ts';
import { overlayRealContent } from '../../../scripts/bench-search/overlay-content.ts';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import { searchRows, shardsForQuery } from '../../../src/lib/search/query.ts';
import { buildSearchRecords, type SearchRecord } from '../../../src/lib/search/records.ts';
import { buildSearchIndex, type SearchIndex, type ShardRow } from '../../../src/lib/search/search-index.ts';
import { looseForm } from '../../../src/lib/search/text.ts';

/**
 * The search cases of issue 7 at national scale, without a browser: the real list of 3,321 communes
 * with the benchmark's synthetic decisions (scripts/bench/generate.ts, fixed seed), plus the real
 * content of content/ (decision 2446/QĐ-UBND, the named people). The browser runs the same cases on a
 * built national site with `npm run test:national`.
 */

let dir: string;
let records: SearchRecord[];
let vi: SearchIndex;
let en: SearchIndex;

const search = (index: SearchIndex, query: string) =>
	searchRows(
		query,
		shardsForQuery(query, index.keys).flatMap((key) => JSON.parse(index.shards.get(key) ?? '[]') as ShardRow[]),
	);

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'minh-bach-national-'));
	generateNationalContent(dir);
	overlayRealContent(dir, 'content');
	const { model, problems } = checkContent(dir);
	expect(problems).toEqual([]);
	records = buildSearchRecords(model, '/');
	vi = buildSearchIndex(records, 'vi');
	en = buildSearchIndex(records, 'en');
});

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('search at national scale', () => {
	test('indexes every commune of the national list in both languages', () => {
		expect(records.filter((r) => r.kind === 'commune' && r.lang === 'vi')).toHaveLength(3321);
		expect(vi.records).toBe(en.records);
	});

	test.each([
		['vi', 'muong thanh', 'Phường Mường Thanh'],
		['vi', 'MƯỜNG THANH', 'Phường Mường Thanh'],
		['vi', 'Muờng Thanh'.normalize('NFD'), 'Phường Mường Thanh'],
		['vi', 'dien bien phu', 'Phường Điện Biên Phủ'],
		['vi', '2446', '2446/QĐ-UBND'],
		['vi', 'duong tuan vu', 'Dương Tuấn Vũ'],
		['vi', 'ha noi', 'Thành phố Hà Nội'],
		['en', 'muong thanh', 'Muong Thanh Ward'],
		['en', 'dien bien phu', 'Dien Bien Phu Ward'],
	] as const)('on the %s index, "%s" finds %s first', (lang, query, title) => {
		expect(search(lang === 'vi' ? vi : en, query)[0]?.title).toBe(title);
	});

	test.each(["m'drak", 'mdrak', 'm drak', "M'Drắk"])('"%s" finds Xã M\'Drắk first', (query) => {
		expect(search(vi, query)[0]?.title).toBe("Xã M'Drắk");
	});

	test.each([
		['đường', /Đường/u, /Dương/u],
		['dương', /Dương/u, /Đường/u],
	] as const)('"%s" lists every %s before the first %s, and finds both', (query, exact, other) => {
		const titles = search(vi, query).map((r) => r.title);
		const firstOther = titles.findIndex((title) => other.test(title));
		expect(titles.some((title) => exact.test(title))).toBe(true);
		expect(firstOther).toBeGreaterThan(0);
		expect(titles.slice(firstOther).some((title) => exact.test(title))).toBe(false);
	});

	test('finds every tenth commune by its full name typed without tones, among the communes of that name', () => {
		const communes = records.filter((r) => r.lang === 'vi' && r.kind === 'commune').filter((_, i) => i % 10 === 0);
		const missing = communes.filter((r) => !search(vi, looseForm(r.title.toLowerCase())).some((found) => found.url === r.url));
		expect(missing.map((r) => r.title)).toEqual([]);
	});
});
