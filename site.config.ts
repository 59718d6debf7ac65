/**
 * Site configuration: the one typed file a province edits to publish its own site.
 * Environment variables override the address for deployments (SITE_URL, BASE_PATH).
 */
export interface SiteConfig {
	/** Public address of the site, without the base path, e.g. "https://example.org". */
	url: string;
	/** Base path for project pages (GitHub Pages: "/repository-name/"); "/" at a domain's root. */
	base: string;
	/** Site title in Vietnamese and English. */
	title: { vi: string; en: string };
	/** Who publishes the site. */
	publisher: { vi: string; en: string };
	/** Where readers report an error or ask for a correction (an e-mail address or a URL). */
	contact: string;
	/** Licence of the data and text. */
	licence: { name: string; url: string };
	/**
	 * The day "active" and "ended" are computed for (yyyy-mm-dd), to pin it. Leave undefined: the build
	 * then takes SOURCE_DATE_EPOCH, else the date of the last commit, never the clock
	 * (src/lib/io/as-of.ts), so the same commit always builds the same output.
	 */
	asOf?: string;
}

/**
 * The address a site has until a province sets its own: fine for a preview on a laptop, never for a
 * published site (the QR code on every printed notice would lead nowhere). A publishing build refuses
 * it; see src/integrations/content-check.ts.
 */
export const PLACEHOLDER_URL = 'https://minh-bach.example.org';

export const site: SiteConfig = {
	url: process.env['SITE_URL'] || PLACEHOLDER_URL,
	base: process.env['BASE_PATH'] ?? '/',
	title: { vi: 'Minh Bạch: biệt phái cán bộ về xã, phường', en: 'Minh Bạch: staff seconded to communes' },
	publisher: { vi: 'Dự án Minh Bạch', en: 'The Minh Bạch project' },
	contact: 'https://github.com/minh-bach/minh-bach/issues',
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

/** Whether the site is built with the placeholder address (a preview: every page says so). */
export const isPreviewAddress = (): boolean => site.url === PLACEHOLDER_URL;
