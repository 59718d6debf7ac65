// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { site } from './site.config.ts';

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	// Keep Astro's content cache inside the project (not in node_modules, which worktrees may share).
	cacheDir: './.astro/cache',
	// Several pages in flight: one page's file writes and worker results are awaited while the next renders (same bytes).
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
	integrations: [
		contentCheck(),
		mdx(),
		// Pages only (every page URL ends with "/"; data files and feeds do not), with hreflang alternates.
		sitemap({ i18n: { defaultLocale: 'vi', locales: { vi: 'vi', en: 'en' } }, filter: (url) => url.endsWith('/') }),
	],
	vite: {
		// Vite's cache beside Astro's, for the same reason.
		cacheDir: './.astro/vite',
	},
});
