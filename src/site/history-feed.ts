// Imported by the change-log feed endpoints only.
import { site } from '../../site.config.ts';
import { describeChange } from '../lib/changes/diff.ts';
import { buildAtomFeed } from '../lib/datasets/atom.ts';
import { localePath, t, type Lang } from '../lib/i18n.ts';
import { absoluteUrl } from './datasets.ts';
import { CHANGES_PAGE_SIZE, CHANGES_PATH, changesPagePath, loadHistory } from './history.ts';
import { loadModel } from './model.ts';

/** The Atom feed of the change log in a language: one entry per commit, newest first, the 50 newest. */
export async function changesFeed(lang: Lang): Promise<string> {
	const model = await loadModel();
	const { entries } = loadHistory();
	const page = absoluteUrl(localePath(lang, CHANGES_PATH));
	return buildAtomFeed(
		{
			lang,
			title: t(lang, 'changes.feedTitle', { site: site.title[lang] }),
			feedUrl: absoluteUrl(localePath(lang, `${CHANGES_PATH}feed.xml`)),
			homeUrl: page,
			updated: entries[0]?.date ?? model.latestContentDate,
			author: site.publisher[lang],
			rights: `${site.licence.name} ${site.licence.url}`,
		},
		entries.slice(0, 50).map((entry, i) => ({
			url: `${absoluteUrl(localePath(lang, changesPagePath(Math.floor(i / CHANGES_PAGE_SIZE) + 1)))}#c-${entry.commit.slice(0, 8)}`,
			title: `${entry.date}: ${entry.subject}`,
			updated: entry.date,
			summary:
				entry.changes
					.slice(0, 5)
					.map((change) => describeChange(change, lang))
					.join(' ') + (entry.changes.length > 5 ? ` ${t(lang, 'changes.more', { n: entry.changes.length - 5 })}` : ''),
		})),
	);
}
