const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;
const SPECIAL = /[&<>"']/gu;
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' } as const;

/**
 * Escapes text for HTML, SVG and XML content and for double- or single-quoted attribute values, and
 * drops the characters XML 1.0 does not allow (control characters other than tab and line breaks,
 * U+FFFE, U+FFFF), which no parser would accept. The site's pages, charts, feeds and the Excel
 * template all escape through it.
 * @example escapeXml('A < B & "C"') // 'A &lt; B &amp; &quot;C&quot;'
 */
export function escapeXml(text: string): string {
	// Most texts (names, numbers, dates, attribute values) need nothing: one test, no new string.
	if (!NEEDS_ESCAPE.test(text)) return text;
	return text.replace(NOT_XML, '').replace(SPECIAL, (c) => ENTITIES[c as keyof typeof ENTITIES]);
}
