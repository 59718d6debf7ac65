// Imported by the feed endpoints only.
import { site } from '../../site.config.ts';
import { buildAtomFeed } from '../lib/datasets/atom.ts';
import { localePath, type Lang } from '../lib/i18n.ts';
import { absoluteUrl } from './datasets.ts';
import { loadModel } from './model.ts';

/** Path (without base) of the decision feed in a language: /feed.xml, /en/feed.xml. */
export function feedPath(lang: Lang): string {
	return localePath(lang, '/feed.xml');
}

/** The Atom feed of decisions in a language, newest first, every date from the content. */
export async function decisionFeed(lang: Lang): Promise<string> {
	const model = await loadModel();
	const provinces = new Map(model.provinces.map((p) => [p.code, p]));
	return buildAtomFeed(
		{
			lang,
			title: site.title[lang],
			feedUrl: absoluteUrl(feedPath(lang)),
			homeUrl: absoluteUrl(localePath(lang, '/')),
			updated: model.latestContentDate,
			author: site.publisher[lang],
			rights: `${site.licence.name} ${site.licence.url}`,
		},
		model.decisions.map((decision) => {
			const province = provinces.get(decision.province);
			const place = (lang === 'vi' ? province?.name : province?.name_en) ?? decision.province;
			const what = lang === 'vi' ? decision.title : decision.title_en;
			const summary =
				lang === 'vi'
					? `${decision.number ?? ''} ${decision.issuer}: ${decision.title}`
					: (decision.summary_en ?? `${decision.issuer_en}: ${decision.title_en}`);
			return {
				url: absoluteUrl(localePath(lang, `/quyet-dinh/${decision.id}/`)),
				title: `${place}: ${what}`,
				updated: decision.date ?? decision.announced ?? model.latestContentDate,
				summary: summary.trim(),
			};
		}),
	);
}
