import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/lib/io/read-content.ts';
import { buildModel } from '../../../src/lib/model/build-model.ts';
import { buildFindings, reconcile } from '../../../src/lib/model/findings.ts';
import type { ContentRecords, DecisionModel, AssignmentModel } from '../../../src/lib/model/types.ts';
import { dataVersion } from '../../../src/lib/model/version.ts';
import { MINIMAL } from '../../content/fixture.ts';

/** The minimal fixture's records, read afresh so a test can change them. */
const records = (): ContentRecords => {
	const { records, problems } = readContent(MINIMAL);
	expect(problems).toEqual([]);
	return records;
};

const assignmentFile = (r: ContentRecords, decision: string) => r.assignments.filter((a) => a.data.decision === decision);

describe('buildModel on the minimal fixture', () => {
	const { model, problems } = buildModel(records());

	test('finds no problem', () => {
		expect(problems).toEqual([]);
	});

	test('gives every decision its id, from number and year or from province and date', () => {
		expect(model.decisions.map((d) => d.id)).toEqual(['lai-chau-2025-09', '123-qd-ubnd-2025', 'dien-bien-2026-04-01']);
	});

	test('computes the last day of a decision stated as a duration, and keeps a stated one', () => {
		const [laiChau, numbered, extension] = model.decisions;
		expect(numbered).toMatchObject({ start: '2025-10-06', end: '2026-04-05', endComputed: true });
		expect(extension).toMatchObject({ start: '2026-04-06', end: '2026-07-05', endComputed: false });
		expect(laiChau?.end).toBeUndefined();
	});

	test('resolves row defaults: period from the decision, the only category, the cited source', () => {
		const rows = model.assignments.filter((a) => a.decision === 'dien-bien-2026-04-01');
		expect(rows).toMatchObject([
			{ id: 'dien-bien-2026-04-01/2', commune: '03158', category: 'gia-han', start: '2026-04-06', end: '2026-07-05', source: { id: 'bao-chi-gia-han' } },
			{ id: 'dien-bien-2026-04-01/3', commune: '03160', category: 'gia-han', start: '2026-04-06', end: '2026-07-05' },
		]);
		expect(rows[1]?.source).toBeUndefined();
		const own = model.assignments.find((a) => a.id === '123-qd-ubnd-2025/3');
		expect(own).toMatchObject({ start: '2025-11-01', end: '2026-01-31', source: { id: 'quyet-dinh', kind: 'official-text' } });
	});

	test('gives communes and provinces their slugs', () => {
		expect(model.communes.find((c) => c.code === '03127')?.slug).toBe('dien-bien-phu');
		expect(model.provinces.map((p) => p.slug)).toEqual(['dien-bien', 'lai-chau']);
	});

	test('takes the latest stated day as the as-of day, never the clock', () => {
		expect(model.latestContentDate).toBe('2026-04-06');
	});

	test('does not carry frontmatter line numbers into the model', () => {
		expect(model.decisions.some((d) => 'lines' in d || 'fileStem' in d)).toBe(false);
	});

	test('gives the same data version for the same content, and another one when a fact changes', () => {
		expect(dataVersion(buildModel(records()).model)).toBe(dataVersion(model));
		const changed = records();
		changed.needs[0]!.data.needed = 9;
		expect(dataVersion(buildModel(changed).model)).not.toBe(dataVersion(model));
		expect(dataVersion(model)).toMatch(/^2026-04-06\.[0-9a-f]{8}$/u);
	});
});

describe('buildModel reports every problem at once', () => {
	test('reports unknown references, periods and duplicates of many rows together, not only the first', () => {
		const r = records();
		const rows = assignmentFile(r, '123-qd-ubnd-2025');
		rows[0]!.data.commune = '03999';
		rows[1]!.data.agency = 'so-khong-co';
		rows[2]!.data.specialty = 'khong-co';
		rows[3]!.data.end = '2025-10-01';
		rows[2]!.data.start = '2026-01-01';
		rows[2]!.data.end = '2025-12-01';
		r.assignments.push({ ...rows[3]!, row: 6 });
		r.needs[0]!.data.specialty = 'giao-thong';
		const { problems } = buildModel(r);
		expect(problems.map((p) => [p.file.replace(/^.*fixtures\/minimal\//u, ''), p.row, p.column, p.code])).toEqual([
			['assignments/123-qd-ubnd-2025.csv', 2, 'commune', 'ref.commune'],
			['assignments/123-qd-ubnd-2025.csv', 3, 'agency', 'ref.agency'],
			['assignments/123-qd-ubnd-2025.csv', 4, 'specialty', 'ref.specialty'],
			['assignments/123-qd-ubnd-2025.csv', 4, 'end', 'period.end-before-start'],
			['assignments/123-qd-ubnd-2025.csv', 5, 'end', 'period.outside-decision'],
			['assignments/123-qd-ubnd-2025.csv', 6, 'end', 'period.outside-decision'],
			['assignments/123-qd-ubnd-2025.csv', 6, undefined, 'assignment.duplicate-row'],
			['needs/11-dien-bien.csv', 2, 'specialty', 'ref.specialty'],
		]);
	});

	test('still builds a model of what is valid when there are problems', () => {
		const r = records();
		assignmentFile(r, '123-qd-ubnd-2025')[0]!.data.agency = 'so-khong-co';
		const { model, problems } = buildModel(r);
		expect(problems).toHaveLength(1);
		expect(model.decisions).toHaveLength(3);
	});

	test('says so, per category, when a category has more itemized rows than it declares (never a negative count)', () => {
		const r = records();
		const numbered = r.decisions.find((d) => d.data.fileStem === '123-qd-ubnd-2025')!;
		numbered.data.declared = numbered.data.declared.map((c) => (c.id === 'tram-y-te' ? { ...c, count: 0 } : c));
		const { model } = buildModel(r);
		const line = model.reconciliations.find((l) => l.decision === '123-qd-ubnd-2025' && l.category === 'tram-y-te')!;
		expect(line).toMatchObject({ declared: 0, notItemized: 0, overItemized: line.itemized });
		expect(line.itemized).toBeGreaterThan(0);
		const finding = model.findings.find((f) => f.decision === '123-qd-ubnd-2025' && f.category === 'tram-y-te');
		expect(finding?.text.en).toMatch(/more than declared/u);
	});

	test('accepts one number in one province in two different years, since numbering restarts each year', () => {
		const r = records();
		const numbered = r.decisions.find((d) => d.data.fileStem === '123-qd-ubnd-2025')!;
		r.decisions.push({
			...numbered,
			file: 'decisions/123-qd-ubnd-2026.mdx',
			data: { ...numbered.data, date: '2026-02-01', announced: '2026-02-02', fileStem: '123-qd-ubnd-2026' },
		});
		const { model, problems } = buildModel(r);
		expect(problems).toEqual([]);
		expect(model.decisions.map((d) => d.id)).toContain('123-qd-ubnd-2026');
	});

	test('refuses one number twice in one province and year, once, on the file not named by the id', () => {
		const r = records();
		const numbered = r.decisions.find((d) => d.data.fileStem === '123-qd-ubnd-2025')!;
		r.decisions.unshift({ ...numbered, file: 'decisions/123-ban-sao.mdx', data: { ...numbered.data, date: '2025-12-01', fileStem: '123-ban-sao' } });
		expect(buildModel(r).problems.map((p) => [p.file, p.code])).toEqual([['decisions/123-ban-sao.mdx', 'decision.duplicate-number']]);
	});

	test('points a problem about a decision at the line of its field', () => {
		const r = records();
		const numbered = r.decisions.find((d) => d.data.fileStem === '123-qd-ubnd-2025')!;
		numbered.data.shortages = ['cntt', 'khong-co'];
		const [problem] = buildModel(r).problems;
		expect(problem).toMatchObject({ code: 'ref.specialty', column: 'shortages[1]', row: numbered.data.lines?.['shortages[1]'] });
		expect(problem?.row).toBeGreaterThan(1);
	});

	test('does not report references to rows that were rejected, or into files that could not be read', () => {
		const r = records();
		r.communes = r.communes.filter((c) => c.data.code !== '03158');
		r.specialties = [];
		r.decisions = r.decisions.filter((d) => d.data.fileStem !== 'dien-bien-2026-04-01');
		expect(buildModel(r).problems.map((p) => p.code)).toContain('ref.commune');
		expect(
			buildModel(r, { communes: new Set(['03158']), decisions: new Set(['dien-bien-2026-04-01']), unreadable: new Set(['specialties']) }).problems,
		).toEqual([]);
	});
});

describe('reconciliation and findings', () => {
	const decision = (over: Partial<DecisionModel>): DecisionModel =>
		({
			id: 'd',
			province: '11',
			issuer: 'I',
			issuer_en: 'I',
			kind: 'secondment',
			title: 'T',
			title_en: 'T',
			declared: [],
			declared_total_qualifier: 'exact',
			reported_figures: [],
			shortages: [],
			amends: [],
			extends: [],
			ends: [],
			unverified: [],
			sources: [{ id: 's', url: 'https://example.org', title: 'S', publisher: 'P', kind: 'press', lang: 'vi' }],
			endComputed: false,
			file: 'd.mdx',
			...over,
		}) as DecisionModel;
	const rows = (n: number, category: string, named = 0): AssignmentModel[] =>
		Array.from({ length: n }, (_, i) => ({
			id: `d/${category}/${i}`,
			decision: 'd',
			commune: '03127',
			category,
			file: 'd.csv',
			row: i + 2,
			...(i < named ? { person_name: `Người ${i}` } : {}),
		}));
	const cat = (id: string, count?: number) => ({ id, label: id, label_en: id, qualifier: 'exact' as const, ...(count === undefined ? {} : { count }) });

	test('sets 97 declared (52 + 45) against the rows that itemize them', () => {
		const d = decision({ declared: [cat('so-nganh', 52), cat('tram-y-te', 45)], declared_total: 97 });
		const lines = reconcile([d], [...rows(4, 'so-nganh', 4), ...rows(1, 'tram-y-te')]);
		expect(lines).toEqual([
			{ decision: 'd', category: 'so-nganh', declaredCategory: cat('so-nganh', 52), qualifier: 'exact', declared: 52, itemized: 4, named: 4, notItemized: 48 },
			{
				decision: 'd',
				category: 'tram-y-te',
				declaredCategory: cat('tram-y-te', 45),
				qualifier: 'exact',
				declared: 45,
				itemized: 1,
				named: 0,
				notItemized: 44,
			},
			{ decision: 'd', qualifier: 'exact', declared: 97, itemized: 5, named: 4, notItemized: 92 },
		]);
		const findings = buildFindings([d], lines);
		expect(findings.map((f) => f.kind)).toEqual(['declared-vs-itemized']);
		expect(findings[0]?.text).toEqual({
			vi: 'Công bố 97 người; 5 dòng phân công được liệt kê, trong đó 4 dòng có tên người; 92 người chưa được công bố chi tiết.',
			en: '97 people declared; 5 assignment rows itemized, 4 of them with a published name; 92 not itemized in any published source.',
		});
	});

	test('keeps a category without a published number as not published, never zero', () => {
		const lines = reconcile([decision({ declared: [cat('ho-tro')] })], rows(2, 'ho-tro'));
		expect(lines[0]).not.toHaveProperty('declared');
		expect(lines[0]).not.toHaveProperty('notItemized');
		const findings = buildFindings([decision({ declared: [cat('ho-tro')] })], lines);
		expect(findings).toMatchObject([{ kind: 'not-published', itemized: 2 }]);
		expect(findings[0]?.text.en).toBe('No total number of people was published; 2 assignment rows are itemized, 0 of them with a published name.');
	});

	test.each([
		['at-least', 'ít nhất 250', 'at least 250'],
		['about', 'khoảng 250', 'about 250'],
	] as const)('keeps the qualifier "%s" of a declared total in its finding', (qualifier, vi, en) => {
		const d = decision({ declared: [cat('a', 250)], declared_total: 250, declared_total_qualifier: qualifier });
		const findings = buildFindings([d], reconcile([d], []));
		expect(findings[0]?.text.vi).toContain(`Công bố ${vi} người`);
		expect(findings[0]?.text.vi).toContain(`${vi} người chưa được công bố chi tiết`);
		expect(findings[0]?.text.en).toContain(`${en} people declared`);
	});

	test.each([
		['a fully itemized decision', { declared: [cat('a', 2)], declared_total: 2 }, []],
		[
			'categories that do not add up to the total',
			{ declared: [cat('a', 2), cat('b', 3)], declared_total: 6 },
			['declared-vs-itemized', 'categories-vs-total'],
		],
		[
			'a figure another source reported',
			{ declared: [cat('a', 2)], declared_total: 2, reported_figures: [{ count: 86, qualifier: 'exact', source: 's', note: 'n', note_en: 'n' }] },
			['differing-figures'],
		],
		['an unconfirmed statement', { declared: [cat('a', 2)], declared_total: 2, unverified: ['Chưa rõ.'] }, ['unverified']],
	] as const)('finds %s', (_, over, kinds) => {
		const d = decision(over as unknown as Partial<DecisionModel>);
		const findings = buildFindings([d], reconcile([d], rows(2, 'a')));
		expect(findings.map((f) => f.kind)).toEqual(kinds);
	});

	test('publishes the findings of the minimal fixture', () => {
		const { model } = buildModel(records());
		expect(model.findings.map((f) => [f.decision, f.kind])).toEqual([
			['lai-chau-2025-09', 'declared-vs-itemized'],
			['123-qd-ubnd-2025', 'declared-vs-itemized'],
			['123-qd-ubnd-2025', 'differing-figures'],
			['123-qd-ubnd-2025', 'unverified'],
			['dien-bien-2026-04-01', 'not-published'],
		]);
		expect(model.reconciliations.filter((r) => r.decision === '123-qd-ubnd-2025').map((r) => [r.category, r.declared, r.itemized, r.named])).toEqual([
			['so-nganh', 3, 3, 1],
			['tram-y-te', 2, 1, 0],
			[undefined, 5, 4, 1],
		]);
	});
});
