// Imported by the page components (src/components/pages/): what every page's frontmatter starts from.
import type { Lang } from '../lib/i18n.ts';
import { lookup, type Lookup } from '../lib/lookup.ts';
import type { Model } from '../lib/model/types.ts';
import { siteFacts } from './facts.ts';
import { hrefFor } from './href.ts';
import { loadModel } from './model.ts';

/** The props every page component takes: the language it renders in. */
export interface PageProps {
	lang: Lang;
}

/** What a page renders from: the site's model, the as-of day, lookups into the model and its links. */
export interface PageContext {
	model: Model;
	/** The day statuses are computed for (see src/site/facts.ts). */
	asOf: string;
	find: Lookup;
	/** A page path (without base or language prefix) as a link in the page's language. */
	href: (path: string) => string;
}

/** The context of a page in a language: the one model of the build, with its facts and lookups computed once. */
export async function pageContext(lang: Lang): Promise<PageContext> {
	const model = await loadModel();
	return { model, asOf: siteFacts(model).asOf, find: lookup(model), href: hrefFor(lang) };
}
