import { describe, expect, test } from 'vitest';
import { readNarrative } from '../../src/lib/narrative.ts';

/** The codes a narrative produces, in order. */
const codesOf = (source: string): string[] => readNarrative(source).issues.map((issue) => issue.code);

describe('a narrative is Markdown prose, never code', () => {
	test.each([
		['an export statement', 'export const token = process.env.DEPLOY_TOKEN', 'narrative.esm'],
		['an import statement', "import { readFileSync } from 'node:fs'", 'narrative.esm'],
		['an expression', 'Khóa: {process.env.DEPLOY_TOKEN}.', 'narrative.expression'],
		['an expression that would write a file', "{require('node:fs').writeFileSync('/tmp/x', '1')}", 'narrative.expression'],
		['a lone closing brace', 'phụ lục 1}', 'narrative.expression'],
		['a script element', '<script>alert(1)</script>', 'narrative.html'],
		['an image with an error handler', 'Ảnh <img src=x onerror="alert(1)">', 'narrative.html'],
		['an iframe', '<iframe src="https://example.org"></iframe>', 'narrative.html'],
		['a component', '<Chart data={1} />', 'narrative.html'],
		['a line break tag', 'Dòng một<br>dòng hai', 'narrative.html'],
		['an HTML comment', '<!-- nội bộ -->', 'narrative.comment'],
		['a Markdown image', '![chân dung](https://example.org/a.jpg)', 'narrative.image'],
		['a javascript: link', '[bấm](javascript:alert(1))', 'narrative.link'],
		['a relative link', '[tệp](../../etc/passwd)', 'narrative.link'],
		['a data: link by reference', '[dữ liệu][d]\n\n[d]: data:text/html,<script>alert(1)</script>', 'narrative.link'],
		['a vbscript: autolink', '<vbscript:msgbox(1)>', 'narrative.link'],
	])('refuses %s', (_name, source, code) => {
		expect(codesOf(source)).toContain(code);
	});

	test.each([
		['round brackets', 'Xem (phụ lục 1).'],
		['escaped braces', 'Công thức \\{a\\} giữ nguyên.'],
		['a less-than sign', 'Nếu a < b thì chọn a.'],
		['an escaped tag', 'Viết \\<br> trong văn bản.'],
		['an import word inside a sentence', 'Việc import dữ liệu được làm hằng tuần.'],
		['https, http and mailto links', '[a](https://a.vn) [b](http://b.vn) [c](mailto:sonoivu@dienbien.gov.vn) <https://c.vn>'],
		['an undefined reference', 'Xem [phụ lục 1].'],
		['code spans with braces', 'Ghi `{x}` trong ô.'],
		['a table, a list and a quote', '| a | b |\n|---|---|\n| 1 | 2 |\n\n- một\n- hai\n\n> trích dẫn'],
	])('accepts %s', (_name, source) => {
		expect(codesOf(source)).toEqual([]);
	});

	test('renders nothing it refused as markup', () => {
		const hostile = [
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'[x](javascript:alert(1))',
			'![a](https://example.org/a.jpg)',
			'<iframe src=//evil></iframe>',
			'{process.env.HOME}',
			'export default 1',
		].join('\n\n');
		const { html } = readNarrative(hostile);
		expect(html).not.toMatch(/<(script|img|iframe)\b/iu);
		expect(html).not.toMatch(/href="(?!https?:|mailto:)/iu);
		expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/iu);
		expect(html).toContain('&lt;script&gt;');
	});

	test('points at the line and column of what it refuses', () => {
		const { issues } = readNarrative('Đoạn một.\n\nĐoạn hai có <b>chữ đậm</b>.');
		expect(issues[0]).toMatchObject({ code: 'narrative.html', line: 3, column: 13, found: '<b>' });
	});

	test('renders headings below the page title, lists, tables and escapes text', () => {
		const { html } = readNarrative('# Tiêu đề\n\nA & B < C **đậm** *nghiêng*\n\n- một\n- hai\n');
		expect(html).toBe('<h2>Tiêu đề</h2>\n<p>A &amp; B &lt; C <strong>đậm</strong> <em>nghiêng</em></p>\n<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n');
	});
});
