/**
 * Escapes text for HTML, SVG and XML content and for double- or single-quoted attribute values, and
 * drops the characters XML 1.0 does not allow (control characters other than tab and line breaks,
 * U+FFFE, U+FFFF), which no parser would accept. The site's pages, charts, feeds and the Excel
 * template all escape through it.
 * @example escapeXml('A < B & "C"') // 'A &lt; B &amp; &quot;C&quot;'
 */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '')
		.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
