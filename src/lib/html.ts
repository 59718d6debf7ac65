/**
 * Markup written as one string, for the long repeated parts of a page (a table's rows): a national
 * build writes over a million table cells, and an Astro template renders each element and expression
 * as objects of its own. Every value is escaped exactly as Astro escapes it in a template (a test
 * checks against Astro's own functions), so a page reads the same byte for byte whichever way a part
 * is written. Only `markup` makes an `Html`: a text from content can never reach the page unescaped.
 */

/** Known only to this module: markup is made by `markup` and `attr`, never from a string elsewhere. */
const MADE_HERE = Symbol('html');

/** Markup that is safe to write as it is: every value in it was escaped by `markup` or `attr`. */
export class Html {
	readonly #markup: string;
	constructor(key: typeof MADE_HERE, markup: string) {
		if (key !== MADE_HERE) throw new TypeError('Html is made by markup`…` or attr() only');
		this.#markup = markup;
	}
	/** The markup, for `<Fragment set:html={…} />`. */
	toString(): string {
		return this.#markup;
	}
}

const made = (text: string): Html => new Html(MADE_HERE, text);

/** What a part of the markup may be: a text (escaped), markup, a list of markup, or nothing (false, null, undefined, ''). */
export type HtmlPart = string | number | Html | readonly Html[] | false | null | undefined;

const TEXT_ESCAPE = /[&<>'"]/gu;
const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/**
 * A text as Astro writes an expression's string in a template (`escapeHTML`): `& < > ' "` escaped.
 * @example escapeText('A & <b>') // 'A &amp; &lt;b&gt;'
 */
export function escapeText(text: string): string {
	return text.replace(TEXT_ESCAPE, (c) => TEXT_ENTITIES[c]!);
}

/**
 * An attribute as Astro writes `name={value}` on an element: nothing for undefined or null, the bare
 * name for '', else the value with `&` and `"` escaped. `name` is the code's own, never content's.
 * @example attr('href', '/a?b&c') // ' href="/a?b&amp;c"'
 */
export function attr(name: string, value: string | number | undefined | null): Html {
	if (value === undefined || value === null) return EMPTY;
	const text = String(value);
	if (text === '') return made(` ${name}`);
	return made(` ${name}="${text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`);
}

const EMPTY = made('');

function partMarkup(part: HtmlPart): string {
	if (part === undefined || part === null || part === false) return '';
	if (part instanceof Html) return part.toString();
	if (typeof part === 'number') return String(part);
	if (typeof part === 'string') return escapeText(part);
	return part.join('');
}

/**
 * Markup from a template literal: the literal's own text is the code's markup, every `${…}` is a part
 * (a string is escaped as text; `Html` from `markup` or `attr` is written as it is). Named `markup`,
 * not `html`: Prettier formats a template tagged `html` as HTML, which would add white space to pages.
 * @example markup`<td${attr('data-label', label)}>${value}</td>`
 */
export function markup(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
	// Joined once into a flat string, not grown by `+=`: a string grown piece by piece keeps every piece
	// alive until the page is written, and a national build's garbage collector then moves them all.
	const pieces: string[] = [strings[0]!];
	for (let i = 0; i < parts.length; i++) pieces.push(partMarkup(parts[i]), strings[i + 1]!);
	return made(pieces.join(''));
}

/**
 * Markup for `<Fragment set:html={forPage(rows)} />`: Astro writes each part as it is, one after the
 * other, without joining them into one more string first (a province page's table is some 500 kB).
 */
export function forPage(parts: readonly Html[]): string[] {
	return parts.map(String);
}
