import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listSitePages } from '../../scripts/lib/dist.ts';

let dist = '';
const write = (file: string, text = '<!doctype html><title>x</title>'): void => {
	mkdirSync(dirname(join(dist, file)), { recursive: true });
	writeFileSync(join(dist, file), text);
};
const urlset = (...locs: string[]): string => `<?xml version="1.0"?><urlset>${locs.map((l) => `<url><loc>${l}</loc></url>`).join('')}</urlset>`;

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('listSitePages', () => {
	test('reads the pages from the sitemap index and its child sitemaps, under the base path', () => {
		dist = mkdtempSync(join(tmpdir(), 'dist-test-'));
		write('index.html');
		write('en/index.html');
		write('dien-bien/muong-thanh/index.html');
		write('sitemap-index.xml', '<sitemapindex><sitemap><loc>https://x.org/repo/sitemap-0.xml</loc></sitemap></sitemapindex>');
		write('sitemap-0.xml', urlset('https://x.org/repo/', 'https://x.org/repo/en/', 'https://x.org/repo/dien-bien/muong-thanh/'));
		const { pages, source, missing } = listSitePages(dist, '/repo/');
		expect(source).toBe('sitemap');
		expect(missing).toEqual([]);
		expect(pages.map((p) => [p.path, p.lang, p.kind])).toEqual([
			['/repo/', 'vi', 'home'],
			['/repo/dien-bien/muong-thanh/', 'vi', 'commune'],
			['/repo/en/', 'en', 'home'],
		]);
	});

	test('reports a child sitemap that is not in dist/ and a page outside the base path', () => {
		dist = mkdtempSync(join(tmpdir(), 'dist-test-'));
		write(
			'sitemap-index.xml',
			'<sitemapindex><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap><sitemap><loc>https://x.org/sitemap-1.xml</loc></sitemap></sitemapindex>',
		);
		write('sitemap-0.xml', urlset('https://x.org/elsewhere/'));
		const { missing } = listSitePages(dist, '/');
		expect(missing).toEqual(['https://x.org/sitemap-1.xml']);
		expect(listSitePages(dist, '/repo/').missing).toEqual(['https://x.org/sitemap-0.xml', 'https://x.org/sitemap-1.xml']);
	});

	test('walks dist/ for index.html files when there is no sitemap, leaving out the 404 page', () => {
		dist = mkdtempSync(join(tmpdir(), 'dist-test-'));
		write('index.html');
		write('404.html');
		write('en/index.html');
		write('en/dien-bien/index.html');
		write('bieu-do/coverage.svg', '<svg/>');
		const { pages, source } = listSitePages(dist, '/');
		expect(source).toBe('walk');
		expect(pages.map((p) => p.path)).toEqual(['/', '/en/', '/en/dien-bien/']);
	});
});
