/**
 * Finds personal data in the free text staff commit (CSV cells, frontmatter strings, the prose of a
 * decision): ID numbers, phone numbers, e-mail addresses, birth dates, home addresses, bank accounts,
 * passports, licence plates and tax codes. A report names a person and their post; anything beyond
 * that must never be published, so these detectors lean towards flagging, but they must stay quiet on
 * what every decision is made of: decision numbers, dates, commune codes, counts, money and URLs.
 *
 * How it reads the text:
 * - The text is folded once into a matching copy: diacritics removed (đ → d), lowercase, compatibility
 *   forms (fullwidth digits, "＠") turned into ASCII, invisible format characters dropped, dashes
 *   unified. Staff type "so dien thoai" as often as "số điện thoại", and an NFD file reads the same as
 *   an NFC one. Every character of the copy remembers where it came from, so positions are reported in
 *   the caller's string (UTF-16 code units) whether it is NFC or NFD; the content check passes NFC.
 * - URLs (http, https, www.) are blanked in the copy before anything else: the digits of a link are
 *   part of an address, not data about a person.
 * - Numbers are read by a hand-written scanner (linear, no regular expression can backtrack on a long
 *   run of digits): it splits a run like "+84 912 345 678" into groups and classifies windows of
 *   consecutive groups by shape. Keyword rules ("CCCD số …", "sinh năm …", "quê quán") are bounded
 *   regular expressions compiled once.
 *
 * Known limitations, chosen to keep false alarms off ordinary reports:
 * - A 10- or 11-digit number that is not shaped like a Vietnamese phone (a bank account, a tax code)
 *   is flagged only after a keyword ("STK", "MST"); so is a 9-digit ID written like an amount
 *   ("212 345 678") or followed by a unit ("150000000 đồng").
 * - A number glued to letters ("SĐT0912345678" is caught by its keyword, "abc0912345678" is not), a
 *   phone split into two groups of five ("09123 45678", the shape of two commune codes) and a birth
 *   year alone in brackets ("Nguyễn Văn A (1985)") are not flagged.
 * - "tổ 5" (a residential group) needs its diacritics: "to 5" is English. Other address words accept
 *   plain ASCII but refuse a different accent ("Ngô 12" is a name, "số 3 Phó Giám đốc" a post).
 * - A street address needs a marker: "số 12 đường …", "ngõ 12", "địa chỉ:"; "12 Nguyễn Trãi" alone is
 *   not recognised.
 *
 * And what is flagged although it may be harmless, because the detector cannot tell it from a person's
 * data: an office's phone or tax code, an office address after "Địa chỉ:", "Tổ 1" naming a working
 * group, any run of 9 or 12 digits (a CMND or CCCD shape) and any run of 13–19 digits (a card shape).
 * Only 1800 and 1900 service lines are let through after a phone keyword.
 */

/** What a stretch of personal data looks like. */
export type PersonalDataKind = 'citizen-id' | 'passport' | 'phone' | 'email' | 'birth-date' | 'address' | 'bank-account' | 'licence-plate' | 'tax-code';

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
		for (const rule of VALUE_RULES) collect(rule.pattern, f, rule.kind, spans, rule.accept && ((m) => rule.accept!(m, context)));
	}
	// 3. Values recognisable by their shape alone.
	if (hasDigit) scanNumbers(f, spans);
	if (hasLetter && hasDigit) {
		collect(PASSPORT, f, 'passport', spans, (m) => UPPER_ASCII.test(originalOf(context, m.index, m.index + 1)));
		collect(PLATE, f, 'licence-plate', spans);
	}
	if (f.includes('@')) collect(EMAIL, f, 'email', spans);
	if (OBFUSCATED_AT.test(f)) collect(OBFUSCATED_EMAIL, f, 'email', spans);

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

/** Folded forms of the non-ASCII segments seen so far (a segment is a character and its combining marks). */
const segmentCache = new Map<string, string>();

/** Folds one segment: compatibility decomposition, no marks or format characters, đ → d, lowercase, one kind of dash and space. */
function foldSegment(segment: string): string {
	let folded = segmentCache.get(segment);
	if (folded === undefined) {
		folded = segment.normalize('NFKD').replace(FOLD_STRIP, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(FOLD_DASHES, '-').replace(FOLD_SPACES, ' ');
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

/** Builds the matching copy of a text, with the origin of each of its characters. */
function fold(text: string): Folded {
	// Most CSV cells are plain ASCII: the copy is the lowercase text and positions are unchanged.
	if (ASCII_ONLY.test(text)) return { text: text.toLowerCase(), starts: undefined, ends: undefined };
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
		while (j < text.length && isCombiningMark(text.charCodeAt(j))) j++;
		const piece = j === i + 1 && code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : foldSegment(text.slice(i, j));
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

/** The separator a connector stands for once brackets are set aside: "", " ", "." or "-". */
function separatorOf(connector: string): string {
	return connector.replace(/[()]/gu, '');
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
	if (isGluedBefore(f, run.start, first.digits.length)) first.blocked = true;
	if (isGluedAfter(f, run.closed ? last.end + 1 : last.end, last.digits.length)) last.blocked = true;

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
		// Groups of 1–4 digits, except a long tail after an area or country code ("0912 345678",
		// "(0215) 3825123"). A group of five is a commune code: "03127 03158" is two communes.
		for (let k = i; k < j; k++) {
			const size = groups[k]!.digits.length;
			if (size <= 4) continue;
			if (k === j - 1 && size >= 6 && size <= 9 && (count === 2 || (count === 3 && exempt))) continue;
			return undefined;
		}
	}

	// Vietnamese phones: mobiles 03/05/07/08/09 + 8 digits, landlines 02 + 8 or 9 digits, also after 84.
	if (MOBILE.test(digits) || LANDLINE.test(digits) || MOBILE_84.test(digits) || LANDLINE_84.test(digits)) return 'phone';
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

/** An address written to dodge harvesters: "a [at] b.vn", "a(at)b(dot)vn". */
const OBFUSCATED_AT = /[[({] ?(?:at|@) ?[\])}]/u;
const OBFUSCATED_EMAIL = /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]* ?[[({] ?(?:at|@) ?[\])}] ?[a-z0-9-]+(?:(?:\.| ?[[({] ?(?:dot|\.) ?[\])}] ?)[a-z0-9-]+)+/gu;

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

interface ValueRule {
	kind: PersonalDataKind;
	pattern: RegExp;
	accept?: (match: RegExpExecArray, context: Context) => boolean;
}

const VALUE_RULES: readonly ValueRule[] = [
	{
		// "CCCD số 001195012345", "CMND: 212 345 678" (the keyword makes even an amount-shaped number an ID),
		// "số định danh cá nhân …", "căn cước công dân …", "mã số BHXH …" (social insurance, now the ID number).
		kind: 'citizen-id',
		pattern: new RegExp(
			`${KW}(?:so cmnd|cmnd|cccd|cmtnd|cmt|(?:so|ma) dinh danh(?: ca nhan)?|dinh danh ca nhan|(?:the )?can cuoc(?: cong dan)?|(?:giay )?chung minh (?:nhan dan|thu)|citizen id(?:entity)?(?: card)?|national id(?: card)?|identity card|id card|id no|(?:ma so |so so |so |ma )?bhxh)${KW_END}${FILL}\\d(?:[ .\\-]?\\d){5,14}`,
			'gu',
		),
	},
	{
		// "Số điện thoại: 0912 34 56 78", "ĐT 024.3825.1234", "Zalo 0912345678", whatever the grouping;
		// not a 1800 or 1900 service line, which belongs to an organisation.
		kind: 'phone',
		pattern: new RegExp(
			`${KW}(?:so dien thoai|so dt|dien thoai(?: di dong| ban| co dinh| lien he| lien lac)?|dtdd|sdt|dt|di dong|tel|telephone|phone(?: number)?|mobile|cell|hotline|zalo|fax|lien he)${KW_END}${FILL}(?!1[89]00)\\+?\\(?\\+?\\d(?:[ .\\-()]{0,2}\\d){7,12}`,
			'gu',
		),
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
		// "biển số 27A12345", "BKS: 27A-123.45".
		kind: 'licence-plate',
		pattern: new RegExp(`${KW}(?:bien so(?: xe)?|bien kiem soat|bks)${KW_END}${FILL}[1-9]\\d[ \\-]?[a-z]{1,2}\\d?[ .\\-]?\\d{3,5}(?:\\.\\d{2})?`, 'gu'),
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
	},
	{
		// "số 12 đường Võ Nguyên Giáp", "số 5, phố …", "số 12/3 ngõ …": a house number before a street word.
		kind: 'address',
		pattern: new RegExp(`${KW}so \\d{1,5}[a-z]?(?:/\\d{1,5}[a-z]?){0,3},? (duong|pho|ngo|ngach|hem|kiet|thon|xom|khu pho|to dan pho)${KW_END}`, 'dgu'),
		accept: (match, context) => isAddressWord(match, context),
	},
	{
		// "ngõ 12", "ngách 3", "hẻm 45", "kiệt 7" (the alley words of Hà Nội, Sài Gòn and Huế), "xóm 2", "khu phố 3".
		kind: 'address',
		pattern: new RegExp(`${KW}(ngo|ngach|hem|kiet|xom|khu pho) (?:so )?\\d{1,5}[a-z]?(?:/\\d{1,5}){0,3}(?!\\d)`, 'dgu'),
		accept: (match, context) => isAddressWord(match, context),
	},
	{
		// "tổ 5" (a residential group), spelled with its diacritics; not "tổ 5 người" (a team of five).
		kind: 'address',
		pattern: /(?<![a-z0-9])(to) (?:so )?\d{1,3}(?![\d/%])(?![.,]\d)(?! ?(?:nguoi|thanh vien))/dgu,
		accept: (match, context) => isAddressWord(match, context, false),
	},
	{
		// "tổ dân phố 3": unambiguous with or without diacritics.
		kind: 'address',
		pattern: /(?<![a-z0-9])to dan pho (?:so )?\d{1,3}(?!\d)/gu,
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
