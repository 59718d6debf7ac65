import type { Agency } from '../schemas/agency.ts';
import type { Specialty } from '../schemas/specialty.ts';
import type { CommuneModel, DecisionModel, Model, ProvinceModel } from './model/types.ts';

/** Index of the model by code and id, built once per model. */
export interface Lookup {
	province: (code: string) => ProvinceModel | undefined;
	commune: (code: string) => CommuneModel | undefined;
	agency: (id: string) => Agency | undefined;
	specialty: (id: string) => Specialty | undefined;
	decision: (id: string) => DecisionModel | undefined;
}

const lookups = new WeakMap<Model, Lookup>();

/** Builds (once per model) lookups by code and id. */
export function lookup(model: Model): Lookup {
	let found = lookups.get(model);
	if (!found) {
		const index = <T>(items: T[], key: (item: T) => string) => {
			const map = new Map(items.map((item) => [key(item), item]));
			return (k: string) => map.get(k);
		};
		found = {
			province: index(model.provinces, (p) => p.code),
			commune: index(model.communes, (c) => c.code),
			agency: index(model.agencies, (a) => a.id),
			specialty: index(model.specialties, (s) => s.id),
			decision: index(model.decisions, (d) => d.id),
		};
		lookups.set(model, found);
	}
	return found;
}
