/**
 * Escapes text for HTML and SVG content and double- or single-quoted attribute values.
 * @example escapeXml('A < B & "C"') // 'A &lt; B &amp; &quot;C&quot;'
 */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
