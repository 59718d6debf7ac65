import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/io/read-content.ts';
import type { Model } from '../../src/lib/model/types.ts';
import { agencyPath, communePath, decisionPath, specialtyPath } from '../../src/lib/present.ts';
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
