import { groupBy } from './indexes.ts';
import type { AssignmentModel, DecisionModel, Finding, Reconciliation } from './types.ts';

const nf = new Intl.NumberFormat('vi-VN');
const nfEn = new Intl.NumberFormat('en-GB');

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
			findings.push({
				kind: 'declared-vs-itemized',
				decision: decision.id,
				declared: total.declared,
				itemized: total.itemized,
				text: {
					vi: `Công bố ${nf.format(total.declared)} người, nhưng có ${nf.format(total.itemized)} phân công được liệt kê: nhiều hơn ${nf.format(total.itemized - total.declared)} so với số công bố.`,
					en: `${nfEn.format(total.declared)} people declared, but ${nfEn.format(total.itemized)} assignments are itemized: ${nfEn.format(total.itemized - total.declared)} more than declared.`,
				},
			});
		} else if (total && total.declared !== undefined && total.itemized !== total.declared) {
			const itemized = total.itemized;
			findings.push({
				kind: 'declared-vs-itemized',
				decision: decision.id,
				declared: total.declared,
				itemized,
				text: {
					vi: `Công bố ${nf.format(total.declared)} người, trong đó ${nf.format(itemized)} được liệt kê cụ thể; ${nf.format(total.declared - itemized)} chưa được công bố chi tiết.`,
					en: `${nfEn.format(total.declared)} people declared, ${nfEn.format(itemized)} itemized; ${nfEn.format(total.declared - itemized)} not itemized in any published source.`,
				},
			});
		}
		if (decision.declared_total === undefined) {
			findings.push({
				kind: 'not-published',
				decision: decision.id,
				itemized: total?.itemized ?? 0,
				text: {
					vi: `Nguồn không công bố tổng số người${total && total.itemized > 0 ? `; ${nf.format(total.itemized)} phân công được liệt kê` : ''}.`,
					en: `No total number of people was published${total && total.itemized > 0 ? `; ${nfEn.format(total.itemized)} assignments are itemized` : ''}.`,
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
					vi: `Nhóm "${label?.label ?? line.category}": công bố ${nf.format(line.declared)} người, nhưng có ${nf.format(line.itemized)} phân công được liệt kê, nhiều hơn ${nf.format(line.overItemized)}.`,
					en: `Category "${label?.label_en ?? line.category}": ${nfEn.format(line.declared)} people declared, but ${nfEn.format(line.itemized)} assignments are itemized, ${nfEn.format(line.overItemized)} more than declared.`,
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
						vi: `Các nhóm cộng lại được ${nf.format(sum)}, khác tổng số công bố ${nf.format(decision.declared_total)}.`,
						en: `The categories add up to ${nfEn.format(sum)}, not the declared total of ${nfEn.format(decision.declared_total)}.`,
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
