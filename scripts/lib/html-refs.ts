// Imported by scripts/check-dist.ts and its tests; pure, no disk.
/**
 * Reads what a built HTML page points at (links, images, stylesheets, downloads, form targets), which
 * ids it defines, and how much script it carries, with node-html-parser (fast, tolerant of unquoted
 * attributes, decodes entities, leaves script and style content as text).
 */
import { parse } from 'node-html-parser';

/** One URL a page refers to. */
export interface HtmlReference {
	/** Element and attribute it came from, e.g. "a[href]". */
	where: string;
	/** The URL as written (entities decoded). */
	url: string;
	/** What kind of target it is: a page link, or a resource the page loads. */
	role: 'link' | 'resource';
}

/** What a page contains that the static checks look at. */
export interface HtmlFacts {
	/** Every URL the page refers to. */
	references: HtmlReference[];
	/** Every fragment target the page defines (id attributes, and name on a). */
	ids: Set<string>;
	/** Number of script elements, excluding JSON-LD (`type="application/ld+json"`). */
	scripts: number;
	/** Inline event-handler attributes (onclick…) and javascript: URLs: script by another name. */
	inlineScripts: number;
	/** URLs of stylesheets the page links (rel="stylesheet"). */
	stylesheets: string[];
}

/** Attributes holding one URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src'],
	source: ['src'],
	script: ['src'],
	iframe: ['src'],
	embed: ['src'],
	object: ['data'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	use: ['href', 'xlink:href'],
	image: ['href', 'xlink:href'],
	form: ['action'],
	blockquote: ['cite'],
	q: ['cite'],
};

/** Meta tags whose content is a URL of the site (link previews). */
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image']);

/** Link relations that point at a page rather than a resource the page loads. */
const PAGE_RELATIONS = new Set(['canonical', 'alternate', 'prev', 'next', 'help', 'license', 'author', 'search']);

/**
 * The URLs a srcset attribute lists.
 * @example srcsetUrls('a.png 1x, b.png 2x') // ['a.png', 'b.png']
 */
export function srcsetUrls(srcset: string): string[] {
	return srcset
		.split(/,\s+|,(?=\S)(?![^(]*\))/u)
		.map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
		.filter(Boolean);
}

/**
 * The URLs a stylesheet refers to with url(…) or @import.
 * @example cssUrls('a{background:url("x.png")} @import "y.css";') // ['x.png', 'y.css']
 */
export function cssUrls(css: string): string[] {
	const urls: string[] = [];
	for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gu)) urls.push(match[1] ?? match[2] ?? match[3] ?? '');
	for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gu)) urls.push(match[1] ?? match[2] ?? '');
	return urls.filter((url) => url !== '' && !url.startsWith('data:'));
}

/** Parses a page and collects its references, ids, scripts and stylesheets. */
export function readHtmlFacts(html: string): HtmlFacts {
	const facts: HtmlFacts = { references: [], ids: new Set(), scripts: 0, inlineScripts: 0, stylesheets: [] };
	const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: false, pre: true } });
	for (const element of root.querySelectorAll('*')) {
		const name = element.tagName.toLowerCase();
		const attributes: Record<string, string> = {};
		for (const [attribute, value] of Object.entries(element.attributes)) attributes[attribute.toLowerCase()] = value;
		for (const [attribute, value] of Object.entries(attributes)) {
			if (/^on[a-z]+$/u.test(attribute)) facts.inlineScripts += 1;
			if (attribute === 'style') for (const url of cssUrls(value)) facts.references.push({ where: `${name}[style]`, url, role: 'resource' });
		}
		if (attributes['id']) facts.ids.add(attributes['id']);
		if (name === 'a' && attributes['name']) facts.ids.add(attributes['name']);
		if (name === 'script' && (attributes['type'] ?? '').trim().toLowerCase() !== 'application/ld+json') facts.scripts += 1;
		if (name === 'style') for (const url of cssUrls(element.text)) facts.references.push({ where: 'style', url, role: 'resource' });
		const rel = (attributes['rel'] ?? '').toLowerCase().split(/\s+/u);
		for (const attribute of URL_ATTRIBUTES[name] ?? []) {
			const url = attributes[attribute];
			if (url === undefined) continue;
			if (/^\s*javascript:/iu.test(url)) facts.inlineScripts += 1;
			const isPage = ['a', 'area', 'form', 'blockquote', 'q'].includes(name) || (name === 'link' && rel.some((r) => PAGE_RELATIONS.has(r)));
			facts.references.push({ where: `${name}[${attribute}]`, url: url.trim(), role: isPage ? 'link' : 'resource' });
			if (name === 'link' && rel.includes('stylesheet')) facts.stylesheets.push(url.trim());
		}
		for (const attribute of ['srcset', 'imagesrcset']) {
			const value = attributes[attribute];
			if (value) for (const url of srcsetUrls(value)) facts.references.push({ where: `${name}[${attribute}]`, url, role: 'resource' });
		}
		const property = attributes['property'] ?? attributes['name'];
		if (name === 'meta' && property && URL_METAS.has(property) && attributes['content']) {
			facts.references.push({ where: `meta[${property}]`, url: attributes['content'].trim(), role: property === 'og:url' ? 'link' : 'resource' });
		}
	}
	return facts;
}

/**
 * Counts the pages of a PDF file by its page objects (`/Type /Page`, not `/Pages`); Chromium writes
 * them uncompressed, so no PDF library is needed.
 */
export function countPdfPages(pdf: Uint8Array): number {
	const text = new TextDecoder('latin1').decode(pdf);
	return [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/gu)].length;
}

/**
 * Where a search page's index is: the shard folder URL (`data-index`, base path included) and the shard
 * keys it may fetch (`data-keys`); an absent folder or no keys when the page has none.
 * @example searchIndexOfPage('<div data-index="/tim-kiem/chi-muc/ab/" data-keys="mu th">') // { folder: '/tim-kiem/chi-muc/ab/', keys: ['mu', 'th'] }
 */
export function searchIndexOfPage(html: string): { folder?: string; keys: string[] } {
	const folder = /data-index="([^"]+)"/u.exec(html)?.[1];
	const keys = (/data-keys="([^"]*)"/u.exec(html)?.[1] ?? '').split(' ').filter(Boolean);
	return folder === undefined ? { keys } : { folder, keys };
}
