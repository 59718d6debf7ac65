import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq } from 'yaml';
import { DecisionSchema, type Decision } from '../../schemas/decision.ts';
import type { Located } from './table.ts';
import { problemAt } from './table.ts';
import type { Problem } from './problem.ts';
import { formatPath, problemsFromZod } from './zod-issues.ts';

/** A decision as read from its MDX file: the validated frontmatter, its file name's stem and its body. */
export interface DecisionRecord extends Decision {
	/** File name without `.mdx`; must equal the decision's computed id. */
	fileStem: string;
	/** Line of each field in the file, by path as problems name it (`declared[0].source`), for problems found later. */
	lines?: Readonly<Record<string, number>>;
}

/** What the commonest YAML slips mean, in words staff know; other errors keep the parser's own sentence. */
const YAML_HINTS: Readonly<Partial<Record<string, { vi: string; en: string }>>> = {
	MISSING_CHAR: {
		vi: 'thiếu một ký tự (dấu đóng ngoặc kép, ngoặc, hoặc dấu "-" đầu mục)',
		en: 'a character is missing (a closing quote or bracket, or the "-" of a list item)',
	},
	DUPLICATE_KEY: { vi: 'một trường được ghi hai lần', en: 'a field is written twice' },
	BAD_INDENT: { vi: 'thụt lề không đúng', en: 'the indentation is wrong' },
	MULTILINE_IMPLICIT_KEY: { vi: 'thụt lề hoặc dấu hai chấm không đúng chỗ', en: 'the indentation or a colon is out of place' },
	BLOCK_AS_IMPLICIT_KEY: { vi: 'thụt lề hoặc dấu hai chấm không đúng chỗ', en: 'the indentation or a colon is out of place' },
	UNEXPECTED_TOKEN: { vi: 'thụt lề hoặc dấu hai chấm không đúng chỗ', en: 'the indentation or a colon is out of place' },
	TAB_AS_INDENT: { vi: 'thụt lề bằng phím Tab; hãy dùng dấu cách', en: 'a tab is used for indentation; use spaces' },
};

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
		// One problem per line: the parser often reports a cascade of errors for one slip on one line.
		const byLine = new Map<number, Problem>();
		for (const error of doc.errors) {
			const line = lineOf(error.pos[0]);
			if (byLine.has(line)) continue;
			const detail = error.message.split('\n')[0] ?? error.message;
			const hint = YAML_HINTS[error.code];
			byLine.set(line, problemAt(file, line, undefined, 'yaml.syntax', hint ? { detail, hint_vi: hint.vi, hint_en: hint.en } : { detail }));
		}
		return { body, problems: [...byLine.values()] };
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
	const rawOfPath = (path: readonly PropertyKey[]): string | undefined => {
		const node = doc.getIn(path as unknown[], true);
		return isScalar(node) && node.range ? yamlText.slice(node.range[0], node.range[1]) : undefined;
	};
	const result = DecisionSchema.safeParse(data ?? {});
	if (!result.success) return { body, problems: problemsFromZod(result.error, data, { file, rowOfPath, rawOfPath }, DecisionSchema) };
	const fileStem = file.replace(/^.*\//u, '').replace(/\.mdx?$/u, '');
	return { record: { file, row: 1, data: { ...result.data, fileStem, lines: fieldLines(doc.contents, lineOf) } }, body, problems: [] };
}

/** The line of every field and list item of a YAML document, keyed by path as problems name it. */
function fieldLines(root: unknown, lineOf: (offset: number) => number): Record<string, number> {
	const lines: Record<string, number> = {};
	const walk = (node: unknown, path: PropertyKey[]): void => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? pair.key.value : pair.key;
				if (typeof key !== 'string') continue;
				const at = [...path, key];
				if (isNode(pair.key) && pair.key.range) lines[formatPath(at)] = lineOf(pair.key.range[0]);
				walk(pair.value, at);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => {
				const at = [...path, i];
				if (isNode(item) && item.range) lines[formatPath(at)] = lineOf(item.range[0]);
				walk(item, at);
			});
		}
	};
	walk(root, []);
	return lines;
}
