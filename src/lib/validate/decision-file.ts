import type { ProblemCode } from './messages.ts';
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, visit, type Document } from 'yaml';
import { DecisionSchema, type Decision } from '../../schemas/decision.ts';
import type { Located } from './table.ts';
import { problemAt } from './table.ts';
import type { Problem } from './problem.ts';
import type { MessageParams } from './messages.ts';
import { bilingual, type TextKey } from '../i18n.ts';
import { readNarrative } from '../narrative.ts';
import { checkText, textKindOf } from './text-checks.ts';
import { fieldSchemaAt, formatPath, problemsFromZod } from './zod-issues.ts';

/** A decision as read from its MDX file: the validated frontmatter, its file name's stem and its body. */
export interface DecisionRecord extends Decision {
	/** File name without `.mdx`; must equal the decision's computed id. */
	fileStem: string;
	/** Line of each field in the file, by path as problems name it (`declared[0].source`), for problems found later. */
	lines?: Readonly<Record<string, number>>;
	/** The narrative (the file's body) as HTML, rendered by src/lib/narrative.ts from Markdown only. */
	narrative: string;
}

/** What the commonest YAML slips mean, in words staff know; other errors keep the parser's own sentence. */
const YAML_HINTS: Readonly<Partial<Record<string, Extract<TextKey, `problem.yaml.hint.${string}`>>>> = {
	MISSING_CHAR: 'problem.yaml.hint.missing-char',
	DUPLICATE_KEY: 'problem.yaml.hint.duplicate-key',
	BAD_INDENT: 'problem.yaml.hint.bad-indent',
	MULTILINE_IMPLICIT_KEY: 'problem.yaml.hint.misplaced',
	BLOCK_AS_IMPLICIT_KEY: 'problem.yaml.hint.misplaced',
	UNEXPECTED_TOKEN: 'problem.yaml.hint.misplaced',
	TAB_AS_INDENT: 'problem.yaml.hint.tab',
};

/**
 * The one way a frontmatter is read, by the check and the build alike: YAML 1.2 with its core schema
 * (`2025-10-17` and `yes` stay text; no timestamps, no merge keys), every key once.
 */
const YAML_OPTIONS = (lineCounter: LineCounter) =>
	({ version: '1.2', schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false, lineCounter }) as const;

/** A number as staff write a count or a year: decimal digits (a minus sign is the count's own problem). */
const DECIMAL = /^-?\d+$/u;

/**
 * Refuses what a YAML reader may expand or read differently from what the file shows: anchors and
 * aliases (`&a`, `*a`: an alias bomb expands a few lines into gigabytes), explicit tags (`!!str`,
 * `!foo`), and numbers that are not plain decimal digits (`0x61`, `5.2e1`, `1.5`, `.inf`), which YAML
 * would silently turn into another number.
 */
function unsafeYaml(doc: Document, file: string, lineOf: (offset: number) => number): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	const at = (range: readonly number[] | null | undefined, code: ProblemCode, params: Record<string, string> = {}): void => {
		// One problem per kind and line: an alias bomb has hundreds of aliases on a few lines.
		const line = lineOf(range?.[0] ?? 0);
		if (seen.has(`${code}:${line}`)) return;
		seen.add(`${code}:${line}`);
		problems.push(problemAt(file, line, undefined, code, params));
	};
	visit(doc, {
		Alias(_, node) {
			at(node.range, 'yaml.alias', { found: `*${node.source}` });
		},
		Node(_, node) {
			if (node.anchor) at(node.range, 'yaml.alias', { found: `&${node.anchor}` });
			if (node.tag && !isScalarTagImplicit(node)) at(node.range, 'yaml.tag', { found: node.tag.replace(/^tag:yaml\.org,2002:/u, '!!') });
			if (isScalar(node) && typeof node.value === 'number' && !DECIMAL.test(String(node.source ?? '').trim()))
				at(node.range, 'yaml.number', { found: String(node.source ?? node.value).slice(0, 24) });
		},
	});
	return problems;
}

/** Whether a node's tag is the one YAML resolved by itself (no `!` written in the file). */
function isScalarTagImplicit(node: { tag?: string | undefined; srcToken?: unknown }): boolean {
	// A tag written in the file is kept on the node as `tag`; a resolved plain scalar has none.
	return node.tag === undefined;
}

/** How deeply a frontmatter may nest (a decision needs 3: sources, a source, its fields). */
const MAX_YAML_DEPTH = 12;

/** The depth of a YAML node tree, walked without recursion (a hostile file nests thousands deep). */
function nestingDepth(root: unknown): number {
	let max = 0;
	const stack: [unknown, number][] = [[root, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > max) max = depth;
		if (depth > MAX_YAML_DEPTH) break;
		if (isMap(node) || isSeq(node))
			for (const item of node.items as unknown[]) stack.push([isNode(item) ? item : (item as { value?: unknown })?.value, depth + 1]);
	}
	return max;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u;

/**
 * Splits an MDX file into frontmatter and body, parses the YAML and validates it, reporting every
 * problem with the line of the field it concerns.
 */
export function validateDecisionFile(file: string, text: string): { record?: Located<DecisionRecord>; body: string; problems: Problem[] } {
	// Line endings as any editor writes them (CRLF, or CR alone) read the same; line numbers do not change.
	const normalized = text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text;
	try {
		return readDecisionFile(file, normalized);
	} catch (error) {
		// A last guard: whatever a parser throws on a hostile file (a stack overflow on deep nesting) is a
		// problem in the report, not a stack trace that hides every other problem.
		const deep = error instanceof RangeError;
		return { body: '', problems: [problemAt(file, undefined, undefined, deep ? 'content.too-deep' : 'file.unreadable', { detail: (error as Error).message })] };
	}
}

function readDecisionFile(file: string, text: string): { record?: Located<DecisionRecord>; body: string; problems: Problem[] } {
	const match = FRONTMATTER.exec(text);
	if (!match) return { body: text, problems: [problemAt(file, 1, undefined, 'frontmatter.missing')] };
	const yamlText = match[1] ?? '';
	const body = text.slice(match[0].length);
	const lineCounter = new LineCounter();
	// The frontmatter starts on line 2 of the file (after the opening ---).
	const lineOf = (offset: number): number => lineCounter.linePos(offset).line + 1;
	const doc = parseDocument(yamlText, YAML_OPTIONS(lineCounter));
	if (doc.errors.length > 0) {
		// One problem per line: the parser often reports a cascade of errors for one slip on one line.
		const byLine = new Map<number, Problem>();
		for (const error of doc.errors) {
			const line = lineOf(error.pos[0]);
			if (byLine.has(line)) continue;
			const detail = error.message.split('\n')[0] ?? error.message;
			const key = YAML_HINTS[error.code];
			const hint = key && bilingual(key);
			byLine.set(line, problemAt(file, line, undefined, 'yaml.syntax', hint ? { detail, hint_vi: hint.vi, hint_en: hint.en } : { detail }));
		}
		return { body, problems: [...byLine.values()] };
	}
	// Nesting deeper than any decision needs is refused before anything walks it.
	if (nestingDepth(doc.contents) > MAX_YAML_DEPTH)
		return { body, problems: [problemAt(file, 1, undefined, 'content.too-deep', { limit: String(MAX_YAML_DEPTH) })] };
	// What YAML could read in two ways, or expand without bound, is refused before it is turned into data.
	const unsafe = unsafeYaml(doc, file, lineOf);
	if (unsafe.length > 0) return { body, problems: unsafe };
	const data: unknown = doc.toJS({ maxAliasCount: 0 });
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
	// Every text value, as written: invisible characters, letters of other scripts in ids, personal data.
	const problems: Problem[] = [];
	const flagged = new Set<string>();
	walkStrings(data, [], (value, path) => {
		const findings = checkText(value, textKindOf(fieldSchemaAt(DecisionSchema, path)));
		if (findings.length === 0) return;
		flagged.add(formatPath(path));
		for (const finding of findings) problems.push(problemAt(file, rowOfPath(path), formatPath(path), finding.code, finding.params));
	});
	const narrative = checkNarrative(file, body, text.slice(0, match[0].length).split('\n').length, problems);
	const result = DecisionSchema.safeParse(data ?? {});
	if (!result.success) {
		// A value already reported for what it holds is not reported again for its form.
		for (const problem of problemsFromZod(result.error, data, { file, rowOfPath, rawOfPath }, DecisionSchema))
			if (problem.column === undefined || !flagged.has(problem.column)) problems.push(problem);
		return { body, problems };
	}
	if (problems.length > 0) return { body, problems };
	const fileStem = file.replace(/^.*\//u, '').replace(/\.mdx?$/u, '');
	return { record: { file, row: 1, data: { ...result.data, fileStem, lines: fieldLines(doc.contents, lineOf), narrative } }, body, problems: [] };
}

/** Calls `visit` with every string of a YAML value and its path. */
function walkStrings(value: unknown, path: PropertyKey[], visit: (value: string, path: PropertyKey[]) => void): void {
	if (typeof value === 'string') visit(value, path);
	else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit));
	else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
}

/**
 * Reads a decision's narrative (the body after the frontmatter, which starts at `firstLine` of the
 * file), adds a problem for everything in it that cannot be published, and returns its HTML.
 */
function checkNarrative(file: string, body: string, firstLine: number, problems: Problem[]): string {
	const { html, issues, texts, urls } = readNarrative(body);
	const at = (line: number, column: number, code: ProblemCode, params: MessageParams = {}): void => {
		const problem = problemAt(file, firstLine + line - 1, undefined, code, params);
		problem.col = column;
		problems.push(problem);
	};
	/** The line and column of the file where a character of a piece of text stands. */
	const where = (text: { value: string; line: number; column: number }, index: number): { line: number; column: number } => {
		const before = text.value.slice(0, index).split('\n');
		return { line: text.line + before.length - 1, column: before.length === 1 ? text.column + index : (before.at(-1)?.length ?? 0) + 1 };
	};
	for (const issue of issues) at(issue.line, issue.column, issue.code, { found: issue.found });
	// Characters that do not show, piece by piece (each has its own place in the file).
	for (const text of texts) {
		for (const finding of checkText(text.value, 'structured')) {
			if (finding.code !== 'text.character') continue;
			const { line, column } = where(text, Number(finding.params['position']) - 1);
			at(line, column, finding.code, { ...finding.params, position: String(column) });
		}
	}
	// Personal data, block by block: a reader sees "0912**345**678" as one number, so the pieces of a
	// paragraph, heading or cell are read together, as the page shows them.
	const personalLines = new Set<string>();
	const blocks = new Map<number, typeof texts>();
	for (const text of texts) blocks.set(text.block, [...(blocks.get(text.block) ?? []), text]);
	for (const pieces of blocks.values()) {
		const joined = pieces.map((piece) => piece.value).join('');
		for (const finding of checkText(joined, 'free')) {
			if (finding.code !== 'personal.value') continue;
			// Back from the joined text to the piece the finding starts in.
			let index = Number(finding.params['position']) - 1;
			let piece = pieces[0]!;
			for (const candidate of pieces) {
				piece = candidate;
				if (index < candidate.value.length) break;
				index -= candidate.value.length;
			}
			const { line, column } = where(piece, Math.min(index, piece.value.length));
			personalLines.add(`${line}|${finding.params['kind']}`);
			at(line, column, finding.code, { ...finding.params, position: String(column) });
		}
	}
	// Addresses: a bare e-mail is also a mailto: link; what its text already reported is not reported twice.
	for (const url of urls)
		for (const finding of checkText(url.value, 'url')) {
			if (finding.code === 'personal.value' && personalLines.has(`${url.line}|${finding.params['kind']}`)) continue;
			at(url.line, url.column, finding.code, finding.params);
		}
	return html;
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
