import { z } from 'astro/zod';
import { DATE_WINDOW, parseDate } from './common.ts';

/**
 * What site.config.ts may say, checked when the configuration is loaded (every command reads it):
 * a mistake there (an as-of day written "20/10/2025", a base path without its slashes, an empty
 * publisher) stops the command with a message naming the field, in Vietnamese and English, instead of
 * reaching every page. Messages are written here because the configuration is not content.
 */

const text = (field: string) =>
	z
		.string()
		.trim()
		.min(1, { error: `${field}: không được để trống. / ${field}: must not be empty.` })
		.max(300, { error: `${field}: dài quá 300 ký tự. / ${field}: longer than 300 characters.` });

const bilingual = (field: string) => z.strictObject({ vi: text(`${field}.vi`), en: text(`${field}.en`) });

const httpUrl = (field: string) =>
	z
		.string()
		.trim()
		.refine((value) => /^https?:\/\/[^\s]+$/u.test(value) && URL.canParse(value), {
			error: `${field}: cần một địa chỉ http(s) đầy đủ, ví dụ "https://example.org". / ${field}: expected a full http(s) address, e.g. "https://example.org".`,
		});

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/iu;

/** The site's configuration. */
export const SiteConfigSchema = z.strictObject({
	/** Public address of the site, without the base path, e.g. "https://example.org". */
	url: httpUrl('url'),
	/** Base path for project pages (GitHub Pages: "/repository-name/"); "/" at a domain's root. */
	base: z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/u, {
		error:
			'base: cần bắt đầu và kết thúc bằng "/", ví dụ "/" hoặc "/minh-bach/". / base: expected a path that starts and ends with "/", e.g. "/" or "/minh-bach/".',
	}),
	/** Site title in Vietnamese and English. */
	title: bilingual('title'),
	/** Who publishes the site. */
	publisher: bilingual('publisher'),
	/** Where readers report an error or ask for a correction: an e-mail address or a web page. */
	contact: z
		.string()
		.trim()
		.refine((value) => EMAIL.test(value) || (/^https?:\/\/[^\s]+$/u.test(value) && URL.canParse(value)), {
			error: 'contact: cần một địa chỉ thư điện tử hoặc một trang web http(s). / contact: expected an e-mail address or an http(s) web page.',
		}),
	/** Licence of the data and text. */
	licence: z.strictObject({ name: text('licence.name'), url: httpUrl('licence.url') }),
	/**
	 * The day "active" and "ended" are computed for (yyyy-mm-dd), to pin it. Leave it out: the build
	 * then takes SOURCE_DATE_EPOCH, else the date of the last commit, never the clock
	 * (src/lib/io/as-of.ts), so the same commit always builds the same output.
	 */
	asOf: z
		.string()
		.refine((value) => /^\d{4}-\d{2}-\d{2}$/u.test(value) && parseDate(value) === value && value >= DATE_WINDOW.from && value <= DATE_WINDOW.to, {
			error: 'asOf: cần một ngày có thật dạng yyyy-mm-dd, ví dụ "2026-01-14". / asOf: expected a real day written yyyy-mm-dd, e.g. "2026-01-14".',
		})
		.optional(),
});

/** The site's configuration, as site.config.ts writes it. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;

/**
 * Checks a site configuration and returns it; throws one error listing every problem, each naming its
 * field and what it found.
 */
export function defineSite(config: z.input<typeof SiteConfigSchema>): SiteConfig {
	const result = SiteConfigSchema.safeParse(config);
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => {
		const where = issue.path.join('.') || '(site)';
		const found = issue.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], config);
		const message = issue.code === 'custom' || issue.message.includes(' / ') ? issue.message : `${where}: ${issue.message}`;
		return `- ${message} (${where} = ${JSON.stringify(found) ?? 'undefined'})`;
	});
	throw new Error(`site.config.ts có ${lines.length} lỗi / has ${lines.length} problem(s):\n${lines.join('\n')}`);
}
