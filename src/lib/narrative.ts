import { markdownToMdast, type MdastNode } from 'satteri';
import { escapeXml } from './escape.ts';
import { t } from './i18n.ts';

/**
 * A decision's narrative is prose: Markdown, never code. It is parsed once, by the same Markdown
 * parser Astro uses (satteri), with one set of options, and the same walk both checks it and renders
 * it, so whatever the check accepts is exactly what the page shows. It is never compiled as MDX: an
 * `import`, an `{expression}` or a `<Component>` is text to the parser, refused by the check, and, if
 * a caller rendered it anyway, escaped into harmless text. Only the node types below are rendered;
 * everything else (raw HTML, images, footnotes, anything a parser version adds) is refused.
 */

/** Something in a narrative that cannot be published, where it is, and what it is. */
export interface NarrativeIssue {
	/** Problem code (`narrative.html`, `narrative.expression`, …) of the message catalogue. */
	code:
		| 'narrative.html'
		| 'narrative.comment'
		| 'narrative.expression'
		| 'narrative.esm'
		| 'narrative.image'
		| 'narrative.link'
		| 'narrative.unsupported'
		| 'content.too-deep';
	/** Line within the narrative (1 = its first line). */
	line: number;
	/** Character position within that line (1-based). */
	column: number;
	/** What was found, short and safe to print: a tag name, a link's scheme, a node type. */
	found?: string;
}

/** One stretch of prose text, for the checks that read words (personal data, invisible characters). */
export interface NarrativeText {
	value: string;
	line: number;
	column: number;
	/** The paragraph, heading, table cell or code block it belongs to: a reader sees a block's pieces as one text. */
	block: number;
}

/** A link's address, for the checks that read addresses (personal data in a query, invisible characters). */
export interface NarrativeUrl {
	value: string;
	line: number;
	column: number;
}

/** A narrative read once: its HTML, what cannot be published, and its text for the word-level checks. */
export interface Narrative {
	html: string;
	issues: NarrativeIssue[];
	texts: NarrativeText[];
	urls: NarrativeUrl[];
}

const PARSE_OPTIONS = { features: { gfm: { footnotes: false }, frontmatter: false, rawHtml: false } } as const;

/** Link schemes a narrative may use. Relative links would point into the site's own tree. */
const LINK_SCHEME = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/iu;

/** An `import` or `export` at the start of a top-level line (after indentation) is an ES module statement in MDX. */
const ESM_LINE = /^[ \t]*(?:>[ \t]*)*(import|export)\b/u;

/**
 * Parses, checks and renders a narrative.
 * @example readNarrative('Ngày **17/10/2025**').html // '<p>Ngày <strong>17/10/2025</strong></p>\n'
 */
export function readNarrative(source: string): Narrative {
	const issues: NarrativeIssue[] = [];
	const texts: NarrativeText[] = [];
	const urls: NarrativeUrl[] = [];
	let block = 0;
	const text = (node: MdastNode, value: string): void => {
		texts.push({ value, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, block });
	};
	const root = markdownToMdast(source, PARSE_OPTIONS);
	// Prose nests a few levels (a list in a quote); thousands of ">" or "- " would overflow every walk below.
	if (treeDepth(root) > MAX_DEPTH)
		return { html: '', issues: [{ code: 'content.too-deep', line: 1, column: 1, found: String(MAX_DEPTH) }], texts: [], urls: [] };
	const definitions = new Map<string, string>();
	collectDefinitions(root, definitions);
	const openedTags = new Set<string>();
	const topDepth = highestHeading(root);

	// Line starts, to turn an offset inside a node into a line and column.
	const lineStarts = [0];
	for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	const positionOf = (offset: number): { line: number; column: number } => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (lineStarts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return { line: low + 1, column: offset - lineStarts[low]! + 1 };
	};
	const at = (node: MdastNode, code: NarrativeIssue['code'], found?: string, within = 0): void => {
		const offset = (node.position?.start.offset ?? 0) + within;
		const issue: NarrativeIssue = { code, ...positionOf(offset) };
		if (found !== undefined) issue.found = found;
		issues.push(issue);
	};
	const raw = (node: MdastNode): string => {
		const position = node.position;
		return position ? source.slice(position.start.offset ?? 0, position.end.offset ?? 0) : '';
	};
	// A reference ([text][ref]) is checked where its address is written, at the definition, not at each use.
	const checkLink = (node: MdastNode, url: string, report = true): boolean => {
		if (report) urls.push({ value: url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
		if (LINK_SCHEME.test(url.trim()) && URL.canParse(url.trim())) return true;
		if (report) at(node, 'narrative.link', linkKind(url));
		return false;
	};

	const render = (node: MdastNode, depth: number): string => {
		const children = (): string => ('children' in node ? (node.children as MdastNode[]).map((child) => render(child, depth + 1)).join('') : '');
		// A paragraph, heading, cell or code block starts a new text block for the word checks.
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') block++;
		// MDX reads any line of the top level that starts with import/export as code (in a paragraph, a
		// heading's underline, a lazy quote): refuse every such line, whatever Markdown makes of it.
		if (depth === 1 && node.type !== 'code') {
			const lines = raw(node).split('\n');
			let at0 = 0;
			for (const line of lines) {
				const match = ESM_LINE.exec(line.replace(/^\uFEFF/u, ''));
				if (match) at(node, 'narrative.esm', match[1], at0 + match[0].length - match[1]!.length);
				at0 += line.length + 1;
			}
		}
		switch (node.type) {
			case 'root':
				return children();
			case 'paragraph':
				return `<p>${children()}</p>\n`;
			case 'heading': {
				// The page has its own h1: the narrative's highest heading becomes an h2, whatever depth it was written at.
				const level = Math.min(6, node.depth - topDepth + 2);
				return `<h${level}>${children()}</h${level}>\n`;
			}
			case 'text': {
				const written = raw(node);
				// A brace the author did not escape (\{) is an MDX expression: code, not prose.
				const brace = /(?<!\\)[{}]/u.exec(written);
				if (brace) at(node, 'narrative.expression', brace[0], brace.index);
				text(node, node.value);
				return escapeXml(node.value);
			}
			case 'emphasis':
				return `<em>${children()}</em>`;
			case 'strong':
				return `<strong>${children()}</strong>`;
			case 'delete':
				return `<del>${children()}</del>`;
			case 'inlineCode':
				text(node, node.value);
				return `<code>${escapeXml(node.value)}</code>`;
			case 'code':
				text(node, node.value);
				return `<pre><code>${escapeXml(node.value)}</code></pre>\n`;
			case 'blockquote':
				return `<blockquote>\n${children()}</blockquote>\n`;
			case 'list': {
				const tag = node.ordered ? 'ol' : 'ul';
				const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
				return `<${tag}${start}>\n${children()}</${tag}>\n`;
			}
			case 'listItem': {
				// A tight list item's paragraph is shown without <p>, as Markdown renderers do.
				const inner = node.spread
					? children()
					: children()
							.replace(/^<p>([\s\S]*)<\/p>\n$/u, '$1')
							.replace(/<\/p>\n<p>/gu, '<br>');
				return `<li>${inner}</li>\n`;
			}
			case 'link': {
				const ok = checkLink(node, node.url);
				return ok ? `<a href="${escapeXml(node.url.trim())}">${children()}</a>` : children();
			}
			case 'linkReference': {
				const url = definitions.get(node.identifier.toLowerCase());
				// An undefined reference is text: "[phụ lục 1]" stays as written.
				if (url === undefined) return `[${children()}]`;
				const ok = checkLink(node, url, false);
				return ok ? `<a href="${escapeXml(url.trim())}">${children()}</a>` : children();
			}
			case 'definition':
				// Checked where it is defined too: an unused definition is still in the file.
				checkLink(node, node.url);
				return '';
			case 'break':
				return '<br>\n';
			case 'thematicBreak':
				return '<hr>\n';
			case 'table': {
				const [head, ...body] = node.children as MdastNode[];
				const row = (r: MdastNode | undefined, cell: 'th' | 'td'): string =>
					r && 'children' in r
						? `<tr>${(r.children as MdastNode[]).map((c) => `<${cell}${cell === 'th' ? ' scope="col"' : ''}>${render(c, depth + 3)}</${cell}>`).join('')}</tr>\n`
						: '';
				return `<div class="table-scroll"><table>\n<thead>\n${row(head, 'th')}</thead>\n<tbody>\n${body.map((r) => row(r, 'td')).join('')}</tbody>\n</table></div>\n`;
			}
			case 'tableCell':
				return children();
			case 'html': {
				const value = node.value.trim();
				const tag = tagName(value);
				if (value.startsWith('<!--')) at(node, 'narrative.comment');
				// A closing tag whose opening tag is already reported adds nothing to the report.
				else if (!(value.startsWith('</') && openedTags.has(tag))) {
					at(node, 'narrative.html', tag);
					openedTags.add(tag);
				}
				// Never raw: shown as the text it is, if anything renders a refused narrative.
				return escapeXml(node.value);
			}
			case 'image':
			case 'imageReference':
				at(node, 'narrative.image');
				return '';
			default:
				at(node, 'narrative.unsupported', node.type);
				return escapeXml(raw(node));
		}
	};
	const html = render(root, 0);
	return { html, issues, texts, urls };
}

/** How deeply a narrative's Markdown may nest (quotes, lists); real prose stays under ten. */
const MAX_DEPTH = 32;

/** The depth of a tree, walked without recursion. */
function treeDepth(root: MdastNode): number {
	let max = 0;
	const stack: [MdastNode, number][] = [[root, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > max) max = depth;
		if (depth > MAX_DEPTH) break;
		if ('children' in node) for (const child of node.children as MdastNode[]) stack.push([child, depth + 1]);
	}
	return max;
}

/** The smallest heading depth in a tree (1 for "#"), or 1 when there is no heading. */
function highestHeading(node: MdastNode): number {
	let top = 7;
	const walk = (n: MdastNode): void => {
		if (n.type === 'heading') top = Math.min(top, n.depth);
		if ('children' in n) for (const child of n.children as MdastNode[]) walk(child);
	};
	walk(node);
	return top === 7 ? 1 : top;
}

/** Reference definitions (`[ref]: https://…`), by identifier, for link references anywhere in the text. */
function collectDefinitions(node: MdastNode, into: Map<string, string>): void {
	if (node.type === 'definition') {
		if (!into.has(node.identifier.toLowerCase())) into.set(node.identifier.toLowerCase(), node.url);
		return;
	}
	if ('children' in node) for (const child of node.children as MdastNode[]) collectDefinitions(child, into);
}

/** The tag a piece of raw HTML opens or closes, e.g. "<br>" or "<script>", for the message. */
function tagName(html: string): string {
	const match = /^<\/?\s*([A-Za-z][\w.:-]*)/u.exec(html);
	return match ? `<${match[1]}>` : html.slice(0, 12);
}

/** What kind of address a refused link has, without repeating it (it may hold anything): one value for both languages' sentences. */
function linkKind(url: string): string {
	const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(url.trim());
	if (scheme) return `${scheme[1]!.toLowerCase()}:`;
	return url.trim() === '' ? t('vi', 'problem.empty.both') : url.trim().startsWith('#') ? '#…' : t('vi', 'problem.narrative.link.relative');
}
