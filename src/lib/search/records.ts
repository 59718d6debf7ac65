import { t, withBase, type Lang } from '../i18n.ts';
import type { Model } from '../model/types.ts';
import {
	agencyName,
	agencyPath,
	communeName,
	communePath,
	decisionLabel,
	decisionPath,
	decisionTitle,
	inLang,
	lookup,
	provinceName,
	specialtyName,
	specialtyPath,
} from '../present.ts';
import { foldForSearch } from './fold.ts';

/**
 * Search records built from the model: one per commune, decision, agency, specialty and named person,
 * in each language. Pure: the Astro integration hands them to Pagefind's Node API.
 *
 * Vietnamese records hold Vietnamese text only: an English name such as "Duong Lam Commune" would put a
 * toneless "duong" beside "Dương" and blunt Pagefind's exact-tone ranking. Only names, numbers and
 * places are indexed (no codes, no dates): every distinct number would add to
 * the index chunk a reader downloads for a query with digits.
 *
 * Ranking rests on one searchable metadata field, `key` (the thing's name, folded with
 * `foldForSearch`), which the search page weights; `title`, `kind` and `context` are only shown.
 */

/** What a search result is, shown beside it. */
export type SearchKind = 'commune' | 'decision' | 'agency' | 'specialty' | 'person';

/** One record for Pagefind's `addCustomRecord`. */
export interface SearchRecord {
	/** Page the result links to, with the site's base path, e.g. "/dien-bien/muong-thanh/". */
	url: string;
	/** Searchable text, folded with `foldForSearch`. */
	content: string;
	/** Language of the index the record goes to. */
	language: Lang;
	meta: {
		/** Name shown as the result's link, with diacritics. */
		title: string;
		/** The result's type in the record's language, e.g. "Phường", "Quyết định". */
		kind: string;
		/** One line of context: the province, the decision's title, a person's commune. */
		context: string;
		/** The name again, folded: the metadata field the search page weights. */
		key: string;
	};
	filters: { type: SearchKind[] };
}

const sentence = (...parts: (string | undefined)[]): string =>
	parts
		.filter((part): part is string => part !== undefined && part.trim() !== '')
		.map((part) => part.trim())
		.join('. ');

/**
 * Builds every search record of a model in both languages, in a stable order (communes, decisions,
 * agencies, specialties, people), with URLs under the site's base path.
 * @example buildSearchRecords(model, '/')[0].url // '/dien-bien/dien-bien-phu/'
 */
export function buildSearchRecords(model: Model, base: string): SearchRecord[] {
	const find = lookup(model);
	const records: SearchRecord[] = [];
	const url = (lang: Lang, path: string) => withBase(base, inLang(lang, path));
	const add = (lang: Lang, kind: SearchKind, path: string, meta: { title: string; kind: string; context: string; key: string }, text: string) => {
		records.push({
			url: url(lang, path),
			content: foldForSearch(text),
			language: lang,
			meta: { ...meta, key: foldForSearch(meta.key) },
			filters: { type: [kind] },
		});
	};

	for (const lang of ['vi', 'en'] as const) {
		for (const commune of model.communes) {
			const province = find.province(commune.province);
			const provinceLabel = province ? provinceName(province, lang) : commune.province;
			const title = communeName(commune, lang);
			// The English index carries the Vietnamese name too, so a reader of the English pages who types it finds it.
			const key = lang === 'vi' ? commune.full_name : `${commune.name_en} ${commune.full_name}`;
			add(
				lang,
				'commune',
				communePath(model, commune),
				{ title, kind: t(lang, `common.type.${commune.type}`), context: provinceLabel, key },
				lang === 'vi'
					? sentence(commune.full_name, province?.full_name, commune.merged_from)
					: sentence(commune.name_en, commune.full_name, province?.name_en, province?.full_name, commune.merged_from),
			);
		}
		for (const decision of model.decisions) {
			const label = decisionLabel(decision, lang);
			const province = find.province(decision.province);
			add(
				lang,
				'decision',
				decisionPath(decision),
				{ title: label, kind: t(lang, 'common.decision'), context: decisionTitle(decision, lang), key: label },
				sentence(
					label,
					decision.number,
					decisionTitle(decision, lang),
					lang === 'vi' ? decision.issuer : decision.issuer_en,
					province ? provinceName(province, lang) : undefined,
					lang === 'en' ? decision.summary_en : undefined,
				),
			);
		}
		for (const agency of model.agencies) {
			const province = find.province(agency.province);
			const provinceLabel = province ? provinceName(province, lang) : agency.province;
			const title = agencyName(agency, lang);
			add(
				lang,
				'agency',
				agencyPath(agency),
				{ title, kind: t(lang, 'common.agency'), context: provinceLabel, key: lang === 'vi' ? agency.name : `${agency.name_en} ${agency.name}` },
				lang === 'vi' ? sentence(agency.name, provinceLabel) : sentence(agency.name_en, agency.name, provinceLabel),
			);
		}
		for (const specialty of model.specialties) {
			const title = specialtyName(specialty, lang);
			add(
				lang,
				'specialty',
				specialtyPath(specialty),
				{ title, kind: t(lang, 'common.specialty'), context: '', key: lang === 'vi' ? specialty.name : `${specialty.name_en} ${specialty.name}` },
				lang === 'vi' ? sentence(specialty.name, specialty.description) : sentence(specialty.name_en, specialty.name),
			);
		}
		// Named people have no page of their own: each links to the page of the commune they were sent to,
		// once per person and commune however many rows name them there. Pagefind keeps one record per URL,
		// so the link carries a text fragment (#:~:text=name), which browsers that support it scroll to.
		const seen = new Set<string>();
		for (const assignment of model.assignments) {
			const name = assignment.person_name?.trim();
			if (!name) continue;
			const commune = find.commune(assignment.commune);
			if (!commune || seen.has(`${name}\u0000${commune.code}`)) continue;
			seen.add(`${name}\u0000${commune.code}`);
			const agency = assignment.agency ? find.agency(assignment.agency) : undefined;
			const decision = find.decision(assignment.decision);
			const context = [communeName(commune, lang), agency ? agencyName(agency, lang) : undefined].filter(Boolean).join(' · ');
			add(
				lang,
				'person',
				`${communePath(model, commune)}#:~:text=${encodeURIComponent(name)}`,
				{ title: name, kind: t(lang, 'common.person'), context, key: name },
				sentence(
					name,
					assignment.person_title,
					commune.full_name,
					agency ? agencyName(agency, lang) : undefined,
					decision ? decisionLabel(decision, lang) : undefined,
				),
			);
		}
	}
	return records;
}
