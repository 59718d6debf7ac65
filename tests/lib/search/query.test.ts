import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import { searchRows, shardsForQuery } from '../../../src/lib/search/query.ts';
import { buildSearchRecords, type SearchRecord } from '../../../src/lib/search/records.ts';
import { buildSearchIndex, type SearchIndex, type ShardRow } from '../../../src/lib/search/search-index.ts';
import { looseForm, recordWords, searchWords, shardKey } from '../../../src/lib/search/text.ts';

const { model } = checkContent('content');
const records = buildSearchRecords(model, '/');

/** Two synthetic communes whose names differ only by đ and tones (not real places; the bundled content has no such pair). */
const SYNTHETIC_TONE_PAIR: SearchRecord[] = [
	{
		lang: 'vi',
		kind: 'commune',
		url: '/thu/duong-lam/',
		title: 'Xã Đường Lâm',
		label: 'Xã',
		context: 'Tỉnh Thử',
		name: 'Đường Lâm',
		former: '',
		also: 'Xã Đường Lâm',
	},
	{
		lang: 'vi',
		kind: 'commune',
		url: '/thu/duong-thuy/',
		title: 'Xã Dương Thủy',
		label: 'Xã',
		context: 'Tỉnh Thử',
		name: 'Dương Thủy',
		former: '',
		also: 'Xã Dương Thủy',
	},
];

/** Runs a query as the search page does: fetches the shards of its words from the index, then ranks. */
function search(index: SearchIndex, query: string) {
	const rows = shardsForQuery(query, index.keys).flatMap((key) => JSON.parse(index.shards.get(key) ?? '[]') as ShardRow[]);
	return searchRows(query, rows);
}

describe('words as search compares them', () => {
	test.each([
		['Điện Biên Phủ', ['điện', 'biên', 'phủ'], ['dien', 'bien', 'phu']],
		['MƯỜNG THANH', ['mường', 'thanh'], ['muong', 'thanh']],
		['Muờng Thanh'.normalize('NFD'), ['muờng', 'thanh'], ['muong', 'thanh']],
		['2446/QĐ-UBND', ['2446', 'qđ', 'ubnd'], ['2446', 'qd', 'ubnd']],
		['  ', [], []],
	])('splits "%s" into exact %j and loose %j', (text, exact, loose) => {
		const words = searchWords(text);
		expect(words.map((w) => w.exact)).toEqual(exact.map((w) => w.normalize('NFC')));
		expect(words.map((w) => w.loose)).toEqual(loose);
	});

	test.each([
		['đường', 'duong'],
		['dương', 'duong'],
		['ẳng', 'ang'],
	])('folds "%s" to "%s"', (text, loose) => {
		expect(looseForm(text)).toBe(loose);
	});

	test.each([
		["M'Drắk", ['m', 'drak', 'mdrak']],
		['Ea H’Leo', ['ea', 'h', 'leo', 'hleo']],
		['Mường Thanh', ['muong', 'thanh']],
	])('gives the record words of "%s" as %j, apostrophe names joined too', (text, loose) => {
		expect(recordWords(text).map((w) => w.loose)).toEqual(loose);
	});

	test.each([
		['mường', 'mu'],
		['đ', 'd'],
		['2446', '24'],
	])('files the word "%s" under "%s"', (word, key) => {
		expect(shardKey(searchWords(word)[0]!)).toBe(key);
	});
});

describe('the sharded index', () => {
	const vi = buildSearchIndex(records, 'vi');
	const rowsOf = (key: string) => JSON.parse(vi.shards.get(key) ?? '[]') as ShardRow[];
	const titlesOf = (key: string) => rowsOf(key).map((row) => row[2]);

	test('files a commune under the beginnings of its name, not under its type', () => {
		expect(titlesOf('mu')).toContain('Phường Mường Thanh');
		expect(titlesOf('th')).toContain('Phường Mường Thanh');
		expect(titlesOf('ph')).not.toContain('Phường Mường Thanh');
	});

	test('files a commune under the names of the units it was merged from, but not under "các", "và", "xã"', () => {
		expect(titlesOf('hi')).toContain('Phường Điện Biên Phủ'); // Him Lam
		for (const key of ['ca', 'va', 'xa']) expect(titlesOf(key)).not.toContain('Phường Điện Biên Phủ');
	});

	test('files a decision under its number, not under the "QĐ" and "UBND" every number has', () => {
		expect(titlesOf('24')).toContain('2446/QĐ-UBND');
		expect(vi.keys).not.toContain('qd');
		expect(vi.keys).not.toContain('ub');
	});

	test('leaves no record of the language out of every shard', () => {
		const filed = new Set([...vi.shards.values()].flatMap((body) => (JSON.parse(body) as ShardRow[]).map((row) => row[1])));
		expect(records.filter((r) => r.lang === 'vi' && !filed.has(r.url)).map((r) => r.url)).toEqual([]);
		expect(vi.records).toBe(records.filter((r) => r.lang === 'vi').length);
	});

	test('lists its keys sorted, one per shard', () => {
		expect(vi.keys).toEqual([...vi.shards.keys()].sort());
	});

	test('gives the same bytes and version for the same records, and another version when one changes', () => {
		const again = buildSearchIndex(buildSearchRecords(model, '/'), 'vi');
		expect([...again.shards]).toEqual([...vi.shards]);
		expect(again.version).toBe(vi.version);
		const changed = records.map((r) => (r.title === 'Phường Mường Thanh' ? { ...r, context: 'Tỉnh Khác' } : r));
		expect(buildSearchIndex(changed, 'vi').version).not.toBe(vi.version);
	});
});

describe('answering a query', () => {
	const vi = buildSearchIndex([...records, ...SYNTHETIC_TONE_PAIR], 'vi');
	const en = buildSearchIndex(records, 'en');
	const first = (index: SearchIndex, query: string) => search(index, query)[0];

	test.each([
		['muong thanh', 'Phường Mường Thanh'],
		['MƯỜNG THANH', 'Phường Mường Thanh'],
		['Muờng Thanh'.normalize('NFD'), 'Phường Mường Thanh'],
		['mường thanh', 'Phường Mường Thanh'],
		['phuong muong thanh', 'Phường Mường Thanh'],
		['muong tha', 'Phường Mường Thanh'],
		['dien bien phu', 'Phường Điện Biên Phủ'],
		['dien bien', 'Tỉnh Điện Biên'],
		['2446', '2446/QĐ-UBND'],
		['2446/qd-ubnd', '2446/QĐ-UBND'],
		['duong tuan vu', 'Dương Tuấn Vũ'],
		['cong nghe thong tin', 'Công nghệ thông tin, chuyển đổi số'],
	])('"%s" finds %s first', (query, title) => {
		expect(first(vi, query)?.title).toBe(title);
	});

	test.each([
		['muong thanh', 'Muong Thanh Ward'],
		['Điện Biên Phủ', 'Dien Bien Phu Ward'],
		['dien bien phu', 'Dien Bien Phu Ward'],
		['ward muong thanh', 'Muong Thanh Ward'],
	])('"%s" on the English index finds %s first', (query, title) => {
		expect(first(en, query)?.title).toBe(title);
	});

	test.each([
		['đường', 'Xã Đường Lâm', 'Xã Dương Thủy'],
		['dương', 'Xã Dương Thủy', 'Xã Đường Lâm'],
		['duong', 'Xã Dương Thủy', 'Xã Đường Lâm'],
	])('"%s" lists %s before %s, and finds both', (query, before, after) => {
		const titles = search(vi, query).map((r) => r.title);
		expect(titles).toContain(after);
		expect(titles.indexOf(before)).toBeLessThan(titles.indexOf(after));
	});

	test('ranks a current name above a former one, and says when a result matched only its former units', () => {
		const results = search(vi, 'muong thanh');
		const formerly = results.find((r) => r.title === 'Phường Điện Biên Phủ');
		expect(results.indexOf(formerly!)).toBeGreaterThan(0);
		expect(formerly?.former).toContain('Mường Thanh');
		expect(results[0]?.former).toBeUndefined();
	});

	test('needs every word of the query to match, and one of them a name', () => {
		expect(search(vi, 'muong thanh zzz')).toEqual([]);
		// "xã" matches the type of every commune, but a type alone is no name.
		const byUrl = new Map(records.map((r) => [r.url, r]));
		const named = (url: string) => searchWords(`${byUrl.get(url)?.name} ${byUrl.get(url)?.former}`).some((w) => w.loose.startsWith('xa'));
		expect(search(vi, 'xã').filter((r) => !named(r.url))).toEqual([]);
	});

	test('finds nothing for an empty query or one of separators only', () => {
		expect(search(vi, '')).toEqual([]);
		expect(search(vi, ' / - ')).toEqual([]);
	});

	test('finds every record by its own title, typed without tones', () => {
		const missing = records
			.filter((r) => r.lang === 'vi')
			.filter((r) => !search(vi, looseForm(r.title.toLowerCase())).some((found) => found.url === r.url))
			.map((r) => r.title);
		expect(missing).toEqual([]);
	});

	test('lists a record once even when two of the query words fetch shards that hold it', () => {
		const urls = search(vi, 'muong thanh').map((r) => r.url);
		expect(new Set(urls).size).toBe(urls.length);
	});
});
