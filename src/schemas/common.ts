import { z } from 'astro/zod';

// What each field of the schemas below means, in Vietnamese and English: descriptions.json (typed by their shapes in descriptions.ts).

/**
 * Shared building blocks for every content schema: normalised text, dates as staff write them,
 * official codes, sources, and the column names that carry personal data. (Personal data inside a
 * value is found by src/lib/validate/personal-data.ts, for every text of the content.)
 *
 * Custom messages are problem codes (`date.format`): their sentences are the keys `problem.<code>` of
 * the catalogue (src/i18n/problems.vi.ts and problems.en.ts), which the validator fills in with the
 * value that was found (src/lib/validate/messages.ts).
 */

/** Normalises text the way every schema does: Unicode NFC, trimmed, inner runs of spaces folded. */
export function normalizeText(value: string): string {
	return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The longest free text a field may hold (a note, a title): longer is a pasted document, not a value. */
export const MAX_TEXT = 5000;

/** The longest name that becomes a URL path (commune, province): a path segment stays far below 255 bytes. */
export const MAX_NAME = 150;

/** The longest identifier (agency, specialty, category, source ids; slugs): ids become file and path names. */
export const MAX_ID = 80;

/** Non-empty text, normalised to NFC and trimmed (Vietnamese typed on different keyboards mixes NFC and NFD). */
export const TextSchema = z
	.string()
	.transform(normalizeText)
	.pipe(z.string().min(1, { error: 'text.empty' }).max(MAX_TEXT));

/** A name that becomes part of a URL path (a commune's, a province's): text of at most MAX_NAME characters. */
export const NameSchema = z
	.string()
	.transform(normalizeText)
	.pipe(z.string().min(1, { error: 'text.empty' }).max(MAX_NAME));

/**
 * The window every content date must fall in. The site covers staff seconded after the 2025 reform of
 * local government; a date before 2000 or after 2099 is a typo (1900, 2999), and the window also keeps
 * every date inside what a ZIP archive can record.
 */
export const DATE_WINDOW = { from: '2000-01-01', to: '2099-12-31' } as const;

/** Refuses an ISO date (of any precision) outside DATE_WINDOW. */
function inWindow(iso: string, input: unknown, ctx: z.RefinementCtx): string {
	const padded = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
	if (padded < DATE_WINDOW.from || padded > DATE_WINDOW.to) {
		ctx.addIssue({ code: 'custom', message: 'date.range', input, params: { from: '01/01/2000', to: '31/12/2099' } });
		return iso;
	}
	return iso;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;

/**
 * Parses a date written as `20/10/2025` or `2025-10-20` into ISO `2025-10-20`; returns undefined for anything else.
 * @example parseDate('20/10/2025') // '2025-10-20'
 */
export function parseDate(raw: string): string | undefined {
	const text = raw.trim();
	const iso = ISO_DATE.exec(text);
	const vn = VN_DATE.exec(text);
	const parts = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : undefined;
	if (!parts) return undefined;
	const [y, m, d] = parts.map(Number) as [number, number, number];
	// Reject impossible days (31/02) by round-tripping through UTC.
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A calendar day written `dd/mm/yyyy` or `yyyy-mm-dd` (a YAML date is accepted too), stored as ISO `yyyy-mm-dd`. */
export const DateSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
	const parsed = value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value);
	if (!parsed) {
		ctx.addIssue({ code: 'custom', message: 'date.format', input: value });
		return z.NEVER;
	}
	return inWindow(parsed, value, ctx);
});

/**
 * A date known to the day, month or year only (`17/10/2025`, `10/2025`, `2025-10`, `2025`), stored as
 * ISO of that precision (`2025-10-17`, `2025-10`, `2025`). Sources often give only the month.
 */
export const PartialDateSchema = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
	const day = parseDate(text);
	if (day) return inWindow(day, value, ctx);
	const month = /^(\d{1,2})\/(\d{4})$/u.exec(text) ?? /^(\d{4})-(\d{2})$/u.exec(text);
	if (month) {
		const [y, m] = text.includes('/') ? [month[2], month[1]] : [month[1], month[2]];
		if (Number(m) >= 1 && Number(m) <= 12) return inWindow(`${y}-${String(m).padStart(2, '0')}`, value, ctx);
	}
	if (/^\d{4}$/u.test(text)) return inWindow(text, value, ctx);
	ctx.addIssue({ code: 'custom', message: 'date.partial', input: value });
	return z.NEVER;
});

/** Official 2-digit province code (Decision 19/2025/QĐ-TTg), e.g. "11" for Điện Biên. */
export const ProvinceCodeSchema = z
	.string()
	.trim()
	.regex(/^\d{2}$/u, { error: 'code.province' });

/** Official 5-digit commune code (Decision 19/2025/QĐ-TTg), e.g. "03127" for Phường Điện Biên Phủ. */
export const CommuneCodeSchema = z
	.string()
	.trim()
	.regex(/^\d{5}$/u, { error: 'code.commune' });

/**
 * Names Windows refuses for a file or folder: an id or slug that becomes a path must not be one, or the
 * published site (or the data archive) could not be copied onto a Windows computer.
 */
export const WINDOWS_RESERVED: ReadonlySet<string> = new Set([
	'con',
	'prn',
	'aux',
	'nul',
	...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`]),
]);

/** A lowercase ASCII identifier with hyphens, e.g. "so-xay-dung" or "cntt". */
export const IdSchema = z
	.string()
	.trim()
	.max(MAX_ID)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { error: 'id.format' })
	.refine((id) => !WINDOWS_RESERVED.has(id), { error: 'id.reserved' });

/** An absolute http(s) URL. */
export const UrlSchema = z
	.string()
	.trim()
	.refine((value) => /^https?:\/\/[^\s]+$/u.test(value) && URL.canParse(value), { error: 'url.format' });

/**
 * A whole number from 0 to `limit`, written with decimal digits only ("97"; not "0x61", "5.2e1",
 * "-3" or "97 người"). The limit catches typos that would otherwise be published as fact, and keeps
 * every count far inside the integers a double holds exactly.
 */
export function countUpTo(limit: number) {
	const schema = z.union([z.number(), z.string()]).transform((value, ctx) => {
		const text = String(value).trim();
		if (!/^\d+$/u.test(text)) {
			ctx.addIssue({ code: 'custom', message: 'count.format', input: value });
			return z.NEVER;
		}
		const count = Number(text);
		// Past the limit, or past what a double holds exactly (YAML has already rounded such a number).
		if (count > limit || !Number.isSafeInteger(count)) {
			ctx.addIssue({ code: 'custom', message: 'count.range', input: value, params: { limit: String(limit) } });
			return z.NEVER;
		}
		return count;
	});
	COUNT_LIMITS.set(schema, limit);
	return schema;
}

/** The limit of every count schema made by countUpTo, so the published data package can state it. */
export const COUNT_LIMITS = new WeakMap<z.ZodType, number>();

/**
 * The most people one figure may count: a decision seconds tens or hundreds, the whole country about
 * 4,000 (December 2025); a figure above 100,000 is a typo.
 */
export const MAX_PEOPLE = 100_000;

/** A whole number of people, 0 to MAX_PEOPLE, written with digits only. */
export const CountSchema = countUpTo(MAX_PEOPLE);

/** A published source of a fact: the decision itself, an official page or a press article. */
export const SourceSchema = z.strictObject({
	id: IdSchema,
	url: UrlSchema,
	title: TextSchema,
	publisher: TextSchema,
	date: PartialDateSchema.optional(),
	kind: z.enum(['official-text', 'official-announcement', 'press', 'dataset']).default('press'),
	lang: z
		.string()
		.trim()
		.regex(/^[a-z]{2}$/u, { error: 'lang.format' })
		.default('vi'),
	/** SHA-256 (64 hex digits) of an attached original file, where one is kept. */
	sha256: z
		.string()
		.trim()
		.regex(/^[a-f0-9]{64}$/u, { error: 'sha256.format' })
		.optional(),
	note: TextSchema.optional(),
});
export type Source = z.output<typeof SourceSchema>;
