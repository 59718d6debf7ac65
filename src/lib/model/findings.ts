import { groupBy } from './indexes.ts';
import type { AssignmentModel, DecisionModel, Finding, Reconciliation } from './types.ts';

const nf = new Intl.NumberFormat('vi-VN');
const nfEn = new Intl.NumberFormat('en-GB');

/** A declared count with its qualifier kept ("ít nhất 250" / "at least 250"): a finding never drops it. */
function declaredIn(count: number, qualifier: 'exact' | 'at-least' | 'about' = 'exact'): { vi: string; en: string } {
	const prefix = { exact: ['', ''], 'at-least': ['ít nhất ', 'at least '], about: ['khoảng ', 'about '] }[qualifier];
	return { vi: `${prefix[0]}${nf.format(count)}`, en: `${prefix[1]}${nfEn.format(count)}` };
}

/** How many itemized rows name a person, as a clause: itemized rows are not named people. */
function namedClause(named: number): { vi: string; en: string } {
	return { vi: `, trong đó ${nf.format(named)} dòng có tên người`, en: `, ${nfEn.format(named)} of them with a published name` };
}

/**
 * Declared against itemized, per decision and category, plus a total line per decision. A category
 * with no published number has `declared` undefined: it is shown as "not published", never as zero.
 */
export function reconcile(decisions: readonly DecisionModel[], assignments: readonly AssignmentModel[]): Reconciliation[] {
	const lines: Reconciliation[] = [];
	const byDecision = groupBy(assignments, (a) => a.decision);
	for (const decision of decisions) {
		const rows = byDecision.get(decision.id) ?? [];
		const named = (list: AssignmentModel[]): number => list.filter((a) => a.person_name).length;
		for (const category of decision.declared) {
			const inCategory = rows.filter((a) => a.category === category.id);
			const line: Reconciliation = {
				decision: decision.id,
				category: category.id,
				declaredCategory: category,
				qualifier: category.qualifier,
				itemized: inCategory.length,
				named: named(inCategory),
			};
			if (category.count !== undefined) {
				line.declared = category.count;
				setDifference(line, category.count, inCategory.length);
			}
			lines.push(line);
		}
		const total: Reconciliation = { decision: decision.id, qualifier: decision.declared_total_qualifier, itemized: rows.length, named: named(rows) };
		if (decision.declared_total !== undefined) {
			total.declared = decision.declared_total;
			setDifference(total, decision.declared_total, rows.length);
		}
		lines.push(total);
	}
	return lines;
}

/**
 * Declared minus itemized, as two separate facts: how many are not itemized (0 or more), or, where the
 * rows outnumber the declared figure, how many more rows there are. A count is never negative.
 */
function setDifference(line: Reconciliation, declared: number, itemized: number): void {
	if (itemized <= declared) line.notItemized = declared - itemized;
	else {
		line.notItemized = 0;
		line.overItemized = itemized - declared;
	}
}

/**
 * Every finding the data-quality page publishes: declared totals not (fully) itemized, decisions
 * without a published number, figures that differ between sources, categories that do not add up to
 * the total, and statements no second source confirms.
 */
export function buildFindings(decisions: readonly DecisionModel[], reconciliations: readonly Reconciliation[]): Finding[] {
	const findings: Finding[] = [];
	for (const decision of decisions) {
		const total = reconciliations.find((r) => r.decision === decision.id && r.category === undefined);
		if (total && total.declared !== undefined && total.itemized > total.declared) {
			// More rows than the decision declares: the rows or the figure are wrong, and the reader is told which numbers disagree.
			const declared = declaredIn(total.declared, total.qualifier);
			findings.push({
				kind: 'declared-vs-itemized',
				decision: decision.id,
				declared: total.declared,
				itemized: total.itemized,
				text: {
					vi: `Công bố ${declared.vi} người, nhưng có ${nf.format(total.itemized)} dòng phân công được liệt kê${namedClause(total.named).vi}: nhiều hơn ${nf.format(total.itemized - total.declared)} so với số công bố.`,
					en: `${declared.en} people declared, but ${nfEn.format(total.itemized)} assignment rows are itemized${namedClause(total.named).en}: ${nfEn.format(total.itemized - total.declared)} more than declared.`,
				},
			});
		} else if (total && total.declared !== undefined && total.itemized !== total.declared) {
			const itemized = total.itemized;
			const declared = declaredIn(total.declared, total.qualifier);
			// "At least 250" with 0 rows leaves at least 250 not itemized: the qualifier carries over.
			const rest = declaredIn(total.declared - itemized, total.qualifier === 'exact' ? 'exact' : total.qualifier);
			findings.push({
				kind: 'declared-vs-itemized',
				decision: decision.id,
				declared: total.declared,
				itemized,
				text: {
					vi: `Công bố ${declared.vi} người; ${nf.format(itemized)} dòng phân công được liệt kê${itemized > 0 ? namedClause(total.named).vi : ''}; ${rest.vi} người chưa được công bố chi tiết.`,
					en: `${declared.en} people declared; ${nfEn.format(itemized)} assignment rows itemized${itemized > 0 ? namedClause(total.named).en : ''}; ${rest.en} not itemized in any published source.`,
				},
			});
		}
		if (decision.declared_total === undefined) {
			findings.push({
				kind: 'not-published',
				decision: decision.id,
				itemized: total?.itemized ?? 0,
				text: {
					vi: `Nguồn không công bố tổng số người${total && total.itemized > 0 ? `; ${nf.format(total.itemized)} dòng phân công được liệt kê${namedClause(total.named).vi}` : ''}.`,
					en: `No total number of people was published${total && total.itemized > 0 ? `; ${nfEn.format(total.itemized)} assignment rows are itemized${namedClause(total.named).en}` : ''}.`,
				},
			});
		}
		// A category with more rows than it declares: said per category, as the total is.
		for (const line of reconciliations) {
			if (line.decision !== decision.id || line.category === undefined || line.overItemized === undefined || line.declared === undefined) continue;
			const label = line.declaredCategory;
			findings.push({
				kind: 'declared-vs-itemized',
				decision: decision.id,
				category: line.category,
				declared: line.declared,
				itemized: line.itemized,
				text: {
					vi: `Nhóm "${label?.label ?? line.category}": công bố ${declaredIn(line.declared, line.qualifier).vi} người, nhưng có ${nf.format(line.itemized)} dòng phân công được liệt kê, nhiều hơn ${nf.format(line.overItemized)}.`,
					en: `Category "${label?.label_en ?? line.category}": ${declaredIn(line.declared, line.qualifier).en} people declared, but ${nfEn.format(line.itemized)} assignment rows are itemized, ${nfEn.format(line.overItemized)} more than declared.`,
				},
			});
		}
		const categoryCounts = decision.declared.map((c) => c.count);
		if (decision.declared_total !== undefined && categoryCounts.length > 0 && categoryCounts.every((c) => c !== undefined)) {
			const sum = categoryCounts.reduce<number>((a, b) => a + (b ?? 0), 0);
			if (sum !== decision.declared_total) {
				findings.push({
					kind: 'categories-vs-total',
					decision: decision.id,
					declared: decision.declared_total,
					other: sum,
					text: {
						vi: `Các nhóm cộng lại được ${nf.format(sum)}, khác tổng số công bố ${declaredIn(decision.declared_total, decision.declared_total_qualifier).vi}.`,
						en: `The categories add up to ${nfEn.format(sum)}, not the declared total of ${declaredIn(decision.declared_total, decision.declared_total_qualifier).en}.`,
					},
				});
			}
		}
		for (const figure of decision.reported_figures) {
			const finding: Finding = {
				kind: 'differing-figures',
				decision: decision.id,
				other: figure.count,
				text: {
					vi: `Một nguồn nêu con số ${nf.format(figure.count)}: ${figure.note}`,
					en: `A source gives the figure ${nfEn.format(figure.count)}: ${figure.note_en}`,
				},
			};
			if (decision.declared_total !== undefined) finding.declared = decision.declared_total;
			const source = decision.sources.find((s) => s.id === figure.source);
			if (source) finding.source = source;
			findings.push(finding);
		}
		for (const statement of decision.unverified) {
			findings.push({
				kind: 'unverified',
				decision: decision.id,
				text: { vi: statement, en: `Not yet confirmed by a second source (stated in Vietnamese): ${statement}` },
			});
		}
	}
	return findings;
}
