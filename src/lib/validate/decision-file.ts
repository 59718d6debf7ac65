import { LineCounter, parseDocument, isNode } from 'yaml';
import { DecisionSchema, type Decision } from '../../schemas/decision.ts';
import type { Located } from './table.ts';
import { problemAt } from './table.ts';
import type { Problem } from './problem.ts';
import { problemsFromZod } from './zod-issues.ts';

/** A decision as read from its MDX file: the validated frontmatter, its file name's stem and its body. */
export interface DecisionRecord extends Decision {
	/** File name without `.mdx`; must equal the decision's computed id. */
	fileStem: string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/**
 * Splits an MDX file into frontmatter and body, parses the YAML and validates it, reporting every
 * problem with the line of the field it concerns.
 */
export function validateDecisionFile(file: string, text: string): { record?: Located<DecisionRecord>; body: string; problems: Problem[] } {
	const match = FRONTMATTER.exec(text);
	if (!match) return { body: text, problems: [problemAt(file, 1, undefined, 'frontmatter.missing')] };
	const yamlText = match[1] ?? '';
	const body = text.slice(match[0].length);
	const lineCounter = new LineCounter();
	// The frontmatter starts on line 2 of the file (after the opening ---).
	const lineOf = (offset: number): number => lineCounter.linePos(offset).line + 1;
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			body,
			problems: doc.errors.map((error) =>
				problemAt(file, lineOf(error.pos[0]), undefined, 'yaml.syntax', { detail: error.message.split('\n')[0] ?? error.message }),
			),
		};
	}
	const data: unknown = doc.toJS();
	const rowOfPath = (path: readonly PropertyKey[]): number | undefined => {
		// The line of the deepest node that exists on the path.
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) return lineOf(node.range[0]);
			if (depth > 0) {
				// A key whose value is absent: point at the key itself.
				const parent = doc.getIn(path.slice(0, depth - 1) as unknown[], true) as
					{ items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
				const pair = parent?.items?.find((item) => item.key?.value === path[depth - 1]);
				if (pair?.key?.range) return lineOf(pair.key.range[0]);
			}
		}
		return 1;
	};
	const result = DecisionSchema.safeParse(data ?? {});
	if (!result.success) return { body, problems: problemsFromZod(result.error, data, { file, rowOfPath }, DecisionSchema) };
	const fileStem = file.replace(/^.*\//u, '').replace(/\.mdx?$/u, '');
	return { record: { file, row: 1, data: { ...result.data, fileStem } }, body, problems: [] };
}
