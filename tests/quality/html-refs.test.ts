import { describe, expect, test } from 'vitest';
import { countPdfPages, cssUrls, readHtmlFacts, srcsetUrls } from '../../scripts/lib/html-refs.ts';

const page = (body: string, head = ''): string => `<!doctype html><html lang="vi"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('readHtmlFacts', () => {
	test.each([
		['a link', page('<a href="/dien-bien/">x</a>'), [{ where: 'a[href]', url: '/dien-bien/', role: 'link' }]],
		['an unquoted image source', page('<img src=/a.png alt="">'), [{ where: 'img[src]', url: '/a.png', role: 'resource' }]],
		['an entity in a URL', page('<a href="/x/?a=1&amp;b=2">x</a>'), [{ where: 'a[href]', url: '/x/?a=1&b=2', role: 'link' }]],
		['a stylesheet', page('', '<link rel="stylesheet" href="/s.css">'), [{ where: 'link[href]', url: '/s.css', role: 'resource' }]],
		['a canonical link', page('', '<link rel="canonical" href="https://x.org/">'), [{ where: 'link[href]', url: 'https://x.org/', role: 'link' }]],
		['a form target', page('<form action="/tim-kiem/"></form>'), [{ where: 'form[action]', url: '/tim-kiem/', role: 'link' }]],
		['an SVG use', page('<svg><use href="#i"/></svg>'), [{ where: 'use[href]', url: '#i', role: 'resource' }]],
		[
			'a srcset',
			page('<img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="">'),
			[
				{ where: 'img[src]', url: '/a.png', role: 'resource' },
				{ where: 'img[srcset]', url: '/a.png', role: 'resource' },
				{ where: 'img[srcset]', url: '/b.png', role: 'resource' },
			],
		],
		['a url() in a style element', page('', '<style>body{background:url("/bg.png")}</style>'), [{ where: 'style', url: '/bg.png', role: 'resource' }]],
		[
			'a link-preview image',
			page('', '<meta property="og:image" content="https://x.org/i.png">'),
			[{ where: 'meta[og:image]', url: 'https://x.org/i.png', role: 'resource' }],
		],
	])('collects %s', (_, html, expected) => {
		expect(readHtmlFacts(html).references).toEqual(expected);
	});

	test('collects ids and named anchors', () => {
		const facts = readHtmlFacts(page('<main id="main"><h2 id=a>x</h2><a name="old"></a><p id="">y</p></main>'));
		expect([...facts.ids].sort()).toEqual(['a', 'main', 'old']);
	});

	test.each([
		['no script', page('<p>x</p>'), 0, 0],
		['JSON-LD only', page('<script type="application/ld+json">{"a":"<p>"}</script>'), 0, 0],
		['a module script', page('<script type="module" src="/s.js"></script>'), 1, 0],
		['an inline script with markup inside', page('<script>document.write("<a href=\'/x/\'>")</script>'), 1, 0],
		['an event handler attribute', page('<button onclick="x()">b</button>'), 0, 1],
		['a javascript: URL', page('<a href="javascript:void(0)">b</a>'), 0, 1],
	])('counts scripts on a page with %s', (_, html, scripts, inline) => {
		const facts = readHtmlFacts(html);
		expect([facts.scripts, facts.inlineScripts]).toEqual([scripts, inline]);
	});

	test('does not read links inside a script as references', () => {
		expect(readHtmlFacts(page('<script>var a = \'<a href="/x/">\';</script>')).references).toEqual([]);
	});
});

describe('srcsetUrls and cssUrls', () => {
	test.each([
		['a.png 1x, b.png 2x', ['a.png', 'b.png']],
		['a.png', ['a.png']],
		['a.png 480w,b.png 800w', ['a.png', 'b.png']],
	])('reads srcset %j', (srcset, expected) => {
		expect(srcsetUrls(srcset)).toEqual(expected);
	});

	test.each([
		['a{background:url(x.png)}', ['x.png']],
		[`a{background:url('y.svg#i')} b{mask:url("z.svg")}`, ['y.svg#i', 'z.svg']],
		['@import "base.css"; a{background:url(data:image/png;base64,AAAA)}', ['base.css']],
	])('reads css %j', (css, expected) => {
		expect(cssUrls(css)).toEqual(expected);
	});
});

describe('countPdfPages', () => {
	const pdf = (pages: number): Uint8Array =>
		new TextEncoder().encode(
			`%PDF-1.4\n1 0 obj << /Type /Pages /Kids [] /Count ${pages} >> endobj\n` +
				Array.from({ length: pages }, (_, i) => `${i + 2} 0 obj << /Type /Page /Parent 1 0 R >> endobj\n`).join('') +
				'%%EOF',
		);
	test.each([1, 2, 5])('counts %i page objects and ignores the page tree', (pages) => {
		expect(countPdfPages(pdf(pages))).toBe(pages);
	});
});
