// Imported by the content-check integration (every astro command) and tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectionsManifest, decisionFrontmatterSchema, DECISIONS_COLLECTION } from '../editor/json-schema.ts';
import { listFiles } from './read-content.ts';

/**
 * Writes the editors' view of the decision files into `<root>/.astro/collections/`, where the Astro
 * language server (VS Code's Astro extension with `astro.content-intellisense` on, as
 * .vscode/settings.json sets it) looks: the frontmatter's JSON Schema and the manifest that maps each
 * decision file to it. Generated output, rewritten by every `astro` command, never committed.
 * Returns the folder written.
 */
export function writeEditorSchemas(root: string, contentDir: string): string {
	const dir = join(root, '.astro', 'collections');
	mkdirSync(dir, { recursive: true });
	const decisions = listFiles(join(contentDir, 'decisions'), '.mdx').map((path) => pathToFileURL(path).href);
	writeFileSync(join(dir, `${DECISIONS_COLLECTION}.schema.json`), `${JSON.stringify(decisionFrontmatterSchema(), null, 2)}\n`);
	writeFileSync(join(dir, 'collections.json'), `${JSON.stringify(collectionsManifest(decisions), null, 2)}\n`);
	return dir;
}
