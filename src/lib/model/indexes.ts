import type { AssignmentModel, DecisionModel, Model, NeedModel } from './types.ts';

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
