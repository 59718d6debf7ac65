// Imported by route files under src/pages: the static paths of every entity page, shared by both languages.
import { loadModel } from './model.ts';
import { provincesWithPages } from '../lib/paths.ts';

/** Provinces with a page: those with communes or decisions in the content. */
export async function provinceRoutes() {
	const model = await loadModel();
	return provincesWithPages(model).map((province) => ({ params: { province: province.slug }, props: { province } }));
}

/** Every commune, under its province's slug. */
export async function communeRoutes() {
	const model = await loadModel();
	return model.communes.map((commune) => {
		const province = model.provinces.find((p) => p.code === commune.province);
		return { params: { province: province?.slug ?? commune.province, commune: commune.slug }, props: { commune } };
	});
}

/** Every decision, by id. */
export async function decisionRoutes() {
	const model = await loadModel();
	return model.decisions.map((decision) => ({ params: { decision: decision.id }, props: { decision } }));
}

/** Every specialty, by id. */
export async function specialtyRoutes() {
	const model = await loadModel();
	return model.specialties.map((specialty) => ({ params: { specialty: specialty.id }, props: { specialty } }));
}

/** Every agency, by id. */
export async function agencyRoutes() {
	const model = await loadModel();
	return model.agencies.map((agency) => ({ params: { agency: agency.id }, props: { agency } }));
}
