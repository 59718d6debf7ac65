import type { Agency } from '../schemas/agency.ts';
import type { Specialty } from '../schemas/specialty.ts';
import { indexes } from './model/indexes.ts';
import type { CommuneModel, DecisionModel, Model, ProvinceModel } from './model/types.ts';

/** Index of the model by code and id, built once per model. */
export interface Lookup {
	province: (code: string) => ProvinceModel | undefined;
	commune: (code: string) => CommuneModel | undefined;
	agency: (id: string) => Agency | undefined;
	specialty: (id: string) => Specialty | undefined;
	decision: (id: string) => DecisionModel | undefined;
}

/** Lookups by code and id, built once per model with the model's other indexes (src/lib/model/indexes.ts). */
export function lookup(model: Model): Lookup {
	return indexes(model).lookup;
}
