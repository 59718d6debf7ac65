import { findPersonalData } from '../validate/personal-data.ts';
import { maskNames } from '../validate/text-checks.ts';
import { findUnsafeCharacters } from '../validate/text-hygiene.ts';

/** The longest commit subject the change log shows, in characters; a longer one is cut with "…". */
export const MAX_SUBJECT = 200;

/** What stands in for a stretch of text that looks like personal data. */
export const MASK = '•';

/**
 * A commit subject made safe to publish. Anyone who can commit writes it, and no content check has
 * read it: control, invisible and direction-changing characters are removed, whatever the personal-data
 * detector flags (a phone, an ID number, an e-mail) becomes "•", white space is folded and the text is
 * cut at MAX_SUBJECT characters.
 * @example cleanSubject('Sửa SĐT 0912 345 678\u200b') // 'Sửa •'
 */
export function cleanSubject(subject: string): string {
	let text = subject.normalize('NFC');
	// Unsafe characters first, so the detector sees the text a reader would: a control (a tab) parts
	// words and becomes a space, an invisible or direction-changing character joins them and goes.
	const unsafe = findUnsafeCharacters(text, { allowNewlines: false });
	for (let i = unsafe.length - 1; i >= 0; i--) {
		const { index, codePoint, kind } = unsafe[i]!;
		text = text.slice(0, index) + (kind === 'control' ? ' ' : '') + text.slice(index + (codePoint > 0xffff ? 2 : 1));
	}
	const hits = findPersonalData(text);
	for (let i = hits.length - 1; i >= 0; i--) {
		const { index, length } = hits[i]!;
		text = text.slice(0, index) + MASK + text.slice(index + length);
	}
	// A person named with an honorific ("xóa tên bà Trần Thị X theo yêu cầu") is masked too.
	text = maskNames(text);
	text = text.replace(/\s+/gu, ' ').trim();
	const chars = [...text];
	return chars.length > MAX_SUBJECT ? `${chars.slice(0, MAX_SUBJECT - 1).join('')}…` : text;
}
