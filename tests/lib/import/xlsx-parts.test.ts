import { describe, expect, test } from 'vitest';
import {
	attributesOf,
	chooseSheet,
	columnLetters,
	columnNumber,
	decodeXmlText,
	readWorkbookSheets,
	scanSheet,
	scanTags,
	type SheetSummary,
} from '../../../src/lib/import/xlsx-parts.ts';
import { unpackWorkbook } from '../../../src/lib/import/xlsx-package.ts';
import { buildWorkbook, sheetXml, type TestSheet } from './xlsx-builder.ts';

const HEADERS = ['STT', 'Họ và tên', 'Nơi biệt phái'];
const facts = (sheet: Omit<TestSheet, 'name'>) => scanSheet(sheetXml({ name: 'Danh sách', ...sheet }));

describe('scanTags', () => {
	const tags = (xml: string): string[] => {
		const found: string[] = [];
		scanTags(xml, (name, raw, kind) => found.push(`${kind} ${name}${raw.trim() ? ` ${raw.trim()}` : ''}`));
		return found;
	};

	test.each([
		['a self-closing tag', '<a x="1"/>', ['empty a x="1"']],
		['an attribute value holding ">"', '<sheet name="A>B" r:id="rId1"/>', ['empty sheet name="A>B" r:id="rId1"']],
		['a namespace prefix, dropped', '<x:row r="2"></x:row>', ['open row r="2"', 'close row']],
		['tags inside a comment, skipped', '<!-- <row hidden="1"> --><row/>', ['empty row']],
		['tags inside CDATA, skipped', '<f><![CDATA[<c>]]></f>', ['open f', 'close f']],
		['a declaration and a processing instruction, skipped', '<?xml version="1.0"?><!DOCTYPE x><a/>', ['empty a']],
		['a document cut inside a tag, ended there', '<a/><b x="1', ['empty a']],
	])('reads %s', (_name, xml, expected) => {
		expect(tags(xml)).toEqual(expected);
	});

	test('walks a hostile document in linear time', () => {
		// Each "<" opens a quote that never closes: a backtracking pattern would take quadratic time here.
		const hostile = `<a b="${'<a '.repeat(500_000)}`;
		const started = performance.now();
		expect(tags(hostile)).toEqual([]);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});

describe('XML values', () => {
	test.each([
		['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
		['X&#227; &#x1EA1;', 'Xã ạ'],
		['&unknown; &#xFFFFFFF;', '&unknown; &#xFFFFFFF;'],
	])('decodes "%s"', (text, expected) => {
		expect(decodeXmlText(text)).toBe(expected);
	});

	test('reads attributes by local name, decoded', () => {
		expect(attributesOf(` name="Tom &amp; Jerry" r:id='rId2' state="hidden"`)).toEqual({ name: 'Tom & Jerry', id: 'rId2', state: 'hidden' });
	});

	test.each([
		['A', 1],
		['Z', 26],
		['AA', 27],
		['XFD', 16384],
	])('numbers column %s as %i and back', (letters, number) => {
		expect(columnNumber(letters)).toBe(number);
		expect(columnLetters(number)).toBe(letters);
	});
});

describe('scanSheet', () => {
	test('finds hidden rows by spreadsheet row number', () => {
		expect(facts({ rows: [HEADERS, [1, 'A', 'X'], [2, 'B', 'Y'], [3, 'C', 'Z']], hiddenRows: [2, 4] }).hiddenRows).toEqual([2, 4]);
	});

	test('finds hidden columns as spans', () => {
		expect(facts({ rows: [HEADERS], hiddenColumns: ['B', 'D'] }).hiddenColumns).toEqual([
			{ min: 2, max: 2 },
			{ min: 4, max: 4 },
		]);
	});

	test('finds merged ranges, 1-based', () => {
		expect(facts({ rows: [HEADERS], merges: ['C1:D1', 'A1:A2'] }).merges).toEqual([
			{ top: 1, left: 3, bottom: 1, right: 4 },
			{ top: 1, left: 1, bottom: 2, right: 1 },
		]);
	});

	test.each([
		[
			'a formula without a computed value',
			{ formula: '=VLOOKUP(B2,A:B,2,FALSE)' },
			[{ row: 2, column: 3, kind: 'formula', formula: 'VLOOKUP(B2,A:B,2,FALSE)' }],
		],
		['an error value', { error: '#REF!' }, [{ row: 2, column: 3, kind: 'error', error: '#REF!' }]],
		['a formula with its computed value, not', { formula: '=A1', cached: 'Xã Thanh Nưa' }, []],
		['a formula whose computed value is empty text, not', { formula: '=""', cached: '' }, []],
	] as const)('reports %s as unread', (_name, cell, expected) => {
		expect(facts({ rows: [HEADERS, [1, 'A', cell]] }).unreadCells).toEqual(expected);
	});

	test('reads a shared formula without text of its own as unread, without a formula to quote', () => {
		const xml = '<worksheet><sheetData><row r="2"><c r="B2"><f t="shared" si="0"/></c></row></sheetData></worksheet>';
		expect(scanSheet(xml).unreadCells).toEqual([{ row: 2, column: 2, kind: 'formula' }]);
	});

	test('numbers rows and cells written without "r" from the ones before them', () => {
		const xml = '<worksheet><sheetData><row r="3"><c><f>A1</f></c></row><row hidden="true"><c/><c t="e"><v>#N/A</v></c></row></sheetData></worksheet>';
		const scanned = scanSheet(xml);
		expect(scanned.unreadCells).toEqual([
			{ row: 3, column: 1, kind: 'formula', formula: 'A1' },
			{ row: 4, column: 2, kind: 'error', error: '#N/A' },
		]);
		expect(scanned.hiddenRows).toEqual([4]);
	});

	test.each([
		['a sheet with a value', { rows: [['x']] }, true],
		['a sheet of empty rows', { rows: [[], [null, null]] }, false],
	])('tells whether %s holds data', (_name, sheet, expected) => {
		expect(facts(sheet).hasData).toBe(expected);
	});
});

describe('readWorkbookSheets', () => {
	test('lists the sheets in tab order with whether each is hidden', () => {
		const bytes = buildWorkbook([
			{ name: 'Bản cũ', state: 'hidden', rows: [['x']] },
			{ name: 'Danh sách', rows: [['x']] },
			{ name: 'Macro', state: 'veryHidden', rows: [] },
		]);
		const unpacked = unpackWorkbook(bytes);
		if (unpacked.kind !== 'ok') throw new Error('unpack failed');
		expect(readWorkbookSheets(unpacked.parts)).toEqual({
			sheets: [
				{ name: 'Bản cũ', hidden: true, path: 'xl/worksheets/sheet1.xml' },
				{ name: 'Danh sách', hidden: false, path: 'xl/worksheets/sheet2.xml' },
				{ name: 'Macro', hidden: true, path: 'xl/worksheets/sheet3.xml' },
			],
		});
	});

	test('refuses a zip without a workbook', () => {
		expect(readWorkbookSheets(new Map([['word/document.xml', new Uint8Array(1)]]))).toEqual({ code: 'import.not-workbook', params: {} });
	});
});

describe('chooseSheet', () => {
	const sheet = (name: string, hidden = false, hasData = true): SheetSummary => ({ name, hidden, hasData, path: `xl/worksheets/${name}.xml` });
	const old = sheet('Bản cũ', true);
	const list = sheet('Danh sách');
	const notes = sheet('Ghi chú', false, false);
	const extra = sheet('Bổ sung');
	const all = [old, list, notes, extra];

	test.each([
		['the first visible sheet when none is named', undefined, list],
		['the sheet named as written', 'Bổ sung', extra],
		['the sheet named without diacritics or case', 'bo sung', extra],
		['a hidden sheet when it is named', 'Bản cũ', old],
		['the sheet at a position among the visible tabs', '3', extra],
	])('chooses %s', (_name, wanted, expected) => {
		const choice = chooseSheet(all, wanted);
		expect(choice.kind === 'chosen' && choice.sheet).toEqual(expected);
	});

	test("chooses a template's data sheet over its guide, and names only sheets that are not the template's own", () => {
		const template = [sheet('Hướng dẫn / Guide'), sheet('Phân công'), sheet('Danh mục'), extra];
		const choice = chooseSheet(template);
		expect(choice.kind === 'chosen' && [choice.sheet.name, choice.others.map((other) => other.name)]).toEqual(['Phân công', ['Bổ sung']]);
		expect(chooseSheet(template, 'Danh mục').kind === 'chosen' && chooseSheet(template, '1')).toMatchObject({ sheet: { name: 'Hướng dẫn / Guide' } });
	});

	test('names the other sheets that hold data, hidden ones included, and not the empty ones', () => {
		const choice = chooseSheet(all);
		expect(choice.kind === 'chosen' && choice.others.map((other) => other.name)).toEqual(['Bản cũ', 'Bổ sung']);
	});

	test.each([
		['a sheet that does not exist', all, 'Trang 9', 'import.sheet-missing'],
		['no visible sheet', [old], undefined, 'import.no-visible-sheet'],
	])('refuses %s and lists the sheets', (_name, sheets, wanted, code) => {
		const choice = chooseSheet(sheets, wanted);
		expect(choice.kind === 'refused' && choice.refusal.code).toBe(code);
		expect(choice.kind === 'refused' && choice.refusal.params['allowed']).toContain('"Bản cũ" (ẩn / hidden)');
	});
});
