import { describe, expect, test } from 'vitest';
// Astro's own escaping, as its compiled templates call it: ours must write the very same bytes.
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { attr, escapeText, Html, markup } from '../../src/lib/html.ts';

/** Hostile and careless texts: markup, both quotes, entities, control characters, Vietnamese, emoji. */
const TEXTS = [
	'',
	'Nguyễn Văn A',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"it's 'quoted'",
	'a & b &amp; c &#39;',
	'</td></tr></table><p>',
	'javascript:alert(1)',
	'https://example.org/?a=1&b="2"',
	'line\nbreak\ttab\u0000nul\u0007bell',
	'\u202Eright-to-left override',
	'Phòng Kinh tế, Hạ tầng và Đô thị 🏛️',
	'{{ template }} ${x} `tick`',
];

describe('escapeText', () => {
	test.each(TEXTS)('escapes %j as Astro escapes a template expression', (text) => {
		expect(escapeText(text)).toBe(escapeHTML(text));
	});

	test('leaves no markup character unescaped', () => {
		expect(escapeText('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
	});
});

describe('attr', () => {
	test.each([...TEXTS, undefined, null, 0, 12.5])('writes %j as Astro writes name={value}', (value) => {
		expect(attr('data-label', value).toString()).toBe(String(addAttribute(value, 'data-label')));
	});

	test('a quote cannot end the attribute', () => {
		expect(attr('href', '" onclick="x').toString()).toBe(' href="&quot; onclick=&quot;x"');
	});
});

describe('markup', () => {
	test('escapes every string part and writes markup parts as they are', () => {
		const cell = markup`<td${attr('data-label', 'A & B')}>${'<b>x</b>'}</td>`;
		const row = markup`<tr>${cell}${[cell, cell]}</tr>`;
		expect(row.toString()).toBe(`<tr>${'<td data-label="A &amp; B">&lt;b&gt;x&lt;/b&gt;</td>'.repeat(3)}</tr>`);
	});

	test('writes nothing for false, null, undefined and the empty string, and a number as itself', () => {
		expect(markup`[${false}${null}${undefined}${''}${0}${7}]`.toString()).toBe('[07]');
	});

	test('markup cannot be made from a string outside the module', () => {
		const Forged = Html as unknown as new (key: symbol, markup: string) => Html;
		expect(() => new Forged(Symbol('html'), '<script>')).toThrow(TypeError);
	});
});
