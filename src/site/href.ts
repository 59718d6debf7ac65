// Imported by components: links inside the site, with the base path and language prefix.
import { localePath, withBase, type Lang } from '../lib/i18n.ts';

/**
 * A function that turns a page path (without base or language prefix) into the link to use in a page
 * of the given language, e.g. `hrefFor('en')('/dien-bien/')` → "/en/dien-bien/" (with the base path).
 */
export function hrefFor(lang: Lang): (path: string) => string {
	return (path) => withBase(import.meta.env.BASE_URL, localePath(lang, path));
}
