import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/io/read-content.ts';
import { asOfOf, FIXTURES, materializeCase } from '../content/fixture.ts';
import { buildSite } from '../helpers/build-site.ts';

/**
 * The build itself refuses content that would run as code, whether or not `npm run check` ran first:
 * `astro build` is called directly here. The hostile narrative would, if compiled as MDX, read a
 * deploy token from the environment onto the page and write a marker file.
 */
const MARKER = '/tmp/minh-bach-marker';
const TOKEN = 'minh-bach-test-token-4f2b9c';
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function allText(dir: string, ending = ''): string {
	if (!existsSync(dir)) return '';
	return readdirSync(dir)
		.map((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return allText(path, ending);
			return name.endsWith(ending) ? readFileSync(path, 'latin1') : '';
		})
		.join('\n');
}

describe('building hostile content', () => {
	test('astro build refuses a narrative with code, runs none of it and publishes no secret', () => {
		rmSync(MARKER, { force: true });
		const dir = materializeCase('narrative-code');
		made.push(dir);
		const site = buildSite(dir, { DEPLOY_TOKEN: TOKEN });
		made.push(site.outDir);
		expect(site.status).not.toBe(0);
		expect(site.output).toContain('narrative');
		expect(site.output).toMatch(/dòng \d+, ký tự \d+/u);
		expect(existsSync(MARKER)).toBe(false);
		expect(allText(site.outDir)).not.toContain(TOKEN);
	});

	test('astro build refuses raw HTML in a narrative and writes no page with it', () => {
		const dir = materializeCase('narrative-html');
		made.push(dir);
		const site = buildSite(dir);
		made.push(site.outDir);
		expect(site.status).not.toBe(0);
		expect(allText(site.outDir)).not.toContain('onerror');
	});
});

describe('what the check accepts, the build builds', () => {
	// Every case folder of tests/fixtures is checked; the ones the check accepts must build. Only the
	// accepted-* cases may pass the check: a malformed case that stops failing is a regression too.
	const cases = readdirSync(FIXTURES)
		.filter((name) => name.startsWith('malformed-') || name.startsWith('accepted-'))
		.map((name) => name.replace(/^malformed-/u, ''));
	const accepted = cases.filter((name) => {
		const dir = materializeCase(name);
		made.push(dir);
		return checkContent(dir, asOfOf(name)).problems.length === 0;
	});

	test('the check accepts exactly the accepted-* cases', () => {
		expect(accepted).toEqual(cases.filter((name) => name.startsWith('accepted-')));
	});

	test.each(accepted)('%s builds', (name) => {
		const dir = materializeCase(name);
		made.push(dir);
		const site = buildSite(dir);
		made.push(site.outDir);
		expect(site.status, site.output).toBe(0);
	});
});

describe('building careless but acceptable content', () => {
	test('what the check accepts, the build builds, and the prose is shown as written', () => {
		const dir = materializeCase('accepted-careless');
		made.push(dir);
		expect(checkContent(dir).problems).toEqual([]);
		const site = buildSite(dir);
		made.push(site.outDir);
		expect(site.status, site.output).toBe(0);
		const page = readFileSync(join(site.outDir, 'quyet-dinh/123-qd-ubnd-2025/index.html'), 'utf8');
		expect(page).toContain('a &lt; b');
		expect(page).toContain('{x}');
		expect(page).toContain('&lt;br&gt; được viết ra như chữ');
		expect(page).toContain('<h2>Nội dung chính</h2>');
		expect(page).toContain('href="mailto:sonoivu@dienbien.gov.vn"');
		expect(page).not.toMatch(/<script(?![^>]*application\/ld\+json)/u);
		// Markup and quotes in a row's texts (its post and note) are text on every page that lists the row.
		for (const path of [
			'quyet-dinh/123-qd-ubnd-2025/index.html',
			'co-quan/so-tai-chinh-dien-bien/index.html',
			'en/co-quan/so-tai-chinh-dien-bien/index.html',
		]) {
			const listing = readFileSync(join(site.outDir, path), 'utf8');
			expect(listing, path).toContain('<span lang="vi">Phòng &quot;Kinh tế&quot; &amp; &lt;Hạ tầng&gt;</span>');
			expect(listing, path).toContain('<span lang="vi">Ghi chú &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;trích&quot;</span>');
		}
		// The data files carry the text as it was written (a CSV cell is not markup); no page does.
		expect(allText(site.outDir, '.html')).not.toContain("<script>alert('x')");
	});
});
