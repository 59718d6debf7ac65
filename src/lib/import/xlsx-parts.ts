import { foldKey } from '../fold.ts';
import type { PackageRefusal } from './xlsx-package.ts';
import { bilingual, joinLanguages } from '../i18n.ts';

/**
 * What the importer reads from a workbook's XML itself, because a cell reader gives only values:
 * which sheets are hidden, which rows and columns are hidden, which cells are merged, and which
 * cells hold a formula that was never computed or an error. The scan is a small, linear tokenizer
 * (no regular expression that can backtrack, no tree of the whole document).
 */

/** A range of cells, 1-based and inclusive, as a spreadsheet numbers rows and columns. */
export interface CellRange {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** A cell whose value the file does not hold: a formula never computed, or an error such as #REF!. */
export interface UnreadCell {
	/** Row, 1-based. */
	row: number;
	/** Column, 1-based (1 is A). */
	column: number;
	kind: 'formula' | 'error';
	/** The formula as written (without "="), when the cell has its own. */
	formula?: string;
	/** The error value, e.g. "#REF!". */
	error?: string;
}

/** The facts of one worksheet that its values do not show. */
export interface SheetFacts {
	/** Whether any cell holds a value, a formula or an error. */
	hasData: boolean;
	/** Hidden rows, 1-based, ascending. */
	hiddenRows: number[];
	/** Hidden columns as 1-based inclusive spans (Excel writes `<col min max hidden>`). */
	hiddenColumns: { min: number; max: number }[];
	merges: CellRange[];
	unreadCells: UnreadCell[];
}

/** A sheet of a workbook as its tabs list it. */
export interface WorkbookSheet {
	name: string;
	/** Hidden or "very hidden" (only a macro can show it). */
	hidden: boolean;
	/** Path of its XML inside the zip; undefined for a chart sheet or a sheet whose part is missing. */
	path: string | undefined;
}

/** Decodes the bytes of an XML part (UTF-8, or UTF-16 with a byte-order mark). */
export function decodePart(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	return new TextDecoder('utf-8').decode(bytes);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces XML character and entity references ("&amp;", "&#x1EA1;") by the characters they stand for. */
export function decodeXmlText(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/giu, (whole, name: string) => {
		if (name[0] !== '#') return ENTITIES[name] ?? whole;
		const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
		return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/** What the tokenizer reports for each tag. */
type TagHandler = (name: string, rawAttributes: string, kind: 'open' | 'close' | 'empty', start: number, end: number) => void;

const isNameChar = (code: number): boolean =>
	(code >= 0x61 && code <= 0x7a) ||
	(code >= 0x41 && code <= 0x5a) ||
	(code >= 0x30 && code <= 0x39) ||
	code === 0x5f ||
	code === 0x2d ||
	code === 0x2e ||
	code === 0x3a ||
	code > 0x7f;

/**
 * Walks the tags of an XML document in order, each character at most a few times: comments,
 * CDATA, processing instructions and declarations are skipped; names lose their namespace prefix
 * ("x:row" is "row"). A document cut short simply ends the walk.
 */
export function scanTags(xml: string, onTag: TagHandler): void {
	let at = 0;
	for (;;) {
		const start = xml.indexOf('<', at);
		if (start === -1) return;
		const next = xml.charCodeAt(start + 1);
		// "<!--", "<![CDATA[", "<!DOCTYPE", "<?xml": skipped whole.
		if (next === 0x21 || next === 0x3f) {
			const close = xml.startsWith('<!--', start) ? '-->' : xml.startsWith('<![CDATA[', start) ? ']]>' : next === 0x3f ? '?>' : '>';
			const end = xml.indexOf(close, start + 2);
			if (end === -1) return;
			at = end + close.length;
			continue;
		}
		const closing = next === 0x2f;
		let i = start + (closing ? 2 : 1);
		const nameStart = i;
		while (i < xml.length && isNameChar(xml.charCodeAt(i))) i++;
		const qualified = xml.slice(nameStart, i);
		const attributesStart = i;
		// Attribute values may hold ">" ("a>b" is legal XML), so quotes are skipped whole.
		let quote = 0;
		for (; i < xml.length; i++) {
			const code = xml.charCodeAt(i);
			if (quote !== 0) {
				if (code === quote) quote = 0;
			} else if (code === 0x22 || code === 0x27) quote = code;
			else if (code === 0x3e) break;
		}
		if (i >= xml.length) return;
		const selfClosing = xml.charCodeAt(i - 1) === 0x2f;
		const rawAttributes = xml.slice(attributesStart, selfClosing ? i - 1 : i);
		const colon = qualified.lastIndexOf(':');
		const name = colon === -1 ? qualified : qualified.slice(colon + 1);
		if (name !== '') onTag(name, rawAttributes, closing ? 'close' : selfClosing ? 'empty' : 'open', start, i + 1);
		at = i + 1;
	}
}

/**
 * The attributes of a tag by local name (a namespace prefix dropped: "r:id" is "id"), values decoded.
 * @example attributesOf(' r="A1" t="s"') // { r: 'A1', t: 's' }
 */
export function attributesOf(raw: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const match of raw.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
		const qualified = match[1]!;
		const name = qualified.slice(qualified.lastIndexOf(':') + 1);
		attributes[name] = decodeXmlText(match[2] ?? match[3] ?? '');
	}
	return attributes;
}

/** The 1-based column number of column letters ("A" → 1, "AA" → 27). */
export function columnNumber(letters: string): number {
	let n = 0;
	for (const letter of letters.toUpperCase()) n = n * 26 + letter.charCodeAt(0) - 64;
	return n;
}

/** The column letters of a 1-based column number (1 → "A", 27 → "AA"). */
export function columnLetters(column: number): string {
	let letters = '';
	for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** Reads a cell reference ("$B$12" → row 12, column 2). */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
	const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u.exec(ref);
	return match ? { row: Number(match[2]), column: columnNumber(match[1]!) } : undefined;
}

const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';

/**
 * Scans a worksheet's XML for what the cell values do not show: hidden rows and columns, merged
 * ranges, formulas without a computed value, error cells, and whether it holds data at all.
 */
export function scanSheet(xml: string): SheetFacts {
	const facts: SheetFacts = { hasData: false, hiddenRows: [], hiddenColumns: [], merges: [], unreadCells: [] };
	let inSheetData = false;
	let row = 0;
	let column = 0;
	// The cell being read, and where the text of its <v> or <f> starts.
	let cell: { row: number; column: number; type: string | undefined; value?: string; formula?: string; inline: boolean } | undefined;
	let textStart = -1;
	const finishCell = (): void => {
		if (!cell) return;
		const hasFormula = cell.formula !== undefined;
		if (cell.type === 'e') {
			facts.unreadCells.push({
				row: cell.row,
				column: cell.column,
				kind: 'error',
				error: cell.value ?? '',
				...(cell.formula ? { formula: cell.formula } : {}),
			});
		} else if (hasFormula && cell.value === undefined) {
			facts.unreadCells.push({ row: cell.row, column: cell.column, kind: 'formula', ...(cell.formula ? { formula: cell.formula } : {}) });
		}
		if (hasFormula || cell.inline || (cell.value !== undefined && cell.value !== '')) facts.hasData = true;
		cell = undefined;
	};
	scanTags(xml, (name, raw, kind, start, end) => {
		switch (name) {
			case 'sheetData':
				inSheetData = kind === 'open';
				return;
			case 'col': {
				if (kind === 'close') return;
				const attributes = attributesOf(raw);
				const min = Number(attributes['min']);
				const max = Number(attributes['max'] ?? attributes['min']);
				if (isTrue(attributes['hidden']) && Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) facts.hiddenColumns.push({ min, max });
				return;
			}
			case 'mergeCell': {
				if (kind === 'close') return;
				const [from, to] = (attributesOf(raw)['ref'] ?? '').split(':').map(parseCellRef);
				if (from) {
					const last = to ?? from;
					facts.merges.push({
						top: Math.min(from.row, last.row),
						left: Math.min(from.column, last.column),
						bottom: Math.max(from.row, last.row),
						right: Math.max(from.column, last.column),
					});
				}
				return;
			}
		}
		if (!inSheetData) return;
		switch (name) {
			case 'row': {
				if (kind === 'close') return;
				const attributes = attributesOf(raw);
				const number = Number(attributes['r']);
				row = Number.isInteger(number) && number > 0 ? number : row + 1;
				column = 0;
				if (isTrue(attributes['hidden'])) facts.hiddenRows.push(row);
				return;
			}
			case 'c': {
				if (kind === 'close') {
					finishCell();
					return;
				}
				finishCell();
				const attributes = attributesOf(raw);
				const ref = attributes['r'] === undefined ? undefined : parseCellRef(attributes['r']);
				column = ref ? ref.column : column + 1;
				if (ref && ref.row !== row) row = ref.row;
				cell = { row, column, type: attributes['t'], inline: false };
				if (kind === 'empty') finishCell();
				return;
			}
			case 'v':
			case 'f': {
				if (!cell) return;
				if (kind === 'open') textStart = end;
				else {
					const text = kind === 'close' ? decodeXmlText(xml.slice(textStart, start)) : '';
					if (name === 'v') cell.value = text;
					// Excel writes a formula without its "="; some generators keep it.
					else cell.formula = text.replace(/^=/u, '');
				}
				return;
			}
			case 'is':
				if (cell && kind !== 'close') cell.inline = true;
				return;
		}
	});
	finishCell();
	return facts;
}

/** The folder of a part's path ("xl/workbook.xml" → "xl/"). */
const folderOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(folder: string, target: string): string {
	const segments = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/');
	const resolved: string[] = [];
	for (const segment of segments) {
		if (segment === '..') resolved.pop();
		else if (segment !== '.' && segment !== '') resolved.push(segment);
	}
	return resolved.join('/');
}

/** The relationships of a part (id → target path and type). */
function readRelationships(parts: ReadonlyMap<string, Uint8Array>, relsPath: string, folder: string): Map<string, { target: string; type: string }> {
	const relationships = new Map<string, { target: string; type: string }>();
	const bytes = parts.get(relsPath);
	if (!bytes) return relationships;
	scanTags(decodePart(bytes), (name, raw, kind) => {
		if (name !== 'Relationship' || kind === 'close') return;
		const attributes = attributesOf(raw);
		if (attributes['Id'] !== undefined && attributes['Target'] !== undefined && attributes['TargetMode'] !== 'External') {
			relationships.set(attributes['Id'], { target: resolveTarget(folder, attributes['Target']), type: attributes['Type'] ?? '' });
		}
	});
	return relationships;
}

/**
 * Lists the sheets of a workbook in tab order, with whether each is hidden and where its XML is.
 * A zip without a workbook (a Word file, an OpenDocument spreadsheet renamed) is refused.
 */
export function readWorkbookSheets(parts: ReadonlyMap<string, Uint8Array>): { sheets: WorkbookSheet[] } | PackageRefusal {
	const root = readRelationships(parts, '_rels/.rels', '');
	const office = [...root.values()].find((relationship) => relationship.type.endsWith('/officeDocument'));
	const workbookPath = office?.target ?? 'xl/workbook.xml';
	const workbook = parts.get(workbookPath);
	if (!workbook) return { code: 'import.not-workbook', params: {} };
	const folder = folderOf(workbookPath);
	const relationships = readRelationships(parts, `${folder}_rels/${workbookPath.slice(folder.length)}.rels`, folder);
	const sheets: WorkbookSheet[] = [];
	scanTags(decodePart(workbook), (name, raw, kind) => {
		if (name !== 'sheet' || kind === 'close') return;
		const attributes = attributesOf(raw);
		const relationship = attributes['id'] === undefined ? undefined : relationships.get(attributes['id']);
		const isWorksheet = relationship !== undefined && relationship.type.endsWith('/worksheet') && parts.has(relationship.target);
		sheets.push({
			name: attributes['name'] ?? '',
			hidden: attributes['state'] === 'hidden' || attributes['state'] === 'veryHidden',
			path: isWorksheet ? relationship.target : undefined,
		});
	});
	return { sheets };
}

/** A worksheet with whether it holds data, as the choice of sheet needs it. */
export type SheetSummary = WorkbookSheet & { hasData: boolean };

/** The sheet to import and the other sheets that hold data (named in the report), or why none could be chosen. */
export type SheetChoice = { kind: 'chosen'; sheet: SheetSummary; others: SheetSummary[] } | { kind: 'refused'; refusal: PackageRefusal };

const listSheets = (sheets: readonly SheetSummary[]): string =>
	sheets.map((sheet) => `"${sheet.name}"${sheet.hidden ? ` (${joinLanguages(bilingual('import.sheet.hidden'))})` : ''}`).join(', ');

/** The sheets of the template that `npm run template` writes (src/lib/import/template.ts): a guide, the sheet to fill, the lists. */
export const TEMPLATE_SHEETS = { guide: 'Hướng dẫn / Guide', data: 'Phân công', lists: 'Danh mục' } as const;

/** Whether a workbook's sheets are those of the template: its guide first, its data and lists sheets after. */
function isTemplate(visible: readonly SheetSummary[]): boolean {
	const names = visible.map((sheet) => sheet.name);
	return names[0] === TEMPLATE_SHEETS.guide && names.includes(TEMPLATE_SHEETS.data) && names.includes(TEMPLATE_SHEETS.lists);
}

/**
 * Chooses the sheet to import: the one named (by name, as written or folded, or by its position
 * among the visible tabs), else the first visible worksheet, never a hidden one by default (a
 * hidden first sheet is often an old copy or a lookup list). A filled template opens on its guide:
 * its data sheet is the one imported, and its guide and lists are not named as other sheets.
 */
export function chooseSheet(sheets: readonly SheetSummary[], wanted?: string): SheetChoice {
	const worksheets = sheets.filter((sheet) => sheet.path !== undefined);
	const visible = worksheets.filter((sheet) => !sheet.hidden);
	let chosen: SheetSummary | undefined;
	if (wanted === undefined && isTemplate(visible)) {
		chosen = visible.find((sheet) => sheet.name === TEMPLATE_SHEETS.data)!;
		const own = new Set<string>([TEMPLATE_SHEETS.guide, TEMPLATE_SHEETS.lists]);
		return {
			kind: 'chosen',
			sheet: chosen,
			others: worksheets.filter((sheet) => sheet !== chosen && sheet.hasData && !(own.has(sheet.name) && !sheet.hidden)),
		};
	}
	if (wanted === undefined) {
		chosen = visible[0];
		if (!chosen) return { kind: 'refused', refusal: { code: 'import.no-visible-sheet', params: { allowed: listSheets(worksheets) } } };
	} else {
		chosen =
			worksheets.find((sheet) => sheet.name === wanted) ??
			worksheets.find((sheet) => foldKey(sheet.name) === foldKey(wanted)) ??
			(/^\d+$/u.test(wanted) ? visible[Number(wanted) - 1] : undefined);
		if (!chosen) return { kind: 'refused', refusal: { code: 'import.sheet-missing', params: { found: wanted, allowed: listSheets(worksheets) } } };
	}
	return { kind: 'chosen', sheet: chosen, others: worksheets.filter((sheet) => sheet !== chosen && sheet.hasData) };
}
