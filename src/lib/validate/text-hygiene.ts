/**
 * Characters that must not reach a published page or dataset, and letters that only look like the
 * ASCII letters of an id. Both kinds of problem are invisible in an editor: a zero-width space makes
 * "03127" a different commune code, a right-to-left override reverses what a reader sees, a Cyrillic
 * "о" makes "so-xay-dung" a different agency. Positions are UTF-16 code units of the input string.
 */

/** A character that does not show, or that changes how the text around it is shown. */
export interface UnsafeCharacter {
	/** Position in the input string, in UTF-16 code units. */
	index: number;
	codePoint: number;
	/** The character's Unicode name (or alias, for control characters), e.g. "ZERO WIDTH SPACE". */
	name: string;
	/** A control character, an invisible (format, filler, tag, variation selector) character, or a direction-changing one. */
	kind: 'control' | 'invisible' | 'bidi';
}

/** A letter (or digit) of another script, or a compatibility form, where an ASCII one was expected. */
export interface ForeignLetter {
	/** Position in the input string, in UTF-16 code units. */
	index: number;
	/** The character itself (two code units for one outside the Basic Multilingual Plane). */
	char: string;
	codePoint: number;
	/** The Unicode script ("Cyrillic", "Greek", …), "Fullwidth" for U+FF01–U+FF5E, "Mathematical" for U+1D400–U+1D7FF. */
	script: string;
	/** The ASCII letter or digit it is easily mistaken for, where there is one. */
	looksLike?: string;
}

// ─── Names ──────────────────────────────────────────────────────────────────────────────────────

/** Names (aliases for C0 and C1 controls, which have no formal name) of the characters this module reports. */
const NAMES = new Map<number, string>([
	[0x00, 'NULL'],
	[0x01, 'START OF HEADING'],
	[0x02, 'START OF TEXT'],
	[0x03, 'END OF TEXT'],
	[0x04, 'END OF TRANSMISSION'],
	[0x05, 'ENQUIRY'],
	[0x06, 'ACKNOWLEDGE'],
	[0x07, 'BELL'],
	[0x08, 'BACKSPACE'],
	[0x09, 'CHARACTER TABULATION'],
	[0x0a, 'LINE FEED'],
	[0x0b, 'LINE TABULATION'],
	[0x0c, 'FORM FEED'],
	[0x0d, 'CARRIAGE RETURN'],
	[0x0e, 'SHIFT OUT'],
	[0x0f, 'SHIFT IN'],
	[0x10, 'DATA LINK ESCAPE'],
	[0x11, 'DEVICE CONTROL ONE'],
	[0x12, 'DEVICE CONTROL TWO'],
	[0x13, 'DEVICE CONTROL THREE'],
	[0x14, 'DEVICE CONTROL FOUR'],
	[0x15, 'NEGATIVE ACKNOWLEDGE'],
	[0x16, 'SYNCHRONOUS IDLE'],
	[0x17, 'END OF TRANSMISSION BLOCK'],
	[0x18, 'CANCEL'],
	[0x19, 'END OF MEDIUM'],
	[0x1a, 'SUBSTITUTE'],
	[0x1b, 'ESCAPE'],
	[0x1c, 'INFORMATION SEPARATOR FOUR'],
	[0x1d, 'INFORMATION SEPARATOR THREE'],
	[0x1e, 'INFORMATION SEPARATOR TWO'],
	[0x1f, 'INFORMATION SEPARATOR ONE'],
	[0x7f, 'DELETE'],
	[0x80, 'PADDING CHARACTER'],
	[0x81, 'HIGH OCTET PRESET'],
	[0x82, 'BREAK PERMITTED HERE'],
	[0x83, 'NO BREAK HERE'],
	[0x84, 'INDEX'],
	[0x85, 'NEXT LINE'],
	[0x86, 'START OF SELECTED AREA'],
	[0x87, 'END OF SELECTED AREA'],
	[0x88, 'CHARACTER TABULATION SET'],
	[0x89, 'CHARACTER TABULATION WITH JUSTIFICATION'],
	[0x8a, 'LINE TABULATION SET'],
	[0x8b, 'PARTIAL LINE FORWARD'],
	[0x8c, 'PARTIAL LINE BACKWARD'],
	[0x8d, 'REVERSE LINE FEED'],
	[0x8e, 'SINGLE SHIFT TWO'],
	[0x8f, 'SINGLE SHIFT THREE'],
	[0x90, 'DEVICE CONTROL STRING'],
	[0x91, 'PRIVATE USE ONE'],
	[0x92, 'PRIVATE USE TWO'],
	[0x93, 'SET TRANSMIT STATE'],
	[0x94, 'CANCEL CHARACTER'],
	[0x95, 'MESSAGE WAITING'],
	[0x96, 'START OF GUARDED AREA'],
	[0x97, 'END OF GUARDED AREA'],
	[0x98, 'START OF STRING'],
	[0x99, 'SINGLE GRAPHIC CHARACTER INTRODUCER'],
	[0x9a, 'SINGLE CHARACTER INTRODUCER'],
	[0x9b, 'CONTROL SEQUENCE INTRODUCER'],
	[0x9c, 'STRING TERMINATOR'],
	[0x9d, 'OPERATING SYSTEM COMMAND'],
	[0x9e, 'PRIVACY MESSAGE'],
	[0x9f, 'APPLICATION PROGRAM COMMAND'],
	[0x00ad, 'SOFT HYPHEN'],
	[0x034f, 'COMBINING GRAPHEME JOINER'],
	[0x061c, 'ARABIC LETTER MARK'],
	[0x115f, 'HANGUL CHOSEONG FILLER'],
	[0x1160, 'HANGUL JUNGSEONG FILLER'],
	[0x17b4, 'KHMER VOWEL INHERENT AQ'],
	[0x17b5, 'KHMER VOWEL INHERENT AA'],
	[0x180b, 'MONGOLIAN FREE VARIATION SELECTOR ONE'],
	[0x180c, 'MONGOLIAN FREE VARIATION SELECTOR TWO'],
	[0x180d, 'MONGOLIAN FREE VARIATION SELECTOR THREE'],
	[0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
	[0x180f, 'MONGOLIAN FREE VARIATION SELECTOR FOUR'],
	[0x200b, 'ZERO WIDTH SPACE'],
	[0x200c, 'ZERO WIDTH NON-JOINER'],
	[0x200d, 'ZERO WIDTH JOINER'],
	[0x200e, 'LEFT-TO-RIGHT MARK'],
	[0x200f, 'RIGHT-TO-LEFT MARK'],
	[0x2028, 'LINE SEPARATOR'],
	[0x2029, 'PARAGRAPH SEPARATOR'],
	[0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
	[0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
	[0x202c, 'POP DIRECTIONAL FORMATTING'],
	[0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
	[0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
	[0x2060, 'WORD JOINER'],
	[0x2061, 'FUNCTION APPLICATION'],
	[0x2062, 'INVISIBLE TIMES'],
	[0x2063, 'INVISIBLE SEPARATOR'],
	[0x2064, 'INVISIBLE PLUS'],
	[0x2066, 'LEFT-TO-RIGHT ISOLATE'],
	[0x2067, 'RIGHT-TO-LEFT ISOLATE'],
	[0x2068, 'FIRST STRONG ISOLATE'],
	[0x2069, 'POP DIRECTIONAL ISOLATE'],
	[0x206a, 'INHIBIT SYMMETRIC SWAPPING'],
	[0x206b, 'ACTIVATE SYMMETRIC SWAPPING'],
	[0x206c, 'INHIBIT ARABIC FORM SHAPING'],
	[0x206d, 'ACTIVATE ARABIC FORM SHAPING'],
	[0x206e, 'NATIONAL DIGIT SHAPES'],
	[0x206f, 'NOMINAL DIGIT SHAPES'],
	[0x3164, 'HANGUL FILLER'],
	[0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
	[0xffa0, 'HALFWIDTH HANGUL FILLER'],
	[0xfff9, 'INTERLINEAR ANNOTATION ANCHOR'],
	[0xfffa, 'INTERLINEAR ANNOTATION SEPARATOR'],
	[0xfffb, 'INTERLINEAR ANNOTATION TERMINATOR'],
	[0xe0001, 'LANGUAGE TAG'],
	[0xe007f, 'CANCEL TAG'],
]);

/** The ASCII letter each common homoglyph is mistaken for, with its Unicode name. */
const CONFUSABLES = new Map<number, readonly [looksLike: string, name: string]>([
	// Cyrillic: the letters a Russian or Ukrainian keyboard layout slips into Latin text.
	[0x0430, ['a', 'CYRILLIC SMALL LETTER A']],
	[0x0432, ['b', 'CYRILLIC SMALL LETTER VE']],
	[0x0435, ['e', 'CYRILLIC SMALL LETTER IE']],
	[0x043a, ['k', 'CYRILLIC SMALL LETTER KA']],
	[0x043c, ['m', 'CYRILLIC SMALL LETTER EM']],
	[0x043d, ['h', 'CYRILLIC SMALL LETTER EN']],
	[0x043e, ['o', 'CYRILLIC SMALL LETTER O']],
	[0x0440, ['p', 'CYRILLIC SMALL LETTER ER']],
	[0x0441, ['c', 'CYRILLIC SMALL LETTER ES']],
	[0x0442, ['t', 'CYRILLIC SMALL LETTER TE']],
	[0x0443, ['y', 'CYRILLIC SMALL LETTER U']],
	[0x0445, ['x', 'CYRILLIC SMALL LETTER HA']],
	[0x044c, ['b', 'CYRILLIC SMALL LETTER SOFT SIGN']],
	[0x0455, ['s', 'CYRILLIC SMALL LETTER DZE']],
	[0x0456, ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I']],
	[0x0458, ['j', 'CYRILLIC SMALL LETTER JE']],
	[0x04bb, ['h', 'CYRILLIC SMALL LETTER SHHA']],
	[0x04cf, ['l', 'CYRILLIC SMALL LETTER PALOCHKA']],
	[0x0501, ['d', 'CYRILLIC SMALL LETTER KOMI DE']],
	[0x051b, ['q', 'CYRILLIC SMALL LETTER QA']],
	[0x051d, ['w', 'CYRILLIC SMALL LETTER WE']],
	[0x0410, ['A', 'CYRILLIC CAPITAL LETTER A']],
	[0x0412, ['B', 'CYRILLIC CAPITAL LETTER VE']],
	[0x0415, ['E', 'CYRILLIC CAPITAL LETTER IE']],
	[0x041a, ['K', 'CYRILLIC CAPITAL LETTER KA']],
	[0x041c, ['M', 'CYRILLIC CAPITAL LETTER EM']],
	[0x041d, ['H', 'CYRILLIC CAPITAL LETTER EN']],
	[0x041e, ['O', 'CYRILLIC CAPITAL LETTER O']],
	[0x0420, ['P', 'CYRILLIC CAPITAL LETTER ER']],
	[0x0421, ['C', 'CYRILLIC CAPITAL LETTER ES']],
	[0x0422, ['T', 'CYRILLIC CAPITAL LETTER TE']],
	[0x0423, ['Y', 'CYRILLIC CAPITAL LETTER U']],
	[0x0425, ['X', 'CYRILLIC CAPITAL LETTER HA']],
	[0x0405, ['S', 'CYRILLIC CAPITAL LETTER DZE']],
	[0x0406, ['I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I']],
	[0x0408, ['J', 'CYRILLIC CAPITAL LETTER JE']],
	[0x04ae, ['Y', 'CYRILLIC CAPITAL LETTER STRAIGHT U']],
	[0x04c0, ['I', 'CYRILLIC LETTER PALOCHKA']],
	[0x051a, ['Q', 'CYRILLIC CAPITAL LETTER QA']],
	[0x051c, ['W', 'CYRILLIC CAPITAL LETTER WE']],
	// Greek: the letters of mathematical and scientific text.
	[0x03b1, ['a', 'GREEK SMALL LETTER ALPHA']],
	[0x03b3, ['y', 'GREEK SMALL LETTER GAMMA']],
	[0x03b9, ['i', 'GREEK SMALL LETTER IOTA']],
	[0x03ba, ['k', 'GREEK SMALL LETTER KAPPA']],
	[0x03bd, ['v', 'GREEK SMALL LETTER NU']],
	[0x03bf, ['o', 'GREEK SMALL LETTER OMICRON']],
	[0x03c1, ['p', 'GREEK SMALL LETTER RHO']],
	[0x03c5, ['u', 'GREEK SMALL LETTER UPSILON']],
	[0x03c7, ['x', 'GREEK SMALL LETTER CHI']],
	[0x0391, ['A', 'GREEK CAPITAL LETTER ALPHA']],
	[0x0392, ['B', 'GREEK CAPITAL LETTER BETA']],
	[0x0395, ['E', 'GREEK CAPITAL LETTER EPSILON']],
	[0x0396, ['Z', 'GREEK CAPITAL LETTER ZETA']],
	[0x0397, ['H', 'GREEK CAPITAL LETTER ETA']],
	[0x0399, ['I', 'GREEK CAPITAL LETTER IOTA']],
	[0x039a, ['K', 'GREEK CAPITAL LETTER KAPPA']],
	[0x039c, ['M', 'GREEK CAPITAL LETTER MU']],
	[0x039d, ['N', 'GREEK CAPITAL LETTER NU']],
	[0x039f, ['O', 'GREEK CAPITAL LETTER OMICRON']],
	[0x03a1, ['P', 'GREEK CAPITAL LETTER RHO']],
	[0x03a4, ['T', 'GREEK CAPITAL LETTER TAU']],
	[0x03a5, ['Y', 'GREEK CAPITAL LETTER UPSILON']],
	[0x03a7, ['X', 'GREEK CAPITAL LETTER CHI']],
	// Armenian: a few letters are indistinguishable from Latin ones in most fonts.
	[0x0585, ['o', 'ARMENIAN SMALL LETTER OH']],
	[0x057d, ['u', 'ARMENIAN SMALL LETTER SEH']],
	[0x0570, ['h', 'ARMENIAN SMALL LETTER HO']],
	[0x0578, ['n', 'ARMENIAN SMALL LETTER VO']],
	[0x0566, ['q', 'ARMENIAN SMALL LETTER ZA']],
]);

/**
 * A label for a code point in messages: "U+" and at least four hex digits, then its name where this
 * module knows it, a generic name for other control and format characters, or the character itself.
 * @example describeCodePoint(0x200b) // 'U+200B ZERO WIDTH SPACE'
 * @example describeCodePoint(0x043e) // 'U+043E CYRILLIC SMALL LETTER O'
 */
export function describeCodePoint(codePoint: number): string {
	const label = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = nameOf(codePoint);
	if (name !== undefined) return `${label} ${name}`;
	if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > 0x10ffff) return label;
	const char = String.fromCodePoint(codePoint);
	if (CONTROL_CATEGORY.test(char)) return `${label} CONTROL CHARACTER`;
	if (FORMAT_CATEGORY.test(char)) return `${label} FORMAT CHARACTER`;
	// Anything else shows: quote it, so the reader can find it.
	return `${label} "${char}"`;
}

const CONTROL_CATEGORY = /^\p{Cc}$/u;
const FORMAT_CATEGORY = /^[\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}]$/u;
const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/** The name of a code point from the tables, or computed for the regular ranges (variation selectors, tags). */
function nameOf(codePoint: number): string | undefined {
	const known = NAMES.get(codePoint) ?? CONFUSABLES.get(codePoint)?.[1];
	if (known !== undefined) return known;
	if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`;
	if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}`;
	// Tag characters mirror ASCII: U+E0041 is TAG LATIN CAPITAL LETTER A.
	if (codePoint >= 0xe0020 && codePoint <= 0xe007e) {
		const ascii = codePoint - 0xe0000;
		if (ascii >= 0x41 && ascii <= 0x5a) return `TAG LATIN CAPITAL LETTER ${String.fromCharCode(ascii)}`;
		if (ascii >= 0x61 && ascii <= 0x7a) return `TAG LATIN SMALL LETTER ${String.fromCharCode(ascii - 32)}`;
		if (ascii >= 0x30 && ascii <= 0x39) return `TAG DIGIT ${DIGIT_NAMES[ascii - 0x30]}`;
		if (ascii === 0x20) return 'TAG SPACE';
		return 'TAG CHARACTER';
	}
	if (codePoint >= 0xff21 && codePoint <= 0xff3a) return `FULLWIDTH LATIN CAPITAL LETTER ${String.fromCharCode(codePoint - 0xff21 + 0x41)}`;
	if (codePoint >= 0xff41 && codePoint <= 0xff5a) return `FULLWIDTH LATIN SMALL LETTER ${String.fromCharCode(codePoint - 0xff41 + 0x41)}`;
	if (codePoint >= 0xff10 && codePoint <= 0xff19) return `FULLWIDTH DIGIT ${DIGIT_NAMES[codePoint - 0xff10]}`;
	return undefined;
}

// ─── Unsafe characters ──────────────────────────────────────────────────────────────────────────

/**
 * Direction-changing characters: marks (LRM, RLM, ALM), embeddings and overrides (U+202A–U+202E) and
 * isolates (U+2066–U+2069). They reorder what a reader sees without changing what is stored, the
 * "Trojan Source" trick; Vietnamese text never needs them.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Controls: C0 except tab, line feed and carriage return, DEL, C1 (the trace of a file decoded as
 * Windows-1252), and the Unicode line and paragraph separators, which some editors show as a line
 * break and others not at all.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/u;

/**
 * Every reported character in one class, for a fast first test and for finding them. Invisible ones,
 * besides the controls and direction marks: soft hyphen, combining grapheme joiner, zero-width space
 * and joiners, word joiner and invisible operators (U+2060–U+2064), the deprecated format characters
 * (U+206A–U+206F), byte-order mark, Mongolian vowel separator and variation selectors, Khmer inherent
 * vowels, Hangul fillers (used to make "empty" names), interlinear annotations, variation selectors
 * and tag characters (which can carry a hidden message).
 */
const UNSAFE =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffc\u2800\p{Cf}\p{Co}\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;
/** The same, with tab, line feed and carriage return. */
const UNSAFE_WITH_NEWLINES =
	/[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffc\u2800\p{Cf}\p{Co}\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;

/** Whether a text holds any character findUnsafeCharacters reports (tab, LF and CR allowed): one test per clean value. */
export function hasUnsafeCharacters(text: string): boolean {
	UNSAFE.lastIndex = 0;
	const found = UNSAFE.test(text);
	UNSAFE.lastIndex = 0;
	return found;
}

/**
 * Every format character (Unicode category Cf: the Arabic number sign, musical and Egyptian format
 * controls, shorthand format controls…), every private-use character (Co), U+2800 BRAILLE PATTERN
 * BLANK and U+FFFC are reported too: none shows as text.
 *
 * Control characters (C0 except tab, LF and CR; DEL; C1; U+2028, U+2029), invisible characters
 * (U+200B–U+200D, U+2060–U+2064, U+FEFF anywhere, U+00AD, U+180E, U+034F, fillers, tags, variation
 * selectors) and direction-changing characters (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069,
 * U+061C), in order. Tab, LF and CR are allowed by default, since CSV cells and prose hold line
 * breaks; `allowNewlines: false` reports them too, for one-line values such as codes. A byte-order
 * mark at the start of a file is the file reader's business: strip it before calling.
 * @example findUnsafeCharacters('031\u200b27') // [{ index: 3, codePoint: 0x200b, name: 'ZERO WIDTH SPACE', kind: 'invisible' }]
 */
export function findUnsafeCharacters(text: string, options: { allowNewlines?: boolean } = {}): UnsafeCharacter[] {
	const pattern = options.allowNewlines === false ? UNSAFE_WITH_NEWLINES : UNSAFE;
	const found: UnsafeCharacter[] = [];
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		const char = match[0];
		const codePoint = char.codePointAt(0)!;
		const kind = BIDI.test(char) ? 'bidi' : CONTROL.test(char) || codePoint <= 0x1f ? 'control' : 'invisible';
		found.push({ index: match.index, codePoint, name: nameOf(codePoint) ?? (kind === 'control' ? 'CONTROL CHARACTER' : 'FORMAT CHARACTER'), kind });
	}
	return found;
}

// ─── Foreign letters ────────────────────────────────────────────────────────────────────────────

/** Scripts named in reports, most likely first; a letter of any other script is reported by its general name. */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
	'Cyrillic',
	'Greek',
	'Armenian',
	'Georgian',
	'Cherokee',
	'Coptic',
	'Hebrew',
	'Arabic',
	'Syriac',
	'Thaana',
	'Devanagari',
	'Bengali',
	'Tamil',
	'Thai',
	'Lao',
	'Khmer',
	'Myanmar',
	'Tibetan',
	'Han',
	'Hiragana',
	'Katakana',
	'Hangul',
	'Ethiopic',
	'Mongolian',
	'Canadian_Aboriginal',
	'Lisu',
	'Vai',
	'Tifinagh',
	'Runic',
	'Ogham',
	'Glagolitic',
	'Common',
	'Inherited',
].map((script) => [script.replace('_', ' '), new RegExp(`^\\p{Script=${script}}$`, 'u')] as const);

const NON_ASCII = /[^\u0000-\u007f]/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
const LATIN = /^\p{Script=Latin}$/u;
const ASCII_ALNUM = /^[A-Za-z0-9]+$/u;

/**
 * Letters of other scripts in an identifier or code that should be ASCII (Cyrillic "о" in
 * "so-xay-dung"), with the Latin letter each resembles where there is one. Reported: letters and
 * digits of any script but Latin, and compatibility forms whose normal form is ASCII (fullwidth
 * "ｓ", "０", mathematical "𝐬", the Kelvin sign). Vietnamese letters are Latin and are left to the
 * id's own format rule.
 * @example findForeignLetters('sо-xay-dung') // [{ index: 1, char: 'о', codePoint: 0x43e, script: 'Cyrillic', looksLike: 'o' }]
 */
export function findForeignLetters(text: string): ForeignLetter[] {
	if (!NON_ASCII.test(text)) return [];
	const found: ForeignLetter[] = [];
	for (let index = 0; index < text.length;) {
		const codePoint = text.codePointAt(index)!;
		const char = String.fromCodePoint(codePoint);
		if (codePoint >= 0x80 && LETTER_OR_DIGIT.test(char)) {
			const compatible = char.normalize('NFKC');
			const asciiForm = ASCII_ALNUM.test(compatible) ? compatible : undefined;
			// A Latin letter is foreign only as a compatibility form of an ASCII one ("ｓ", "K" Kelvin).
			if (!LATIN.test(char) || asciiForm !== undefined) {
				const looksLike = CONFUSABLES.get(codePoint)?.[0] ?? asciiForm;
				const letter: ForeignLetter = { index, char, codePoint, script: scriptOf(codePoint, char) };
				if (looksLike !== undefined) letter.looksLike = looksLike;
				found.push(letter);
			}
		}
		index += char.length;
	}
	return found;
}

/** The script a reported character belongs to, with the fullwidth forms named as such. */
function scriptOf(codePoint: number, char: string): string {
	if (codePoint >= 0xff01 && codePoint <= 0xff5e) return 'Fullwidth';
	if (codePoint >= 0x1d400 && codePoint <= 0x1d7ff) return 'Mathematical';
	if (LATIN.test(char)) return 'Latin';
	for (const [name, pattern] of SCRIPTS) if (pattern.test(char)) return name;
	return 'Other';
}
