// Imported by the search page's <script> only: the one piece of JavaScript the site ships.
import { searchRows, shardsForQuery, type SearchResult } from '../lib/search/query.ts';
import { searchWords } from '../lib/search/text.ts';
import type { ShardRow } from '../lib/search/search-index.ts';

/** Strings the page passes in `data-strings`, already in its language. */
interface Strings {
	loading: string;
	results: string;
	none: string;
	error: string;
	formerly: string;
	short: string;
}

/** Results shown at once, and added by each press of "more". */
const PAGE_SIZE = 10;

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/gu, (_, name: string) => values[name] ?? '');

/**
 * Turns the search page's form into a live search: reads `?q=`, searches as the reader types,
 * lists results as links with their type, announces the count through a live region, and keeps the
 * URL's `?q=` in step so a result list can be shared. A query fetches only the index shards of its
 * words (a few kilobytes each), once per page: the next keystrokes reuse them. Does nothing on a page
 * without `#search`.
 */
export function runSearchPage(doc: Document): void {
	const root = doc.getElementById('search');
	const form = root?.querySelector('form');
	const input = doc.getElementById('search-q');
	const status = doc.getElementById('search-status');
	const list = doc.getElementById('search-results');
	const more = doc.getElementById('search-more');
	if (!root || !form || !(input instanceof HTMLInputElement) || !status || !list || !(more instanceof HTMLButtonElement)) return;
	const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
	const folder = root.dataset['index'] ?? '';
	const keys = (root.dataset['keys'] ?? '').split(' ');

	const shards = new Map<string, Promise<ShardRow[]>>();
	const shard = (key: string): Promise<ShardRow[]> => {
		let rows = shards.get(key);
		if (!rows) {
			rows = fetch(`${folder}${encodeURIComponent(key)}.json`).then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.url}`);
				return response.json() as Promise<ShardRow[]>;
			});
			// A failed download is tried again by the next query rather than remembered.
			rows.catch(() => shards.delete(key));
			shards.set(key, rows);
		}
		return rows;
	};

	let generation = 0;
	let pending: SearchResult[] = [];

	const showNext = (): void => {
		for (const item of pending.slice(0, PAGE_SIZE)) {
			const li = doc.createElement('li');
			const link = doc.createElement('a');
			link.href = item.url;
			link.textContent = item.title;
			li.append(link);
			const kind = doc.createElement('span');
			kind.className = 'search-kind';
			kind.textContent = item.label;
			li.append(' ', kind);
			for (const text of [item.context, item.former === undefined ? '' : fill(strings.formerly, { former: item.former })]) {
				if (!text) continue;
				const line = doc.createElement('span');
				line.className = 'search-context';
				line.textContent = text;
				li.append(line);
			}
			list.append(li);
		}
		pending = pending.slice(PAGE_SIZE);
		more.hidden = pending.length === 0;
	};

	const run = async (raw: string): Promise<void> => {
		const query = raw.trim();
		const current = ++generation;
		const url = new URL(doc.location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		doc.defaultView?.history.replaceState(null, '', url);
		list.replaceChildren();
		more.hidden = true;
		pending = [];
		if (!query) {
			status.textContent = '';
			return;
		}
		status.textContent = strings.loading;
		try {
			const rows = (await Promise.all(shardsForQuery(query, keys).map(shard))).flat();
			if (current !== generation) return;
			pending = searchRows(query, rows);
			// One letter finds only one-letter words ("A" in "A Pa Chải"): while that finds nothing, ask for more.
			const tooShort = pending.length === 0 && searchWords(query).every((word) => word.loose.length < 2);
			status.textContent = fill(pending.length > 0 ? strings.results : tooShort ? strings.short : strings.none, { count: String(pending.length), query });
			showNext();
		} catch {
			if (current === generation) status.textContent = strings.error;
		}
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(input.value), 200);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run(input.value);
	});
	more.addEventListener('click', showNext);

	const initial = new URL(doc.location.href).searchParams.get('q') ?? '';
	input.value = initial;
	const header = doc.getElementById('q');
	if (header instanceof HTMLInputElement) header.value = initial;
	if (initial.trim()) void run(initial);
}
