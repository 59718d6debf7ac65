// Imported by the search page's <script> only: the one piece of JavaScript the site ships.
import { foldForSearch } from '../lib/search/fold.ts';

/** The part of Pagefind's browser API (`pagefind.js`) this page uses. */
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
	id: string;
	data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}

/** Strings the page passes in `data-strings`, already in its language. */
interface Strings {
	loading: string;
	results: string;
	none: string;
	error: string;
}

/** Results shown at once, and added by each press of "more": each one costs one small fragment download. */
const PAGE_SIZE = 10;

/**
 * Pagefind options: result URLs already carry the base path; no Web Worker (one file less to download
 * on a slow link, and a query on this small index is quick on the main thread); ranking by the folded
 * name in the `key` field, not by the display title, whose "đ" Pagefind would not fold.
 */
const PAGEFIND_OPTIONS = { baseUrl: '/', noWorker: true, excerptLength: 0, ranking: { metaWeights: { title: 0, key: 5 } } };

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/gu, (_, name: string) => values[name] ?? '');

/**
 * Turns the search page's hidden form into a live search: reads `?q=`, searches as the reader types,
 * lists results as links with their type, announces the count through a live region, and keeps the
 * URL's `?q=` in step so a result list can be shared. Does nothing on a page without `#search`.
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
	const pagefindUrl = root.dataset['pagefind'] ?? '/pagefind/pagefind.js';
	root.hidden = false;

	let pagefind: Promise<Pagefind> | undefined;
	const load = (): Promise<Pagefind> => {
		pagefind ??= import(/* @vite-ignore */ pagefindUrl).then(async (module: Pagefind) => {
			await module.options(PAGEFIND_OPTIONS);
			return module;
		});
		return pagefind;
	};

	let generation = 0;
	let pending: PagefindResult[] = [];

	const showNext = async (current: number): Promise<void> => {
		const batch = pending.slice(0, PAGE_SIZE);
		pending = pending.slice(PAGE_SIZE);
		const data = await Promise.all(batch.map((result) => result.data()));
		if (current !== generation) return;
		for (const item of data) {
			const li = doc.createElement('li');
			const link = doc.createElement('a');
			link.href = item.url;
			link.textContent = item.meta['title'] ?? item.url;
			li.append(link);
			if (item.meta['kind']) {
				const kind = doc.createElement('span');
				kind.className = 'search-kind';
				kind.textContent = item.meta['kind'];
				li.append(' ', kind);
			}
			if (item.meta['context']) {
				const context = doc.createElement('span');
				context.className = 'search-context';
				context.textContent = item.meta['context'];
				li.append(context);
			}
			list.append(li);
		}
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
			const found = await (await load()).search(foldForSearch(query));
			if (current !== generation) return;
			pending = found?.results ?? [];
			status.textContent = fill(pending.length > 0 ? strings.results : strings.none, { count: String(pending.length), query });
			await showNext(current);
		} catch {
			if (current === generation) status.textContent = strings.error;
		}
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(input.value), 300);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run(input.value);
	});
	more.addEventListener('click', () => void showNext(generation));

	const initial = new URL(doc.location.href).searchParams.get('q') ?? '';
	input.value = initial;
	const header = doc.getElementById('q');
	if (header instanceof HTMLInputElement) header.value = initial;
	if (initial.trim()) void run(initial);
}
