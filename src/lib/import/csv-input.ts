import Papa from 'papaparse';

/** A text encoding the importer accepts for CSV, as Excel writes it. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/**
 * Decodes the bytes of a CSV file: UTF-8 with or without a byte-order mark, or UTF-16 (little or big
 * endian) with one, as Excel's "Unicode Text" writes it. Anything else (a Windows code page, UTF-16
 * without a mark) gives undefined: guessing would garble Vietnamese letters.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | undefined {
	const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
	try {
		if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
		if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
		if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
		// NUL bytes in text mean UTF-16 without its mark.
		if (bytes.includes(0)) return undefined;
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return undefined;
	}
}

/**
 * Splits CSV text into rows of cells, detecting the delimiter (comma, semicolon or tab, as Excel's
 * "Unicode Text" uses); every cell stays text.
 */
export function splitCsv(text: string): string[][] {
	const source = text.replace(/^\uFEFF/u, '');
	// The header line decides: Excel's "Unicode Text" uses tabs, some locales semicolons, "CSV UTF-8" commas.
	const header = source.slice(0, source.search(/\r?\n|$/u));
	const count = (delimiter: string): number => header.split(delimiter).length - 1;
	const delimiter = [',', '\t', ';'].reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best));
	const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false, dynamicTyping: false, delimiter });
	const rows = parsed.data;
	// papaparse yields one empty row for the final newline.
	while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell.trim() === '')) rows.pop();
	return rows;
}
