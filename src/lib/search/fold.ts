/**
 * Folding shared by the search index and the search page. Pagefind (1.5 and later) indexes words
 * without their diacritics and ranks exact-diacritic matches first, but it keeps "đ" a letter of its
 * own, so "dien bien" would not find "Điện Biên". Both the indexed text and the reader's query are
 * folded here (đ → d, Đ → D, in NFC) before Pagefind sees them; tone marks and other diacritics stay,
 * so Pagefind can still rank "đường" above "dương" for a reader who typed the tones.
 */

/**
 * Folds a text for search: NFC, then đ/Đ to d/D; every other character (tones included) is kept.
 * @example foldForSearch('Điện Biên Phủ') // 'Diện Biên Phủ'
 */
export function foldForSearch(text: string): string {
	return text.normalize('NFC').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}
