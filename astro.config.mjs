// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { setFlagsFromString } from 'node:v8';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { site } from './site.config.ts';

// V8 collects the old generation once it has grown by half since the last full collection, instead
// of letting it grow up to fourfold on a machine with memory to spare: the national build's live heap
// is ~200 MB and much of its peak was garbage not yet collected. A growth rate, not a heap cap, so a
// larger site still builds. V8 reads it at each collection, so setting it here (before any page is
// rendered) takes effect. Measured with `npm run bench -- --runs 3` (medians): peak RSS 1,155 → 1,096
// MB on the national set, 1,234 → 1,212 MB at twice its rows, wall time unchanged; output unchanged.
setFlagsFromString('--heap-growing-percent=50');

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
