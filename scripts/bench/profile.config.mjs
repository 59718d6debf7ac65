// @ts-check
/**
 * The project's Astro config for `npm run bench -- --profile`: the same site, with source maps for the
 * bundled pages and an integration that keeps a copy of the bundle (`dist/.prerender/` or `.astro/.prerender/`, which Astro
 * deletes when the pages are written) in BENCH_KEEP_PRERENDER, so the profile's hot spots in generated
 * chunks can be traced back to src/ files and lines.
 */
import { cpSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import config from '../../astro.config.mjs';

const keep = process.env['BENCH_KEEP_PRERENDER'];

export default {
	...config,
	vite: {
		...config.vite,
		build: { ...config.vite?.build, sourcemap: true },
		// The browser's scripts keep no map, so the profiled build writes the same files as any other.
		environments: { ...config.vite?.environments, client: { ...config.vite?.environments?.['client'], build: { sourcemap: false } } },
	},
	integrations: [
		...(config.integrations ?? []),
		{
			name: 'minh-bach-bench-keep-prerender',
			hooks: {
				/** @param {{ dir: URL }} options */
				'astro:build:generated': ({ dir }) => {
					// Astro bundles into <outDir>/.prerender/, or <cwd>/.astro/.prerender/ when outDir is outside the cwd.
					const bundles = [new URL('./.prerender/', dir), new URL('./.astro/.prerender/', pathToFileURL(`${process.cwd()}/`))];
					const bundle = bundles.find((url) => existsSync(url));
					if (keep && bundle) cpSync(bundle, keep, { recursive: true });
				},
			},
		},
	],
};
