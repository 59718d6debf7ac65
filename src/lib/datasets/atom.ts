/**
 * An Atom 1.0 feed (RFC 4287) of decisions. Atom rather than RSS 2.0: it has a precise date format
 * and a mandatory unique id per entry, declares the language of its text, and the page head already
 * announces `application/atom+xml`; @astrojs/rss writes RSS 2.0 only, and the feed is twenty lines.
 */
import { escapeXml } from '../escape.ts';

/** One entry of the feed. */
export interface FeedEntry {
	/** Absolute address of the entry's page; also its permanent id. */
	url: string;
	title: string;
	/** Date of the entry, yyyy-mm-dd, yyyy-mm or yyyy (from the content). */
	updated: string;
	summary: string;
}

/** What the feed says about itself. */
export interface FeedInfo {
	lang: string;
	title: string;
	/** Absolute address of the feed. */
	feedUrl: string;
	/** Absolute address of the site's home page in that language. */
	homeUrl: string;
	/** Latest content date, yyyy-mm-dd. */
	updated: string;
	author: string;
	/** Licence statement. */
	rights: string;
}

/**
 * An Atom timestamp from a content date of any precision: the first instant of that day, month or year, in UTC.
 * @example atomDate('2025-10') // '2025-10-01T00:00:00Z'
 */
export function atomDate(date: string): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}T00:00:00Z`;
}

/** Writes the feed, entries newest first (then by address, so equal dates keep one order). */
export function buildAtomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
	const sorted = [...entries].sort((a, b) => {
		const x = atomDate(a.updated);
		const y = atomDate(b.updated);
		return x < y ? 1 : x > y ? -1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
	});
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(info.lang)}">`,
		`\t<id>${escapeXml(info.feedUrl)}</id>`,
		`\t<title>${escapeXml(info.title)}</title>`,
		`\t<updated>${atomDate(info.updated)}</updated>`,
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(info.feedUrl)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escapeXml(info.homeUrl)}"/>`,
		`\t<author><name>${escapeXml(info.author)}</name></author>`,
		`\t<rights>${escapeXml(info.rights)}</rights>`,
	];
	for (const entry of sorted) {
		lines.push(
			'\t<entry>',
			`\t\t<id>${escapeXml(entry.url)}</id>`,
			`\t\t<title>${escapeXml(entry.title)}</title>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
			`\t\t<updated>${atomDate(entry.updated)}</updated>`,
			`\t\t<summary>${escapeXml(entry.summary)}</summary>`,
			'\t</entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
