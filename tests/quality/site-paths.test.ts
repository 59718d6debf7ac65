import { describe, expect, test } from 'vitest';
import {
	counterpartPath,
	describePath,
	fileOfPath,
	isScriptAllowed,
	normalizeBase,
	pageKind,
	parseSitemapLocs,
	pathOfFile,
	spreadSample,
} from '../../scripts/lib/site-paths.ts';

describe('pageKind', () => {
	test.each([
		['/', 'home'],
		['/dien-bien/', 'province'],
		['/dien-bien/muong-thanh/', 'commune'],
		['/quyet-dinh/2446-qd-ubnd-2025/', 'section'],
		['/linh-vuc/', 'section'],
		['/tim-kiem/', 'section'],
		['/dien-bien/muong-thanh/extra/', 'other'],
		['/feed.xml', 'other'],
		['/404.html', 'other'],
	])('classifies %s as %s', (local, kind) => {
		expect(pageKind(local)).toBe(kind);
	});
});

describe('describePath', () => {
	test.each([
		['/', '/', { lang: 'vi', local: '/', kind: 'home' }],
		['/en/', '/', { lang: 'en', local: '/', kind: 'home' }],
		['/en/dien-bien/muong-thanh/', '/', { lang: 'en', local: '/dien-bien/muong-thanh/', kind: 'commune' }],
		['/repo/dien-bien/', '/repo/', { lang: 'vi', local: '/dien-bien/', kind: 'province' }],
		['/repo/en/', '/repo', { lang: 'en', local: '/', kind: 'home' }],
		['/repo/english/', '/repo/', { lang: 'vi', local: '/english/', kind: 'province' }],
	])('reads %s under base %s', (path, base, expected) => {
		expect(describePath(path, base)).toEqual({ path, ...expected });
	});

	test('returns nothing for a path outside the base', () => {
		expect(describePath('/other/dien-bien/', '/repo/')).toBeUndefined();
	});
});

describe('counterpartPath', () => {
	test.each([
		['/', '/', '/en/'],
		['/en/', '/', '/'],
		['/dien-bien/muong-thanh/', '/', '/en/dien-bien/muong-thanh/'],
		['/repo/en/linh-vuc/cntt/', '/repo/', '/repo/linh-vuc/cntt/'],
	])('pairs %s (base %s) with %s', (path, base, expected) => {
		expect(counterpartPath(path, base)).toBe(expected);
	});
});

describe('fileOfPath and pathOfFile', () => {
	test.each([
		['/', '/', 'index.html'],
		['/en/', '/', 'en/index.html'],
		['/repo/dien-bien/', '/repo/', 'dien-bien/index.html'],
		['/repo/du-lieu/assignments.csv', '/repo/', 'du-lieu/assignments.csv'],
		['/repo/a%20b.txt', '/repo/', 'a b.txt'],
		['/repo/dien-bien', '/repo/', 'dien-bien'],
	])('serves %s (base %s) from %s', (path, base, file) => {
		expect(fileOfPath(path, base)).toBe(file);
	});

	test.each([
		['/elsewhere/x/', '/repo/'],
		['/repo/../secret', '/repo/'],
		['/repo/%E0%A4%A', '/repo/'],
	])('refuses %s under base %s', (path, base) => {
		expect(fileOfPath(path, base)).toBeUndefined();
	});

	test.each([
		['index.html', '/', '/'],
		['en/dien-bien/index.html', '/', '/en/dien-bien/'],
		['bieu-do/coverage.svg', '/repo/', '/repo/bieu-do/coverage.svg'],
	])('serves file %s at %s', (file, base, path) => {
		expect(pathOfFile(file, base)).toBe(path);
	});
});

describe('normalizeBase', () => {
	test.each([
		['/', '/'],
		['', '/'],
		['repo', '/repo/'],
		['/repo', '/repo/'],
		['/a/b/', '/a/b/'],
	])('turns %j into %j', (base, expected) => {
		expect(normalizeBase(base)).toBe(expected);
	});
});

describe('parseSitemapLocs', () => {
	test('reads every loc of a sitemap index and decodes entities', () => {
		const xml = `<?xml version="1.0"?><sitemapindex><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap>
			<sitemap><loc> https://x.org/a?b=1&amp;c=2 </loc></sitemap></sitemapindex>`;
		expect(parseSitemapLocs(xml)).toEqual(['https://x.org/sitemap-0.xml', 'https://x.org/a?b=1&c=2']);
	});
});

describe('isScriptAllowed', () => {
	test.each([
		['/tim-kiem/', true],
		['/', false],
		['/dien-bien/muong-thanh/', false],
	])('allows scripts on %s: %s', (local, allowed) => {
		expect(isScriptAllowed(local)).toBe(allowed);
	});
});

describe('spreadSample', () => {
	test.each([
		[[1, 2, 3, 4, 5, 6], 3, [1, 3, 5]],
		[[1, 2, 3], 5, [1, 2, 3]],
		[[1, 2, 3], 0, [1, 2, 3]],
	])('samples %j down to %i items', (items, limit, expected) => {
		expect(spreadSample(items, limit)).toEqual(expected);
	});
});
