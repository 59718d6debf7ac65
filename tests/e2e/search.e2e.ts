import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchIndexOfPage } from '../../scripts/lib/html-refs.ts';
import { runAxe } from './support/axe.ts';
import { buildSearchSite, launchChromium, serveSite, shownResults, type ShownResult, type SiteServer } from './search-helpers.ts';

/**
 * Search in a real browser, on the bundled content, or on another content folder: SEARCH_CONTENT_DIR
 * (e.g. the national-scale set with the real content added by scripts/bench-search/overlay-content.ts),
 * optionally with SEARCH_DIST, a site already built from it with BASE_PATH=/minh-bach/. The site is
 * built with a base path so every URL is checked under it. Tones: the bundled content has no
 * "đường"/"dương" pair, so that case runs on a temporary copy of it with two synthetic communes added
 * (never written to content/); the national list has real pairs (Xã Đường Hồng, Xã Dương Hòa…).
 */

const BASE = '/minh-bach/';
const CONTENT = process.env['SEARCH_CONTENT_DIR'] || 'content';
const SEARCH_PAGES = new Set(['tim-kiem/index.html', 'en/tim-kiem/index.html']);

let browser: Browser;
let site: { dist: string; server: SiteServer };
let tones: { dist: string; server: SiteServer };
const temporary: string[] = [];

async function buildAndServe(contentDir: string): Promise<{ dist: string; server: SiteServer }> {
	const prebuilt = process.env['SEARCH_DIST'];
	if (prebuilt) return { dist: prebuilt, server: await serveSite(prebuilt, BASE) };
	const built = buildSearchSite(contentDir, BASE);
	if (built.status !== 0) throw new Error(`Build of ${contentDir} failed:\n${built.output}`);
	temporary.push(built.outDir);
	return { dist: built.outDir, server: await serveSite(built.outDir, BASE) };
}

/** A copy of the content with two synthetic communes whose names differ only by đ and tones. */
function contentWithTonePair(): string {
	if (process.env['SEARCH_CONTENT_DIR']) return CONTENT;
	const dir = mkdtempSync(join(tmpdir(), 'minh-bach-tones-'));
	temporary.push(dir);
	cpSync(CONTENT, dir, { recursive: true });
	appendFileSync(
		join(dir, 'communes', '11-dien-bien.csv'),
		'99901,xã,Đường Lâm,Xã Đường Lâm,Duong Lam Commune,11,,,,,\n99902,xã,Dương Thủy,Xã Dương Thủy,Duong Thuy Commune,11,,,,,\n',
	);
	return dir;
}

/** Runs a test step on a fresh page, closed afterwards whatever happens. */
async function withPage<T>(step: (page: Page) => Promise<T>): Promise<T> {
	const page = await browser.newPage();
	try {
		return await step(page);
	} finally {
		await page.close();
	}
}

async function search(server: SiteServer, query: string, lang: 'vi' | 'en' = 'vi'): Promise<ShownResult[]> {
	return withPage(async (page) => {
		await page.goto(`${server.origin}${BASE}${lang === 'en' ? 'en/' : ''}tim-kiem/?q=${encodeURIComponent(query)}`);
		return shownResults(page);
	});
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

beforeAll(async () => {
	browser = await launchChromium();
	site = await buildAndServe(CONTENT);
	tones = process.env['SEARCH_CONTENT_DIR'] ? site : await buildAndServe(contentWithTonePair());
});

afterAll(async () => {
	await browser?.close();
	await site?.server.close();
	if (tones !== site) await tones?.server.close();
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('searching without tone marks, in any case or Unicode form', () => {
	test.each([
		['muong thanh', 'vi', 'Phường Mường Thanh', '/minh-bach/dien-bien/muong-thanh/'],
		['MƯỜNG THANH', 'vi', 'Phường Mường Thanh', '/minh-bach/dien-bien/muong-thanh/'],
		['Muờng Thanh'.normalize('NFD'), 'vi', 'Phường Mường Thanh', '/minh-bach/dien-bien/muong-thanh/'],
		['dien bien phu', 'vi', 'Phường Điện Biên Phủ', '/minh-bach/dien-bien/dien-bien-phu/'],
		['muong thanh', 'en', 'Muong Thanh Ward', '/minh-bach/en/dien-bien/muong-thanh/'],
		['Điện Biên Phủ', 'en', 'Dien Bien Phu Ward', '/minh-bach/en/dien-bien/dien-bien-phu/'],
	] as const)('"%s" on the %s search page finds %s first', async (query, lang, title, href) => {
		const results = await search(site.server, query, lang);
		expect(results[0]).toMatchObject({ title, href });
	});

	test('shows a commune result with its type in the page language', async () => {
		expect((await search(site.server, 'muong thanh', 'vi'))[0]?.kind).toBe('Phường');
		expect((await search(site.server, 'muong thanh', 'en'))[0]?.kind).toBe('Ward');
	});
});

describe('searching by decision number', () => {
	test('"2446" finds Decision 2446/QĐ-UBND first, as a decision', async () => {
		const results = await search(site.server, '2446');
		expect(results[0]?.title).toMatch(/^2446\/QĐ-UBND/u);
		expect(results[0]?.kind).toBe('Quyết định');
		expect(results[0]?.href).toMatch(/^\/minh-bach\/quyet-dinh\/2446-/u);
	});
});

describe('searching for a named person', () => {
	test('"duong tuan vu" finds the person, linked to the commune they were sent to', async () => {
		const results = await search(site.server, 'duong tuan vu');
		expect(results[0]).toMatchObject({ title: 'Dương Tuấn Vũ', kind: 'Người được cử' });
		expect(results[0]?.href).toMatch(/^\/minh-bach\/dien-bien\/[a-z-]+\/#:~:text=D%C6%B0%C6%A1ng%20Tu%E1%BA%A5n%20V%C5%A9$/u);
	});
});

describe('ranking exact tones above a toneless match', () => {
	const rank = (results: ShownResult[], word: RegExp) => results.findIndex((r) => word.test(r.title));
	test.each([
		['đường', /Đường/u, /Dương/u],
		['dương', /Dương/u, /Đường/u],
	] as const)('"%s" lists %s before %s, and finds both', async (query, exact, other) => {
		await withPage(async (page) => {
			await page.goto(`${tones.server.origin}${BASE}tim-kiem/?q=${encodeURIComponent(query)}`);
			let results = await shownResults(page);
			// At national scale the exact matches fill the first pages: ask for more until a toneless one shows.
			for (let more = 0; more < 10 && rank(results, other) < 0 && (await page.isVisible('#search-more')); more++) {
				const shown = results.length;
				await page.click('#search-more');
				await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown);
				results = await shownResults(page);
			}
			const first = rank(results, exact);
			const second = rank(results, other);
			expect(first).toBeGreaterThanOrEqual(0);
			expect(second).toBeGreaterThan(first);
			// Every exact match comes before the first toneless one.
			expect(results.slice(second).some((r) => exact.test(r.title))).toBe(false);
		});
	});
});

describe('the search page', () => {
	test('receives the query of the header form of any page as ?q=', async () => {
		await withPage(async (page) => {
			await page.goto(`${site.server.origin}${BASE}dien-bien/dien-bien-phu/`);
			await page.fill('#q', 'muong thanh');
			await page.press('#q', 'Enter');
			await page.waitForURL(/\/minh-bach\/tim-kiem\/\?q=muong\+thanh$/u);
			expect((await shownResults(page))[0]?.title).toBe('Phường Mường Thanh');
			expect(await page.inputValue('#search-q')).toBe('muong thanh');
		});
	});

	test('has one search box: the header form is left out where the page has its own', async () => {
		await withPage(async (page) => {
			await page.goto(`${site.server.origin}${BASE}tim-kiem/`);
			expect(await page.locator('input[type="search"]').count()).toBe(1);
			await page.goto(`${site.server.origin}${BASE}dien-bien/dien-bien-phu/`);
			expect(await page.locator('input[type="search"]').count()).toBe(1);
		});
	});

	test('announces the number of results in a polite live region', async () => {
		await withPage(async (page) => {
			await page.goto(`${site.server.origin}${BASE}tim-kiem/?q=muong%20thanh`);
			const count = (await shownResults(page)).length;
			const status = page.locator('#search-status');
			expect(await status.getAttribute('aria-live')).toBe('polite');
			expect(await status.getAttribute('role')).toBe('status');
			expect(await status.textContent()).toBe(`${count} kết quả cho “muong thanh”.`);
		});
	});

	test('reaches the first result from the search box with the Tab key and opens it with Enter', async () => {
		await withPage(async (page) => {
			await page.goto(`${site.server.origin}${BASE}tim-kiem/`);
			await page.focus('#search-q');
			await page.keyboard.type('muong thanh');
			await page.keyboard.press('Enter');
			await shownResults(page);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Phường Mường Thanh');
			await page.keyboard.press('Enter');
			await page.waitForURL(/\/minh-bach\/dien-bien\/muong-thanh\/$/u);
		});
	});

	test('says so when nothing matches, and updates ?q= as the reader types', async () => {
		await withPage(async (page) => {
			await page.goto(`${site.server.origin}${BASE}tim-kiem/`);
			await page.fill('#search-q', 'zzzzqqq');
			expect(await shownResults(page)).toEqual([]);
			expect(await page.textContent('#search-status')).toContain('Không tìm thấy kết quả cho “zzzzqqq”');
			expect(new URL(page.url()).searchParams.get('q')).toBe('zzzzqqq');
		});
	});

	test('asks for another letter when one letter finds nothing, and finds results as the second is typed', async () => {
		await withPage(async (page) => {
			await page.goto(`${site.server.origin}${BASE}tim-kiem/`);
			await page.fill('#search-q', 'q');
			expect(await shownResults(page)).toEqual([]);
			expect(await page.textContent('#search-status')).toBe('Gõ thêm ít nhất một chữ cái nữa để tìm.');
			// "Quài" is a name (or a former unit's name) in Điện Biên, in the bundled and the national content.
			await page.fill('#search-q', 'qu');
			await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
			expect((await shownResults(page)).length).toBeGreaterThan(0);
		});
	});

	test('keeps the A–Z index and hides the search form when JavaScript is off', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(`${site.server.origin}${BASE}tim-kiem/?q=muong+thanh`);
			expect(await page.isVisible('#search')).toBe(false);
			expect(await page.isVisible('h2:text("Xã, phường theo thứ tự chữ cái")')).toBe(true);
			expect(await page.getAttribute('a:text-is("Phường Mường Thanh")', 'href')).toBe('/minh-bach/dien-bien/muong-thanh/');
		} finally {
			await context.close();
		}
	});
});

describe('the search page with results shown', () => {
	test.each(['vi', 'en'] as const)('has no axe-core violations (WCAG 2.2 AA) on the %s page, and no sideways scrolling at 320 px', async (lang) => {
		await withPage(async (page) => {
			await page.goto(`${site.server.origin}${BASE}${lang === 'en' ? 'en/' : ''}tim-kiem/?q=muong%20thanh`);
			expect((await shownResults(page)).length).toBeGreaterThan(0);
			expect((await runAxe(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
			await page.setViewportSize({ width: 320, height: 640 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
		});
	});

	test('downloads each shard once however many times the reader changes the query', async () => {
		await withPage(async (page) => {
			const fetched: string[] = [];
			page.on('request', (request) => {
				if (request.url().endsWith('.json')) fetched.push(new URL(request.url()).pathname.split('/').at(-1) ?? '');
			});
			await page.goto(`${site.server.origin}${BASE}tim-kiem/`);
			for (const query of ['mu', 'muong', 'muong th', 'muong thanh']) {
				await page.fill('#search-q', query);
				await page.press('#search-q', 'Enter');
				await shownResults(page);
			}
			expect(fetched.sort()).toEqual(['mu.json', 'th.json']);
		});
	});
});

describe('the built site', () => {
	test('has no script element outside the two search pages (JSON-LD data aside), and a script on both of them', () => {
		const scripts = (file: string) =>
			[...readFileSync(join(site.dist, file), 'utf8').matchAll(/<script\b([^>]*)>/giu)].filter(
				(tag) => !/type=["']?application\/ld\+json/iu.test(tag[1] ?? ''),
			);
		const pages = listFiles(site.dist)
			.filter((file) => file.endsWith('.html'))
			.map((file) => relative(site.dist, file));
		expect(pages.filter((file) => !SEARCH_PAGES.has(file) && scripts(file).length > 0)).toEqual([]);
		expect([...SEARCH_PAGES].map((file) => scripts(file).length)).toEqual([1, 1]);
	});

	test('lists on each search page only shards that exist, and every result in them links to a built page', () => {
		for (const page of SEARCH_PAGES) {
			const html = readFileSync(join(site.dist, page), 'utf8');
			const { folder = '', keys } = searchIndexOfPage(html);
			expect(folder.startsWith(`${BASE}${page.startsWith('en/') ? 'en/' : ''}tim-kiem/chi-muc/`)).toBe(true);
			const dir = join(site.dist, folder.slice(BASE.length));
			expect(readdirSync(dir).sort()).toEqual(keys.map((key) => `${key}.json`).sort());
			const urls = new Set(keys.flatMap((key) => (JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as string[][]).map((row) => row[1] ?? '')));
			const broken = [...urls].filter(
				(url) => !url.startsWith(BASE) || !existsSync(join(site.dist, url.slice(BASE.length).replace(/#.*$/u, ''), 'index.html')),
			);
			expect(broken).toEqual([]);
		}
	});
});
