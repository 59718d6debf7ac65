import { localePath, type Lang } from './i18n.ts';
import { lookup } from './lookup.ts';
import type { CommuneModel, Model, ProvinceModel } from './model/types.ts';

/**
 * The paths of the site's pages, one function per kind of page, and which provinces have a page.
 * Pure: paths are returned without the site's base.
 */

/** A province's page path, e.g. "/dien-bien/". */
export function provincePath(province: ProvinceModel): string {
	return `/${province.slug}/`;
}

/** Provinces that have a page: those with communes or decisions in the content, in the model's order. */
export function provincesWithPages(model: Model): ProvinceModel[] {
	const used = new Set([...model.communes.map((c) => c.province), ...model.decisions.map((d) => d.province)]);
	return model.provinces.filter((p) => used.has(p.code));
}

/** A commune's page path, e.g. "/dien-bien/muong-thanh/". */
export function communePath(model: Model, commune: CommuneModel): string {
	const province = lookup(model).province(commune.province);
	return `/${province?.slug ?? commune.province}/${commune.slug}/`;
}

/** A decision's page path, e.g. "/quyet-dinh/2446-qd-ubnd-2025/". */
export function decisionPath(decision: { id: string }): string {
	return `/quyet-dinh/${decision.id}/`;
}

/** A specialty's page path, e.g. "/linh-vuc/cntt/". */
export function specialtyPath(specialty: { id: string }): string {
	return `/linh-vuc/${specialty.id}/`;
}

/** An agency's page path, e.g. "/co-quan/so-xay-dung-dien-bien/". */
export function agencyPath(agency: { id: string }): string {
	return `/co-quan/${agency.id}/`;
}

/** A path in a language (without base). */
export function inLang(lang: Lang, path: string): string {
	return localePath(lang, path);
}
