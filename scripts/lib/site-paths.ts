// Imported by the quality tools (scripts/check-dist.ts, tests/e2e, scripts/bench) and their tests; pure, no disk.
/**
 * What a URL of the built site is: its language, its path without base and language prefix, and the
 * kind of page (commune, province, section…), derived from the URL scheme of DESIGN.md alone so the
 * tools work on any content set.
 */

/**
 * The only pages allowed to carry JavaScript, as paths without base and language prefix. DESIGN.md:
 * "any page without search: 0 JS". Both languages are allowed.
 */
export const SCRIPT_ALLOWED_PAGES: readonly string[] = ['/tim-kiem/'];

/** First path segments that name a section of the site rather than a province. */
export const SECTIONS: readonly string[] = ['quyet-dinh', 'linh-vuc', 'co-quan', 'du-lieu', 'chat-luong-du-lieu', 'phuong-phap', 'tim-kiem', 'bieu-do'];

/** The kinds of page the quality gates treat differently. */
export type PageKind = 'home' | 'province' | 'commune' | 'section' | 'other';

/** A page of the built site. */
export interface SitePage {
	/** URL path as served, base included, e.g. "/repo/en/dien-bien/muong-thanh/". */
	path: string;
	/** Language of the page: English under /en/, Vietnamese elsewhere. */
	lang: 'vi' | 'en';
	/** Path without base and language prefix, e.g. "/dien-bien/muong-thanh/". */
	local: string;
	/** Kind of page, from the URL scheme. */
	kind: PageKind;
}

/**
 * Normalises a base path to start and end with a slash.
 * @example normalizeBase('repo') // '/repo/'
 */
export function normalizeBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/gu, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefixes a path without base with the base path.
 * @example joinBase('/repo/', '/en/') // '/repo/en/'
 */
export function joinBase(base: string, local: string): string {
	return `${normalizeBase(base)}${local.replace(/^\/+/u, '')}`;
}

/** The kind of a page from its path without base and language prefix. */
export function pageKind(local: string): PageKind {
	if (local === '/') return 'home';
	if (!local.endsWith('/')) return 'other';
	const segments = local.split('/').filter(Boolean);
	const first = segments[0] ?? '';
	if (SECTIONS.includes(first)) return 'section';
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(first)) return 'other';
	if (segments.length === 1) return 'province';
	if (segments.length === 2 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(segments[1] ?? '')) return 'commune';
	return 'other';
}

/**
 * Describes a URL path of the site, or returns undefined when it lies outside the base path.
 * @example describePath('/en/dien-bien/', '/') // { path: '/en/dien-bien/', lang: 'en', local: '/dien-bien/', kind: 'province' }
 */
export function describePath(path: string, base: string): SitePage | undefined {
	const prefix = normalizeBase(base);
	if (!(path + (path.endsWith('/') ? '' : '/')).startsWith(prefix)) return undefined;
	const rest = `/${path.slice(prefix.length)}`;
	const english = rest === '/en' || rest.startsWith('/en/');
	const local = english ? rest.slice(3) || '/' : rest;
	return { path, lang: english ? 'en' : 'vi', local, kind: pageKind(local) };
}

/**
 * The same page in the other language.
 * @example counterpartPath('/repo/dien-bien/', '/repo/') // '/repo/en/dien-bien/'
 */
export function counterpartPath(path: string, base: string): string | undefined {
	const page = describePath(path, base);
	if (!page) return undefined;
	return joinBase(base, page.lang === 'vi' ? `/en${page.local}` : page.local);
}

/** Whether a page may carry JavaScript (the single named exception list above). */
export function isScriptAllowed(local: string): boolean {
	return SCRIPT_ALLOWED_PAGES.includes(local);
}

/**
 * The file in dist/ that serves a URL path (relative, forward slashes): "a/b/" → "a/b/index.html";
 * undefined when the path is outside the base. Percent-escapes are decoded.
 * @example fileOfPath('/repo/en/', '/repo/') // 'en/index.html'
 */
export function fileOfPath(path: string, base: string): string | undefined {
	const prefix = normalizeBase(base);
	if (!(path + (path.endsWith('/') ? '' : '/')).startsWith(prefix)) return undefined;
	let rest: string;
	try {
		rest = decodeURIComponent(path.slice(prefix.length));
	} catch {
		return undefined;
	}
	if (rest.split('/').includes('..')) return undefined;
	return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

/**
 * The URL path that a dist/ file is served at: "a/index.html" → "/base/a/", other files as they are.
 * @example pathOfFile('en/index.html', '/') // '/en/'
 */
export function pathOfFile(file: string, base: string): string {
	const clean = file.split('\\').join('/');
	const served = clean === 'index.html' ? '' : clean.endsWith('/index.html') ? clean.slice(0, -'index.html'.length) : clean;
	return joinBase(base, served);
}

/** The `<loc>` addresses of a sitemap or sitemap index, in document order, XML entities decoded. */
export function parseSitemapLocs(xml: string): string[] {
	const locs: string[] = [];
	for (const match of xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/gu)) locs.push(decodeXmlEntities(match[1] ?? ''));
	return locs;
}

/** Decodes the five predefined XML entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
	return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
		hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (named[name ?? ''] ?? ''),
	);
}

/**
 * Picks an evenly spread, deterministic sample of at most `limit` items (all of them when limit is 0
 * or larger than the list), always keeping the first.
 */
export function spreadSample<T>(items: readonly T[], limit: number): T[] {
	if (limit <= 0 || items.length <= limit) return [...items];
	const step = items.length / limit;
	return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)] as T);
}
