import type { Agency } from '../schemas/agency.ts';
import type { Specialty } from '../schemas/specialty.ts';
import { formatDate, formatNumber, localePath, t, type Lang } from './i18n.ts';
import type { CommuneModel, DecisionModel, Model, ProvinceModel } from './model/types.ts';

/**
 * Presentation helpers shared by pages, charts and datasets: names in a language, paths of pages,
 * counts with their qualifier. Pure: paths are returned without the site's base.
 */

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

/** A commune's full name in a language: "Phường Mường Thanh" / "Muong Thanh Ward". */
export function communeName(commune: CommuneModel, lang: Lang): string {
	return lang === 'vi' ? commune.full_name : commune.name_en;
}

/** A province's name in a language. */
export function provinceName(province: ProvinceModel, lang: Lang): string {
	return lang === 'vi' ? province.full_name : province.name_en;
}

/** A specialty's label in a language. */
export function specialtyName(specialty: Specialty, lang: Lang): string {
	return lang === 'vi' ? specialty.name : specialty.name_en;
}

/** An agency's name in a language. */
export function agencyName(agency: Agency, lang: Lang): string {
	return lang === 'vi' ? agency.name : agency.name_en;
}

/** A decision's short label: its number, or "Chưa công bố số hiệu (14/01/2026)" / "Number not published (14/01/2026)" (not an error: no source published one). */
export function decisionLabel(decision: DecisionModel, lang: Lang): string {
	if (decision.number) return decision.number;
	const when = formatDate(decision.date ?? decision.announced, lang);
	return lang === 'vi' ? `Chưa công bố số hiệu (${when})` : `Number not published (${when})`;
}

/** A decision's title in a language. */
export function decisionTitle(decision: DecisionModel, lang: Lang): string {
	return lang === 'vi' ? decision.title : decision.title_en;
}

/**
 * A declared count with its qualifier, or "not published" when there is none.
 * @example formatCount('vi', 250, 'at-least') // 'ít nhất 250'
 */
export function formatCount(lang: Lang, count: number | undefined, qualifier: 'exact' | 'at-least' | 'about' = 'exact'): string {
	if (count === undefined) return t(lang, 'common.notPublished');
	const n = formatNumber(lang, count);
	if (qualifier === 'at-least') return `${t(lang, 'common.atLeast')} ${n}`;
	if (qualifier === 'about') return `${t(lang, 'common.about')} ${n}`;
	return n;
}

/** A period as dd/mm/yyyy–dd/mm/yyyy, with "…" for an open end. */
export function formatPeriod(lang: Lang, start: string | undefined, end: string | undefined): string {
	if (!start && !end) return t(lang, 'common.unknown');
	return `${start ? formatDate(start, lang) : '…'} – ${end ? formatDate(end, lang) : '…'}`;
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

const UNIT_EN: Record<string, string> = { xã: 'Commune', phường: 'Ward', 'thị trấn': 'Town', 'đặc khu': 'Special Zone' };

/**
 * The "merged from" list of a commune in English word order, the unit type after the name, as the
 * commune's own English name has it; undefined when the text is not such a list (it is then shown in
 * Vietnamese, marked as such). Names keep their diacritics: they are proper nouns.
 * @example mergedFromEn('xã Pú Hồng và xã Phình Giàng') // 'Pú Hồng Commune and Phình Giàng Commune'
 * @example mergedFromEn('các phường Him Lam, Tân Thanh và xã Thanh Minh') // 'Him Lam Ward, Tân Thanh Ward and Thanh Minh Commune'
 */
export function mergedFromEn(text: string): string | undefined {
	const parts = text
		.trim()
		.split(/\s*,\s*|\s+và\s+/u)
		.filter(Boolean);
	const items: string[] = [];
	let unit: string | undefined;
	for (const part of parts) {
		// "các xã A" or "xã A" sets the type for this name and the ones after it ("các xã A, B và C").
		const match = /^(?:các\s+)?(xã|phường|thị trấn|đặc khu)\s+(.+)$/iu.exec(part);
		if (match) unit = UNIT_EN[match[1]!.toLowerCase()];
		const name = match ? match[2]! : part;
		if (!unit || /\s(?:xã|phường|và)\s/u.test(` ${name} `)) return undefined;
		items.push(`${name} ${unit}`);
	}
	if (items.length === 0) return undefined;
	return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
