/**
 * Browser tests on the built site (DIST_DIR or dist/, built with the same BASE_PATH): axe-core on every
 * page of the sitemap in both languages, keyboard use, 320 px layout, pages without JavaScript, and the
 * printed commune notice. Run with `npm run test:e2e` after `npm run build`.
 *
 * E2E_SAMPLE=N checks an evenly spread sample of N pages per list instead of all (for the national-scale
 * benchmark site); the default checks every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listSitePages, resolveBase, resolveDistDir } from '../../scripts/lib/dist.ts';
import { countPdfPages } from '../../scripts/lib/html-refs.ts';
import { counterpartPath, fileOfPath, isScriptAllowed, spreadSample, type SitePage } from '../../scripts/lib/site-paths.ts';
import { AXE_TAGS, runAxe } from './support/axe.ts';
import { launchChromium } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/server.ts';

const dist = resolveDistDir();
const base = resolveBase();
const listed = listSitePages(dist, base);
const sample = Number(process.env['E2E_SAMPLE'] ?? 0);
const pick = <T>(items: T[]): T[] => spreadSample(items, sample);
const allPages = listed.pages;
const pages = pick(allPages);
const contentPages = pages.filter((p) => !isScriptAllowed(p.local));
const communePages = allPages.filter((p) => p.kind === 'commune');
const label = (page: SitePage): string => page.path;

/** One page of each kind in each language: where the keyboard is tried. */
const keyboardPages = [...new Map(allPages.map((p) => [`${p.lang}/${p.kind}`, p])).values()].sort((a, b) => a.path.localeCompare(b.path));
/**
 * Every commune page, printed as the notice-board copy; with E2E_SAMPLE, the sample plus the 20
 * largest commune pages of each language (the most rows, decisions and needs: the ones that could
 * spill onto a second sheet, which an even sample can miss).
 */
const printPages =
	sample > 0
		? [
				...new Set([
					...pick(communePages),
					...(['vi', 'en'] as const).flatMap((lang) =>
						communePages
							.filter((p) => p.lang === lang)
							.map((p) => ({ p, size: statSync(join(dist, fileOfPath(p.path, base) ?? '')).size }))
							.sort((a, b) => b.size - a.size)
							.slice(0, 20)
							.map(({ p }) => p),
					),
				]),
			]
		: communePages;

let server: StaticServer;
let browser: Browser;
let desktop: BrowserContext;
let noScript: BrowserContext;
const violationsByRule = new Map<string, { pages: Set<string>; nodes: number; impact: string }>();
let axeChecked = 0;

beforeAll(async () => {
	console.log(
		`e2e: ${allPages.length} pages from ${listed.source === 'sitemap' ? 'sitemap-index.xml' : 'a walk of dist/ (no sitemap-index.xml yet)'}` +
			`${sample > 0 ? `, sampled to ${sample} per check` : ''}; base ${base}; ${communePages.length} commune pages`,
	);
	server = await serveDist(dist, base);
	browser = await launchChromium();
	desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	noScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
});

afterAll(async () => {
	const rules = [...violationsByRule].sort((a, b) => b[1].pages.size - a[1].pages.size);
	const summary = rules.map(([rule, v]) => `  ${rule} (${v.impact}): ${v.pages.size} pages, ${v.nodes} nodes, e.g. ${[...v.pages].slice(0, 3).join(' ')}`);
	console.log(`axe (${AXE_TAGS.join(', ')}): ${axeChecked} pages checked, ${rules.length} rules violated${rules.length ? `\n${summary.join('\n')}` : ''}`);
	await browser?.close();
	await server?.close();
});

/** Opens a page and fails on anything but HTTP 200. */
async function open(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
	expect(response?.status(), `HTTP status of ${path}`).toBe(200);
	return page;
}

describe('the list of pages', () => {
	test('has pages in both languages', () => {
		expect(allPages.filter((p) => p.lang === 'vi').length).toBeGreaterThan(0);
		expect(allPages.filter((p) => p.lang === 'en').length).toBeGreaterThan(0);
	});

	test('lists every page in the other language too', () => {
		const paths = new Set(allPages.map((p) => p.path));
		expect(allPages.filter((p) => !paths.has(counterpartPath(p.path, base) ?? '')).map(label)).toEqual([]);
	});

	test('names only pages that exist', () => {
		expect(listed.missing).toEqual([]);
	});

	test('has commune pages', () => {
		expect(communePages.length).toBeGreaterThan(0);
	});
});

/** Table cells and chart texts the 320 px check measured, over all pages: a check that measured nothing proves nothing. */
let measuredCells = 0;
let measuredTexts = 0;

/** The text each page shows with JavaScript on, kept from the first visit for the no-JavaScript comparison. */
const textWithScript = new Map<string, string>();

describe('every page: axe-core (WCAG 2.2 AA), 320 px layout, language link', () => {
	// One visit per page: axe at 1280 px, then the same page narrowed to 320 px. Every check is
	// measured before any is asserted, and soft assertions report all failures of a page together.
	test.each(pages.map((p) => [label(p), p] as const))('%s', async (_, sitePage) => {
		const page = await open(desktop, sitePage.path);
		try {
			const violations = await runAxe(page);
			axeChecked += 1;
			for (const v of violations) {
				const entry = violationsByRule.get(v.id) ?? { pages: new Set<string>(), nodes: 0, impact: v.impact };
				entry.pages.add(sitePage.path);
				entry.nodes += v.nodes.length;
				violationsByRule.set(v.id, entry);
			}
			textWithScript.set(sitePage.path, await page.locator('body').innerText());
			const other = sitePage.lang === 'vi' ? 'en' : 'vi';
			const switchHref = await page
				.locator(`a[hreflang="${other}"]`)
				.first()
				.getAttribute('href', { timeout: 2_000 })
				.catch(() => null);

			const wide = await measureNarrow(page);
			await page.setViewportSize({ width: 320, height: 640 });
			const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
				const root = document.documentElement;
				// Name the element that sticks out furthest, to say what to fix.
				let widest = '';
				let right = root.clientWidth;
				for (const element of document.body.querySelectorAll('*')) {
					const box = element.getBoundingClientRect();
					if (box.right > right + 0.5) {
						right = box.right;
						widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''} (${Math.round(box.right)}px)`;
					}
				}
				return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
			});
			const narrow = await measureNarrow(page);

			expect
				.soft(
					violations.map(
						(v) =>
							`${v.id}: ${v.help} (${v.nodes
								.map((n) => n.target.join(' '))
								.slice(0, 3)
								.join(', ')})`,
					),
					'axe violations',
				)
				.toEqual([]);
			expect.soft(scrollWidth, `page is ${scrollWidth}px wide at 320px; widest: ${widest}`).toBeLessThanOrEqual(clientWidth);
			expect.soft(narrow.cellsOutside, 'table cells outside the 320 px viewport').toEqual([]);
			expect.soft(narrow.smallTexts, 'chart texts under 12 CSS px at 320 px').toEqual([]);
			expect.soft(narrow.clippedTexts, 'chart texts cut off at the edge of their chart at 320 px').toEqual([]);
			expect.soft(wide.clippedTexts, 'chart texts cut off at the edge of their chart at 1280 px').toEqual([]);
			measuredCells += narrow.cells;
			measuredTexts += narrow.texts;
			expect
				.soft(switchHref === null ? null : new URL(switchHref, `${server.origin}${sitePage.path}`).pathname, 'language link')
				.toBe(counterpartPath(sitePage.path, base));
		} finally {
			await page.close();
		}
	});
});

describe('the 320 px check', () => {
	// Runs after the page checks above (tests of a file run in order).
	test('measured table cells and chart texts', () => {
		expect(measuredCells, 'table cells measured').toBeGreaterThan(0);
		expect(measuredTexts, 'chart texts measured').toBeGreaterThan(0);
	});
});

/**
 * What a reader of a 320 px phone cannot see: every cell of a data table whose box reaches outside
 * the viewport (also inside a scrolling box, whose hidden part a reader may never find), every text
 * of a visible chart drawn smaller than 12 CSS px (its font size times the SVG's scale on screen),
 * and every chart text that runs past the edge of its chart, where it is cut off.
 */
async function measureNarrow(page: Page): Promise<{ cellsOutside: string[]; smallTexts: string[]; clippedTexts: string[]; cells: number; texts: number }> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
		const cellsOutside: string[] = [];
		let cells = 0;
		for (const cell of document.querySelectorAll('main table th, main table td')) {
			if (!visible(cell)) continue;
			const box = cell.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			cells += 1;
			if (box.left < -0.5 || box.right > width + 0.5)
				cellsOutside.push(`${(cell.textContent ?? '').trim().slice(0, 40)} (${Math.round(box.left)}–${Math.round(box.right)}px)`);
			// A cell inside the screen whose content runs past its own edge (a word that cannot wrap) is cut too.
			else if (cell.scrollWidth > cell.clientWidth + 1)
				cellsOutside.push(`${(cell.textContent ?? '').trim().slice(0, 40)} (content ${cell.scrollWidth}px in a ${cell.clientWidth}px cell)`);
		}
		const smallTexts: string[] = [];
		const clippedTexts: string[] = [];
		let texts = 0;
		for (const text of document.querySelectorAll('main svg[role="img"] text, main svg[role="img"] tspan')) {
			if (!visible(text)) continue;
			if (text.tagName.toLowerCase() === 'text' && text.querySelector('tspan') && !text.childNodes[0]?.nodeValue?.trim()) continue;
			const ctm = (text as SVGGraphicsElement).getScreenCTM();
			if (!ctm) continue;
			texts += 1;
			const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
			if (px < 11.99) smallTexts.push(`${(text.textContent ?? '').trim().slice(0, 40)} (${px.toFixed(1)}px)`);
			// A text that runs past its chart's edge is cut off (an SVG clips what overflows its box).
			const svg = (text as SVGGraphicsElement).ownerSVGElement?.getBoundingClientRect();
			const box = text.getBoundingClientRect();
			if (
				svg &&
				text.tagName.toLowerCase() === 'text' &&
				(box.left < svg.left - 1 || box.right > svg.right + 1 || box.top < svg.top - 1 || box.bottom > svg.bottom + 1)
			)
				clippedTexts.push(
					`${(text.textContent ?? '').trim().slice(0, 40)} (${Math.round(box.left)}–${Math.round(box.right)}px in ${Math.round(svg.left)}–${Math.round(svg.right)}px)`,
				);
		}
		return {
			cellsOutside: [...new Set(cellsOutside)].slice(0, 12),
			smallTexts: [...new Set(smallTexts)].slice(0, 12),
			clippedTexts: [...new Set(clippedTexts)].slice(0, 12),
			cells,
			texts,
		};
	});
}

describe('without JavaScript', () => {
	test.each(contentPages.map((p) => [label(p), p] as const))('%s shows the same text', async (_, sitePage) => {
		const page = await open(noScript, sitePage.path);
		try {
			const text = await page.locator('body').innerText();
			expect(text.length).toBeGreaterThan(0);
			expect(text).toBe(textWithScript.get(sitePage.path) ?? (await textWithJavaScript(sitePage.path)));
		} finally {
			await page.close();
		}
	});
});

/** The page's text with JavaScript on, for pages the first visit did not cover (sampling). */
async function textWithJavaScript(path: string): Promise<string> {
	const page = await open(desktop, path);
	try {
		return await page.locator('body').innerText();
	} finally {
		await page.close();
	}
}

describe('keyboard', () => {
	test.each(keyboardPages.map((p) => [label(p), p] as const))('%s: the first Tab reaches the skip link, Enter moves focus to main', async (_, sitePage) => {
		const page = await open(desktop, sitePage.path);
		try {
			await page.keyboard.press('Tab');
			const skip = await page.evaluate(() => {
				const active = document.activeElement as HTMLElement | null;
				const href = active?.getAttribute('href') ?? '';
				const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
				const box = active?.getBoundingClientRect();
				return {
					tag: active?.tagName.toLowerCase(),
					href,
					targetIsMain: target !== null && (target.tagName === 'MAIN' || target.getAttribute('role') === 'main'),
					onScreen: box !== undefined && box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight,
				};
			});
			expect(skip, 'the first Tab focuses a link to the main element').toMatchObject({ tag: 'a', targetIsMain: true, onScreen: true });
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => location.hash.length > 1, undefined, { timeout: 2_000 });
			const focused = await page.evaluate(() => {
				const active = document.activeElement;
				return active?.tagName === 'MAIN' || active?.getAttribute('role') === 'main' || (active?.closest('main') !== null && active !== document.body);
			});
			expect(focused, 'after Enter the focus is on main').toBe(true);
		} finally {
			await page.close();
		}
	});

	test.each(keyboardPages.map((p) => [label(p), p] as const))('%s: focus is visible on the first twelve Tab stops', async (_, sitePage) => {
		const page = await open(desktop, sitePage.path);
		try {
			const invisible: string[] = [];
			for (let stop = 0; stop < 12; stop++) {
				await page.keyboard.press('Tab');
				const state = await page.evaluate(() => {
					const active = document.activeElement as HTMLElement | null;
					if (!active || active === document.body) return undefined;
					const style = getComputedStyle(active);
					const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
					const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
					return { name: `${active.tagName.toLowerCase()} ${(active.textContent ?? '').trim().slice(0, 30)}`, visible: outline || shadow };
				});
				if (!state) break;
				if (!state.visible) invisible.push(state.name);
			}
			expect(invisible, 'focused elements without outline or box-shadow').toEqual([]);
		} finally {
			await page.close();
		}
	});

	test.each(keyboardPages.map((p) => [label(p), p] as const))('%s: the language switch opens the same page in the other language', async (_, sitePage) => {
		const page = await open(desktop, sitePage.path);
		try {
			const other = sitePage.lang === 'vi' ? 'en' : 'vi';
			const link = page.locator(`a[hreflang="${other}"]`).first();
			const expected = counterpartPath(sitePage.path, base) ?? '';
			await link.focus({ timeout: 2_000 });
			const [response] = await Promise.all([
				page.waitForResponse((r) => r.request().isNavigationRequest(), { timeout: 10_000 }),
				page.waitForEvent('load'),
				page.keyboard.press('Enter'),
			]);
			expect(new URL(page.url()).pathname).toBe(expected);
			expect(response.status(), `HTTP status of ${expected}`).toBe(200);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
		} finally {
			await page.close();
		}
	});
});

describe('printed commune notice', () => {
	test('there is a commune page to print', () => {
		expect(printPages.length).toBeGreaterThan(0);
	});

	// The QR code leads back to the page it is printed from: decoded from a screenshot of the printed
	// notice by zbarimg (Debian's zbar-tools), it must equal the page's canonical address.
	test.each(spreadSample(printPages, 6).map((p) => [label(p), p] as const))('%s: the printed QR code decodes to the page address', async (_, sitePage) => {
		const page = await open(desktop, sitePage.path);
		try {
			await page.emulateMedia({ media: 'print' });
			const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
			const qr = page.locator('.qr svg').first();
			const png = join(mkdtempSync(join(tmpdir(), 'minh-bach-qr-')), 'qr.png');
			await qr.screenshot({ path: png, scale: 'device' });
			const decoded = execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim();
			expect(decoded).toBe(canonical);
		} finally {
			await page.close();
		}
	});

	test.each(printPages.map((p) => [label(p), p] as const))('%s prints on one A4 page with its QR code', async (_, sitePage) => {
		const page = await open(desktop, sitePage.path);
		try {
			await page.emulateMedia({ media: 'print' });
			const qr = await page.evaluate(() =>
				[...document.querySelectorAll('svg')].some((svg) => {
					const around: Element[] = [svg];
					if (svg.parentElement) around.push(svg.parentElement);
					if (svg.parentElement?.parentElement) around.push(svg.parentElement.parentElement);
					const words = around
						.map((e) => `${e.id} ${e.getAttribute('class') ?? ''} ${e.getAttribute('aria-label') ?? ''} ${e.querySelector('title')?.textContent ?? ''}`)
						.join(' ');
					const box = svg.getBoundingClientRect();
					return /\bqr\b|qr-?code|mã qr/iu.test(words) && box.width > 0 && box.height > 0 && getComputedStyle(svg).visibility !== 'hidden';
				}),
			);
			expect(qr, 'a visible QR code svg in print').toBe(true);
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			expect(countPdfPages(pdf), 'printed pages').toBe(1);
		} finally {
			await page.close();
		}
	});
});
