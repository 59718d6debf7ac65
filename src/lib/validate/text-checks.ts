import type { z } from 'astro/zod';
import { IdSchema, NameSchema, TextSchema, UrlSchema } from '../../schemas/common.ts';
import { foldKey } from '../fold.ts';
import { bilingual } from '../i18n.ts';
import type { MessageParams } from './messages.ts';
import { findPersonalData } from './personal-data.ts';
import { describeCodePoint, findForeignLetters, findUnsafeCharacters } from './text-hygiene.ts';

/**
 * The checks every piece of text in the content goes through, wherever it stands (a CSV cell, a
 * frontmatter value, a sentence of a narrative): characters that do not show or that turn the
 * direction of text (refused everywhere), letters of another script in an id or code, and personal
 * data beyond a published name and post (refused in free text and ids). Findings carry a position,
 * never the value: a message must not copy an ID number into a CI log.
 */

/** What kind of value a field holds, which decides the checks it gets. */
export type TextKind = 'free' | 'id' | 'url' | 'structured';

/** One finding, as a problem code and the parameters of its message. */
export interface TextFinding {
	code: 'text.character' | 'text.foreign-letter' | 'personal.value' | 'assignment.name-outside-column';
	params: MessageParams;
}

/** How a sentence names a kind of unsafe character ("vô hình", "an invisible"), as the two facts `text.character` takes. */
function kindWords(kind: string): { kind_vi: string; kind_en: string } {
	const words = bilingual(kind === 'control' || kind === 'bidi' ? `problem.text.character.${kind}` : 'problem.text.character.invisible');
	return { kind_vi: words.vi, kind_en: words.en };
}

/**
 * Checks one value. `offset` shifts reported positions (a narrative line's first column); positions
 * are 1-based characters, as an editor shows them.
 */
export function checkText(value: string, kind: TextKind, offset = 0): TextFinding[] {
	if (kind === 'url') return checkUrl(value);
	const findings: TextFinding[] = [];
	for (const unsafe of findUnsafeCharacters(value)) {
		findings.push({
			code: 'text.character',
			params: { character: describeCodePoint(unsafe.codePoint), position: String(offset + unsafe.index + 1), ...kindWords(unsafe.kind) },
		});
	}
	if (kind === 'id' || kind === 'structured') {
		for (const letter of findForeignLetters(value)) {
			findings.push({
				code: 'text.foreign-letter',
				params: {
					character: `"${letter.char}" (${describeCodePoint(letter.codePoint)})`,
					script: letter.script,
					position: String(offset + letter.index + 1),
					looksLike: letter.looksLike,
				},
			});
		}
	}
	if (kind === 'free' || kind === 'id') {
		const text = value.normalize('NFC');
		for (const hit of findPersonalData(text)) {
			// An official mailbox (sonoivu@dienbien.gov.vn) is how a reader reaches an office, not a person's data.
			if (hit.kind === 'email' && OFFICIAL_MAILBOX.test(text.slice(hit.index, hit.index + hit.length))) continue;
			findings.push({ code: 'personal.value', params: { kind: hit.kind, position: String(offset + hit.index + 1), length: String(hit.length) } });
		}
	}
	return findings;
}

/**
 * A person named with an honorific or a title: "Ông Nguyễn Văn E", "bà Trần Thị F", "ÔNG NGUYỄN VĂN AN",
 * "đồng chí Lò Văn G", "Mr. Nguyen Van An", "ThS. Trần Thị B". The name is two to five capitalised words
 * ("Bà Rịa", a place, is one word before a dash and is not matched).
 */
const HONORIFIC_NAME =
	/(?<![\p{L}])(?:[Ôô]ng|ÔNG|[Bb]à|BÀ|[Đđ]ồng chí|ĐỒNG CHÍ|[Đđ]\/[Cc]|Mr\.?|Mrs\.?|Ms\.?|Miss|BS\.|ThS\.|TS\.|PGS\.|GS\.)\s+(?!Rịa\b)\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){1,4}/u;

/** A text with every person named with an honorific replaced by "•" (for commit subjects and old values). */
export function maskNames(value: string): string {
	return value.replace(new RegExp(HONORIFIC_NAME.source, 'gu'), '•');
}

/**
 * The checks of a free-text cell of a table, beyond checkText (which finds ages, phones and the rest): a person
 * named in another column than an assignment's person_name (a role, a note, an agency's name, a need's
 * note) would be published without the source a name needs. Place lists (`names` false) are not read
 * for names: "Cầu Ông Lãnh" and "Bà Rịa" are places.
 */
export function checkCellText(value: string, column: string, names = true): TextFinding[] {
	const findings: TextFinding[] = [];
	const text = value.normalize('NFC');
	if (names && column !== 'person_name' && column !== 'person_title') {
		const name = HONORIFIC_NAME.exec(text);
		if (name) findings.push({ code: 'assignment.name-outside-column', params: { position: String(name.index + 1) } });
	}
	return findings;
}

/** An e-mail address on a Vietnamese government domain. */
const OFFICIAL_MAILBOX = /@(?:[a-z0-9-]+\.)*gov\.vn$/iu;

/** The schemas whose values are free text, identifiers or addresses; every other field has a strict format of its own. */
const FREE = new Set<unknown>([TextSchema, NameSchema]);
const IDS = new Set<unknown>([IdSchema]);
const URLS = new Set<unknown>([UrlSchema]);

/**
 * Query parameters and path segments that name personal data (folded: no diacritics, no separators):
 * `?cccd=…`, `&sdt=…`, `/email/…`. A page's own digits (an article number) are not personal data; a
 * value given under such a name is.
 */
const PERSONAL_PARAMS = new Set([
	'cccd',
	'cmnd',
	'socccd',
	'socmnd',
	'cancuoc',
	'dinhdanh',
	'sodinhdanh',
	'citizenid',
	'idnumber',
	'nationalid',
	'sdt',
	'dienthoai',
	'sodienthoai',
	'phone',
	'mobile',
	'tel',
	'email',
	'mail',
	'thudientu',
	'ngaysinh',
	'namsinh',
	'dob',
	'birthdate',
	'birthday',
	'diachi',
	'address',
	'quequan',
	'hokhau',
	'hochieu',
	'passport',
	'stk',
	'sotaikhoan',
	'taikhoan',
	'account',
	'mst',
	'masothue',
	'bienso',
]);

/** Hosts whose links are a person's phone number or account. */
const MESSENGER_HOSTS = new Set(['zalo.me', 'wa.me', 't.me', 'm.me', 'viber.me']);

/** What a personal-data parameter name holds, for the message. */
function paramKind(name: string): string {
	if (/^(sdt|dienthoai|sodienthoai|phone|mobile|tel)$/u.test(name)) return 'phone';
	if (/^(email|mail|thudientu)$/u.test(name)) return 'email';
	if (/^(ngaysinh|namsinh|dob|birthdate|birthday)$/u.test(name)) return 'birth-date';
	if (/^(diachi|address|quequan|hokhau)$/u.test(name)) return 'address';
	if (/^(hochieu|passport)$/u.test(name)) return 'passport';
	if (/^(stk|sotaikhoan|taikhoan|account)$/u.test(name)) return 'bank-account';
	if (/^(mst|masothue)$/u.test(name)) return 'tax-code';
	if (name === 'bienso') return 'licence-plate';
	return 'citizen-id';
}

const decode = (text: string): string => {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
};

/**
 * Checks an address (a source's URL, a link in a narrative): invisible and direction-changing
 * characters, written or percent-encoded; e-mail addresses other than official gov.vn mailboxes (a
 * mailto: link included); and values under parameter names or path segments that name personal data.
 */
export function checkUrl(value: string): TextFinding[] {
	const findings: TextFinding[] = [];
	const decoded = decode(value);
	for (const text of decoded === value ? [value] : [value, decoded]) {
		for (const unsafe of findUnsafeCharacters(text)) {
			findings.push({
				code: 'text.character',
				params: { character: describeCodePoint(unsafe.codePoint), position: String(unsafe.index + 1), ...kindWords(unsafe.kind) },
			});
		}
	}
	const personal = (kind: string, index: number, length: number): void => {
		findings.push({ code: 'personal.value', params: { kind, position: String(index + 1), length: String(length) } });
	};
	for (const match of decoded.matchAll(/[^\s@:/?&=,;<>"'()]+@[^\s@/?&=,;<>"'()]+\.[a-z]{2,}/giu)) {
		if (!OFFICIAL_MAILBOX.test(match[0])) personal('email', match.index, match[0].length);
	}
	if (URL.canParse(value)) {
		const url = new URL(value);
		// Parameters in the query and in a fragment written like one (#cccd=…) are read alike.
		const fragment = url.hash.includes('=') ? new URLSearchParams(url.hash.slice(1)) : new URLSearchParams();
		for (const params of [url.searchParams, fragment])
			for (const [name, parameter] of params)
				if (parameter.trim() !== '' && PERSONAL_PARAMS.has(foldKey(name))) personal(paramKind(foldKey(name)), value.indexOf(name), name.length);
		// A messenger link is a person's phone number or account (zalo.me/0912345678, wa.me/84912345678).
		if (MESSENGER_HOSTS.has(url.hostname.replace(/^www\./u, '')) && /\d{8,}/u.test(url.pathname))
			personal('phone', value.indexOf(url.pathname), url.pathname.length);
		const segments = url.pathname.split('/').map(decode);
		segments.forEach((segment, i) => {
			const next = segments[i + 1];
			if (next && /\d{6,}/u.test(next) && PERSONAL_PARAMS.has(foldKey(segment))) personal(paramKind(foldKey(segment)), value.indexOf(segment), segment.length);
		});
	}
	return findings;
}

/** Which checks a field of a schema gets, by the schema it is built from (through optional and default). */
export function textKindOf(schema: z.ZodType | undefined): TextKind {
	let current: unknown = schema;
	for (let depth = 0; depth < 8 && current; depth++) {
		if (FREE.has(current)) return 'free';
		if (URLS.has(current)) return 'url';
		if (IDS.has(current)) return 'id';
		const def = (current as { _zod?: { def?: { type?: string; innerType?: unknown; element?: unknown } } })._zod?.def;
		if (!def) break;
		if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') current = def.innerType;
		else if (def.type === 'array') current = def.element;
		else break;
	}
	return 'structured';
}

/** A text with every control, invisible or direction-changing character shown as its code point ("<U+200B>"). */
export function showInvisible(value: string): string {
	return value.replace(
		/[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2028\u2029\u2800\u3164\ufe00-\ufe0f\uffa0\ufff9-\ufffc\p{Cf}\p{Co}\u{e0100}-\u{e01ef}]/gu,
		(c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
	);
}

/** A text with everything that looks like personal data replaced by "•" (at most 12 a stretch). */
export function maskPersonal(value: string): string {
	let text = value.normalize('NFC');
	const hits = findPersonalData(text).sort((a, b) => b.index - a.index);
	for (const hit of hits) text = `${text.slice(0, hit.index)}${'•'.repeat(Math.min(hit.length, 12))}${text.slice(hit.index + hit.length)}`;
	return text;
}

/**
 * A found value made safe to quote in a message: at most 60 characters, with anything that looks
 * like personal data replaced by "•" and invisible characters shown as their code point.
 */
export function safeFound(value: string | undefined): string | undefined {
	if (value === undefined) return undefined;
	const text = showInvisible(maskPersonal(value));
	const chars = [...text];
	return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : text;
}
