// Imported by the tables and pages that show a status: the tag as a class and a text, written as a plain element (not a component per row).
import type { Status } from '../lib/dates.ts';
import { t, type Lang } from '../lib/i18n.ts';

/**
 * The status of a decision or assignment on the as-of day as its tag: the class that colours it and
 * the word that says it (colour is never the only cue). Pages write `<span class={tag.className}>{tag.text}</span>`.
 * @example statusTag('active', 'vi') // { className: 'tag tag-active', text: 'Đang thực hiện' }
 */
export function statusTag(status: Status, lang: Lang): { className: string; text: string } {
	return { className: `tag tag-${status}`, text: t(lang, `status.${status}`) };
}
