import { describe, expect, test } from 'vitest';
import { describeCodePoint, findForeignLetters, findUnsafeCharacters } from '../../../src/lib/validate/text-hygiene.ts';

describe('findUnsafeCharacters', () => {
	test.each([
		['NULL', 0x0000, 'control'],
		['BELL', 0x0007, 'control'],
		['LINE TABULATION', 0x000b, 'control'],
		['FORM FEED', 0x000c, 'control'],
		['ESCAPE', 0x001b, 'control'],
		['DELETE', 0x007f, 'control'],
		['NEXT LINE', 0x0085, 'control'],
		['CONTROL SEQUENCE INTRODUCER', 0x009b, 'control'],
		['LINE SEPARATOR', 0x2028, 'control'],
		['ZERO WIDTH SPACE', 0x200b, 'invisible'],
		['ZERO WIDTH NON-JOINER', 0x200c, 'invisible'],
		['ZERO WIDTH JOINER', 0x200d, 'invisible'],
		['WORD JOINER', 0x2060, 'invisible'],
		['INVISIBLE TIMES', 0x2062, 'invisible'],
		['INVISIBLE PLUS', 0x2064, 'invisible'],
		['ZERO WIDTH NO-BREAK SPACE', 0xfeff, 'invisible'],
		['SOFT HYPHEN', 0x00ad, 'invisible'],
		['MONGOLIAN VOWEL SEPARATOR', 0x180e, 'invisible'],
		['COMBINING GRAPHEME JOINER', 0x034f, 'invisible'],
		['HANGUL FILLER', 0x3164, 'invisible'],
		['VARIATION SELECTOR-16', 0xfe0f, 'invisible'],
		['TAG LATIN CAPITAL LETTER A', 0xe0041, 'invisible'],
		['LEFT-TO-RIGHT MARK', 0x200e, 'bidi'],
		['RIGHT-TO-LEFT MARK', 0x200f, 'bidi'],
		['LEFT-TO-RIGHT EMBEDDING', 0x202a, 'bidi'],
		['POP DIRECTIONAL FORMATTING', 0x202c, 'bidi'],
		['RIGHT-TO-LEFT OVERRIDE', 0x202e, 'bidi'],
		['LEFT-TO-RIGHT ISOLATE', 0x2066, 'bidi'],
		['POP DIRECTIONAL ISOLATE', 0x2069, 'bidi'],
		['ARABIC LETTER MARK', 0x061c, 'bidi'],
	] as const)('reports %s in a commune code as %s', (name, codePoint, kind) => {
		expect(findUnsafeCharacters(`031${String.fromCodePoint(codePoint)}27`)).toEqual([{ index: 3, codePoint, name, kind }]);
	});

	test.each([
		['a Vietnamese name', 'Nguyễn Văn Giả'],
		['a name in NFD', 'Nguyễn Văn Giả'.normalize('NFD')],
		['a no-break space', 'Điện\u00a0Biên'],
		['an en dash and quotes', '“Biệt phái” – 2025'],
		['an emoji without a selector', 'Xong 👍'],
		['an empty string', ''],
	])('accepts %s', (_, text) => {
		expect(findUnsafeCharacters(text)).toEqual([]);
	});

	test('accepts tab, line feed and carriage return by default', () => {
		expect(findUnsafeCharacters('dòng 1\r\ndòng 2\tcột')).toEqual([]);
	});

	test('reports tab, line feed and carriage return when newlines are refused', () => {
		expect(findUnsafeCharacters('a\tb\r\n', { allowNewlines: false })).toEqual([
			{ index: 1, codePoint: 0x09, name: 'CHARACTER TABULATION', kind: 'control' },
			{ index: 3, codePoint: 0x0d, name: 'CARRIAGE RETURN', kind: 'control' },
			{ index: 4, codePoint: 0x0a, name: 'LINE FEED', kind: 'control' },
		]);
	});

	test('reports a byte-order mark at the start too, leaving it to the file reader to strip', () => {
		expect(findUnsafeCharacters('\ufeffcommune')).toEqual([{ index: 0, codePoint: 0xfeff, name: 'ZERO WIDTH NO-BREAK SPACE', kind: 'invisible' }]);
	});

	test('reports every character in order, with UTF-16 positions after an astral character', () => {
		expect(findUnsafeCharacters('\u{1F44D}\u200b\u{E0020}x\u202e').map(({ index, codePoint }) => [index, codePoint])).toEqual([
			[2, 0x200b],
			[3, 0xe0020],
			[6, 0x202e],
		]);
	});

	test('falls back to a generic name for a character without one in the table', () => {
		expect(findUnsafeCharacters('a\u2065b')).toEqual([{ index: 1, codePoint: 0x2065, name: 'FORMAT CHARACTER', kind: 'invisible' }]);
	});
});

describe('findForeignLetters', () => {
	test.each([
		['so-xay-dung with a Cyrillic o', 's\u043e-xay-dung', 1, 'Cyrillic', 'o'],
		['a Cyrillic a', 't\u0430i-chinh', 1, 'Cyrillic', 'a'],
		['a Cyrillic e', 'y-t\u0435', 3, 'Cyrillic', 'e'],
		['a Cyrillic er', '\u0440hong', 0, 'Cyrillic', 'p'],
		['a Cyrillic es', '\u0441ntt', 0, 'Cyrillic', 'c'],
		['a Cyrillic u', 'x\u0443', 1, 'Cyrillic', 'y'],
		['a Cyrillic ha', '\u0445a', 0, 'Cyrillic', 'x'],
		['a Ukrainian i', 'ch\u0456nh', 2, 'Cyrillic', 'i'],
		['a Cyrillic je', '\u0458ob', 0, 'Cyrillic', 'j'],
		['a Cyrillic dze', '\u0455o', 0, 'Cyrillic', 's'],
		['a Cyrillic capital O', 'UBND-\u041e', 5, 'Cyrillic', 'O'],
		['a Greek omicron', 'c\u03bfng', 1, 'Greek', 'o'],
		['a Greek alpha', 'd\u03b1t-dai', 1, 'Greek', 'a'],
		['a Greek nu', '\u03bdan-hoa', 0, 'Greek', 'v'],
		['a Greek iota', 'x\u03b9', 1, 'Greek', 'i'],
		['a Greek capital Alpha', '\u0391BC', 0, 'Greek', 'A'],
		['a fullwidth small s', '\uff53o', 0, 'Fullwidth', 's'],
		['a fullwidth capital Q', '\uff31D', 0, 'Fullwidth', 'Q'],
		['a fullwidth digit', '0312\uff17', 4, 'Fullwidth', '7'],
		['a mathematical bold s', '\u{1D42C}o', 0, 'Mathematical', 's'],
		['the Kelvin sign', '\u212Aon-tum', 0, 'Latin', 'K'],
		['an Armenian oh', 's\u0585', 1, 'Armenian', 'o'],
	] as const)('reports %s', (_, text, index, script, looksLike) => {
		const [letter, ...rest] = findForeignLetters(text);
		expect(rest).toEqual([]);
		expect(letter).toMatchObject({ index, script, looksLike, char: [...text.slice(index)][0], codePoint: text.codePointAt(index) });
	});

	test.each([
		['a Cyrillic zhe', 'ж', 'Cyrillic'],
		['a Greek lambda', 'λ', 'Greek'],
		['a Han character', '中', 'Han'],
		['a Thai letter', 'ก', 'Thai'],
		['an Arabic-Indic digit', '٣', 'Arabic'],
	])('reports %s without a look-alike', (_, char, script) => {
		const found = findForeignLetters(`ma-${char}`);
		expect(found).toEqual([{ index: 3, char, codePoint: char.codePointAt(0), script }]);
	});

	test.each([
		['an ASCII id', 'so-xay-dung-dien-bien'],
		['Vietnamese letters, left to the id format rule', 'sở-xây-dựng'],
		['Vietnamese letters in NFD', 'sở-xây-dựng'.normalize('NFD')],
		['a đ', 'đất-đai'],
		['digits and punctuation', '2446/QĐ-UBND'],
		['an invisible character, left to findUnsafeCharacters', '031\u200b27'],
		['an empty string', ''],
	])('accepts %s', (_, text) => {
		expect(findForeignLetters(text)).toEqual([]);
	});

	test('reports every foreign letter of a mixed id, in order', () => {
		expect(findForeignLetters('\u0441\u043e-xay-d\u03c5ng').map((letter) => [letter.index, letter.looksLike])).toEqual([
			[0, 'c'],
			[1, 'o'],
			[8, 'u'],
		]);
	});
});

describe('describeCodePoint', () => {
	test.each([
		[0x200b, 'U+200B ZERO WIDTH SPACE'],
		[0x0000, 'U+0000 NULL'],
		[0x202e, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
		[0xfeff, 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
		[0x043e, 'U+043E CYRILLIC SMALL LETTER O'],
		[0x03bf, 'U+03BF GREEK SMALL LETTER OMICRON'],
		[0xff53, 'U+FF53 FULLWIDTH LATIN SMALL LETTER S'],
		[0xff10, 'U+FF10 FULLWIDTH DIGIT ZERO'],
		[0xe0100, 'U+E0100 VARIATION SELECTOR-17'],
		[0xe007f, 'U+E007F CANCEL TAG'],
		[0x0099, 'U+0099 SINGLE GRAPHIC CHARACTER INTRODUCER'],
		[0x2065, 'U+2065 FORMAT CHARACTER'],
		[0x0436, 'U+0436 "ж"'],
		[0x0041, 'U+0041 "A"'],
		[0x1f44d, 'U+1F44D "👍"'],
		[0x110000, 'U+110000'],
	])('labels code point %i as %j', (codePoint, label) => {
		expect(describeCodePoint(codePoint)).toBe(label);
	});
});

describe('on long input', () => {
	// No timing assertion: the scans are single passes over the text.
	test.each([
		['the letter a', 'a'.repeat(100_000)],
		['Vietnamese text', 'Phường Điện Biên Phủ '.repeat(5_000)],
	])('finishes on 100 KB of %s', (_, text) => {
		expect(findUnsafeCharacters(text)).toEqual([]);
		expect(findForeignLetters(text)).toEqual([]);
	});
});
