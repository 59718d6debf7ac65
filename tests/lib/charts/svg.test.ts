import { describe, expect, test } from 'vitest';
import { escapeXml, formatValue, num, textWidth, tickFormatter, truncateText, wrapText } from '../../../src/lib/charts/svg.ts';

describe('escaping and rounding', () => {
	test.each([
		['A < B & "C"', 'A &lt; B &amp; &quot;C&quot;'],
		["Xã Nà Tấu's > 2", 'Xã Nà Tấu&#39;s &gt; 2'],
		['Sở Y tế', 'Sở Y tế'],
	])('escapes %j for SVG', (input, expected) => {
		expect(escapeXml(input)).toBe(expected);
	});

	test.each([
		[1.005, '1.01'],
		[1.004, '1'],
		[-0.001, '0'],
		[123.456789, '123.46'],
		[640, '640'],
	])('rounds the coordinate %d to %s', (input, expected) => {
		expect(num(input)).toBe(expected);
	});
});

describe('numbers per language', () => {
	test.each([
		['vi', 1234, '1.234'],
		['en', 1234, '1,234'],
		['vi', 1234.5, '1.234,5'],
		['en', 1234.5, '1,234.5'],
		['vi', 97, '97'],
		['vi', 0, '0'],
	] as const)('formats a value in %s: %d → %s', (lang, value, expected) => {
		expect(formatValue(lang, value)).toBe(expected);
	});

	test.each([
		['vi', 1000, 5000, '5.000'],
		['en', 1000, 5000, '5,000'],
		['vi', 0.5, 2.5, '2,5'],
		['en', 0.5, 2.5, '2.5'],
	] as const)('formats a %s tick with step %d: %d → %s', (lang, step, value, expected) => {
		expect(tickFormatter(lang, step)(value)).toBe(expected);
	});
});

describe('text measurement without a DOM', () => {
	test('gives a decomposed and a composed Vietnamese label the same width', () => {
		const label = 'Phường Điện Biên Phủ';
		expect(textWidth(label.normalize('NFD'))).toBe(textWidth(label.normalize('NFC')));
	});

	test('measures capitals and digits wider than lowercase letters', () => {
		expect(textWidth('QĐ-UBND')).toBeGreaterThan(textWidth('qd-ubnd'));
		expect(textWidth('2446')).toBeGreaterThan(textWidth('iiii'));
	});

	test.each([
		['Phường Điện Biên Phủ', 1000, ['Phường Điện Biên Phủ']],
		['Phường Điện Biên Phủ', 100, ['Phường Điện', 'Biên Phủ']],
	])('wraps %j in width %d', (text, width, lines) => {
		expect(wrapText(text, width, 13, 2)).toEqual(lines);
	});

	test('never wraps to more than two lines and marks the cut with an ellipsis', () => {
		const lines = wrapText('Trường Cao đẳng Điện Biên và các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh', 150, 13, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
	});

	test('cuts a single word longer than the width', () => {
		const cut = truncateText('Chuyểnđổisốquốcgiatoàndiện', 60, 13);
		expect(cut.endsWith('…')).toBe(true);
		expect(textWidth(cut, 13)).toBeLessThanOrEqual(60);
	});
});
