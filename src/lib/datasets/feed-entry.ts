import { groupBy } from '../model/indexes.ts';
import { compareNames, formatNumber, t, type Lang } from '../i18n.ts';
import type { DecisionModel, Model } from '../model/types.ts';
import { lookup } from '../lookup.ts';
import { specialtyName } from '../names.ts';
import { formatCount } from '../format.ts';

/**
 * The summary of a decision's feed entry: what a reader following a province wants before opening
 * the page (the decision's number, its declared total and how much of it is itemized, the receiving
 * communes, the fields), never the title again.
 * @example decisionSummary(model, decision, 'vi') // 'Quyết định số 2446/QĐ-UBND; tổng số công bố: 97 người, 5 người đã được liệt kê; tất cả xã, phường của tỉnh; lĩnh vực: Y tế.'
 */
export function decisionSummary(
	model: Model,
	decision: DecisionModel,
	lang: Lang,
	assignments = model.assignments.filter((a) => a.decision === decision.id),
): string {
	const index = lookup(model);
	const parts: string[] = [];
	parts.push(decision.number ? t(lang, 'feed.number', { number: decision.number }) : t(lang, 'feed.noNumber'));

	const total = model.reconciliations.find((r) => r.decision === decision.id && r.category === undefined);
	const declared =
		decision.declared_total === undefined
			? t(lang, 'feed.declaredNone')
			: t(lang, 'feed.declared', { count: formatCount(lang, decision.declared_total, decision.declared_total_qualifier) });
	parts.push(`${declared}, ${t(lang, 'feed.itemized', { n: formatNumber(lang, total?.itemized ?? assignments.length) })}`);

	// The communes the decision names; where it names none, those its itemized rows reach.
	const communes = decision.communes === 'all' ? 'all' : (decision.communes ?? [...new Set(assignments.map((a) => a.commune))]);
	parts.push(
		communes === 'all'
			? t(lang, 'feed.communesAll')
			: communes.length > 0
				? t(lang, 'feed.communes', { n: formatNumber(lang, communes.length) })
				: t(lang, 'feed.communesNone'),
	);

	// The fields: those of its itemized rows and those it names as lacking.
	const ids = new Set([...assignments.flatMap((a) => (a.specialty ? [a.specialty] : [])), ...decision.shortages]);
	const names = [...ids].flatMap((id) => {
		const specialty = index.specialty(id);
		return specialty ? [specialtyName(specialty, lang)] : [];
	});
	parts.push(names.length > 0 ? t(lang, 'feed.fields', { list: names.sort((a, b) => compareNames(a, b, lang)).join(', ') }) : t(lang, 'feed.fieldsNone'));
	return `${parts.join('; ')}.`;
}

/** The decisions' assignments, grouped once for a whole feed. */
export function assignmentsByDecision(model: Model) {
	return groupBy(model.assignments, (a) => a.decision);
}
