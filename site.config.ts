import { defineSite } from './src/schemas/site-config.ts';

/**
 * Site configuration: the one typed file a province edits to publish its own site. What each field
 * means, and the checks every command runs on it: src/schemas/site-config.ts. Environment variables
 * override the address for deployments (SITE_URL, BASE_PATH).
 */

/**
 * The address a site has until a province sets its own: fine for a preview on a laptop, never for a
 * published site (the QR code on every printed notice would lead nowhere). A publishing build refuses
 * it; see src/integrations/content-check.ts.
 */
export const PLACEHOLDER_URL = 'https://minh-bach.example.org';

export const site = defineSite({
	url: process.env['SITE_URL'] || PLACEHOLDER_URL,
	base: process.env['BASE_PATH'] ?? '/',
	title: { vi: 'Minh Bạch: biệt phái cán bộ về xã, phường', en: 'Minh Bạch: staff seconded to communes' },
	publisher: { vi: 'Dự án Minh Bạch', en: 'The Minh Bạch project' },
	contact: 'https://github.com/minh-bach/minh-bach/issues',
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
});

/** Whether the site is built with the placeholder address (a preview: every page says so). */
export const isPreviewAddress = (): boolean => site.url === PLACEHOLDER_URL;
