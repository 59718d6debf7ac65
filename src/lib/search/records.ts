import { otherLang, t, withBase, type Lang } from '../i18n.ts';
import type { Model } from '../model/types.ts';
import { lookup } from '../lookup.ts';
import { agencyPath, communePath, decisionPath, inLang, provincePath, provincesWithPages, specialtyPath } from '../paths.ts';
import { agencyName, communeName, decisionLabel, decisionTitle, localized, provinceName, specialtyName } from '../names.ts';

/**
 * Search records built from the model: one per province, commune, decision, agency, specialty and
 * named person, in each language. Pure: `buildSearchIndex` shards them into the static index.
 *
 * A record's text is split by role, because the role decides both where the record is filed and how
 * a match ranks (see src/lib/search/query.ts):
 * - `name`, the thing's own name without its type ("Mường Thanh", "2446/QĐ-UBND", a person's name):
 *   the record is filed under the first two letters of each of its words, and a match here ranks first;
 * - `former`, the names of the units a commune was merged from: filed too, ranked below the name;
 * - `title`, `context` and `also` (type words, province, issuer): a query word may match them, but only
 *   beside a word that matches the name or a former name, so "xã" alone does not list 3,321 communes.
 *
 * English records carry the Vietnamese name as their `name`, so "Mường Thanh" typed with its tones on
 * the English page ranks as well as "muong thanh"; their titles are the English names.
 */

/** What a search result is. */
export type SearchKind = 'province' | 'commune' | 'decision' | 'agency' | 'specialty' | 'person';

/** One search record of one language. */
export interface SearchRecord {
	/** Language of the index the record goes to. */
	lang: Lang;
	kind: SearchKind;
	/** Page the result links to, with the site's base path, e.g. "/dien-bien/muong-thanh/". */
	url: string;
	/** Name shown as the result's link: "Phường Mường Thanh" / "Muong Thanh Ward". */
	title: string;
	/** The result's type in the record's language, e.g. "Phường", "Decision". */
	label: string;
	/** One line shown under the result: the province, the decision's title, a person's commune. */
	context: string;
	/** The thing's own name, without its type: the words the record is filed under. */
	name: string;
	/** Former units' names (communes merged in 2025), filed under too; "" when none. */
	former: string;
	/** Other words a query may match beside the name: types, province, issuer; "" when none. */
	also: string;
}

const join = (...parts: (string | undefined)[]): string =>
	parts
		.filter((part): part is string => part !== undefined && part.trim() !== '')
		.map((part) => part.trim())
		.join(' · ');

/**
 * Builds every search record of a model in both languages, in a stable order (provinces, communes,
 * decisions, agencies, specialties, people), with URLs under the site's base path.
 * @example buildSearchRecords(model, '/').find((r) => r.kind === 'commune')?.url // '/dien-bien/dien-bien-phu/'
 */
export function buildSearchRecords(model: Model, base: string): SearchRecord[] {
	const find = lookup(model);
	const records: SearchRecord[] = [];

	for (const lang of ['vi', 'en'] as const) {
		const add = (kind: SearchKind, path: string, { label, ...fields }: Omit<SearchRecord, 'lang' | 'kind' | 'url' | 'label'> & { label?: string }) => {
			records.push({ lang, kind, url: withBase(base, inLang(lang, path)), label: label ?? t(lang, `common.${kind}`), ...fields });
		};

		for (const province of provincesWithPages(model)) {
			add('province', provincePath(province), {
				title: provinceName(province, lang),
				// The province's own type ("Tỉnh", "Thành phố") is data in Vietnamese; English has no such field and says the word.
				label: lang === 'vi' ? province.type : t(lang, 'common.province'),
				context: '',
				name: province.name,
				former: '',
				also: provinceName(province, otherLang(lang)),
			});
		}
		for (const commune of model.communes) {
			const province = find.province(commune.province);
			add('commune', communePath(model, commune), {
				title: communeName(commune, lang),
				label: t(lang, `common.type.${commune.type}`),
				context: province ? provinceName(province, lang) : commune.province,
				name: commune.name,
				former: commune.merged_from ?? '',
				// The words of the other language (so "ward" and "phường" both narrow a search): the context and
				// title already hold this one's.
				also: lang === 'vi' ? join(t('en', `common.type.${commune.type}`), province?.name_en) : join(commune.full_name, province?.full_name),
			});
		}
		for (const decision of model.decisions) {
			const province = find.province(decision.province);
			add('decision', decisionPath(decision), {
				title: decisionLabel(decision, lang),
				context: decisionTitle(decision, lang),
				name: decisionLabel(decision, lang),
				former: '',
				also: join(localized(decision, 'issuer', lang), province ? provinceName(province, lang) : undefined),
			});
		}
		for (const agency of model.agencies) {
			const province = find.province(agency.province);
			add('agency', agencyPath(agency), {
				title: agencyName(agency, lang),
				context: province ? provinceName(province, lang) : agency.province,
				name: lang === 'vi' ? agency.name : join(agency.name_en, agency.name),
				former: '',
				also: '',
			});
		}
		for (const specialty of model.specialties) {
			// An id that is one word ("cntt") is the abbreviation staff type and the import accepts ("CNTT"):
			// it is a name of the field, so it finds the field on its own.
			const abbreviation = /^[a-z0-9]+$/u.test(specialty.id) ? specialty.id : undefined;
			add('specialty', specialtyPath(specialty), {
				title: specialtyName(specialty, lang),
				context: '',
				name: lang === 'vi' ? join(specialty.name, abbreviation) : join(specialty.name_en, specialty.name, abbreviation),
				former: '',
				also: '',
			});
		}
		// Named people have no page of their own: each links to the page of the commune they were sent to,
		// once per person and commune however many rows name them there. The link carries a text fragment
		// (#:~:text=name), which browsers that support it scroll to.
		const seen = new Set<string>();
		for (const assignment of model.assignments) {
			const name = assignment.person_name?.trim();
			if (!name) continue;
			const commune = find.commune(assignment.commune);
			if (!commune || seen.has(`${name}\u0000${commune.code}`)) continue;
			seen.add(`${name}\u0000${commune.code}`);
			const agency = assignment.agency ? find.agency(assignment.agency) : undefined;
			const decision = find.decision(assignment.decision);
			add('person', `${communePath(model, commune)}#:~:text=${encodeURIComponent(name)}`, {
				title: name,
				context: join(communeName(commune, lang), agency ? agencyName(agency, lang) : undefined),
				name,
				former: '',
				also: join(assignment.person_title, lang === 'en' ? commune.full_name : undefined, decision ? decisionLabel(decision, lang) : undefined),
			});
		}
	}
	return records;
}
