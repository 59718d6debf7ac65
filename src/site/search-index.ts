// Imported by the search pages and the /tim-kiem/chi-muc/ endpoints (both languages): the static search index.
import type { APIRoute } from 'astro';
import { localePath, withBase, type Lang } from '../lib/i18n.ts';
import { buildSearchRecords } from '../lib/search/records.ts';
import { buildSearchIndex, type SearchIndex } from '../lib/search/search-index.ts';
import { loadModel } from './model.ts';

const built = new Map<Lang, Promise<SearchIndex>>();

/** The search index of a language, built once per build from the model, with URLs under the base path. */
export function searchIndexOf(lang: Lang): Promise<SearchIndex> {
	let index = built.get(lang);
	if (!index) {
		index = loadModel().then((model) => buildSearchIndex(buildSearchRecords(model, import.meta.env.BASE_URL), lang));
		built.set(lang, index);
	}
	return index;
}

/**
 * The folder of a language's shards, with the base path, e.g. "/tim-kiem/chi-muc/3f2a…/"; the
 * version in it changes with the index, so a browser never mixes a cached shard with a new one.
 */
export function shardFolder(lang: Lang, index: SearchIndex): string {
	return withBase(import.meta.env.BASE_URL, localePath(lang, `/tim-kiem/chi-muc/${index.version}/`));
}

/** Static paths of every shard of a language's index, each with its JSON body. */
export async function searchShardRoutes(lang: Lang) {
	const index = await searchIndexOf(lang);
	return index.keys.map((key) => ({ params: { version: index.version, key }, props: { body: index.shards.get(key) } }));
}

/** Serves one shard. */
export const serveSearchShard: APIRoute = ({ props }) =>
	new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
