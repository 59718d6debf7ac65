import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/io/read-content.ts';
import { foldForSearch } from '../../src/lib/search/fold.ts';
import { buildSearchRecords } from '../../src/lib/search/records.ts';

const { model } = checkContent('content');

describe('folding text for search', () => {
	test.each([
		['Điện Biên Phủ', 'Diện Biên Phủ'],
		['đường', 'dường'],
		['Mường Thanh'.normalize('NFD'), 'Mường Thanh'],
		['2446/QĐ-UBND', '2446/QD-UBND'],
		['muong thanh', 'muong thanh'],
	])('folds "%s" to "%s", keeping the tones', (text, folded) => {
		expect(foldForSearch(text)).toBe(folded.normalize('NFC'));
	});
});

describe('building search records from the model', () => {
	const records = buildSearchRecords(model, '/repo/');

	test.each(['vi', 'en'] as const)('makes one %s record per commune, decision, agency and specialty', (lang) => {
		const count = (type: string) => records.filter((r) => r.language === lang && r.filters.type[0] === type).length;
		expect([count('commune'), count('decision'), count('agency'), count('specialty')]).toEqual([
			model.communes.length,
			model.decisions.length,
			model.agencies.length,
			model.specialties.length,
		]);
	});

	test('makes one record per named person and commune, linking to the commune page', () => {
		const named = new Set(model.assignments.filter((a) => a.person_name).map((a) => `${a.person_name}|${a.commune}`));
		const people = records.filter((r) => r.language === 'vi' && r.filters.type[0] === 'person');
		expect(people).toHaveLength(named.size);
		const first = people[0];
		const commune = model.communes.find((c) => first && named.has(`${first.meta.title}|${c.code}`));
		expect(first?.url).toBe(`/repo/dien-bien/${commune?.slug}/#:~:text=${encodeURIComponent(first?.meta.title ?? '')}`);
	});

	test('gives every record of a language its own URL, as Pagefind keeps one record per URL', () => {
		for (const lang of ['vi', 'en'] as const) {
			const urls = records.filter((r) => r.language === lang).map((r) => r.url);
			expect(new Set(urls).size).toBe(urls.length);
		}
	});

	test('puts every URL under the base path, English ones under /en/', () => {
		expect(records.filter((r) => !r.url.startsWith(r.language === 'en' ? '/repo/en/' : '/repo/')).map((r) => r.url)).toEqual([]);
		expect(records.filter((r) => r.language === 'vi' && r.url.startsWith('/repo/en/')).map((r) => r.url)).toEqual([]);
	});

	test('keeps diacritics in the shown title and folds đ in the searched key and content', () => {
		const ward = records.find((r) => r.language === 'vi' && r.meta.title === 'Phường Điện Biên Phủ');
		expect(ward?.meta).toMatchObject({ kind: 'Phường', key: 'Phường Diện Biên Phủ' });
		expect(ward?.content).not.toMatch(/[đĐ]/u);
	});

	test('labels each record with its type in the record language', () => {
		const decision = records.find((r) => r.language === 'en' && r.filters.type[0] === 'decision');
		expect(decision?.meta.kind).toBe('Decision');
	});

	test('is the same for the same model', () => {
		expect(buildSearchRecords(model, '/repo/')).toEqual(records);
	});
});
