import { statusOn, type Status } from '../dates.ts';
import { assignmentsOfAgency, assignmentsOfCommune, assignmentsOfDecision, decisionsOfProvince, indexes } from '../model/indexes.ts';
import type { AssignmentModel, CommuneModel, DecisionModel, Model, NeedModel, ProvinceModel, Reconciliation } from '../model/types.ts';

/**
 * Pure aggregations of the model for pages, charts and datasets. Each takes the as-of day as an
 * argument; nothing reads the clock. The same rows feed a chart, its table and its download.
 */

/** A decision's status on the as-of day (see the methodology page: both ends inclusive). */
export function decisionStatus(decision: DecisionModel, asOf: string): Status {
	return statusOn(decision, asOf);
}

/** An assignment's status on the as-of day. */
export function assignmentStatus(assignment: AssignmentModel, asOf: string): Status {
	return statusOn(assignment, asOf);
}

/** The decisions that concern a commune: those naming it (or all its province's communes) and those with a row for it. */
export function decisionsForCommune(model: Model, commune: CommuneModel): DecisionModel[] {
	const itemized = new Set(assignmentsOfCommune(model, commune.code).map((a) => a.decision));
	return decisionsOfProvince(model, commune.province).filter(
		(d) => d.communes === 'all' || (Array.isArray(d.communes) && d.communes.includes(commune.code)) || itemized.has(d.id),
	);
}

/**
 * Specialties a province named as lacking: the union of the `shortages` of its decisions, in the
 * order first named.
 */
export function provinceShortages(model: Model, provinceCode: string): string[] {
	const ids: string[] = [];
	for (const d of decisionsOfProvince(model, provinceCode)) for (const id of d.shortages) if (!ids.includes(id)) ids.push(id);
	return ids;
}

/** Published needs and the remaining gap for one commune and specialty. */
export interface NeedGap {
	specialty: string;
	/** The latest published assessment. */
	need: NeedModel;
	/** Itemized assignments of that specialty active on the as-of day. */
	assigned: number;
	/** needed − assigned, never below zero. */
	gap: number;
}

/** Everything the commune page shows, computed once. */
export interface CommuneCoverage {
	commune: CommuneModel;
	province: ProvinceModel | undefined;
	decisions: DecisionModel[];
	assignments: AssignmentModel[];
	/** Specialties of the itemized assignments (any status), in taxonomy order. */
	specialtiesReceived: string[];
	/** Specialties the province named as lacking. */
	shortages: string[];
	/** Of those, the ones this commune received someone for (itemized). */
	shortagesCovered: string[];
	/** Published needs with their gap; empty when no assessment is published (never read as zero). */
	needs: NeedGap[];
}

const coverages = new WeakMap<Model, Map<string, CommuneCoverage>>();

/** Computes a commune's coverage on the as-of day (once per model, commune and day: its page and its chart file both ask). */
export function communeCoverage(model: Model, commune: CommuneModel, asOf: string): CommuneCoverage {
	let known = coverages.get(model);
	if (!known) coverages.set(model, (known = new Map()));
	const key = `${commune.code}|${asOf}`;
	let coverage = known.get(key);
	if (!coverage) known.set(key, (coverage = computeCoverage(model, commune, asOf)));
	return coverage;
}

function computeCoverage(model: Model, commune: CommuneModel, asOf: string): CommuneCoverage {
	const assignments = assignmentsOfCommune(model, commune.code);
	const order = model.specialties.map((s) => s.id);
	const received = [...new Set(assignments.flatMap((a) => (a.specialty ? [a.specialty] : [])))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
	const shortages = provinceShortages(model, commune.province);
	const latest = new Map<string, NeedModel>();
	for (const need of indexes(model).needsByCommune.get(commune.code) ?? []) {
		const previous = latest.get(need.specialty);
		if (!previous || previous.assessed < need.assessed) latest.set(need.specialty, need);
	}
	const needs = [...latest.values()].map((need) => {
		const assigned = assignments.filter((a) => a.specialty === need.specialty && assignmentStatus(a, asOf) === 'active').length;
		return { specialty: need.specialty, need, assigned, gap: Math.max(0, need.needed - assigned) };
	});
	return {
		commune,
		province: model.provinces.find((p) => p.code === commune.province),
		decisions: decisionsForCommune(model, commune),
		assignments,
		specialtiesReceived: received,
		shortages,
		shortagesCovered: shortages.filter((id) => received.includes(id)),
		needs: needs.sort((a, b) => order.indexOf(a.specialty) - order.indexOf(b.specialty)),
	};
}

/** One line of the specialty gap chart. */
export interface SpecialtyGapRow {
	specialty: string;
	/** Communes with at least one itemized assignment of this specialty. */
	communesReceived: number;
	/** Communes of provinces that named this specialty as lacking, with no itemized assignment of it. */
	communesShortNotItemized: number;
	/** Sum of published needs (only where an assessment is published). */
	needed?: number;
	/** Active itemized assignments in communes with a published need for it. */
	assignedWhereNeeded?: number;
}

/**
 * For each specialty: how many communes received a specialist, and how many communes of provinces
 * that named it as lacking have nothing itemized for it. Limited to one province when given.
 */
export function specialtyGaps(model: Model, asOf: string, provinceCode?: string): SpecialtyGapRow[] {
	const communes = provinceCode ? model.communes.filter((c) => c.province === provinceCode) : model.communes;
	const { needsByCommune } = indexes(model);
	// One pass over the communes in scope (a province's, or all), grouping their rows and needs by specialty.
	const rowsOf = new Map<string, AssignmentModel[]>();
	const needsOf = new Map<string, NeedModel[]>();
	for (const commune of communes) {
		for (const a of assignmentsOfCommune(model, commune.code)) if (a.specialty) push(rowsOf, a.specialty, a);
		for (const n of needsByCommune.get(commune.code) ?? []) push(needsOf, n.specialty, n);
	}
	const shortProvincesOf = new Map<string, Set<string>>();
	for (const d of provinceCode ? decisionsOfProvince(model, provinceCode) : model.decisions) {
		for (const id of d.shortages) {
			const set = shortProvincesOf.get(id) ?? new Set<string>();
			set.add(d.province);
			shortProvincesOf.set(id, set);
		}
	}
	const rows: SpecialtyGapRow[] = [];
	for (const specialty of model.specialties) {
		const inSpecialty = rowsOf.get(specialty.id) ?? [];
		const received = new Set(inSpecialty.map((a) => a.commune));
		const shortProvinces = shortProvincesOf.get(specialty.id);
		const short = shortProvinces ? communes.filter((c) => shortProvinces.has(c.province) && !received.has(c.code)).length : 0;
		const needs = needsOf.get(specialty.id) ?? [];
		const row: SpecialtyGapRow = { specialty: specialty.id, communesReceived: received.size, communesShortNotItemized: short };
		if (needs.length > 0) {
			row.needed = needs.reduce((sum, n) => sum + n.needed, 0);
			const needed = new Set(needs.map((n) => n.commune));
			row.assignedWhereNeeded = inSpecialty.filter((a) => needed.has(a.commune) && assignmentStatus(a, asOf) === 'active').length;
		}
		if (row.communesReceived + row.communesShortNotItemized + (row.needed ?? 0) > 0) rows.push(row);
	}
	return rows;
}

/** Adds an item to its group. */
function push<T>(groups: Map<string, T[]>, key: string, item: T): void {
	const group = groups.get(key);
	if (group) group.push(item);
	else groups.set(key, [item]);
}

/** People sent by one agency (itemized rows only). */
export interface AgencyCount {
	agency: string;
	people: number;
	communes: number;
}

/** Agencies by number of itemized people sent, largest first; limited to one province when given. */
export function agencyCounts(model: Model, provinceCode?: string): AgencyCount[] {
	const agencies = model.agencies.filter((a) => !provinceCode || a.province === provinceCode);
	return agencies
		.map((agency) => {
			const rows = assignmentsOfAgency(model, agency.id);
			return { agency: agency.id, people: rows.length, communes: new Set(rows.map((r) => r.commune)).size };
		})
		.filter((row) => row.people > 0)
		.sort((a, b) => b.people - a.people || a.agency.localeCompare(b.agency));
}

/** Itemized assignments per commune and specialty of a province: the matrix. */
export function communeSpecialtyMatrix(model: Model, provinceCode: string): { communes: CommuneModel[]; specialties: string[]; counts: Map<string, number> } {
	const communes = model.communes.filter((c) => c.province === provinceCode);
	const counts = new Map<string, number>();
	for (const commune of communes) {
		for (const a of assignmentsOfCommune(model, commune.code)) {
			if (!a.specialty) continue;
			const key = `${a.commune}|${a.specialty}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	const used = new Set([...counts.keys()].map((key) => key.split('|')[1]!));
	const shortages = provinceShortages(model, provinceCode);
	const specialties = model.specialties.map((s) => s.id).filter((id) => used.has(id) || shortages.includes(id));
	return { communes, specialties, counts };
}

/** A province's line in the national panel. */
export interface ProvincePanelRow {
	province: ProvinceModel;
	decisions: number;
	/** Sum of declared totals, where at least one was published. */
	declared?: number;
	/** Whether any summed figure is a lower bound (">250"). */
	declaredAtLeast: boolean;
	/** Decisions whose total was not published. */
	notPublished: number;
	itemized: number;
}

/** Every province with a reported secondment: declared totals, not-published counts and itemized rows. */
export function nationalPanel(model: Model): ProvincePanelRow[] {
	const rows: ProvincePanelRow[] = [];
	for (const province of model.provinces) {
		const decisions = decisionsOfProvince(model, province.code);
		if (decisions.length === 0) continue;
		const published = decisions.filter((d) => d.declared_total !== undefined);
		const row: ProvincePanelRow = {
			province,
			decisions: decisions.length,
			declaredAtLeast: published.some((d) => d.declared_total_qualifier !== 'exact'),
			notPublished: decisions.length - published.length,
			itemized: decisions.reduce((sum, d) => sum + assignmentsOfDecision(model, d.id).length, 0),
		};
		if (published.length > 0) row.declared = published.reduce((sum, d) => sum + (d.declared_total ?? 0), 0);
		rows.push(row);
	}
	return rows;
}

/** The reconciliation lines (declared vs itemized) of one decision: categories first, then the total. */
export function reconciliationOf(model: Model, decisionId: string): Reconciliation[] {
	return model.reconciliations.filter((r) => r.decision === decisionId);
}

/**
 * Whether any two of the decisions run at the same time (a day in common), so a sum of their totals
 * may count some people twice. A decision with no start is left out; one with no end runs on.
 * @example periodsOverlap([{ start: '2025-10-20', end: '2026-04-19' }, { start: '2026-01-14' }]) // true
 */
export function periodsOverlap(decisions: readonly { start?: string | undefined; end?: string | undefined }[]): boolean {
	const dated = decisions.filter((d) => d.start !== undefined);
	for (let i = 0; i < dated.length; i++) {
		for (let j = i + 1; j < dated.length; j++) {
			const a = dated[i]!;
			const b = dated[j]!;
			// ISO days compare as strings; a month ("2025-09") sorts before its days, which errs towards "overlap".
			if (a.start! <= (b.end ?? '9999') && b.start! <= (a.end ?? '9999')) return true;
		}
	}
	return false;
}

/** How many rows name a person, from a published source: itemized rows are not all named people. */
export function namedCount(rows: readonly { person_name?: string | undefined }[]): number {
	return rows.filter((r) => r.person_name).length;
}
