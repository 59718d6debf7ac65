import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { checkContent, resolveContentDir } from '../lib/io/read-content.ts';
import { buildSearchRecords, type SearchRecord } from '../lib/search/records.ts';

/** Pagefind's bundled user interfaces, which this site does not use. */
const UNUSED_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/**
 * Writes the search index to `dist/pagefind/` after the build, from the model rather than from the
 * built HTML: every commune, decision, agency, specialty and named person becomes one custom record
 * per language, so the index holds names and numbers only, not whole pages, and stays small at
 * national scale. Pagefind's binary ships inside its npm package; nothing is downloaded.
 */
export function searchIndex(): AstroIntegration {
	let base = '/';
	return {
		name: 'minh-bach:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { model, problems } = checkContent(resolveContentDir());
				// The content-check integration has already stopped a build with problems; this guards other entry points.
				if (problems.length > 0) throw new Error(`Content has ${problems.length} problem(s); run npm run check.`);
				const outputPath = join(fileURLToPath(dir), 'pagefind');
				const count = await writeSearchIndex(buildSearchRecords(model, base), outputPath);
				logger.info(`${count} search records indexed in ${outputPath}`);
			},
		},
	};
}

/**
 * Indexes search records with Pagefind's Node API and writes the bundle to a folder, without
 * Pagefind's ready-made interfaces. Returns the number of records. The same records give the same bytes.
 */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		for (const record of records) {
			const added = await index.addCustomRecord(record);
			if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
		// The search page has its own small script; Pagefind's ready-made interfaces (about 430 KB) are never loaded.
		for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
		return records.length;
	} finally {
		await pagefind.close();
	}
}
