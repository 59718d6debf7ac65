import type { Lookup } from '../lookup.ts';
import type { AssignmentModel, DecisionModel, Finding, Model, NeedModel } from './types.ts';

/**
 * Indexes of the model by the keys pages ask for most, built once per model. At national scale
 * (30,000 assignments, 3,321 communes) filtering the whole list on every page is what makes a build
 * slow; a lookup in a map is not.
 */
export interface ModelIndexes {
	assignmentsByCommune: ReadonlyMap<string, AssignmentModel[]>;
	assignmentsByDecision: ReadonlyMap<string, AssignmentModel[]>;
	assignmentsByAgency: ReadonlyMap<string, AssignmentModel[]>;
	assignmentsBySpecialty: ReadonlyMap<string, AssignmentModel[]>;
	decisionsByProvince: ReadonlyMap<string, DecisionModel[]>;
	needsByCommune: ReadonlyMap<string, NeedModel[]>;
	findingsByDecision: ReadonlyMap<string, Finding[]>;
	/** Decisions that name a decision in their amends, extends or ends, by the id they name. */
	relatedTo: ReadonlyMap<string, DecisionRelation[]>;
	/** The model's entities by code and id (read through `lookup` in src/lib/lookup.ts). */
	lookup: Lookup;
}

/** Kinds of relation a decision states with earlier ones, in the order pages list them. */
export const RELATION_KINDS = ['amends', 'extends', 'ends'] as const;

/** One decision's relation with another: `other` amends, extends or ends it (reverse), or it does that to `other`. */
export interface DecisionRelation {
	kind: (typeof RELATION_KINDS)[number];
	other: DecisionModel;
	reverse: boolean;
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		if (key === undefined) continue;
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
}

/** A lookup of items by a unique key. */
function byKey<T>(items: readonly T[], keyOf: (item: T) => string): (key: string) => T | undefined {
	const map = new Map(items.map((item) => [keyOf(item), item]));
	return (key) => map.get(key);
}

const cache = new WeakMap<Model, ModelIndexes>();

/** The indexes of a model (computed on first use, then shared). */
export function indexes(model: Model): ModelIndexes {
	let found = cache.get(model);
	if (!found) {
		found = {
			assignmentsByCommune: groupBy(model.assignments, (a) => a.commune),
			assignmentsByDecision: groupBy(model.assignments, (a) => a.decision),
			assignmentsByAgency: groupBy(model.assignments, (a) => a.agency),
			assignmentsBySpecialty: groupBy(model.assignments, (a) => a.specialty),
			decisionsByProvince: groupBy(model.decisions, (d) => d.province),
			needsByCommune: groupBy(model.needs, (n) => n.commune),
			findingsByDecision: groupBy(model.findings, (f) => f.decision),
			relatedTo: reverseRelations(model.decisions),
			lookup: {
				province: byKey(model.provinces, (p) => p.code),
				commune: byKey(model.communes, (c) => c.code),
				agency: byKey(model.agencies, (a) => a.id),
				specialty: byKey(model.specialties, (sp) => sp.id),
				decision: byKey(model.decisions, (d) => d.id),
			},
		};
		cache.set(model, found);
	}
	return found;
}

const none: never[] = [];

/** Itemized assignments of a decision. */
export function assignmentsOfDecision(model: Model, id: string): AssignmentModel[] {
	return indexes(model).assignmentsByDecision.get(id) ?? none;
}

/** Itemized assignments to a commune. */
export function assignmentsOfCommune(model: Model, code: string): AssignmentModel[] {
	return indexes(model).assignmentsByCommune.get(code) ?? none;
}

/** Itemized assignments from an agency. */
export function assignmentsOfAgency(model: Model, id: string): AssignmentModel[] {
	return indexes(model).assignmentsByAgency.get(id) ?? none;
}

/** Itemized assignments in a specialty. */
export function assignmentsOfSpecialty(model: Model, id: string): AssignmentModel[] {
	return indexes(model).assignmentsBySpecialty.get(id) ?? none;
}

/** Decisions of a province. */
export function decisionsOfProvince(model: Model, code: string): DecisionModel[] {
	return indexes(model).decisionsByProvince.get(code) ?? none;
}

/** Findings about a decision, in the model's order. */
export function findingsOfDecision(model: Model, id: string): Finding[] {
	return indexes(model).findingsByDecision.get(id) ?? none;
}

/**
 * A decision's relations: those it states (amends, extends, ends, in that order) and those other
 * decisions state about it (in decision order), without scanning every decision for each page.
 */
export function decisionRelations(model: Model, decision: DecisionModel): DecisionRelation[] {
	const { lookup, relatedTo } = indexes(model);
	const stated = RELATION_KINDS.flatMap((kind) =>
		decision[kind].flatMap((id) => {
			const other = lookup.decision(id);
			return other ? [{ kind, other, reverse: false }] : [];
		}),
	);
	return [...stated, ...(relatedTo.get(decision.id) ?? none)];
}

function reverseRelations(decisions: readonly DecisionModel[]): Map<string, DecisionRelation[]> {
	const related = new Map<string, DecisionRelation[]>();
	for (const other of decisions)
		for (const kind of RELATION_KINDS)
			// A decision naming another twice under one kind is one relation.
			for (const id of new Set(other[kind])) {
				const list = related.get(id);
				const relation = { kind, other, reverse: true };
				if (list) list.push(relation);
				else related.set(id, [relation]);
			}
	return related;
}
