import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import { provincesWithPages } from '../../../src/lib/paths.ts';
import { searchRows } from '../../../src/lib/search/query.ts';
import { toShardRow } from '../../../src/lib/search/search-index.ts';
import { buildSearchRecords } from '../../../src/lib/search/records.ts';

const { model } = checkContent('content');

describe('building search records from the model', () => {
	const records = buildSearchRecords(model, '/repo/');
	const count = (lang: string, kind: string) => records.filter((r) => r.lang === lang && r.kind === kind).length;

	test.each(['vi', 'en'] as const)('makes one %s record per province with a page, commune, decision, agency and specialty', (lang) => {
		expect(['province', 'commune', 'decision', 'agency', 'specialty'].map((kind) => count(lang, kind))).toEqual([
			provincesWithPages(model).length,
			model.communes.length,
			model.decisions.length,
			model.agencies.length,
			model.specialties.length,
		]);
	});

	test('makes one record per named person and commune, linking to the commune page', () => {
		const named = new Set(model.assignments.filter((a) => a.person_name).map((a) => `${a.person_name}|${a.commune}`));
		const people = records.filter((r) => r.lang === 'vi' && r.kind === 'person');
		expect(people).toHaveLength(named.size);
		const first = people[0];
		const commune = model.communes.find((c) => first && named.has(`${first.title}|${c.code}`));
		expect(first?.url).toBe(`/repo/dien-bien/${commune?.slug}/#:~:text=${encodeURIComponent(first?.title ?? '')}`);
	});

	test('gives every record of a language its own URL', () => {
		for (const lang of ['vi', 'en'] as const) {
			const urls = records.filter((r) => r.lang === lang).map((r) => r.url);
			expect(new Set(urls).size).toBe(urls.length);
		}
	});

	test('puts every URL under the base path, English ones under /en/', () => {
		expect(records.filter((r) => !r.url.startsWith(r.lang === 'en' ? '/repo/en/' : '/repo/')).map((r) => r.url)).toEqual([]);
		expect(records.filter((r) => r.lang === 'vi' && r.url.startsWith('/repo/en/')).map((r) => r.url)).toEqual([]);
	});

	test('files a commune under its name without its type, keeps the type and province as other words, and its former units', () => {
		const ward = records.find((r) => r.lang === 'vi' && r.title === 'Phường Điện Biên Phủ');
		expect(ward).toMatchObject({ kind: 'commune', label: 'Phường', context: 'Tỉnh Điện Biên', name: 'Điện Biên Phủ' });
		expect(ward?.former).toContain('Mường Thanh');
		expect(ward?.also).toContain('Ward');
	});

	test('gives an English record the English title and type, and the Vietnamese name', () => {
		const ward = records.find((r) => r.lang === 'en' && r.url === '/repo/en/dien-bien/dien-bien-phu/');
		expect(ward).toMatchObject({ title: 'Dien Bien Phu Ward', label: 'Ward', context: 'Dien Bien Province', name: 'Điện Biên Phủ' });
		const decision = records.find((r) => r.lang === 'en' && r.kind === 'decision');
		expect(decision?.label).toBe('Decision');
	});

	test.each([
		['vi', 'cntt'],
		['vi', 'CNTT'],
		['en', 'cntt'],
	] as const)('finds the IT field by the abbreviation the import accepts (%s, "%s")', (lang, query) => {
		const rows = records.filter((r) => r.lang === lang).map(toShardRow);
		const first = searchRows(query, rows)[0];
		expect(first?.kind).toBe('specialty');
		expect(first?.url).toBe(`/repo/${lang === 'en' ? 'en/' : ''}linh-vuc/cntt/`);
	});

	test('is the same for the same model', () => {
		expect(buildSearchRecords(model, '/repo/')).toEqual(records);
	});
});
