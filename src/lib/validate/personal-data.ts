/**
 * Finds personal data in the free text staff commit (CSV cells, frontmatter strings, the prose of a
 * decision): ID numbers, phone numbers, e-mail addresses, birth dates, ages, home addresses, bank
 * accounts, passports, licence plates and tax codes. A report names a person and their post; anything beyond
 * that must never be published, so these detectors lean towards flagging, but they must stay quiet on
 * what every decision is made of: decision numbers, dates, commune codes, counts, money and URLs.
 *
 * How it reads the text:
 * - The text is folded once into a matching copy: diacritics removed (đ → d), lowercase, compatibility
 *   forms (fullwidth digits, "＠", "．") turned into ASCII, the decimal digits of every script (Arabic-Indic
 *   "٠٩١٢", Devanagari "००१", Bengali, Thai…) read as the digits they are, the ideographic full stop "。"
 *   read as a dot, invisible format characters dropped, dashes unified, every line break (CR LF
 *   included) and tab made one space. Staff type "so dien thoai" as
 *   often as "số điện thoại", an NFD file reads the same as an NFC one, and a number or phrase that a
 *   Markdown paragraph wraps across two lines reads as the reader sees it ("0913⏎456 789"); a blank
 *   line (two breaks) still separates. Every character of the copy remembers where it came from, so
 *   positions are reported in the caller's string (UTF-16 code units) whether it is NFC or NFD; the
 *   content check passes NFC.
 * - URLs (http, https, www.) are blanked in the copy before anything else: the digits of a link are
 *   part of an address, not data about a person.
 * - Numbers are read by a hand-written scanner (linear, no regular expression can backtrack on a long
 *   run of digits): it splits a run like "+84 912 345 678" into groups and classifies windows of
 *   consecutive groups by shape. A second scanner reads numbers spelled digit by digit
 *   ("0 9 1 2 3 4 5 6 7 8"). Keyword rules ("CCCD số …", "sinh năm …", "quê quán") are bounded regular
 *   expressions compiled once.
 *
 * Known limitations, chosen to keep false alarms off ordinary reports:
 * - A 10- or 11-digit number that is not shaped like a Vietnamese phone (a bank account, a tax code)
 *   is flagged only after a keyword ("STK", "MST"); so is a 9-digit ID written like an amount
 *   ("212 345 678") or followed by a unit ("150000000 đồng").
 * - A number glued to letters is caught after a keyword ("SĐT0912345678") and, without one, only as a
 *   mobile of exactly ten digits after a word of at most 16 letters ("số0912345678", "abc0912345678"),
 *   which starts after a space or prose punctuation and has nothing glued after the digits: not a
 *   landline, an ID or a grouped number glued to a word, nor a phone before letters ("0912345678gọi"),
 *   nor one inside an id or a hash ("so-xay-dung0912345678", "qd2446x0912345678").
 * - A phone split into two groups of five ("09123 45678", the shape of two commune codes), a number
 *   whose three or more groups count up by one ("7 8 9 10 11 12", a list of items) and a birth year
 *   alone in brackets ("Nguyễn Văn A (1985)") are not flagged.
 * - A number spelled digit by digit counts only as a whole run of single digits touching no other
 *   number, of a phone's length and shape (10 or 11 digits, a leading 0) or a CCCD's (12 digits, a
 *   leading 0, a century digit 0–3): "+84 9 1 2 …", a 9-digit CMND spelled out and a run after a
 *   number ("năm 2025 0 9 1 …", read as groups instead) are not found as such. Spaced dots or dashes
 *   between groups ("0912 . 345 . 678") make only a phone or a CCCD of that shape: "2021 - 2025 - 2030"
 *   is a list of years.
 * - An e-mail with spaces around its "@" or dots ("a @ gmail.com", "a@ gmail . com") or an "at"
 *   written "[a]" needs a known top-level domain (com, net, org, edu, gov, int, mil, info, biz, io,
 *   vn): "họp @ nhà . Có mặt" is a sentence, and so an "a @ b.xyz" is missed. "[at]", "(at)" and
 *   "(dot)" without spaced dots are a disguise whatever the domain. Plain words ("a at gmail dot com")
 *   are not read.
 * - A licence plate with a space after the province code ("27 A 123.45") or in its serial ("27A 123 45")
 *   needs its series in capitals and no unit after it; "27 A" alone is not a plate, nor "27a 123 45".
 * - After a phone or ID keyword, digit groups may be joined by any one separator ("SĐT 0912/345/678",
 *   "0912 • 345 • 678"), and after a phone keyword "o", "l" and "i" may stand for digits ("SĐT
 *   O9l2345678"), but only when the digits then make a phone's shape (an ID's length of 9 or 12 after
 *   an ID keyword); without a keyword, neither is read.
 * - An age is a number from 1 to 120 with "tuổi" (or plain "tuoi"), "aged", "age" or "years old" beside
 *   it ("45 tuổi", "tuổi 45", "aged 45", "45-year-old"). A limit, range or threshold of a policy is not
 *   a person's age: a word before it ("dưới", "trên", "từ", "đến", "đủ", "quá", "tối đa", "độ tuổi",
 *   "under", "retirement age"…), a range around it ("18 - 60 tuổi", "aged 18 to 60"), "trở lên" or "or
 *   older" after it, and "18-year-olds". So a person's age after such a word ("Ông Tú 45 tuổi" is kept
 *   only because "Tú" is not spelled "từ") or as a decimal ("1,5 tuổi") is missed.
 * - "tổ 5" (a residential group) needs its diacritics: "to 5" is English. Other address words accept
 *   plain ASCII but refuse a different accent ("Ngô 12" is a name, "số 3 Phó Giám đốc" a post).
 * - A street address needs a marker: "số 12 đường …", "ngõ 12", "địa chỉ:"; "12 Nguyễn Trãi" alone is
 *   not recognised.
 *
 * And what is flagged although it may be harmless, because the detector cannot tell it from a person's
 * data: an office's phone or tax code (a hotline too: "đường dây nóng" is often an official's own
 * mobile), an office address after "Địa chỉ:" or after a place of work ("làm việc tại khu phố 3"),
 * "Tổ 1" naming a working group, any run of 9 or 12 digits (a CMND or CCCD shape), any run of 13–19
 * digits (a card shape) and ten single digits that spell a mobile's shape ("0 3 5 7 1 0 2 4 6 8").
 * Only 1800 and 1900 service lines are let through after a phone keyword, and only an address right
 * after "Trụ sở", with its diacritics, is let through as an office's ("Trụ sở số 5 đường …"; not
 * "Trụ sở UBND xã, số 5 đường …", where the name stands between).
 */

/** What a stretch of personal data looks like. */
export type PersonalDataKind = 'citizen-id' | 'passport' | 'phone' | 'email' | 'birth-date' | 'address' | 'bank-account' | 'licence-plate' | 'tax-code' | 'age';

/** One stretch of text that looks like personal data, located in the caller's string. */
export interface PersonalDataHit {
	/** What the stretch looks like. */
	kind: PersonalDataKind;
	/** Start of the stretch, in UTF-16 code units of the input string. */
	index: number;
	/** Length of the stretch, in UTF-16 code units of the input string. */
	length: number;
}

/** A hit in the folded copy's coordinates. */
interface Span {
	kind: PersonalDataKind;
	start: number;
	end: number;
}

/** The folded matching copy and, for text that was not plain ASCII, where each of its characters came from. */
interface Folded {
	text: string;
	/** Start (inclusive) and end (exclusive) in the original of each folded character; absent means the identity. */
	starts: number[] | undefined;
	ends: number[] | undefined;
}

/**
 * Every stretch of free text that looks like personal data beyond a published name and post, in
 * order, overlapping finds merged (the first, longest one names the kind).
 * @example findPersonalData('Ông A, SĐT 0912 345 678') // [{ kind: 'phone', index: 7, length: 16 }]
 */
export function findPersonalData(text: string): PersonalDataHit[] {
	if (text.length === 0) return [];
	const folded = fold(text);
	const f = blankUrls(folded.text);
	const hasDigit = DIGIT.test(f);
	const hasLetter = LETTER.test(f);
	// A plain number shorter than the shortest ID (9 digits) cannot be anything: codes, counts, dates.
	if (!hasLetter && (!hasDigit || f.length < 9) && !f.includes('@')) return [];

	const spans: Span[] = [];
	const context: Context = { text, folded };

	// 1. Keywords that are personal data on their own ("quê quán", "date of birth").
	if (hasLetter) {
		collect(ADDRESS_KEYWORDS, f, 'address', spans);
		collect(BIRTH_KEYWORDS, f, 'birth-date', spans);
	}
	// 2. A keyword followed by its value ("CCCD số 001…", "sinh năm 1985", "số 12 đường …").
	if (hasLetter && hasDigit && TRIGGER.test(f)) {
		for (const rule of VALUE_RULES) collect(rule.pattern, f, rule.kind, spans, rule.accept && ((m) => rule.accept!(m, context, f)));
	}
	// 3. Values recognisable by their shape alone.
	if (hasDigit) {
		scanNumbers(f, spans);
		scanSpelledDigits(f, spans);
	}
	if (hasLetter && hasDigit) {
		collect(PASSPORT, f, 'passport', spans, (m) => UPPER_ASCII.test(originalOf(context, m.index, m.index + 1)));
		collect(PLATE, f, 'licence-plate', spans);
		collect(SPACED_PLATE, f, 'licence-plate', spans, (m) => isSpacedPlate(m, context, f));
	}
	if (hasLetter && hasDigit && AGE_TRIGGER.test(f)) {
		for (const pattern of AGE_PATTERNS) collect(pattern, f, 'age', spans, (m) => isAge(m, context, f));
	}
	if (f.includes('@')) collect(EMAIL, f, 'email', spans);
	if (LOOSE_AT.test(f)) collect(LOOSE_EMAIL, f, 'email', spans, (m) => isLooseEmail(m, context));

	return merge(spans, folded);
}

// ─── Folding ────────────────────────────────────────────────────────────────────────────────────

const ASCII_ONLY = /^[\u0000-\u007f]*$/u;
const DIGIT = /\d/u;
const LETTER = /[a-z]/u;
const UPPER_ASCII = /^[A-Z]$/u;
const FOLD_STRIP = /[\p{M}\p{Cf}]/gu;
const FOLD_DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/gu;
const FOLD_SPACES = /\s/gu;
/** The ideographic full stop (also what the halfwidth "｡" decomposes to), read as a dot: "a@gmail。com". */
const FOLD_DOTS = /\u3002/gu;
/** Decimal digits of any script that compatibility decomposition leaves alone (Arabic-Indic, Devanagari, Bengali, Thai…). */
const FOLD_DIGITS = /\p{Nd}/gu;
const ND = /^\p{Nd}$/u;

/**
 * The ASCII digit a decimal digit of any script stands for. Unicode lays out every script's digits
 * as a run of ten from zero to nine (a few scripts have runs of ten side by side), so the digit's value
 * is its distance from the start of its run, modulo ten.
 */
function asciiDigit(digit: string): string {
	const code = digit.codePointAt(0)!;
	if (code < 0x80) return digit;
	let k = 0;
	while (k < 60 && ND.test(String.fromCodePoint(code - k - 1))) k++;
	return String(k % 10);
}
/** ASCII line breaks and tabs, read as spaces (a CR LF pair becomes one space: see `fold`). */
const ASCII_BREAKS = /[\t\n\v\f\r]/gu;
const CR = 13;
const LF = 10;

/** Folded forms of the non-ASCII segments seen so far (a segment is a character and its combining marks). */
const segmentCache = new Map<string, string>();

/** Folds one segment: compatibility decomposition, no marks or format characters, đ → d, lowercase, one kind of dash and space. */
function foldSegment(segment: string): string {
	let folded = segmentCache.get(segment);
	if (folded === undefined) {
		folded = segment
			.normalize('NFKD')
			.replace(FOLD_STRIP, '')
			.replace(/[đĐ]/gu, 'd')
			.toLowerCase()
			.replace(FOLD_DASHES, '-')
			.replace(FOLD_SPACES, ' ')
			.replace(FOLD_DOTS, '.')
			.replace(FOLD_DIGITS, asciiDigit);
		// The cache only saves work; a text of many distinct characters must not make it grow without end.
		if (segmentCache.size > 20_000) segmentCache.clear();
		segmentCache.set(segment, folded);
	}
	return folded;
}

/** Whether a UTF-16 code unit is a combining mark that decorates the character before it (the ranges Vietnamese NFD uses, and their kin). */
function isCombiningMark(code: number): boolean {
	return (
		(code >= 0x0300 && code <= 0x036f) ||
		(code >= 0x1ab0 && code <= 0x1aff) ||
		(code >= 0x1dc0 && code <= 0x1dff) ||
		(code >= 0x20d0 && code <= 0x20ff) ||
		(code >= 0xfe20 && code <= 0xfe2f)
	);
}

/** Folds one ASCII character: lowercase, and a line break or tab is a space. */
function foldAscii(code: number, char: string): string {
	if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
	return code >= 9 && code <= 13 ? ' ' : char;
}

/** Builds the matching copy of a text, with the origin of each of its characters. */
function fold(text: string): Folded {
	// Most CSV cells are plain ASCII: the copy is the lowercase text and positions are unchanged. Line
	// breaks and tabs are spaces, so that a number or a phrase wrapped across two lines of a Markdown
	// paragraph reads as the reader sees it ("0913\n456 789"); a CR LF pair must become one space, which
	// changes positions, so a text with CR takes the long road.
	if (ASCII_ONLY.test(text) && !text.includes('\r')) return { text: text.toLowerCase().replace(ASCII_BREAKS, ' '), starts: undefined, ends: undefined };
	let out = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (let i = 0; i < text.length;) {
		const code = text.charCodeAt(i);
		let j = i + 1;
		if (code >= 0xd800 && code <= 0xdbff && j < text.length) {
			const low = text.charCodeAt(j);
			if (low >= 0xdc00 && low <= 0xdfff) j++;
		}
		if (code === CR && text.charCodeAt(j) === LF) j++;
		while (j < text.length && isCombiningMark(text.charCodeAt(j))) j++;
		const piece =
			j === i + 1 && code < 0x80
				? foldAscii(code, text[i]!)
				: j === i + 2 && code === CR && text.charCodeAt(i + 1) === LF
					? ' '
					: foldSegment(text.slice(i, j));
		for (let k = 0; k < piece.length; k++) {
			starts.push(i);
			ends.push(j);
		}
		out += piece;
		i = j;
	}
	return { text: out, starts, ends };
}

/** The matching copy and the text it was made from, for rules that look at the original spelling. */
interface Context {
	text: string;
	folded: Folded;
}

/** Start in the original of the folded character at `start`. */
function originalStart(folded: Folded, start: number): number {
	return folded.starts ? folded.starts[start]! : start;
}

/** End in the original of the folded stretch that ends (exclusive) at `end`. */
function originalEnd(folded: Folded, end: number): number {
	return folded.ends ? folded.ends[end - 1]! : end;
}

/** The original text of a folded stretch. */
function originalOf(context: Context, start: number, end: number): string {
	return context.text.slice(originalStart(context.folded, start), originalEnd(context.folded, end));
}

/** URLs, which are blanked with NUL so that their digits are not read and a neighbouring number counts as glued to them. */
const URL_PATTERN = /(?<![a-z0-9])(?:https?:\/\/|www\.)[^\s<>"'`]*/gu;

/** The matching copy with every URL replaced by NUL characters of the same length. */
function blankUrls(f: string): string {
	if (!f.includes('http') && !f.includes('www.')) return f;
	return f.replace(URL_PATTERN, (url) => '\u0000'.repeat(url.length));
}

// ─── Collecting and merging ─────────────────────────────────────────────────────────────────────

/** Adds a span for every match of a global pattern that the optional check accepts. */
function collect(pattern: RegExp, f: string, kind: PersonalDataKind, spans: Span[], accept?: (match: RegExpExecArray) => boolean): void {
	pattern.lastIndex = 0;
	for (let match = pattern.exec(f); match !== null; match = pattern.exec(f)) {
		if (match[0].length === 0) {
			pattern.lastIndex++;
			continue;
		}
		if (accept === undefined || accept(match)) spans.push({ kind, start: match.index, end: match.index + match[0].length });
	}
}

/** Sorts spans, merges the overlapping ones and maps them back to the original string. */
function merge(spans: Span[], folded: Folded): PersonalDataHit[] {
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: Span[] = [];
	for (const span of spans) {
		const last = merged[merged.length - 1];
		// A keyword hit ("CCCD số 001…") starts before the bare number it contains, so it names the kind.
		if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged.map((span) => {
		const index = originalStart(folded, span.start);
		return { kind: span.kind, index, length: originalEnd(folded, span.end) - index };
	});
}

// ─── Numbers by shape ───────────────────────────────────────────────────────────────────────────

/** One run of digits inside a grouped number ("0912", "345", "678" of "0912 345 678"). */
interface Group {
	start: number;
	end: number;
	digits: string;
	/** Part of something else (an amount, a date, an id, a decimal) and never part of a window. */
	blocked: boolean;
}

const ZERO = 48;
const NINE = 57;
const SPACE = 32;
const DOT = 46;
const DASH = 45;
const COMMA = 44;
const SLASH = 47;
const OPEN = 40;
const CLOSE = 41;
const PLUS = 43;

function isDigitCode(code: number): boolean {
	return code >= ZERO && code <= NINE;
}

/** Letters and digits of the folded copy (other scripts stay letters there), and the underscore of ids. */
function isWordCode(code: number): boolean {
	if (code < 0x80) return (code >= 97 && code <= 122) || isDigitCode(code) || code === 95;
	return WORD_CHAR.test(String.fromCharCode(code));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Characters that join a number to what touches it: it is then part of an id, a path, an e-mail or a URL. */
function isHardGlue(code: number): boolean {
	return isWordCode(code) || code === 92 || code === 64 || code === 0 || code === 37;
}

/** Number of digits in the run that ends just before `end`. */
function digitsBefore(f: string, end: number): number {
	let count = 0;
	while (end - count - 1 >= 0 && isDigitCode(f.charCodeAt(end - count - 1)) && count < 5) count++;
	return count;
}

/** Number of digits in the run that starts at `start`. */
function digitsAfter(f: string, start: number): number {
	let count = 0;
	while (start + count < f.length && isDigitCode(f.charCodeAt(start + count)) && count < 5) count++;
	return count;
}

/**
 * Whether the number starting at `start`, whose first group has `firstLength` digits, is glued to
 * what precedes it: a letter ("QĐ" of an id), a "/" of a date or decision number ("10/2025"), the ","
 * of a decimal ("1,5"), or a "." or "-" after a letter ("2446-qd-…", "v1.2"). A comma or slash
 * between two long numbers ("0912345678/0987654321") separates them instead.
 */
function isGluedBefore(f: string, start: number, firstLength: number): boolean {
	if (start === 0) return false;
	const before = f.charCodeAt(start - 1);
	if (isHardGlue(before)) return true;
	if (start < 2) return false;
	const further = f.charCodeAt(start - 2);
	if (before === COMMA || before === SLASH) return isWordCode(further) && (!isDigitCode(further) || firstLength <= 4 || digitsBefore(f, start - 1) <= 4);
	if (before === DOT || before === DASH) return isWordCode(further);
	return false;
}

/** Whether the number ending at `end`, whose last group has `lastLength` digits, is glued to what follows (the mirror of `isGluedBefore`). */
function isGluedAfter(f: string, end: number, lastLength: number): boolean {
	if (end >= f.length) return false;
	const after = f.charCodeAt(end);
	if (isHardGlue(after)) return true;
	if (end + 1 >= f.length) return false;
	const further = f.charCodeAt(end + 1);
	if (after === COMMA || after === SLASH) return isWordCode(further) && (!isDigitCode(further) || lastLength <= 4 || digitsAfter(f, end + 1) <= 4);
	if (after === DOT || after === DASH) return isWordCode(further);
	return false;
}

/** Whether a "." or "-" with a space after it stands at `index` (the tail of a spaced separator " . " or " - "). */
function isSpacedMark(f: string, index: number): boolean {
	const mark = f.charCodeAt(index);
	return (mark === DOT || mark === DASH) && f.charCodeAt(index + 1) === SPACE;
}

/** The separator a connector stands for once brackets are set aside: "", " ", ".", "-", " . " or " - ". */
function separatorOf(connector: string): string {
	return connector.length === 3 && connector[0] === ' ' ? connector : connector.replace(/[()]/gu, '');
}

/** Mobiles: 03, 05, 07, 08 or 09 and 8 digits; landlines: 02, an area code and the number, 10 or 11 digits in all; both also after 84. */
const MOBILE = /^0[35789]\d{8}$/u;
const LANDLINE = /^02\d{8,9}$/u;
const MOBILE_84 = /^840?[35789]\d{8}$/u;
const LANDLINE_84 = /^840?2\d{8,9}$/u;
/** Units after a number that make it an amount or a count, not an ID ("150000000 đồng", "123456789 người"). */
const UNIT_AFTER = /^ ?(?:dong|d|vnd|usd|eur|ty|trieu|nghin|ngan|nguoi|luot|ha|m2|km|%)(?![a-z])/u;
/** A currency before a number, which makes it an amount ("VND 500000000"). */
const CURRENCY_BEFORE = /(?:^|[^a-z])(?:vnd|usd|eur|\$) ?$/u;

/** One grouped number found by the scanner: its groups and how they are joined. */
interface NumberRun {
	groups: Group[];
	/** Connectors between groups: a separator (" ", ".", "-") with any brackets around the groups. */
	connectors: string[];
	/** Where the run starts, a leading "+" or "(" included. */
	start: number;
	plus: boolean;
	open: boolean;
	/** Whether a ")" closes the last group. */
	closed: boolean;
}

/**
 * Finds ID numbers, phones and card or account numbers by their shape. Each run of digit groups
 * joined by single spaces, dots, dashes or brackets is split into groups; groups that belong to an
 * amount, or touch letters, slashes and the like, are set aside; then windows of up to six
 * consecutive groups are classified, phones first (their shapes are the most specific), the longest
 * window first.
 */
function scanNumbers(f: string, spans: Span[]): void {
	const length = f.length;
	let i = 0;
	while (i < length) {
		const code = f.charCodeAt(i);
		// A run starts at a digit, or at "+" / "(" right before one ("+84 …", "(0215) …", "(+84) …").
		let p = i;
		let plus = false;
		let open = false;
		while (p < length && p - i < 2 && (f.charCodeAt(p) === PLUS || f.charCodeAt(p) === OPEN)) {
			if (f.charCodeAt(p) === PLUS) plus = true;
			else open = true;
			p++;
		}
		if (p >= length || !isDigitCode(f.charCodeAt(p)) || (p === i && !isDigitCode(code))) {
			i++;
			continue;
		}
		const run: NumberRun = { groups: [], connectors: [], start: i, plus, open, closed: false };
		for (;;) {
			const groupStart = p;
			while (p < length && isDigitCode(f.charCodeAt(p))) p++;
			run.groups.push({ start: groupStart, end: p, digits: f.slice(groupStart, p), blocked: false });
			// A connector is one separator, optionally with a bracket: ")", ") ", " (", "-(", ".", …
			let k = p;
			const next = f.charCodeAt(k);
			if (next === CLOSE) {
				k++;
				if (f.charCodeAt(k) === SPACE) k++;
			} else if (next === SPACE && isSpacedMark(f, k + 1)) {
				// " . " and " - ", which only a phone or a CCCD may use (see `classifyWindow`).
				k += 3;
			} else if (next === SPACE || next === DOT || next === DASH) {
				k++;
				if (f.charCodeAt(k) === OPEN) k++;
			} else if (next === OPEN) k++;
			if (k > p && k < length && isDigitCode(f.charCodeAt(k))) {
				run.connectors.push(f.slice(p, k));
				p = k;
				continue;
			}
			break;
		}
		run.closed = f.charCodeAt(p) === CLOSE;
		classifyRun(f, run, spans);
		i = p;
	}
}

/** The longest word a mobile may be glued to ("dienthoai", "lienhe" and the like are shorter). */
const MAX_GLUED_WORD = 16;

/** Whether a folded character is a letter (of any script). */
function isLetterCode(code: number): boolean {
	if (code < 0x80) return code >= 97 && code <= 122;
	return LETTER_CHAR.test(String.fromCharCode(code));
}
const LETTER_CHAR = /\p{L}/u;

/** Whether the digits at `start` follow a word of 1–16 letters that itself starts after a space, a bracket, prose punctuation or the start of the text. */
function followsBareWord(f: string, start: number): boolean {
	let k = start;
	while (k > 0 && start - k <= MAX_GLUED_WORD && isLetterCode(f.charCodeAt(k - 1))) k--;
	if (k === start || start - k > MAX_GLUED_WORD) return false;
	if (k === 0) return true;
	const before = f.charCodeAt(k - 1);
	return !isHardGlue(before) && !ID_PUNCTUATION.includes(f[k - 1]!);
}
/** Characters that join a word into an id, a path or a query rather than a sentence. */
const ID_PUNCTUATION = '-./_#&=?~+';

/**
 * Finds a phone or a CCCD spelled out digit by digit ("0 9 1 2 3 4 5 6 7 8", "0 9 1 2 . 3 4 5 . 6 7 8"),
 * which `scanNumbers` reads as ten groups of one. Only a whole run counts: single digits, each joined to
 * the next by a space, a dot or a dash (a space may stand on either side of the dot or dash), touching
 * no other number, exactly as long as a phone (10 or 11 digits, shaped like one) or a CCCD (12 digits
 * of `CCCD_SHAPE`). A list of small numbers ("1 2 3", a flattened row of counts) is shorter or longer,
 * touches a longer number, or does not start with 0. A 9-digit CMND spelled out is not flagged: nine
 * single digits are too often a list.
 */
function scanSpelledDigits(f: string, spans: Span[]): void {
	const length = f.length;
	let i = 0;
	while (i < length) {
		if (!isLoneDigit(f, i)) {
			i++;
			continue;
		}
		const start = i;
		let digits = f[i]!;
		let count = 1;
		let end = i + 1;
		let touches = false;
		for (;;) {
			const k = skipSpelledSeparator(f, end);
			if (k === end || !isDigitCode(f.charCodeAt(k))) break;
			if (!isLoneDigit(f, k)) {
				touches = true;
				break;
			}
			// The digits of a run too long to be anything need not be kept.
			if (count < 13) digits += f[k]!;
			count++;
			end = k + 1;
		}
		i = end;
		if (touches || count < 10 || count > 12 || touchesNumberBefore(f, start) || isGluedBefore(f, start, 1) || isGluedAfter(f, end, 1)) continue;
		const kind = MOBILE.test(digits) || LANDLINE.test(digits) ? 'phone' : CCCD_SHAPE.test(digits) ? 'citizen-id' : undefined;
		if (kind !== undefined) spans.push({ kind, start, end });
	}
}

/** A CCCD's shape: a province code of three digits (001–096, so a leading 0), a sex and century digit 0–3 (born 1900–2099), then 8 digits. */
const CCCD_SHAPE = /^0\d{2}[0-3]\d{8}$/u;

/** Whether the character at `index` is a digit with no digit on either side. */
function isLoneDigit(f: string, index: number): boolean {
	return isDigitCode(f.charCodeAt(index)) && !isDigitCode(f.charCodeAt(index + 1)) && (index === 0 || !isDigitCode(f.charCodeAt(index - 1)));
}

/** Where the digit after a spelled digit ending at `end` would start: past " ", ".", "-", " . ", ". ", " -" and the like (no two spaces in a row). */
function skipSpelledSeparator(f: string, end: number): number {
	let k = end;
	if (f.charCodeAt(k) === SPACE) k++;
	const mark = f.charCodeAt(k);
	if (mark === DOT || mark === DASH) {
		k++;
		if (f.charCodeAt(k) === SPACE) k++;
	}
	return k;
}

/** Whether a number stands before `start`, joined to it by a separator that `skipSpelledSeparator` accepts ("2025 0 9 1 …"). */
function touchesNumberBefore(f: string, start: number): boolean {
	let k = start;
	if (f.charCodeAt(k - 1) === SPACE) k--;
	const mark = f.charCodeAt(k - 1);
	if (mark === DOT || mark === DASH) {
		k--;
		if (f.charCodeAt(k - 1) === SPACE) k--;
	}
	return k < start && isDigitCode(f.charCodeAt(k - 1));
}

/** Whether the group at `index` of a run stands in brackets ("(0215)"). */
function isBracketed(run: NumberRun, index: number): boolean {
	const before = index === 0 ? run.open : run.connectors[index - 1]!.endsWith('(');
	const after = index === run.groups.length - 1 ? run.closed : run.connectors[index]!.startsWith(')');
	return before && after;
}

/** Blocks the groups of a run that cannot be part of personal data, then classifies its windows. */
function classifyRun(f: string, run: NumberRun, spans: Span[]): void {
	const { groups, connectors } = run;
	const first = groups[0]!;
	const last = groups[groups.length - 1]!;
	const gluedBefore = isGluedBefore(f, run.start, first.digits.length);
	const gluedAfter = isGluedAfter(f, run.closed ? last.end + 1 : last.end, last.digits.length);
	if (gluedBefore) first.blocked = true;
	if (gluedAfter) last.blocked = true;

	// A mobile glued to the end of a word, its space forgotten or dropped on purpose ("số0912345678"):
	// one unbroken run of ten digits shaped like a mobile, after a short word of letters only. Not in an
	// id or a hash: a word that starts after a digit, "-", ".", "/", "_" and the like, or that is long,
	// is part of an id ("qd2446x0912345678", "so-xay-dung0912345678"), and nothing may follow the digits.
	if (groups.length === 1 && gluedBefore && !gluedAfter && run.start === first.start && MOBILE.test(first.digits) && followsBareWord(f, first.start)) {
		spans.push({ kind: 'phone', start: first.start, end: first.end });
		return;
	}

	// Thousands-grouped amounts ("1.234.567.890 đồng", "500 000 000"): a chain of groups joined by the
	// same "." or " ", the first of 1–3 digits not starting with 0, the others of exactly 3. IDs and
	// phones start with 0, amounts never do, which is what tells "001.195.012.345" from "100.000.000.000".
	for (let a = 0; a < connectors.length;) {
		const separator = separatorOf(connectors[a]!);
		let b = a;
		while (b < connectors.length && separatorOf(connectors[b]!) === separator) b++;
		const lead = groups[a]!.digits;
		// A country code in front ("+84 912 345 678", "(+84) 912 345 678") makes a phone of the same shape.
		const prefixed = a === 0 && (run.plus || isBracketed(run, 0));
		let amount = (separator === '.' || separator === ' ') && lead.length <= 3 && lead[0] !== '0' && !prefixed;
		for (let k = a + 1; amount && k <= b; k++) amount = groups[k]!.digits.length === 3;
		if (amount) for (let k = a; k <= b; k++) groups[k]!.blocked = true;
		a = b;
	}

	let i = 0;
	while (i < groups.length) {
		if (groups[i]!.blocked) {
			i++;
			continue;
		}
		let limit = i;
		while (limit < groups.length && limit - i < 6 && !groups[limit]!.blocked) limit++;
		let taken = 0;
		let kind: PersonalDataKind | undefined;
		for (const phonePass of PASSES) {
			for (let j = limit; j > i && taken === 0; j--) {
				const found = classifyWindow(f, run, i, j);
				if (found !== undefined && (found === 'phone') === phonePass) {
					taken = j;
					kind = found;
				}
			}
			if (taken) break;
		}
		if (taken === 0 || kind === undefined) {
			i++;
			continue;
		}
		const start = i === 0 && (run.plus || isBracketed(run, 0)) ? run.start : groups[i]!.start;
		const end = isBracketed(run, taken - 1) ? groups[taken - 1]!.end + 1 : groups[taken - 1]!.end;
		spans.push({ kind, start, end });
		i = taken;
	}
}

/** Whether each of the groups `i` to `j` (exclusive) is one more than the one before it. */
function isCounting(groups: readonly Group[], i: number, j: number): boolean {
	for (let k = i + 1; k < j; k++) if (Number(groups[k]!.digits) !== Number(groups[k - 1]!.digits) + 1) return false;
	return true;
}

/** Phones first, then everything else. */
const PASSES = [true, false] as const;

/** What the groups `i` to `j` (exclusive) of a run look like, if anything. */
function classifyWindow(f: string, run: NumberRun, i: number, j: number): PersonalDataKind | undefined {
	const { groups, connectors } = run;
	let digits = '';
	for (let k = i; k < j; k++) digits += groups[k]!.digits;
	const n = digits.length;
	if (n < 9 || n > 19) return undefined;
	const count = j - i;
	let spaced = false;

	if (count > 1) {
		// One separator throughout ("0912 345 678", "001.195.012.345"); only the bracket or country code
		// in front may differ ("(0215) 3825.123", "+84 912.345.678"). Mixed separators are a date next to
		// a count ("03-10-2025 10"), not a phone.
		const exempt = isBracketed(run, i) || groups[i]!.digits === '84';
		let separator: string | undefined;
		for (let k = exempt ? i + 1 : i; k < j - 1; k++) {
			const s = separatorOf(connectors[k]!);
			if (s === '' || (separator !== undefined && s !== separator)) return undefined;
			separator = s;
		}
		// A spaced dot or dash ("0912 . 345 . 678") is how a phone is disguised, and how years are listed
		// ("2021 - 2025 - 2030"): only a phone's or a CCCD's shape, which start with 0, count.
		spaced = separator !== undefined && separator.length === 3;
		// Groups of 1–4 digits, except a long tail after an area or country code ("0912 345678",
		// "(0215) 3825123"). A group of five is a commune code: "03127 03158" is two communes.
		for (let k = i; k < j; k++) {
			const size = groups[k]!.digits.length;
			if (size <= 4) continue;
			if (k === j - 1 && size >= 6 && size <= 9 && (count === 2 || (count === 3 && exempt))) continue;
			return undefined;
		}
		// Three or more groups that count up by one are a list, not a number: "mục 7 8 9 10 11 12" is
		// six items, and "01 02 03 04 05 06" six zero-padded ones.
		if (count >= 3 && isCounting(groups, i, j)) return undefined;
	}

	// Vietnamese phones: mobiles 03/05/07/08/09 + 8 digits, landlines 02 + 8 or 9 digits, also after 84.
	if (MOBILE.test(digits) || LANDLINE.test(digits) || MOBILE_84.test(digits) || LANDLINE_84.test(digits)) return 'phone';
	if (spaced) return CCCD_SHAPE.test(digits) ? 'citizen-id' : undefined;
	// An amount written without separators is followed by its unit, or preceded by its currency.
	if (digits[0] !== '0') {
		const start = groups[i]!.start;
		if (UNIT_AFTER.test(f.slice(groups[j - 1]!.end, groups[j - 1]!.end + 8)) || CURRENCY_BEFORE.test(f.slice(Math.max(0, start - 5), start))) return undefined;
	}
	// CMND has 9 digits, CCCD 12 (province, sex and century, year, serial).
	if (n === 9 || n === 12) return 'citizen-id';
	// Card and account numbers: a run of 13–19 digits, or card groups of four ("9704 0000 0000 0018").
	if (n >= 13) {
		if (count === 1) return 'bank-account';
		let card = count >= 3 && groups[j - 1]!.digits.length <= 4;
		for (let k = i; card && k < j - 1; k++) card = groups[k]!.digits.length === 4;
		if (card) return 'bank-account';
	}
	return undefined;
}

// ─── Values by shape, with letters ──────────────────────────────────────────────────────────────

/** A Vietnamese passport number: one capital letter and 7 digits ("C1234567", "B 1234567"); the capital is checked on the original. */
const PASSPORT = /(?<![\p{L}\p{N}_\-./@\u0000])[a-z] ?\d{7}(?![\p{L}\p{N}_]|[.,\-/]\p{N})/gu;

/**
 * A Vietnamese licence plate: a province code of two digits, a series of one or two letters (with a
 * digit for motorbikes) and a serial of 5 digits, "123.45" or, on old plates, "-1234": "27A-123.45",
 * "29A1-234.56", "30E-12345", "27B1 123.45", "27A12345".
 */
const PLATE = /(?<![\p{L}\p{N}_\-./@\u0000])[1-9]\d[a-z]{1,2}\d?(?:[ -]?\d{3}\.\d{2}|[ -]?\d{5}|-\d{4})(?![\p{L}\p{N}_]|[.,\-/]\p{N})/gu;

/**
 * An e-mail address, its domain ending in a name of letters ("pkg@1.2.3" is a version). Matching starts only at the beginning of a run of address characters, so a long
 * run without "@" is read once, not once per character.
 */
const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9-])/gu;

/**
 * An address written to dodge harvesters: "a [at] b.vn", "a(at)b(dot)vn", "a [a] b.vn", "a @ b.vn",
 * "a@ b . vn". Group 1 is the "at", group 2 the domain; `isLooseEmail` decides. Each gap holds at most
 * two spaces, and no part can match what the next one starts with, so nothing backtracks far.
 */
const LOOSE_AT = / @|@ |[[({] ?(?:at|a|@) ?[\])}]/u;
const LOOSE_EMAIL =
	/(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*( {0,2}(?:@|[[({] ?(?:at|a|@) ?[\])}]) {0,2})([a-z0-9-]+(?:(?: {0,2}\. {0,2}| {0,2}[[({] ?(?:dot|\.) ?[\])}] {0,2})[a-z0-9-]+)+)(?![a-z0-9-])/gu;
/** The "at" of a deliberate disguise: a bracketed "at" or "@". */
const BRACKETED_AT = /^ {0,2}[[({] ?(?:at|@) ?[\])}] {0,2}$/u;
/**
 * The top-level domains that an address written the way a sentence could be ("họp @ nhà . Có mặt")
 * must end in: the common generic ones and Việt Nam's. Not "co", "me", "in" or "to", which are words.
 */
const KNOWN_TLDS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'edu', 'gov', 'int', 'mil', 'info', 'biz', 'io', 'vn']);

/**
 * Whether a loose e-mail match is an address: its last label is a name of 2 or more letters, spelled so
 * in the original (not "cơm", which folds to "com"); and unless the "at" is bracketed ("[at]", "(@)")
 * with no spaced dot, that name is a known top-level domain, since a sentence can also put a "@" or a
 * "(a)" between words.
 */
function isLooseEmail(match: RegExpExecArray, context: Context): boolean {
	const at = match[1]!;
	const domain = match[2]!;
	const tld = /[a-z0-9-]+$/u.exec(domain)![0];
	if (!/^[a-z]{2,}$/u.test(tld)) return false;
	const end = match.index + match[0].length;
	const spelled = originalOf(context, end - tld.length, end).normalize('NFKC');
	if (spelled.toLowerCase() !== tld) return false;
	const spacedDot = / {1,2}\.|\. {1,2}/u.test(domain);
	return (BRACKETED_AT.test(at) && !spacedDot) || KNOWN_TLDS.has(tld);
}

/**
 * A licence plate written with a space after the province code: "27 A 123.45", "29 A1 234.56",
 * "30 E 12345"; or with a space in the serial, after a spaced province code or not: "27 A 123 45",
 * "27A 123 45". Group 1 is the series, which must be in capitals in the original (`isSpacedPlate`):
 * "27 là 12345" is a sentence.
 */
const SPACED_PLATE =
	/(?<![\p{L}\p{N}_\-./@\u0000])[1-9]\d ?([a-z]{1,2}\d?)(?:[ -]?\d{3}\.\d{2}|[ -]?\d{5}|-\d{4}|[ -]?\d{3} \d{2})(?![\p{L}\p{N}_]|[.,\-/]\p{N})/dgu;
const PLATE_SERIES = /^[A-Z]{1,2}\d?$/u;

/** Whether a spaced plate's series is written in capitals and the plate is not followed by a unit ("12 B 10000 người" is a count). */
function isSpacedPlate(match: RegExpExecArray, context: Context, f: string): boolean {
	const range = match.indices![1]!;
	const end = match.index + match[0].length;
	return PLATE_SERIES.test(originalOf(context, range[0], range[1])) && !UNIT_AFTER.test(f.slice(end, end + 8));
}

// ─── Keyword rules ──────────────────────────────────────────────────────────────────────────────
// All run on the folded copy, so the patterns are written without diacritics and in lowercase. Gaps
// are bounded ({0,6}) so that no pattern can backtrack far.

/** A keyword starts at a word start (digits before it are not a word start: "2446" in "2446sinh"…). */
const KW = '(?<![a-z0-9])';
/** A keyword ends at a word end; digits may follow directly ("SĐT0912345678", "SN1985"). */
const KW_END = '(?![a-z])';
/** What stands between a keyword and its value: punctuation, "số", "là", "no.". */
const FILL = '[\\s:.,#=()\\-]{0,6}(?:(?:so|la|number|no)\\.?[\\s:.,#]{0,4})?';

const YEAR = '(?:19[2-9]\\d|20[01]\\d)(?!\\d)';
const DATE_NUMERIC = '\\d{1,2} ?[/.\\-] ?\\d{1,2} ?[/.\\-] ?(?:\\d{4}|\\d{2})(?!\\d)';
const MONTH_YEAR = '\\d{1,2}[/.\\-](?:19|20)\\d{2}(?!\\d)';
const DATE_WORDS = '\\d{1,2} thang \\d{1,2}(?: nam)? (?:19|20)\\d{2}';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';
const DATE_ENGLISH = `(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,?) (?:19|20)\\d{2}`;
/** A birth date or year: "12/03/1985", "12 tháng 3 năm 1985", "12 March 1985", "3/1985", "1985" (1920–2019). */
const BIRTH = `(?:${DATE_NUMERIC}|${DATE_WORDS}|${DATE_ENGLISH}|${MONTH_YEAR}|${YEAR})`;

/**
 * Words that end in "sinh" without being about a birth: phát sinh (arise), học sinh (pupil), thí sinh
 * (candidate), tuyển sinh (enrolment), vệ sinh, hy sinh, tái sinh, sản sinh, nảy sinh, Giáng sinh,
 * trường sinh, ký sinh, nghiên cứu sinh, khai sinh, sơ sinh, mới sinh, dân sinh, an sinh, mưu sinh, hồi sinh.
 */
const NOT_BIRTH = '(?<!(?:^|[^a-z])(?:phat|hoc|thi|tuyen|ve|hy|tai|san|nay|giang|truong|ky|cuu|khai|so|moi|dan|an|muu|hoi) )';

/** Quick test for any keyword stem: a text with digits but none of these skips the keyword rules. */
const TRIGGER =
	/(?<![a-z0-9])(?:cm|cc|dinh danh|can cuoc|chung minh|citizen|national|identity|id|dien thoai|dtdd|sdt|dt|di dong|tel|phone|mobile|cell|hotline|zalo|fax|lien he|stk|tai khoan|tk|account|acct|bank|iban|so the|the atm|card|thue|mst|tax|ho chieu|passport|bien|bks|sinh|sn|born|nha|so|ngo|ngach|hem|kiet|xom|khu|to)/u;

/** Original spellings accepted for a folded address word: plain ASCII, or this form with its diacritics. */
const ADDRESS_WORDS: Readonly<Record<string, string>> = {
	duong: 'đường',
	pho: 'phố',
	ngo: 'ngõ',
	ngach: 'ngách',
	hem: 'hẻm',
	kiet: 'kiệt',
	thon: 'thôn',
	xom: 'xóm',
	'khu pho': 'khu phố',
	'to dan pho': 'tổ dân phố',
};

/**
 * Whether the address word captured as group 1 is spelled as an address word in the original: "Ngô"
 * (a surname) and "phó" (deputy) fold to the same letters as "ngõ" and "phố".
 */
function isAddressWord(match: RegExpExecArray, context: Context, asciiAllowed = true): boolean {
	const range = match.indices?.[1];
	if (!range) return true;
	const original = originalOf(context, range[0], range[1]).normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');
	const folded = match[1]!;
	if (asciiAllowed && original === folded) return true;
	return original === (folded === 'to' ? 'tổ' : ADDRESS_WORDS[folded]);
}

/**
 * "Trụ sở" (an organisation's seat) right before an address, with "chính", "tại", "đặt tại" or a colon
 * between: "Trụ sở số 5 đường Võ Nguyên Giáp", "trụ sở tại khu phố 3", "Trụ sở chính: số nhà 5". Up to
 * two parts of the same address may stand between, so that "ngõ 12" of "Trụ sở số 5 ngõ 12" is the
 * office's too. Group 1 is the word, which must carry its diacritics in the original: "trừ số" (except
 * number) folds to the same letters, and an ASCII "tru so" could be either.
 */
const OFFICE_BEFORE =
	/(?<![a-z0-9])(tru so)(?: chinh)?(?: (?:dat tai|tai|o))?(?: ?[:,])? (?:(?:so(?: nha)?|nha so|ngo|ngach|hem|kiet) \d{1,5}[a-z]?(?:\/\d{1,5}[a-z]?){0,3},? ){0,2}$/du;

/** Whether an address match follows "trụ sở": the seat of an office, not where a person lives. */
function isOfficeAddress(match: RegExpExecArray, context: Context, f: string): boolean {
	// The longest prefix OFFICE_BEFORE can match: "tru so chinh dat tai: " (22 characters) and two
	// parts of at most 36 ("so nha 12345a/12345a/12345a/12345a, ").
	const from = Math.max(0, match.index - 96);
	const before = OFFICE_BEFORE.exec(f.slice(from, match.index));
	if (!before) return false;
	const range = before.indices![1]!;
	return (
		originalOf(context, from + range[0], from + range[1])
			.normalize('NFC')
			.toLowerCase() === 'trụ sở'
	);
}

/**
 * After a phone or ID keyword, digit groups joined by any one separator, the same throughout, with
 * a space on either side or none: "0912/345/678", "0912_345_678", "0912·345·678", "0912 • 345 • 678".
 * Group 1 is the separator; the digits must then make a phone's or an ID's length (`isPhoneShape`,
 * `ID_LENGTH`), so that "ĐT 17/10/2025" stays a date.
 */
const ANY_SEPARATED = '\\d{1,4}( ?[^\\p{L}\\p{N}\\s\\u0000] ?)\\d{1,4}(?:\\1\\d{1,4}){1,4}(?!\\d)';
/**
 * After a phone keyword, a number with letters standing for digits: "O9l2345678" (o for 0, l and i for
 * 1). Group 2 is the number, which must read as a phone's shape once the letters are digits and hold
 * at least six real digits; nothing may be glued after it.
 */
const LOOKALIKE_DIGITS = '([\\doil](?:[ .\\-]?[\\doil]){8,11})(?![\\p{L}\\p{N}_])';
/** A CMND's 9 digits or a CCCD's 12. */
const ID_LENGTH = /^(?:\d{9}|\d{12})$/u;

/** The digits of a folded stretch. */
function digitsOf(stretch: string): string {
	return stretch.replace(/\D/gu, '');
}

/** The digits a number written with look-alike letters stands for ("o9l2345678" → "0912345678"), or "" with fewer than six real digits. */
function lookalikeDigits(number: string): string {
	if (digitsOf(number).length < 6) return '';
	return digitsOf(number.replace(/o/gu, '0').replace(/[il]/gu, '1'));
}

/** Whether digits are shaped like a Vietnamese phone, with or without the country code. */
function isPhoneShape(digits: string): boolean {
	return MOBILE.test(digits) || LANDLINE.test(digits) || MOBILE_84.test(digits) || LANDLINE_84.test(digits);
}

interface ValueRule {
	kind: PersonalDataKind;
	pattern: RegExp;
	accept?: (match: RegExpExecArray, context: Context, f: string) => boolean;
}

const VALUE_RULES: readonly ValueRule[] = [
	{
		// "CCCD số 001195012345", "CMND: 212 345 678" (the keyword makes even an amount-shaped number an ID),
		// "số định danh cá nhân …", "căn cước công dân …", "mã số BHXH …" (social insurance, now the ID number).
		kind: 'citizen-id',
		pattern: new RegExp(
			`${KW}(?:so cmnd|cmnd|cccd|cmtnd|cmt|(?:so|ma) dinh danh(?: ca nhan)?|dinh danh ca nhan|(?:the )?can cuoc(?: cong dan)?|(?:giay )?chung minh (?:nhan dan|thu)|citizen id(?:entity)?(?: card)?|national id(?: card)?|identity card|id card|id no|(?:ma so |so so |so |ma )?bhxh)${KW_END}${FILL}(?:\\d(?:[ .\\-]?\\d){5,14}|${ANY_SEPARATED})`,
			'gu',
		),
		accept: (match) => match[1] === undefined || ID_LENGTH.test(digitsOf(match[0])),
	},
	{
		// "Số điện thoại: 0912 34 56 78", "ĐT 024.3825.1234", "Zalo 0912345678", whatever the grouping;
		// not a 1800 or 1900 service line, which belongs to an organisation.
		kind: 'phone',
		pattern: new RegExp(
			`${KW}(?:so dien thoai|so dt|dien thoai(?: di dong| ban| co dinh| lien he| lien lac)?|dtdd|sdt|dt|di dong|tel|telephone|phone(?: number)?|mobile|cell|hotline|zalo|fax|lien he)${KW_END}${FILL}(?!1[89]00)(?:\\+?\\(?\\+?\\d(?:[ .\\-()]{0,2}\\d){7,12}|${ANY_SEPARATED}|${LOOKALIKE_DIGITS})`,
			'gu',
		),
		accept: (match) => (match[2] !== undefined ? isPhoneShape(lookalikeDigits(match[2])) : match[1] === undefined || isPhoneShape(digitsOf(match[0]))),
	},
	{
		// "STK 0123456789", "số tài khoản: …", "tài khoản số …", "account no. …": any length from 6 digits.
		kind: 'bank-account',
		pattern: new RegExp(
			`${KW}(?:stk|so tai khoan|so tk|tai khoan(?: ngan hang)?|tk ngan hang|account (?:no|number)|acct(?: no)?|bank account(?: no| number)?|iban|so the(?: atm| ngan hang)?|the atm|card (?:no|number))${KW_END}${FILL}\\d(?:[ .\\-]?\\d){5,22}`,
			'gu',
		),
	},
	{
		// "MST: 0101234567", "mã số thuế 0101234567-001": 10 digits, or 13 for a branch.
		kind: 'tax-code',
		pattern: new RegExp(`${KW}(?:ma so thue(?: ca nhan)?|mst|ma thue|tax code|tax id)${KW_END}${FILL}\\d{10}(?: ?- ?\\d{3}|\\d{3})?(?!\\d)`, 'gu'),
	},
	{
		// "hộ chiếu số C1234567", "passport no. B1234567".
		kind: 'passport',
		pattern: new RegExp(`${KW}(?:ho chieu|passport)(?: (?:so|no|number))?${KW_END}${FILL}(?:[a-z]{1,2} ?\\d{6,9}|\\d{7,9})(?!\\d)`, 'gu'),
	},
	{
		// "biển số 27A12345", "BKS: 27A-123.45", "biển số 27A-123 45".
		kind: 'licence-plate',
		pattern: new RegExp(
			`${KW}(?:bien so(?: xe)?|bien kiem soat|bks)${KW_END}${FILL}[1-9]\\d[ \\-]?[a-z]{1,2}\\d?[ .\\-]?(?:\\d{3}[. ]\\d{2}(?!\\d)|\\d{3,5}(?:\\.\\d{2})?)`,
			'gu',
		),
	},
	{
		// "sinh năm 1985", "sinh ngày 12/03/1985", "sinh 1985"; not "phát sinh năm 2015" (see NOT_BIRTH).
		kind: 'birth-date',
		pattern: new RegExp(`${KW}${NOT_BIRTH}sinh(?: (?:ngay|nam|thang))?[\\s:.,]{0,3}${BIRTH}`, 'gu'),
	},
	{
		// "ngày sinh 12/3/1985", "năm sinh: 1985", "ngày tháng năm sinh: …".
		kind: 'birth-date',
		pattern: new RegExp(`${KW}(?:ngay thang nam sinh|thang nam sinh|ngay sinh|nam sinh)${KW_END}[\\s:.,]{0,3}${BIRTH}`, 'gu'),
	},
	{
		// "SN 1985", "SN: 1985", "SN1985": SN for "sinh năm" is followed by a birth year or date.
		kind: 'birth-date',
		pattern: new RegExp(`(?<![a-z0-9/\\-])sn ?[:.]? ?(?:${DATE_NUMERIC}|${YEAR})`, 'gu'),
	},
	{
		// "born in 1985", "born on 12 March 1985".
		kind: 'birth-date',
		pattern: new RegExp(`${KW}born(?: (?:in|on))?[ ,]{1,2}(?:${DATE_ENGLISH}|${DATE_NUMERIC}|${YEAR})`, 'gu'),
	},
	{
		// "số nhà 5", "nhà số 12A", "số nhà 12/3".
		kind: 'address',
		pattern: new RegExp(`${KW}(?:so nha|nha so) ?[:.]? ?\\d{1,5}[a-z]?(?:[/\\-]\\d{1,5}[a-z]?){0,3}`, 'gu'),
		accept: (match, context, f) => !isOfficeAddress(match, context, f),
	},
	{
		// "số 12 đường Võ Nguyên Giáp", "số 5, phố …", "số 12/3 ngõ …": a house number before a street word.
		kind: 'address',
		pattern: new RegExp(`${KW}so \\d{1,5}[a-z]?(?:/\\d{1,5}[a-z]?){0,3},? (duong|pho|ngo|ngach|hem|kiet|thon|xom|khu pho|to dan pho)${KW_END}`, 'dgu'),
		accept: (match, context, f) => isAddressWord(match, context) && !isOfficeAddress(match, context, f),
	},
	{
		// "ngõ 12", "ngách 3", "hẻm 45", "kiệt 7" (the alley words of Hà Nội, Sài Gòn and Huế), "xóm 2", "khu phố 3".
		kind: 'address',
		pattern: new RegExp(`${KW}(ngo|ngach|hem|kiet|xom|khu pho) (?:so )?\\d{1,5}[a-z]?(?:/\\d{1,5}){0,3}(?!\\d)`, 'dgu'),
		accept: (match, context, f) => isAddressWord(match, context) && !isOfficeAddress(match, context, f),
	},
	{
		// "tổ 5" (a residential group), spelled with its diacritics; not "tổ 5 người" (a team of five).
		kind: 'address',
		pattern: /(?<![a-z0-9])(to) (?:so )?\d{1,3}(?![\d/%])(?![.,]\d)(?! ?(?:nguoi|thanh vien))/dgu,
		accept: (match, context, f) => isAddressWord(match, context, false) && !isOfficeAddress(match, context, f),
	},
	{
		// "tổ dân phố 3": unambiguous with or without diacritics.
		kind: 'address',
		pattern: /(?<![a-z0-9])to dan pho (?:so )?\d{1,3}(?!\d)/gu,
		accept: (match, context, f) => !isOfficeAddress(match, context, f),
	},
];

/**
 * Address keywords that are personal on their own: hometown (quê quán, nguyên quán), household
 * registration (hộ khẩu), permanent or temporary residence (thường trú, tạm trú), where one lives
 * (nơi ở hiện nay), birthplace, and a labelled address ("địa chỉ:", "địa chỉ nhà", "địa chỉ liên hệ").
 * "Nơi công tác" (a work place), "địa bàn" and "địa chỉ trang web" are not among them, and "địa chỉ:"
 * before a URL is a website's address.
 */
const ADDRESS_KEYWORDS = new RegExp(
	`${KW}(?:(?:que quan|nguyen quan|ho khau(?: thuong tru)?|thuong tru|tam tru|noi cu tru|noi o (?:hien nay|hien tai)|cho o (?:hien nay|hien tai)|noi sinh(?! hoat)|dia chi (?:nha(?: rieng)?|lien he|lien lac|thuong tru|tam tru|cu tru|rieng|gia dinh|hien nay|hien tai|noi o|nha o|ca nhan)|home address|residential address|permanent address|place of birth|hometown)${KW_END}|(?:noi o|dia chi) ?:(?! {0,2}\\u0000))`,
	'gu',
);

/** Birth keywords that are personal on their own, or labels of a birth-date field ("Ngày sinh:"). */
const BIRTH_KEYWORDS = new RegExp(`${KW}(?:(?:date of birth|birth ?date|birthday|d\\.?o\\.?b|ngay thang nam sinh)${KW_END}|(?:ngay|nam) sinh ?:)`, 'gu');

// ─── Ages ───────────────────────────────────────────────────────────────────────────────────────

/** Quick test for the words of an age. */
const AGE_TRIGGER = /tuoi|age|year/u;

/** Where an age's number may start: not inside a number, a word, an id or a decimal ("1,5", "v2.45"). */
const AGE_START = '(?<![\\p{L}\\p{N}_@\\u0000])(?<!\\d[.,/])';
/** Where an age's number ends: not inside a number or a decimal. */
const AGE_END = '(?![\\p{N}]|[.,]\\d)';

/**
 * A person's age, in the folded copy: "45 tuổi", "45 tuoi", "tuổi 45", "Tuổi: 45", "aged 45", "age 45",
 * "45 years old", "45-year-old". Group 1 is the number; group 2, where present, the word "tuổi", which
 * must be spelled so in the original or in plain ASCII ("tươi", fresh, folds to the same letters).
 * `isAge` leaves out the limits and ranges of a policy.
 */
const AGE_PATTERNS: readonly RegExp[] = [
	new RegExp(`${AGE_START}(\\d{1,3}) ?(tuoi)(?![a-z])`, 'dgu'),
	new RegExp(`${KW}(tuoi)(?: ?:)? ?(\\d{1,3})${AGE_END}(?![a-z])`, 'dgu'),
	new RegExp(`${KW}aged? ?:? ?(\\d{1,3})${AGE_END}(?![a-z])`, 'dgu'),
	new RegExp(`${AGE_START}(\\d{1,3})(?: years? old|-years?-old)(?![a-z])`, 'dgu'),
];

/**
 * Words right before an age that make it a limit, a bracket or a threshold of a policy, not a person's:
 * "dưới 35 tuổi", "trên 18 tuổi", "từ 18 …", "đến 60 tuổi", "đủ 18 tuổi", "không quá 45 tuổi", "tối đa 50
 * tuổi", "độ tuổi 25", "under 35 years old", "retirement age 60". Group 1 is the word, which must be
 * spelled in the original as written here or in plain ASCII ("Tú 45 tuổi" is a name, not "từ").
 */
const AGE_LIMIT_BEFORE =
	/(?:^|[^a-z])(duoi|tren|tu|den|toi|du|qua|toi da|toi thieu|it nhat|hon|chua|het|ngoai|moc|nguong|gioi han|han|do|lua|nhom|under|over|above|below|least|most|than|to|from|between|minimum|maximum|max|min|limit|retirement|working|voting|legal|school|pension) ?:? ?$/du;
/** The Vietnamese spellings of the words of `AGE_LIMIT_BEFORE`. */
const AGE_LIMIT_WORDS: Readonly<Record<string, string>> = {
	duoi: 'dưới',
	tren: 'trên',
	tu: 'từ',
	den: 'đến',
	toi: 'tới',
	du: 'đủ',
	qua: 'quá',
	'toi da': 'tối đa',
	'toi thieu': 'tối thiểu',
	'it nhat': 'ít nhất',
	hon: 'hơn',
	chua: 'chưa',
	het: 'hết',
	ngoai: 'ngoài',
	moc: 'mốc',
	nguong: 'ngưỡng',
	'gioi han': 'giới hạn',
	han: 'hạn',
	do: 'độ',
	lua: 'lứa',
	nhom: 'nhóm',
};
/** A number and a range word right before an age: "18 - 60 tuổi", "18 đến 60 tuổi", "18 tuổi và 60 tuổi", "18 and 60 years old". */
const AGE_RANGE_BEFORE = /\d(?: ?tuoi)? ?(?:-|~|den|toi|to|and|or|va|hoac) ?$/u;
/** What after an age makes it a range or a limit: "45 tuổi trở lên", "tuổi 25-35", "aged 18 to 60", "18 or older", "18+". */
const AGE_AFTER =
	/^(?:(?: ?tuoi)? ?(?:-|~|den|toi|to|and|or|va|hoac) ?\d|\+| (?:tro (?:len|xuong|ve)|(?:or|and) (?:older|over|above|up|more|younger|under|below)|plus))/u;

/** Whether an age match is a person's age: 1 to 120, "tuổi" spelled as such, and no limit or range around it. */
function isAge(match: RegExpExecArray, context: Context, f: string): boolean {
	const number = /\d{1,3}/u.exec(match[0])![0];
	const value = Number(number);
	if (value < 1 || value > 120) return false;
	const word = match.indices!.find((range, k) => k > 0 && range !== undefined && match[k] === 'tuoi');
	if (word) {
		const spelled = originalOf(context, word[0], word[1]).normalize('NFC').toLowerCase();
		if (spelled !== 'tuổi' && spelled !== 'tuoi') return false;
	}
	const end = match.index + match[0].length;
	if (AGE_AFTER.test(f.slice(end, end + 24))) return false;
	const from = Math.max(0, match.index - 24);
	const before = f.slice(from, match.index);
	if (AGE_RANGE_BEFORE.test(before)) return false;
	const limit = AGE_LIMIT_BEFORE.exec(before);
	if (limit) {
		const range = limit.indices![1]!;
		const spelled = originalOf(context, from + range[0], from + range[1])
			.normalize('NFC')
			.toLowerCase()
			.replace(/\s+/gu, ' ');
		if (spelled === limit[1] || spelled === AGE_LIMIT_WORDS[limit[1]!]) return false;
	}
	return true;
}
