import type { SearchKind } from './records.ts';
import type { ShardRow } from './search-index.ts';
import { recordWords, searchWords, shardKey, type SearchWord } from './text.ts';

/**
 * Answering a query from shards of the index, in the browser (the search page's script) and in tests.
 *
 * Matching: every word of the query must begin a word of the record (compared without tones, so
 * "muong" finds "Mường"), and at least one of them a word of its name or former names; the others may
 * match its type, province or other words ("xa muong thanh", "dien bien" beside a commune's name).
 *
 * Ranking, highest first: each query word scores by where it matched (name 3, former name 2, other
 * words 1; times ten) plus how (same word with the same tones 4, the beginning of a word with the same
 * tones 3, same word without tones 2, the beginning of a word without tones 1; tones count only when
 * the reader typed some), and the record scores the sum. So a name beats a former name, which beats a province, and "đường" typed with its tones
 * lists Đường before Dương. Ties go to the name with fewer words left unmatched ("Điện Biên" before
 * "Điện Biên Đông"), then by kind (province, commune, decision, agency, specialty, person), then
 * alphabetically.
 */

/** A ranked result, as the search page lists it. */
export interface SearchResult {
	kind: SearchKind;
	url: string;
	title: string;
	label: string;
	context: string;
	/** The former names, when the query matched them and not the current name. */
	former?: string;
}

const KIND_ORDER: SearchKind[] = ['province', 'commune', 'decision', 'agency', 'specialty', 'person'];

/** Weight of the field a query word matched: name, former names, anything else. */
const NAME = 3;
const FORMER = 2;
const OTHER = 1;

/**
 * The shard keys a query needs, among those the index has: one per distinct beginning of its words.
 * @example shardsForQuery('Mường Thanh', ['mu', 'th']) // ['mu', 'th']
 */
export function shardsForQuery(query: string, available: readonly string[]): string[] {
	const known = new Set(available);
	return [...new Set(searchWords(query).map(shardKey))].filter((key) => known.has(key));
}

/**
 * How well a query word matches a record word: 4 same word and tones … 1 beginning without tones, 0
 * none. Tones count only where the reader typed some: "dien" typed plainly is as close to "Điện" as
 * to the English "Dien", so an English title does not outrank the Vietnamese name.
 */
function quality(query: SearchWord, word: SearchWord): number {
	const toned = query.exact !== query.loose;
	if (toned && word.exact === query.exact) return 4;
	if (toned && word.exact.startsWith(query.exact)) return 3;
	if (word.loose === query.loose) return 2;
	if (word.loose.startsWith(query.loose)) return 1;
	return 0;
}

/** The best score of a query word against a field's words, 0 when no word matches. */
function best(query: SearchWord, words: readonly SearchWord[], weight: number): number {
	let top = 0;
	for (const word of words) top = Math.max(top, quality(query, word));
	return top === 0 ? 0 : weight * 10 + top;
}

interface Scored {
	row: ShardRow;
	score: number;
	unmatched: number;
	viaFormer: boolean;
}

/** A row's words by field, as scoring compares them. */
interface RowWords {
	nameWords: SearchWord[];
	formerWords: SearchWord[];
	otherWords: SearchWord[];
	/** The name's words as written (without an apostrophe name's joined form). */
	writtenName: SearchWord[];
}

// A shard's rows stay the same objects for the life of the page, so each is split into words once,
// not again at every keystroke.
const rowWords = new WeakMap<ShardRow, RowWords>();

function wordsOf(row: ShardRow): RowWords {
	let words = rowWords.get(row);
	if (!words) {
		const [, , title, label, context, name, former, also] = row;
		words = {
			nameWords: recordWords(name),
			formerWords: recordWords(former),
			otherWords: recordWords(`${title} ${label} ${context} ${also}`),
			writtenName: searchWords(name),
		};
		rowWords.set(row, words);
	}
	return words;
}

/** Scores a record against the query's words, or returns undefined when it does not match. */
function scoreRow(row: ShardRow, query: readonly SearchWord[]): Scored | undefined {
	const { nameWords, formerWords, otherWords, writtenName } = wordsOf(row);
	let score = 0;
	let nameHit = false;
	let formerHit = false;
	for (const word of query) {
		const inName = best(word, nameWords, NAME);
		const inFormer = best(word, formerWords, FORMER);
		const top = Math.max(inName, inFormer, best(word, otherWords, OTHER));
		if (top === 0) return undefined;
		nameHit ||= inName > 0;
		formerHit ||= inFormer > 0;
		score += top;
	}
	if (!nameHit && !formerHit) return undefined;
	// Words left unmatched are counted on the name as written (an apostrophe's joined form aside).
	const unmatched = writtenName.filter((word) => !query.some((q) => quality(q, word) > 0)).length;
	return { row, score, unmatched, viaFormer: !nameHit };
}

/**
 * Finds and ranks the records of the given shards that match a query; a record filed in several of
 * them is listed once. An empty query finds nothing.
 * @example searchRows('muong thanh', rows)[0]?.title // 'Phường Mường Thanh'
 */
export function searchRows(query: string, rows: readonly ShardRow[]): SearchResult[] {
	const words = searchWords(query);
	if (words.length === 0) return [];
	const seen = new Set<string>();
	const scored: Scored[] = [];
	for (const row of rows) {
		if (seen.has(row[1])) continue;
		seen.add(row[1]);
		const result = scoreRow(row, words);
		if (result) scored.push(result);
	}
	scored.sort(
		(a, b) =>
			b.score - a.score ||
			a.unmatched - b.unmatched ||
			KIND_ORDER.indexOf(a.row[0]) - KIND_ORDER.indexOf(b.row[0]) ||
			a.row[2].localeCompare(b.row[2], 'vi') ||
			(a.row[1] < b.row[1] ? -1 : a.row[1] > b.row[1] ? 1 : 0),
	);
	return scored.map(({ row, viaFormer }) => ({
		kind: row[0],
		url: row[1],
		title: row[2],
		label: row[3],
		context: row[4],
		...(viaFormer ? { former: row[6] } : {}),
	}));
}
