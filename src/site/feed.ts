// Imported by the feed endpoints, the layout and the download page.
import { site } from '../../site.config.ts';
import { buildAtomFeed } from '../lib/datasets/atom.ts';
import { assignmentsByDecision, decisionSummary } from '../lib/datasets/feed-entry.ts';
import { localePath, t, type Lang } from '../lib/i18n.ts';
import type { ProvinceModel } from '../lib/model/types.ts';
import { decisionTitle, localized } from '../lib/names.ts';
import { decisionPath } from '../lib/paths.ts';
import { absoluteUrl } from './datasets.ts';
import { loadModel } from './model.ts';

/**
 * Path (without base) of the decision feed in a language: the whole site's, or a province's.
 * @example feedPath('en', 'dien-bien') // '/en/dien-bien/feed.xml'
 */
export function feedPath(lang: Lang, provinceSlug?: string): string {
	return localePath(lang, provinceSlug ? `/${provinceSlug}/feed.xml` : '/feed.xml');
}

/**
 * The Atom feed of decisions in a language, newest first, every date from the content: the whole
 * site's, or only one province's decisions when a province is given.
 */
export async function decisionFeed(lang: Lang, province?: ProvinceModel): Promise<string> {
	const model = await loadModel();
	const provinces = new Map(model.provinces.map((p) => [p.code, p]));
	const rows = assignmentsByDecision(model);
	const decisions = province ? model.decisions.filter((d) => d.province === province.code) : model.decisions;
	return buildAtomFeed(
		{
			lang,
			title: province ? t(lang, 'feed.provinceTitle', { site: site.title[lang], province: localized(province, 'name', lang) }) : site.title[lang],
			feedUrl: absoluteUrl(feedPath(lang, province?.slug)),
			homeUrl: absoluteUrl(localePath(lang, province ? `/${province.slug}/` : '/')),
			// A province's feed is as new as its newest decision; the site's, as its content.
			updated: province
				? decisions
						.map((d) => d.date ?? d.announced ?? '')
						.sort()
						.at(-1) || model.latestContentDate
				: model.latestContentDate,
			author: site.publisher[lang],
			rights: `${site.licence.name} ${site.licence.url}`,
		},
		decisions.map((decision) => {
			const place = provinces.get(decision.province);
			return {
				url: absoluteUrl(localePath(lang, decisionPath(decision))),
				title: `${place ? localized(place, 'name', lang) : decision.province}: ${decisionTitle(decision, lang)}`,
				updated: decision.date ?? decision.announced ?? model.latestContentDate,
				summary: decisionSummary(model, decision, lang, rows.get(decision.id) ?? []),
			};
		}),
	);
}
