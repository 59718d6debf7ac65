import { describe, expect, test } from 'vitest';
import {
	agencyCounts,
	assignmentStatus,
	communeCoverage,
	communeSpecialtyMatrix,
	decisionStatus,
	decisionsForCommune,
	namedCount,
	nationalPanel,
	periodsOverlap,
	provinceShortages,
	reconciliationOf,
	specialtyGaps,
} from '../../../src/lib/aggregate/index.ts';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import type { Model } from '../../../src/lib/model/types.ts';
import { MINIMAL } from '../../content/fixture.ts';

const model: Model = checkContent(MINIMAL).model;
const commune = (code: string) => model.communes.find((c) => c.code === code)!;
const decision = (id: string) => model.decisions.find((d) => d.id === id)!;

describe('aggregations of the minimal fixture', () => {
	test.each([
		['2025-10-05', 'upcoming', 'unknown'],
		['2025-10-06', 'active', 'unknown'],
		['2026-04-05', 'active', 'unknown'],
		['2026-04-06', 'ended', 'unknown'],
	])('on %s decision 123 is %s and the Lai Châu decision with no start is %s', (asOf, numbered, laiChau) => {
		expect(decisionStatus(decision('123-qd-ubnd-2025'), asOf)).toBe(numbered);
		expect(decisionStatus(decision('lai-chau-2025-09'), asOf)).toBe(laiChau);
	});

	test.each([
		['2025-10-31', 'upcoming'],
		['2025-11-01', 'active'],
		['2026-02-01', 'ended'],
	])('on %s the row with its own period is %s', (asOf, status) => {
		expect(
			assignmentStatus(
				model.assignments.find((a) => a.id === '123-qd-ubnd-2025/3')!,
				asOf,
			),
		).toBe(status);
	});

	test.each([
		['03127', ['123-qd-ubnd-2025']],
		['03158', ['123-qd-ubnd-2025', 'dien-bien-2026-04-01']],
		['03162', ['123-qd-ubnd-2025']],
		['03388', ['lai-chau-2025-09']],
		['03408', []],
	])('the decisions concerning commune %s are %j', (code, ids) => {
		expect(decisionsForCommune(model, commune(code)).map((d) => d.id)).toEqual(ids);
	});

	test('a province shortages are the union of its decisions, in the order first named', () => {
		expect(provinceShortages(model, '11')).toEqual(['cntt', 'dat-dai']);
		expect(provinceShortages(model, '12')).toEqual([]);
	});

	test('computes a commune coverage with its published needs and gaps', () => {
		const coverage = communeCoverage(model, commune('03160'), '2025-12-01');
		expect(coverage.province?.code).toBe('11');
		expect(coverage.assignments.map((a) => a.id)).toEqual(['123-qd-ubnd-2025/4', '123-qd-ubnd-2025/5', 'dien-bien-2026-04-01/3']);
		expect(coverage.specialtiesReceived).toEqual(['cntt', 'y-te']);
		expect(coverage.shortages).toEqual(['cntt', 'dat-dai']);
		expect(coverage.shortagesCovered).toEqual(['cntt']);
		expect(coverage.needs.map((n) => [n.specialty, n.need.needed, n.assigned, n.gap])).toEqual([['cntt', 3, 1, 2]]);
	});

	test('counts only assignments active on the as-of day against a need', () => {
		expect(communeCoverage(model, commune('03160'), '2026-05-01').needs.map((n) => [n.specialty, n.assigned, n.gap])).toEqual([['cntt', 1, 2]]);
		expect(communeCoverage(model, commune('03160'), '2026-08-01').needs.map((n) => [n.specialty, n.assigned, n.gap])).toEqual([['cntt', 0, 3]]);
	});

	test('computes a coverage once per model, commune and day, and afresh for another model', () => {
		const once = communeCoverage(model, commune('03160'), '2025-12-01');
		expect(communeCoverage(model, commune('03160'), '2025-12-01')).toBe(once);
		const emptied = { ...model, assignments: [] };
		expect(communeCoverage(emptied, commune('03160'), '2025-12-01').assignments).toEqual([]);
		expect(once.assignments.length).toBe(3);
	});

	test('leaves needs empty, never zero, for a commune with no published assessment', () => {
		expect(communeCoverage(model, commune('03127'), '2025-12-01').needs).toEqual([]);
	});

	test('computes specialty gaps for a province', () => {
		expect(specialtyGaps(model, '2025-12-01', '11')).toEqual([
			{ specialty: 'cntt', communesReceived: 1, communesShortNotItemized: 4, needed: 5, assignedWhereNeeded: 1 },
			{ specialty: 'dat-dai', communesReceived: 0, communesShortNotItemized: 5, needed: 1, assignedWhereNeeded: 0 },
			{ specialty: 'tai-chinh', communesReceived: 1, communesShortNotItemized: 0 },
			{ specialty: 'xay-dung', communesReceived: 1, communesShortNotItemized: 0 },
			{ specialty: 'y-te', communesReceived: 1, communesShortNotItemized: 0 },
		]);
	});

	test('counts people and communes by sending agency, largest first', () => {
		expect(agencyCounts(model, '11')).toEqual([
			{ agency: 'so-tai-chinh-dien-bien', people: 2, communes: 1 },
			{ agency: 'so-xay-dung-dien-bien', people: 1, communes: 1 },
			{ agency: 'so-y-te-dien-bien', people: 1, communes: 1 },
			{ agency: 'trung-tam-dich-vu-viec-lam-dien-bien', people: 1, communes: 1 },
		]);
		expect(agencyCounts(model, '12')).toEqual([]);
	});

	test('builds the commune × specialty matrix with the named shortages as columns', () => {
		const matrix = communeSpecialtyMatrix(model, '11');
		expect(matrix.communes.map((c) => c.code)).toEqual(['03127', '03151', '03158', '03160', '03162']);
		expect(matrix.specialties).toEqual(['cntt', 'dat-dai', 'tai-chinh', 'xay-dung', 'y-te']);
		expect(Object.fromEntries(matrix.counts)).toEqual({ '03127|xay-dung': 1, '03158|tai-chinh': 2, '03160|cntt': 2, '03160|y-te': 1 });
	});

	test('sums declared totals per province, keeping lower bounds and unpublished totals visible', () => {
		expect(nationalPanel(model).map((r) => [r.province.code, r.decisions, r.declared, r.declaredAtLeast, r.notPublished, r.itemized])).toEqual([
			['11', 2, 5, false, 1, 6],
			['12', 1, 3, true, 0, 0],
		]);
	});

	test('gives the reconciliation lines of one decision, categories first then the total', () => {
		expect(reconciliationOf(model, '123-qd-ubnd-2025').map((r) => r.category ?? 'total')).toEqual(['so-nganh', 'tram-y-te', 'total']);
	});
});

describe('whether decisions overlap in time', () => {
	test.each([
		[
			'one ends before the other starts',
			[
				{ start: '2025-10-20', end: '2026-01-13' },
				{ start: '2026-01-14', end: '2026-03-31' },
			],
			false,
		],
		[
			'they share a day',
			[
				{ start: '2025-10-20', end: '2026-04-19' },
				{ start: '2026-01-15', end: '2026-03-31' },
			],
			true,
		],
		['one has no end', [{ start: '2025-08-01' }, { start: '2026-01-15', end: '2026-03-31' }], true],
		['one has no start', [{ end: '2026-04-19' }, { start: '2026-01-15', end: '2026-03-31' }], false],
		['a single decision', [{ start: '2025-10-20', end: '2026-04-19' }], false],
	])('%s: %s', (_, decisions, expected) => {
		expect(periodsOverlap(decisions)).toBe(expected);
	});
});

describe('named people', () => {
	test('counts only rows that name a person', () => {
		expect(namedCount([{ person_name: 'Nguyễn Văn A' }, {}, { person_name: '' }, { person_name: 'B' }])).toBe(2);
	});
});
