/**
 * Builds small .xlsx workbooks from hand-written SpreadsheetML for the import tests: what
 * write-excel-file cannot write (hidden sheets, rows and columns, formulas without a cached value,
 * error cells) and hostile zips (bombs, lying sizes, truncation).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';

/** A cell: text, a number, a formula (with or without the value Excel cached), an error, or nothing. */
export type TestCell = string | number | null | { formula: string; cached?: string | number } | { error: string };

/** One sheet of a test workbook. Rows start at row 1 unless `firstRow` says otherwise. */
export interface TestSheet {
	name: string;
	state?: 'hidden' | 'veryHidden';
	rows: readonly (readonly TestCell[])[];
	/** Spreadsheet row numbers (1-based) to hide. */
	hiddenRows?: readonly number[];
	/** Column letters to hide. */
	hiddenColumns?: readonly string[];
	/** Merged ranges, e.g. "C4:D4". */
	merges?: readonly string[];
}

const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The column letter of a 1-based column number (1 → "A", 27 → "AA"). */
export function columnLetter(column: number): string {
	let letters = '';
	for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

const columnNumber = (letters: string): number => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

/** Text cells go inline, or into a shared-strings table as Excel writes them (index by text). */
type SharedStrings = Map<string, number> | undefined;

function cellXml(cell: TestCell, ref: string, shared: SharedStrings): string {
	if (cell === null || cell === '') return '';
	if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
	if (typeof cell === 'string' && shared) {
		let index = shared.get(cell);
		if (index === undefined) shared.set(cell, (index = shared.size));
		return `<c r="${ref}" t="s"><v>${index}</v></c>`;
	}
	if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
	if ('error' in cell) return `<c r="${ref}" t="e"><v>${escape(cell.error)}</v></c>`;
	const type = typeof cell.cached === 'string' ? ' t="str"' : '';
	const cached = cell.cached === undefined ? '' : `<v>${escape(String(cell.cached))}</v>`;
	return `<c r="${ref}"${type}><f>${escape(cell.formula.replace(/^=/u, ''))}</f>${cached}</c>`;
}

/** The XML of one worksheet; text cells are inline unless a shared-strings table is given. */
export function sheetXml(sheet: TestSheet, shared?: Map<string, number>): string {
	const hiddenRows = new Set(sheet.hiddenRows ?? []);
	const rows = sheet.rows.map((cells, index) => {
		const number = index + 1;
		const hidden = hiddenRows.has(number) ? ' hidden="1"' : '';
		return `<row r="${number}"${hidden}>${cells.map((cell, column) => cellXml(cell, `${columnLetter(column + 1)}${number}`, shared)).join('')}</row>`;
	});
	const cols = (sheet.hiddenColumns ?? []).map(
		(letter) => `<col min="${columnNumber(letter)}" max="${columnNumber(letter)}" width="0" hidden="1" customWidth="1"/>`,
	);
	const merges = sheet.merges ?? [];
	return [
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
		'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
		cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '',
		`<sheetData>${rows.join('')}</sheetData>`,
		merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '',
		'</worksheet>',
	].join('');
}

/**
 * The parts of a workbook (path → XML text) holding the given sheets, with text in a shared-strings
 * table as Excel writes it (`shared`) or inline; `sheetXmlOf` may replace a sheet's XML.
 */
export function workbookParts(
	sheets: readonly TestSheet[],
	options: { shared?: boolean; sheetXmlOf?: (sheet: TestSheet, index: number) => string } = {},
): Record<string, string> {
	const shared = options.shared ? new Map<string, number>() : undefined;
	const sheetParts = sheets.map((sheet, i) => options.sheetXmlOf?.(sheet, i) ?? sheetXml(sheet, shared));
	const parts: Record<string, string> = {
		'[Content_Types].xml': [
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
			'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
			'<Default Extension="xml" ContentType="application/xml"/>',
			'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
			...sheets.map(
				(_, i) =>
					`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
			),
			'</Types>',
		].join(''),
		'_rels/.rels':
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
		'xl/workbook.xml': [
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
			'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>',
			...sheets.map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`),
			'</sheets></workbook>',
		].join(''),
		'xl/_rels/workbook.xml.rels': [
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
			...sheets.map(
				(_, i) =>
					`<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
			),
			shared
				? '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
				: '',
			'</Relationships>',
		].join(''),
	};
	sheetParts.forEach((xml, i) => {
		parts[`xl/worksheets/sheet${i + 1}.xml`] = xml;
	});
	if (shared) {
		const items = [...shared.keys()].map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`);
		parts['xl/sharedStrings.xml'] =
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
	}
	return parts;
}

/** Zips parts (path → text or bytes) into the bytes of an .xlsx file. */
export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array {
	const files: Zippable = {};
	for (const [path, content] of Object.entries(parts)) files[path] = [typeof content === 'string' ? new TextEncoder().encode(content) : content, { level }];
	return zipSync(files);
}

/** The bytes of an .xlsx workbook holding the given sheets. */
export function buildWorkbook(sheets: readonly TestSheet[], options: { shared?: boolean } = {}): Uint8Array {
	return zipParts(workbookParts(sheets, options));
}

/** One entry of a hand-made zip: its bytes as stored (already deflated for method 8) and what its directory claims. */
export interface RawEntry {
	name: string;
	data: Uint8Array;
	method?: 0 | 8 | 12;
	/** The unpacked size the zip declares; a bomb may lie. */
	declaredBytes: number;
	/** General-purpose flags (bit 0: encrypted). */
	flags?: number;
	/** CRC-32 of the unpacked bytes; left 0 where the reader must refuse the entry before it matters. */
	crc?: number;
}

/** Writes a zip byte by byte (local headers, data, central directory, end record) with whatever sizes it is told. */
export function zipRaw(entries: readonly RawEntry[]): Uint8Array {
	const chunks: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = new TextEncoder().encode(entry.name);
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 20, true);
		local.setUint16(6, entry.flags ?? 0, true);
		local.setUint16(8, entry.method ?? 8, true);
		local.setUint32(14, entry.crc ?? 0, true);
		local.setUint32(18, entry.data.length, true);
		local.setUint32(22, entry.declaredBytes, true);
		local.setUint16(26, name.length, true);
		const header = new DataView(new ArrayBuffer(46));
		header.setUint32(0, 0x02014b50, true);
		header.setUint16(4, 20, true);
		header.setUint16(6, 20, true);
		header.setUint16(8, entry.flags ?? 0, true);
		header.setUint16(10, entry.method ?? 8, true);
		header.setUint32(16, entry.crc ?? 0, true);
		header.setUint32(20, entry.data.length, true);
		header.setUint32(24, entry.declaredBytes, true);
		header.setUint16(28, name.length, true);
		header.setUint32(42, offset, true);
		chunks.push(new Uint8Array(local.buffer), name, entry.data);
		central.push(new Uint8Array(header.buffer), name);
		offset += 30 + name.length + entry.data.length;
	}
	const centralBytes = central.reduce((sum, chunk) => sum + chunk.length, 0);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, entries.length, true);
	end.setUint16(10, entries.length, true);
	end.setUint32(12, centralBytes, true);
	end.setUint32(16, offset, true);
	return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/**
 * Deflates text repeated many times without ever holding it unpacked: each piece is deflated on its
 * own with a sync flush (so it never refers to bytes before it) and repeated, then an empty final
 * block closes the stream. 500 MB of spaces costs about 500 KB and a few milliseconds.
 */
export function deflateRepeated(pieces: readonly { text: string; times: number }[]): { data: Uint8Array; unpackedBytes: number } {
	const chunks: Uint8Array[] = [];
	let unpackedBytes = 0;
	for (const { text, times } of pieces) {
		const bytes = Buffer.from(text, 'utf8');
		const deflated = deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
		for (let i = 0; i < times; i++) chunks.push(deflated);
		unpackedBytes += bytes.length * times;
	}
	// A final fixed-Huffman block holding only its end-of-block code.
	chunks.push(Uint8Array.of(0x03, 0x00));
	return { data: Buffer.concat(chunks), unpackedBytes };
}

/** The CRC-32 of bytes, as a zip records it. */
export function crcOf(bytes: Uint8Array): number {
	return crc32(bytes);
}

/**
 * A workbook whose one sheet unpacks to `megabytes` MB of XML (spaces between its tags): a zip
 * bomb. `declare` is the unpacked size its directory claims (the truth by default; a lying bomb claims less).
 */
export function zipBomb(megabytes: number, declare?: number): Uint8Array {
	const parts = workbookParts([{ name: 'Danh sách', rows: [] }]);
	const space = ' '.repeat(1024 * 1024);
	const sheet = deflateRepeated([
		{ text: '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', times: 1 },
		{ text: space, times: megabytes },
		{ text: '</sheetData></worksheet>', times: 1 },
	]);
	const entries: RawEntry[] = Object.entries(parts)
		.filter(([name]) => name !== 'xl/worksheets/sheet1.xml')
		.map(([name, text]) => {
			const bytes = Buffer.from(text, 'utf8');
			return { name, data: bytes, method: 0, declaredBytes: bytes.length, crc: crcOf(bytes) };
		});
	entries.push({ name: 'xl/worksheets/sheet1.xml', data: sheet.data, declaredBytes: declare ?? sheet.unpackedBytes });
	return zipRaw(entries);
}
