import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/lib/io/read-content.ts';
import { buildModel } from '../../../src/lib/model/build-model.ts';
import { decisionRelations, findingsOfDecision, RELATION_KINDS } from '../../../src/lib/model/indexes.ts';
import type { DecisionModel, Model } from '../../../src/lib/model/types.ts';
import { MINIMAL } from '../../content/fixture.ts';

const { model } = buildModel(readContent(MINIMAL).records);

/** What the decision page computed before the index: its own relations, then a scan of every decision. */
function scanned(of: Model, decision: DecisionModel) {
	const find = (id: string) => of.decisions.find((d) => d.id === id);
	const stated = RELATION_KINDS.flatMap((kind) =>
		decision[kind].flatMap((id) => {
			const other = find(id);
			return other ? [{ kind, other, reverse: false }] : [];
		}),
	);
	const reverse = of.decisions.flatMap((other) =>
		RELATION_KINDS.flatMap((kind) => (other[kind].includes(decision.id) ? [{ kind, other, reverse: true }] : [])),
	);
	return [...stated, ...reverse];
}

describe('decisionRelations', () => {
	test('gives the bundled fixture the relations a scan of every decision gives, in the same order', () => {
		expect(model.decisions.some((d) => RELATION_KINDS.some((kind) => d[kind].length > 0))).toBe(true);
		for (const decision of model.decisions) expect(decisionRelations(model, decision)).toEqual(scanned(model, decision));
	});

	test('keeps decision order and kind order when several decisions name one, and counts a repeated id once', () => {
		const [first, second, third] = model.decisions as [DecisionModel, DecisionModel, DecisionModel];
		const decisions: DecisionModel[] = [
			{ ...first, amends: [], extends: [], ends: [] },
			{ ...second, amends: [first.id], extends: [], ends: [first.id, first.id] },
			{ ...third, amends: [first.id, second.id], extends: [first.id], ends: ['no-such-decision'] },
		];
		const changed: Model = { ...model, decisions };
		for (const decision of decisions) expect(decisionRelations(changed, decision)).toEqual(scanned(changed, decision));
		expect(decisionRelations(changed, decisions[0]!).map((r) => [r.kind, r.other.id, r.reverse])).toEqual([
			['amends', second.id, true],
			['ends', second.id, true],
			['amends', third.id, true],
			['extends', third.id, true],
		]);
	});
});

describe('findingsOfDecision', () => {
	test('gives the findings of a decision in the model order, and none for a decision without any', () => {
		expect(model.findings.length).toBeGreaterThan(0);
		for (const decision of model.decisions) expect(findingsOfDecision(model, decision.id)).toEqual(model.findings.filter((f) => f.decision === decision.id));
		expect(findingsOfDecision(model, 'no-such-decision')).toEqual([]);
	});
});
