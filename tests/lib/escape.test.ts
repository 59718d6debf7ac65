import { describe, expect, test } from 'vitest';
import { escapeXml, escapeXmlText } from '../../src/lib/escape.ts';

describe('escapeXml', () => {
	test('drops characters XML forbids and escapes markup', () => {
		expect(escapeXml('a\u0001b <c> & "d"')).toBe('ab &lt;c&gt; &amp; &quot;d&quot;');
	});

	test('escapes an apostrophe, for single-quoted attributes', () => {
		expect(escapeXml("the province's page")).toBe('the province&#39;s page');
	});
});

describe('escapeXmlText', () => {
	test.each([
		['a\u0001b <c> & "d"', 'ab &lt;c&gt; &amp; &quot;d&quot;'],
		["the province's page", "the province's page"],
	])('escapes %j as %j, leaving an apostrophe', (text, escaped) => {
		expect(escapeXmlText(text)).toBe(escaped);
	});
});
