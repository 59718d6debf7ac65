// Imported by the quality tools (scripts/check-dist.ts, tests/e2e, scripts/bench); reads a built dist/ folder.
/**
 * Finds the pages of a built site: from its sitemap (`/sitemap-index.xml` and the child sitemaps it
 * lists) when there is one, otherwise by walking dist/ for index.html files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { site } from '../../site.config.ts';
import { describePath, fileOfPath, normalizeBase, parseSitemapLocs, pathOfFile, type SitePage } from './site-paths.ts';

/** The built site's folder: the environment variable DIST_DIR or dist/. */
export function resolveDistDir(env: Record<string, string | undefined> = process.env): string {
	return resolve(env['DIST_DIR'] || 'dist');
}

/** The base path the site was built with (BASE_PATH, as site.config.ts reads it), normalised. */
export function resolveBase(): string {
	return normalizeBase(site.base);
}

/** The site's public origin (SITE_URL, as site.config.ts reads it), e.g. "https://example.org". */
export function resolveOrigin(): string {
	return new URL(site.url).origin;
}

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function listFilesRecursive(dir: string): string[] {
	const files: string[] = [];
	const walk = (current: string): void => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = join(current, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile()) files.push(relative(dir, full).split(sep).join('/'));
		}
	};
	if (existsSync(dir)) walk(dir);
	return files.sort();
}

/** Where the list of pages came from. */
export type PageSource = 'sitemap' | 'walk';

/**
 * The pages to test: every URL of the sitemap that lies under the site's base, or, when dist/ has no
 * sitemap-index.xml, every index.html found by walking dist/ (the 404 page is never a page to test).
 */
export function listSitePages(dist: string, base = resolveBase()): { pages: SitePage[]; source: PageSource; missing: string[] } {
	const indexFile = join(dist, 'sitemap-index.xml');
	const missing: string[] = [];
	if (existsSync(indexFile)) {
		const paths = new Set<string>();
		for (const child of parseSitemapLocs(readFileSync(indexFile, 'utf8'))) {
			const childFile = fileOfPath(new URL(child, 'http://local').pathname, base);
			if (!childFile || !existsSync(join(dist, childFile))) {
				missing.push(child);
				continue;
			}
			for (const loc of parseSitemapLocs(readFileSync(join(dist, childFile), 'utf8'))) paths.add(new URL(loc, 'http://local').pathname);
		}
		const pages = [...paths].sort().flatMap((path) => {
			const page = describePath(path, base);
			if (!page) {
				missing.push(path);
				return [];
			}
			return [page];
		});
		return { pages, source: 'sitemap', missing };
	}
	const pages = listFilesRecursive(dist)
		.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
		.map((file) => describePath(pathOfFile(file, base), base))
		.filter((page): page is SitePage => page !== undefined)
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { pages, source: 'walk', missing };
}
