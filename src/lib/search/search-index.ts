import { createHash } from 'node:crypto';
import type { Lang } from '../i18n.ts';
import type { SearchKind, SearchRecord } from './records.ts';
import { recordWords, shardKey, type SearchWord } from './text.ts';

/**
 * The static search index: the records of one language cut into shards by the first two letters of
 * their words, one small JSON file each, so a query downloads only the shards of its own words. At
 * national scale (3,321 communes, 1,000 decisions) a shard is a few kilobytes compressed, where a
 * single index of every record would be hundreds; the index has no runtime of its own to download.
 *
 * A record is filed under each word of its `name` and `former` fields (see records.ts), except words
 * that name no particular thing: document-type codes of decision numbers ("QĐ", "UBND") and the
 * connecting words of merger descriptions ("các phường A, B và xã C"). A record whose name has only
 * such words is filed under all of them, so no record is left out of the index.
 */

/** Words not filed under, in their loose form: decision number codes, and merger connectors. */
const NOT_FILED = new Set(['qd', 'ubnd', 'hdnd', 'nq', 'cac', 'va', 'xa', 'phuong', 'thi', 'tran', 'dac', 'khu', 'mot', 'phan', 'tinh']);

/**
 * A record as a shard stores it: kind, URL, title, type label, context, name, former names, other
 * words; an array rather than an object, as the field names would be a third of the bytes.
 */
export type ShardRow = [SearchKind, string, string, string, string, string, string, string];

/** The index of one language: its version, its shard keys, and each shard's file body. */
export interface SearchIndex {
	lang: Lang;
	/** A hash of every shard, part of the shards' URL, so a new index never mixes with a cached old one. */
	version: string;
	/** Shard keys, sorted: the search page fetches only keys in this list. */
	keys: string[];
	/** Each shard's JSON body by key. */
	shards: Map<string, string>;
	/** Number of records in the index. */
	records: number;
}

/** The keys a record is filed under: those of its name's words and its former names' words. */
function filingKeys(record: SearchRecord): Set<string> {
	const isFiled = (word: SearchWord) => !NOT_FILED.has(word.loose);
	const nameWords = recordWords(record.name);
	const filedName = nameWords.some(isFiled) ? nameWords.filter(isFiled) : nameWords;
	return new Set([...filedName, ...recordWords(record.former).filter(isFiled)].map(shardKey));
}

/** Turns a record into the row a shard stores. */
export function toShardRow(record: SearchRecord): ShardRow {
	return [record.kind, record.url, record.title, record.label, record.context, record.name, record.former, record.also];
}

/**
 * Cuts the records of one language into shards. Records keep their order inside a shard; the same
 * records give the same bytes and the same version.
 * @example buildSearchIndex(records, 'vi').keys // ['20', '24', 'ba', 'bi', …]
 */
export function buildSearchIndex(records: readonly SearchRecord[], lang: Lang): SearchIndex {
	const rows = new Map<string, ShardRow[]>();
	let count = 0;
	for (const record of records) {
		if (record.lang !== lang) continue;
		count++;
		const row = toShardRow(record);
		for (const key of filingKeys(record)) {
			const shard = rows.get(key);
			if (shard) shard.push(row);
			else rows.set(key, [row]);
		}
	}
	const keys = [...rows.keys()].sort();
	const shards = new Map(keys.map((key) => [key, JSON.stringify(rows.get(key))]));
	const hash = createHash('sha256');
	for (const key of keys) hash.update(`${key}\u0000${shards.get(key)}\u0000`);
	return { lang, version: hash.digest('hex').slice(0, 12), keys, shards, records: count };
}
