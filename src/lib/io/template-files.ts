// Imported by scripts/template.ts and the import tests only: writes the .xlsx template staff fill in.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { importProblem } from '../import/messages.ts';
import { buildTemplate, selectTemplateLists, type TemplateLists, type TemplateTarget } from '../import/template.ts';
import type { Problem } from '../validate/problem.ts';
import { displayPath, readContent } from './read-content.ts';

/** What writing a template gave: the lists it holds, or the problems that stopped it (then nothing is written). */
export type TemplateWriting = { lists?: TemplateLists; problems: Problem[] };

/**
 * Writes the template of a decision or province, from the content folder `contentDir`, to `output`;
 * never overwrites a file unless `force` is set.
 */
export function writeTemplateFile(contentDir: string, target: TemplateTarget, output: string, force = false): TemplateWriting {
	const file = displayPath(output);
	if (existsSync(output) && !force) return { problems: [importProblem(file, undefined, undefined, 'import.template-exists', { found: file })] };
	const { records } = readContent(contentDir);
	const { lists, problems } = selectTemplateLists(records, target, displayPath(contentDir));
	if (!lists) return { problems };
	mkdirSync(dirname(output), { recursive: true });
	writeFileSync(output, buildTemplate(lists));
	return { lists, problems: [] };
}
