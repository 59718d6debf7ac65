import { formatNumber } from '../format.ts';
import { bilingual, localize, type Localized } from '../i18n.ts';
import { groupBy } from './indexes.ts';
import type { AssignmentModel, DecisionModel, Finding, Reconciliation } from './types.ts';

/** A count the reader's way in each language: "1.234", "1,234". */
const count = (n: number): Localized => localize((lang) => formatNumber(lang, n));

/**
 * A declared count with its qualifier kept ("ít nhất 250" / "at least 250"): a finding never drops it.
 * @example declaredFigure(250, 'at-least') // { vi: 'ít nhất 250', en: 'at least 250' }
 */
export function declaredFigure(n: number, qualifier: 'exact' | 'at-least' | 'about' = 'exact'): Localized {
	if (qualifier === 'exact') return count(n);
	return bilingual(qualifier === 'at-least' ? 'figure.at-least' : 'figure.about', { n: count(n) });
}

/** How many itemized rows name a person, as a clause: itemized rows are not named people. */
const namedClause = (named: number): Localized => bilingual('finding.named', { n: count(named) });

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
				text: bilingual('finding.over-itemized', {
					declared: declaredFigure(total.declared, total.qualifier),
					itemized: count(total.itemized),
					named: namedClause(total.named),
					over: count(total.itemized - total.declared),
				}),
			});
		} else if (total && total.declared !== undefined && total.itemized !== total.declared) {
			const itemized = total.itemized;
			findings.push({
				kind: 'declared-vs-itemized',
				decision: decision.id,
				declared: total.declared,
				itemized,
				text: bilingual('finding.not-itemized', {
					declared: declaredFigure(total.declared, total.qualifier),
					itemized: count(itemized),
					named: itemized > 0 ? namedClause(total.named) : '',
					// "At least 250" with 0 rows leaves at least 250 not itemized: the qualifier carries over.
					rest: declaredFigure(total.declared - itemized, total.qualifier),
				}),
			});
		}
		if (decision.declared_total === undefined) {
			findings.push({
				kind: 'not-published',
				decision: decision.id,
				itemized: total?.itemized ?? 0,
				text: bilingual('finding.not-published', {
					itemized:
						total && total.itemized > 0
							? bilingual('finding.not-published.itemized', { itemized: count(total.itemized), named: namedClause(total.named) })
							: '',
				}),
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
				text: bilingual('finding.category-over-itemized', {
					category: { vi: label?.label ?? line.category, en: label?.label_en ?? line.category },
					declared: declaredFigure(line.declared, line.qualifier),
					itemized: count(line.itemized),
					over: count(line.overItemized),
				}),
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
					text: bilingual('finding.categories-vs-total', {
						sum: count(sum),
						declared: declaredFigure(decision.declared_total, decision.declared_total_qualifier),
					}),
				});
			}
		}
		for (const figure of decision.reported_figures) {
			const finding: Finding = {
				kind: 'differing-figures',
				decision: decision.id,
				other: figure.count,
				text: bilingual('finding.differing-figures', { count: count(figure.count), note: { vi: figure.note, en: figure.note_en } }),
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
				text: bilingual('finding.unverified', { statement }),
			});
		}
	}
	return findings;
}
