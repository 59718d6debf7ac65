import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/io/read-content.ts';
import type { Model } from '../../src/lib/model/types.ts';
import { agencyPath, communePath, decisionPath, specialtyPath } from '../../src/lib/paths.ts';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';

const FIXTURE = 'tests/fixtures/minimal';
/** Pages that may load JavaScript: only search. */
const SCRIPT_PAGES = new Set(['tim-kiem/index.html', 'en/tim-kiem/index.html']);

let site: BuiltSite;
let model: Model;
const read = (path: string): string => readFileSync(join(site.outDir, path), 'utf8');
const html = (path: string): HTMLElement => parse(read(path));
const pageFile = (path: string): string => `${path.replace(/^\//u, '')}index.html`;

function listHtml(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listHtml(path) : name.endsWith('.html') ? [path] : [];
	});
}

beforeAll(() => {
	model = checkContent(FIXTURE).model;
	site = buildSite(FIXTURE);
	if (site.status !== 0) throw new Error(`Fixture build failed:\n${site.output}`);
});

describe('building the minimal fixture site', () => {
	test.each(['vi', 'en'] as const)('writes a page for every commune, decision, specialty and agency in %s', (lang) => {
		const prefix = lang === 'en' ? '/en' : '';
		const paths = [
			'/',
			'/chat-luong-du-lieu/',
			'/phuong-phap/',
			'/tim-kiem/',
			'/quyet-dinh/',
			'/linh-vuc/',
			'/co-quan/',
			...model.communes.map((c) => communePath(model, c)),
			...model.decisions.map(decisionPath),
			...model.specialties.map(specialtyPath),
			...model.agencies.map(agencyPath),
		];
		const missing = paths.map((p) => pageFile(`${prefix}${p}`)).filter((file) => !existsSync(join(site.outDir, file)));
		expect(missing).toEqual([]);
	});

	test.each([
		['vi', 'thay-doi'],
		['en', 'en/thay-doi'],
	])("lists the fixture folder's git history on the change log in %s, newest first, and in changes.csv", (_lang, prefix) => {
		const page = html(`${prefix}/index.html`);
		const entries = page.querySelectorAll('article.change-entry');
		expect(entries.length).toBeGreaterThan(0);
		const days = entries.map((entry) => entry.querySelector('time')?.getAttribute('datetime') ?? '');
		expect([...days].sort().reverse()).toEqual(days);
		expect(read(`${prefix}/feed.xml`)).toContain('<entry>');
		const csv = read('du-lieu/changes.csv');
		expect(csv.split('\n')[0]).toContain('commit,date,seq,subject,kind,decision,commune,text_vi,text_en');
		expect(csv.split('\n').length).toBeGreaterThan(entries.length);
	});

	test('gives every decision page its history and the footer a link to the change log', () => {
		for (const decision of model.decisions) {
			const page = html(pageFile(decisionPath(decision)));
			expect(page.querySelector('#lich-su h2'), decision.id).not.toBeNull();
			expect(page.querySelector('footer a[href$="/thay-doi/"]'), decision.id).not.toBeNull();
		}
	});

	test('puts no script element on any content page (JSON-LD data aside)', () => {
		const offenders = listHtml(site.outDir)
			.map((file) => relative(site.outDir, file))
			.filter((file) => !SCRIPT_PAGES.has(file))
			.filter((file) =>
				html(file)
					.querySelectorAll('script')
					.some((s) => s.getAttribute('type') !== 'application/ld+json'),
			);
		expect(offenders).toEqual([]);
	});

	test('links every page to the same page in the other language', () => {
		const commune = model.communes[0]!;
		const path = communePath(model, commune);
		const vi = html(pageFile(path)).querySelector('a.lang-switch')?.getAttribute('href');
		const en = html(pageFile(`/en${path}`))
			.querySelector('a.lang-switch')
			?.getAttribute('href');
		expect([vi, en]).toEqual([`/en${path}`, path]);
	});

	test('frames every standalone chart file with its title, source, as-of day, licence and page address as visible text', () => {
		for (const lang of ['vi', 'en'] as const) {
			const dir = join(site.outDir, lang === 'en' ? 'en/bieu-do' : 'bieu-do');
			const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
			expect(files.length).toBeGreaterThan(0);
			for (const file of files) {
				const svg = parse(readFileSync(join(dir, file), 'utf8'));
				const root = svg.querySelector('svg');
				// Wrapped lines are <tspan>s of one <text>: read them as words apart.
				const visible = root!
					.querySelectorAll('text')
					.map((t) => t.childNodes.map((n) => n.text).join(' '))
					.join(' ');
				const title = root!.querySelector('title')!.text;
				expect(root?.getAttribute('lang')).toBe(lang);
				// The title is drawn (maybe wrapped over lines), not only kept in <title>.
				for (const word of title.split(/\s+/u).slice(0, 3)) expect(visible).toContain(word);
				expect(visible).toContain(lang === 'vi' ? 'Nguồn:' : 'Source:');
				expect(visible).toContain('CC BY 4.0');
				expect(visible).toMatch(/\d{2}\/\d{2}\/\d{4}/u);
				expect(visible).toMatch(/https?:\/\/\S+\//u);
			}
		}
	});

	test('lists the overview and province charts on the download page, each with its file and an embed snippet', () => {
		for (const lang of ['vi', 'en'] as const) {
			const prefix = lang === 'en' ? '/en' : '';
			const section = html(pageFile(`${prefix}/du-lieu/`)).querySelector('section[aria-labelledby=charts]');
			expect(section).not.toBeNull();
			const links = section!.querySelectorAll('a[type="image/svg+xml"]').map((a) => a.getAttribute('href'));
			const files = readdirSync(join(site.outDir, `${prefix.slice(1)}/bieu-do`.replace(/^\//u, ''))).filter((f) => f.endsWith('.svg'));
			expect(links.length).toBeGreaterThan(0);
			for (const href of links) expect(files).toContain(href!.split('/').at(-1));
			// node-html-parser keeps a <pre>'s content as raw text: the snippet is read from it, entities decoded.
			const snippets = section!.querySelectorAll('pre').map((pre) =>
				pre.text
					.replace(/<\/?code>/gu, '')
					.replaceAll('&lt;', '<')
					.replaceAll('&gt;', '>')
					.replaceAll('&quot;', '"')
					.replaceAll('&amp;', '&'),
			);
			expect(snippets).toHaveLength(links.length);
			for (const snippet of snippets) expect(snippet).toMatch(/^<img src="https?:\/\/[^"]+\.svg" alt="[^"]+" width="640">$/u);
		}
	});

	test('gives every chart an accessible SVG with a title and a table of the same figures', () => {
		const figures = listHtml(site.outDir).flatMap((file) => html(relative(site.outDir, file)).querySelectorAll('figure.chart'));
		expect(figures.length).toBeGreaterThan(0);
		for (const figure of figures) {
			const svg = figure.querySelector('svg[role=img]');
			expect(svg?.querySelector('title')?.text.trim()).toBeTruthy();
			const table = figure.querySelector('table');
			expect(table?.querySelector('caption')?.text.trim()).toBeTruthy();
			// Every number in the table appears as a label in the chart.
			const numbers = (table?.querySelectorAll('td.num') ?? []).map((td) => td.text.trim()).filter((n) => /^\d/u.test(n) && n !== '0');
			const svgText = svg?.text ?? '';
			for (const n of numbers) expect(svgText).toContain(n);
		}
	});

	test('keeps every commune page within 14 KB gzip (HTML with its inlined CSS)', () => {
		const sizes = model.communes
			.flatMap((c) => [pageFile(communePath(model, c)), pageFile(`/en${communePath(model, c)}`)])
			.map((file) => gzipSync(read(file), { level: 9 }).length);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(14 * 1024);
	});

	test('shows a declared total that is not itemized as exactly that on the commune page', () => {
		const partly = model.decisions.find((d) => d.communes === 'all' && d.declared_total !== undefined);
		expect(partly).toBeDefined();
		const commune = model.communes.find((c) => c.province === partly!.province)!;
		// Rows here or not, the province-wide figure stays visible and the missing list by commune is said.
		const panel = html(pageFile(communePath(model, commune))).querySelector('.panel.warning')?.text ?? '';
		expect(panel).toContain(`công bố ${partly!.declared_total} người cho toàn tỉnh`);
		expect(panel).toMatch(/chưa công bố chi tiết từng xã|danh sách đầy đủ từng xã chưa công bố/u);
	});
});
