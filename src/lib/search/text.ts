/**
 * Words of a text as search compares them, shared by the index builder (build time) and the search
 * page's script (browser). Each word has two forms: `exact`, lower case in NFC with its tones and
 * diacritics, and `loose`, without any of them and with đ as d. A reader who types without tone marks
 * matches on the loose form; one who types them is ranked higher where the exact form matches too.
 */

/** One word of a text, in its two compared forms. */
export interface SearchWord {
	/** Lower case, NFC, tones kept: "đường". */
	exact: string;
	/** Lower case, no tones or other diacritics, đ as d: "duong". */
	loose: string;
}

/**
 * Removes tones and diacritics, and turns đ into d, from a lower-case text.
 * @example looseForm('điện biên phủ') // 'dien bien phu'
 */
export function looseForm(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').normalize('NFC');
}

/**
 * Splits a text into words (runs of letters and digits, whatever else separates them), in the order
 * they appear, in both forms. NFD input and upper case give the same words as NFC lower case.
 * @example searchWords('2446/QĐ-UBND') // [{ exact: '2446', loose: '2446' }, { exact: 'qđ', loose: 'qd' }, …]
 */
export function searchWords(text: string): SearchWord[] {
	const words = text
		.normalize('NFC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u);
	return words.filter((word) => word !== '').map((exact) => ({ exact, loose: looseForm(exact) }));
}

/**
 * A record's words: its `searchWords`, plus each name written with apostrophes joined into one word
 * ("M'Drắk" gives "m", "drắk" and "mdrắk"), so a reader who types "mdrak", "m'drak" or "m drak" finds
 * it. The index files a record under these words and the ranking matches a query against them.
 * @example recordWords("Cư M'gar").map((w) => w.loose) // ['cu', 'm', 'gar', 'mgar']
 */
export function recordWords(text: string): SearchWord[] {
	const words = searchWords(text);
	for (const [joined] of text
		.normalize('NFC')
		.toLowerCase()
		.matchAll(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)+/gu)) {
		const exact = joined.replace(/['’ʼ]/gu, '');
		words.push({ exact, loose: looseForm(exact) });
	}
	return words;
}

/**
 * The shard of the index a word is looked up in: its first two loose letters (or its only one).
 * @example shardKey('mường') // 'mu'
 */
export function shardKey(word: SearchWord): string {
	return [...word.loose].slice(0, 2).join('');
}
