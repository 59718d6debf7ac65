import { zipSync, type Zippable } from 'fflate';
import { escapeXmlText } from '../escape.ts';

/**
 * A small SpreadsheetML (.xlsx) writer for the published workbooks: typed cells (text, number,
 * yes/no, dates of a day, a month or a year), a bold frozen header row whose cells carry notes
 * (Excel's "comments", with the VML shapes Excel needs to show them), column widths, and fixed
 * document dates. It writes no formula: every text is a shared string, so "=1+1" stays text.
 *
 * Written here rather than with write-excel-file: that library writes neither cell notes nor a
 * fixed time in its zip (fflate's default is the clock), and the project's template workbook
 * (src/lib/import/template.ts) is written the same way.
 */

/** How precisely a date is known: a day, a month or a year. */
export type DatePrecision = 'day' | 'month' | 'year';

/** One cell: text, a number, a yes/no, a date (its first day, with its precision), or empty. */
export type XlsxCell =
	| { kind: 'text'; value: string }
	| { kind: 'number'; value: number }
	| { kind: 'boolean'; value: boolean }
	| { kind: 'date'; value: string; precision: DatePrecision }
	| null;

/** One worksheet. */
export interface XlsxSheet {
	/** Tab name: at most 31 characters, none of : \ / ? * [ ]. */
	name: string;
	rows: readonly (readonly XlsxCell[])[];
	/** Whether the first row is a header: bold, frozen, and carrying `notes`. */
	header: boolean;
	/** A note per column of the header row (undefined: no note). */
	notes?: readonly (string | undefined)[];
	/** Column widths in characters; computed from the values when absent. */
	widths?: readonly number[];
	/** Whether text wraps (the guide sheet). */
	wrap?: boolean;
}

/** What the document properties say. */
export interface XlsxInfo {
	title: string;
	creator: string;
	/** The content date, yyyy-mm-dd: the document's created and modified time (never the clock). */
	date: string;
}

/** Shorthands for building cells. */
export const cell = {
	text: (value: string): XlsxCell => ({ kind: 'text', value }),
	number: (value: number): XlsxCell => ({ kind: 'number', value }),
	boolean: (value: boolean): XlsxCell => ({ kind: 'boolean', value }),
};

/**
 * A date cell from a content date of any precision, or undefined when the text is not one.
 * @example dateCell('2025-10') // { kind: 'date', value: '2025-10-01', precision: 'month' }
 */
export function dateCell(text: string): Extract<XlsxCell, { kind: 'date' }> | undefined {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text);
	if (!match) return undefined;
	const [, y, m, d] = match;
	return { kind: 'date', value: `${y}-${m ?? '01'}-${d ?? '01'}`, precision: d ? 'day' : m ? 'month' : 'year' };
}

/**
 * The spreadsheet serial number of a day (days since 1899-12-30, the 1900 date system).
 * @example dateSerial('2025-10-20') // 45950
 */
export function dateSerial(day: string): number {
	return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * The column letters of a 0-based column index.
 * @example columnName(27) // 'AB'
 */
export function columnName(index: number): string {
	let n = index + 1;
	let name = '';
	while (n > 0) {
		const rest = (n - 1) % 26;
		name = String.fromCharCode(65 + rest) + name;
		n = Math.floor((n - 1) / 26);
	}
	return name;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Cell styles (indexes of cellXfs): text cells carry the "@" (text) format, so editing one keeps it text. */
const STYLE = { general: 0, text: 1, header: 2, day: 3, month: 4, year: 5, wrap: 6 } as const;

const STYLES_XML = [
	XML_HEAD,
	`<styleSheet ${MAIN_NS}>`,
	'<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="yyyy\\-mm"/><numFmt numFmtId="166" formatCode="yyyy"/></numFmts>',
	'<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
	'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
	'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
	'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
	'<cellXfs count="7">',
	'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
	'<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
	'<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>',
	'<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
	'<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
	'<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
	'<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
	'</cellXfs>',
	'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
	'</styleSheet>',
].join('');

/** Characters a sheet name may not hold. */
const BAD_SHEET_NAME = /[:\\/?*[\]]/u;

/** Text as an XML text node: escaped, characters XML forbids dropped, spaces kept. */
const textNode = (text: string): string => `<t xml:space="preserve">${escapeXmlText(text)}</t>`;

/** The shared strings of a workbook: each distinct text once, in order of first use. */
class SharedStrings {
	readonly index = new Map<string, number>();
	count = 0;
	id(text: string): number {
		this.count++;
		let id = this.index.get(text);
		if (id === undefined) {
			id = this.index.size;
			this.index.set(text, id);
		}
		return id;
	}
	xml(): string {
		const items = [...this.index.keys()].map((text) => `<si>${textNode(text)}</si>`);
		return `${XML_HEAD}<sst ${MAIN_NS} count="${this.count}" uniqueCount="${this.index.size}">${items.join('')}</sst>`;
	}
}

/** How wide a value reads, in characters. */
function cellWidth(value: XlsxCell): number {
	if (value === null) return 0;
	switch (value.kind) {
		case 'text':
			return Math.max(...value.value.split('\n').map((line) => line.length));
		case 'number':
			return String(value.value).length;
		case 'boolean':
			return 5;
		case 'date':
			return 10;
	}
}

/** How many lines a text cell takes when wrapped in a column of that width (characters). */
function wrappedLines(value: XlsxCell, width: number): number {
	if (value === null || value.kind !== 'text') return 1;
	const perLine = Math.max(1, Math.floor(width * 0.95) - 1);
	return value.value.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

function cellXml(ref: string, value: XlsxCell, strings: SharedStrings, header: boolean, wrap: boolean): string {
	if (value === null) return '';
	switch (value.kind) {
		case 'text':
			return `<c r="${ref}" s="${header ? STYLE.header : wrap ? STYLE.wrap : STYLE.text}" t="s"><v>${strings.id(value.value)}</v></c>`;
		case 'number':
			if (!Number.isFinite(value.value)) throw new Error(`Cell ${ref}: ${value.value} is not a finite number.`);
			return `<c r="${ref}"><v>${value.value}</v></c>`;
		case 'boolean':
			return `<c r="${ref}" t="b"><v>${value.value ? 1 : 0}</v></c>`;
		case 'date':
			return `<c r="${ref}" s="${STYLE[value.precision]}"><v>${dateSerial(value.value)}</v></c>`;
	}
}

function sheetXml(sheet: XlsxSheet, strings: SharedStrings, hasNotes: boolean): string {
	const columns = Math.max(1, ...sheet.rows.map((row) => row.length));
	const widths =
		sheet.widths ??
		Array.from({ length: columns }, (_, c) => Math.min(60, Math.max(6, ...sheet.rows.slice(0, 2000).map((row) => cellWidth(row[c] ?? null) + 2))));
	const last = `${columnName(columns - 1)}${Math.max(1, sheet.rows.length)}`;
	const view = sheet.header
		? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
		: '<sheetView workbookViewId="0"/>';
	const parts = [
		`${XML_HEAD}<worksheet ${MAIN_NS} ${REL_NS}>`,
		`<dimension ref="A1:${last}"/>`,
		`<sheetViews>${view}</sheetViews>`,
		'<sheetFormatPr defaultRowHeight="15"/>',
		`<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
		'<sheetData>',
	];
	// Column letters once per sheet, not once per cell (a national sheet has some 30,000 rows of 60 cells).
	const letters = Array.from({ length: columns }, (_, c) => columnName(c));
	sheet.rows.forEach((row, r) => {
		const header = sheet.header && r === 0;
		const cells = row.map((value, c) => cellXml(`${letters[c] ?? columnName(c)}${r + 1}`, value, strings, header, sheet.wrap ?? false)).join('');
		// Wrapped text gets a row tall enough for its lines: readers do not all recompute row heights on opening.
		const lines = sheet.wrap ? Math.max(1, ...row.map((value, c) => wrappedLines(value, widths[c] ?? 10))) : 1;
		parts.push(lines > 1 ? `<row r="${r + 1}" ht="${lines * 15}" customHeight="1">${cells}</row>` : `<row r="${r + 1}">${cells}</row>`);
	});
	parts.push('</sheetData>', '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
	// Codes are text on purpose: Excel is told not to flag "03158" as a number stored as text.
	parts.push(`<ignoredErrors><ignoredError sqref="A1:${last}" numberStoredAsText="1"/></ignoredErrors>`);
	if (hasNotes) parts.push('<legacyDrawing r:id="rIdVml"/>');
	parts.push('</worksheet>');
	return parts.join('');
}

function commentsXml(notes: readonly { ref: string; text: string }[], author: string): string {
	const list = notes.map((note) => `<comment ref="${note.ref}" authorId="0"><text><r>${textNode(note.text)}</r></text></comment>`).join('');
	return `${XML_HEAD}<comments ${MAIN_NS}><authors><author>${escapeXmlText(author)}</author></authors><commentList>${list}</commentList></comments>`;
}

/** The VML shapes that Excel draws notes with (one hidden shape per note, shown on hover). */
function vmlXml(notes: readonly { row: number; column: number }[], sheetNumber: number): string {
	const shapes = notes.map(
		(note, i) =>
			`<v:shape id="_x0000_s${sheetNumber * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
			'<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
			`<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${note.column + 1}, 15, ${note.row}, 2, ${note.column + 4}, 15, ${note.row + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${note.row}</x:Row><x:Column>${note.column}</x:Column></x:ClientData></v:shape>`,
	);
	return [
		'<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
		`<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNumber}"/></o:shapelayout>`,
		'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
		...shapes,
		'</xml>',
	].join('');
}

/**
 * The parts of a workbook (path inside the zip → text), in a fixed order: the same sheets give the
 * same parts.
 */
export function buildXlsxParts(sheets: readonly XlsxSheet[], info: XlsxInfo): [string, string][] {
	const names = new Set<string>();
	for (const sheet of sheets) {
		if (sheet.name.length === 0 || sheet.name.length > 31 || BAD_SHEET_NAME.test(sheet.name) || names.has(sheet.name.toLowerCase()))
			throw new Error(`"${sheet.name}" cannot name a sheet: 1 to 31 characters, none of : \\ / ? * [ ], each name once.`);
		names.add(sheet.name.toLowerCase());
	}
	const strings = new SharedStrings();
	const sheetParts: [string, string][] = [];
	const overrides: string[] = [];
	sheets.forEach((sheet, i) => {
		const n = i + 1;
		const notes = sheet.header ? (sheet.notes ?? []).flatMap((text, column) => (text ? [{ ref: `${columnName(column)}1`, text, row: 0, column }] : [])) : [];
		sheetParts.push([`xl/worksheets/sheet${n}.xml`, sheetXml(sheet, strings, notes.length > 0)]);
		overrides.push(
			`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
		);
		if (notes.length > 0) {
			sheetParts.push(
				[
					`xl/worksheets/_rels/sheet${n}.xml.rels`,
					`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rIdComments" Type="${REL}/comments" Target="../comments${n}.xml"/><Relationship Id="rIdVml" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/></Relationships>`,
				],
				[`xl/comments${n}.xml`, commentsXml(notes, info.creator)],
				[`xl/drawings/vmlDrawing${n}.vml`, vmlXml(notes, n)],
			);
			overrides.push(`<Override PartName="/xl/comments${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`);
		}
	});
	const time = `${info.date}T00:00:00Z`;
	return [
		[
			'[Content_Types].xml',
			[
				XML_HEAD,
				'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
				'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
				'<Default Extension="xml" ContentType="application/xml"/>',
				'<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
				'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
				'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
				'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
				'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
				'<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
				...overrides,
				'</Types>',
			].join(''),
		],
		[
			'_rels/.rels',
			`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
		],
		[
			'docProps/core.xml',
			`${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXmlText(info.title)}</dc:title><dc:creator>${escapeXmlText(info.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified></cp:coreProperties>`,
		],
		[
			'docProps/app.xml',
			`${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Minh Bạch</Application></Properties>`,
		],
		[
			'xl/workbook.xml',
			`${XML_HEAD}<workbook ${MAIN_NS} ${REL_NS}><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
				.map((sheet, i) => `<sheet name="${escapeXmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
				.join('')}</sheets></workbook>`,
		],
		[
			'xl/_rels/workbook.xml.rels',
			`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheets
				.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
				.join(
					'',
				)}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		],
		['xl/styles.xml', STYLES_XML],
		...sheetParts,
		// Last, once every sheet has added its texts.
		['xl/sharedStrings.xml', strings.xml()],
	];
}

/**
 * The bytes of a workbook, deterministically: parts in a fixed order, one fixed zip time (noon of
 * the content date, in local time as zip stores it, like the data ZIP), fixed compression level.
 */
export function writeXlsx(sheets: readonly XlsxSheet[], info: XlsxInfo): Uint8Array {
	const { entries, options } = xlsxZipInput(sheets, info);
	return zipSync(entries, options);
}

/** What `writeXlsx` hands to fflate's `zipSync`: the parts, in order, with their time and level. */
export function xlsxZipInput(sheets: readonly XlsxSheet[], info: XlsxInfo): { entries: Zippable; options: { mtime: Date } } {
	const [y, m, d] = info.date.split('-').map(Number) as [number, number, number];
	const mtime = new Date(y, m - 1, d, 12, 0, 0);
	const encoder = new TextEncoder();
	const entries: Zippable = {};
	for (const [path, text] of buildXlsxParts(sheets, info)) entries[path] = [encoder.encode(text), { level: 6, mtime }];
	return { entries, options: { mtime } };
}
