// Imported by src/site/datasets.ts at build time (the data ZIP) and tests; never by pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The content folder's notes on where its facts come from (`SOURCES.md`, with the licence notices of
 * reused lists), or undefined when the folder has none. The data ZIP carries it so the notices travel
 * with the data.
 */
export function readSourcesNote(contentDir: string): string | undefined {
	const path = join(contentDir, 'SOURCES.md');
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
