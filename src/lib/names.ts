import type { Agency } from '../schemas/agency.ts';
import type { Specialty } from '../schemas/specialty.ts';
import { formatDate, t, type Lang } from './i18n.ts';
import type { CommuneModel, DecisionModel, ProvinceModel } from './model/types.ts';

/**
 * The names and titles of the model's things in a language. Content writes a text in Vietnamese and
 * its English twin beside it, in a field of the same name with `_en` (`name`, `name_en`): `localized`
 * is that rule, in one place.
 */

/** The fields of a record that have an English twin: `name` where the record also has `name_en`. */
export type TwinnedField<T> = { [K in keyof T & string]: `${K}_en` extends keyof T ? K : never }[keyof T & string];

/**
 * A record's text in a language: the field itself in Vietnamese, its `_en` twin in English.
 * @example localized({ name: 'Sở Xây dựng', name_en: 'Department of Construction' }, 'name', 'en') // 'Department of Construction'
 */
export function localized<T, K extends TwinnedField<T>>(record: T, field: K, lang: Lang): T[K] | T[`${K}_en` & keyof T] {
	return lang === 'vi' ? record[field] : record[`${field}_en` as `${K}_en` & keyof T];
}

/**
 * A place's name in a language: its full official name in Vietnamese ("Phường Mường Thanh"), its English
 * name, which carries the unit's type, in English ("Muong Thanh Ward"). Places have no `full_name_en`.
 */
function placeName(place: { full_name: string; name_en: string }, lang: Lang): string {
	return lang === 'vi' ? place.full_name : place.name_en;
}

/** A commune's full name in a language: "Phường Mường Thanh" / "Muong Thanh Ward". */
export const communeName: (commune: CommuneModel, lang: Lang) => string = placeName;

/** A province's name in a language: "Tỉnh Điện Biên" / "Dien Bien Province". */
export const provinceName: (province: ProvinceModel, lang: Lang) => string = placeName;

/** A specialty's label in a language. */
export function specialtyName(specialty: Specialty, lang: Lang): string {
	return localized(specialty, 'name', lang);
}

/** An agency's name in a language. */
export function agencyName(agency: Agency, lang: Lang): string {
	return localized(agency, 'name', lang);
}

/** A decision's short label: its number, or "Chưa công bố số hiệu (14/01/2026)" / "Number not published (14/01/2026)" (not an error: no source published one). */
export function decisionLabel(decision: DecisionModel, lang: Lang): string {
	if (decision.number) return decision.number;
	return t(lang, 'decision.numberNotPublished', { when: formatDate(decision.date ?? decision.announced, lang) });
}

/** A decision's title in a language. */
export function decisionTitle(decision: DecisionModel, lang: Lang): string {
	return localized(decision, 'title', lang);
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
