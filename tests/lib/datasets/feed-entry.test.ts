import { describe, expect, test } from 'vitest';
import { decisionSummary } from '../../../src/lib/datasets/feed-entry.ts';
import { BUNDLED_CONTENT, FORMULA_FIXTURE, tablesOf } from './helpers.ts';

describe('the summary of a feed entry', () => {
	const { model } = tablesOf(BUNDLED_CONTENT);
	const decision = model.decisions.find((d) => d.id === '2446-qd-ubnd-2025')!;

	test.each([
		['vi', 'Quyết định số 2446/QĐ-UBND; tổng số công bố: 97 người, ', '; tất cả xã, phường của tỉnh; lĩnh vực: '],
		['en', 'Decision No. 2446/QĐ-UBND; declared total: 97 people, ', '; every commune and ward of the province; fields: '],
	] as const)('gives in %s the number, the declared and itemized totals, the communes and the fields', (lang, start, middle) => {
		const summary = decisionSummary(model, decision, lang);
		expect(summary.startsWith(start)).toBe(true);
		expect(summary).toContain(middle);
		const itemized = model.assignments.filter((a) => a.decision === decision.id).length;
		expect(summary).toContain(lang === 'vi' ? `${itemized} người đã được liệt kê` : `${itemized} itemized`);
		expect(summary).not.toContain(lang === 'vi' ? decision.title : decision.title_en);
	});

	test('counts the communes its rows reach when a decision names none, and says what is not published', () => {
		const { model: fixture } = tablesOf(FORMULA_FIXTURE);
		for (const d of fixture.decisions) {
			const summary = decisionSummary(fixture, d, 'en');
			const rows = fixture.assignments.filter((a) => a.decision === d.id);
			if (d.communes === undefined && rows.length > 0) expect(summary).toContain(`${new Set(rows.map((a) => a.commune)).size} communes and wards`);
			if (d.declared_total === undefined) expect(summary).toContain('total not published');
			if (!d.number) expect(summary.startsWith('Decision number not found')).toBe(true);
		}
		const bare = { ...decision, number: undefined, declared_total: undefined, communes: undefined, shortages: [] };
		expect(decisionSummary({ ...model, assignments: [], reconciliations: [] }, bare, 'en', [])).toBe(
			'Decision number not found; total not published, 0 itemized; receiving communes not published; fields not published.',
		);
	});
});
