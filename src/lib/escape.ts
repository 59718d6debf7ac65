/** Characters XML 1.0 does not allow (control characters other than tab and line breaks, U+FFFE, U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;
/** Texts that need anything done: most (names, numbers, dates, attribute values) need nothing, and are returned as they are. */
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;
const NEEDS_ESCAPE_TEXT = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML, SVG and XML content and for double- or single-quoted attribute values, and
 * drops the characters XML 1.0 does not allow, which no parser would accept. The site's pages, charts,
 * feeds and the Excel template all escape through it.
 * @example escapeXml('A < B & "C"') // 'A &lt; B &amp; &quot;C&quot;'
 */
export function escapeXml(text: string): string {
	if (!NEEDS_ESCAPE.test(text)) return text;
	return text.replace(NOT_XML, '').replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

/**
 * The same for XML content and double-quoted attribute values only: an apostrophe stays as it is. The
 * published workbooks (src/lib/datasets/xlsx.ts) are written with it, so their bytes do not change.
 * @example escapeXmlText("it's <b>") // "it's &lt;b&gt;"
 */
export function escapeXmlText(text: string): string {
	if (!NEEDS_ESCAPE_TEXT.test(text)) return text;
	return text.replace(NOT_XML, '').replace(/[&<>"]/gu, (c) => ENTITIES[c]!);
}
