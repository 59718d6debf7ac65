import { unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import readExcelFile, { readSheet } from 'read-excel-file/node';
import { describe, expect, test } from 'vitest';
import type { Cell } from '../../../src/lib/datasets/csv.ts';
import { provinceTables } from '../../../src/lib/datasets/subset.ts';
import { isPartialDateField } from '../../../src/lib/datasets/table-schema.ts';
import { buildWorkbook, DICTIONARY_SHEET, GUIDE_SHEET, PRECISION_SUFFIX, workbookColumns, type WorkbookInfo } from '../../../src/lib/datasets/workbook.ts';
import { cell, columnName, dateCell, dateSerial, writeXlsx, type XlsxSheet } from '../../../src/lib/datasets/xlsx.ts';
import { BUNDLED_CONTENT, FORMULA_FIXTURE, tablesOf, TEST_PUBLICATION } from './helpers.ts';

/**
 * The workbooks are written here and read back with read-excel-file, a reader that shares no code
 * with the writer; the browser-test job reads them again with openpyxl and LibreOffice.
 */

const INFO: WorkbookInfo = TEST_PUBLICATION;

/** The XML parts of an .xlsx file, by path. */
function partsOf(bytes: Uint8Array): Record<string, string> {
	return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, new TextDecoder().decode(data)]));
}

const SAMPLE: XlsxSheet[] = [
	{
		name: 'sample',
		header: true,
		notes: ['Mã xã, 5 chữ số.', undefined, 'Số người.', 'Ngày.', 'Tháng.', 'Có hay không.'],
		rows: [
			['code', 'text', 'count', 'day', 'month', 'flag'].map(cell.text),
			[cell.text('03158'), cell.text('=1+1'), cell.number(97), dateCell('2025-10-20')!, dateCell('2025-10')!, cell.boolean(true)],
			[cell.text('01'), cell.text('@user -2 +3'), cell.number(0), null, dateCell('2025')!, cell.boolean(false)],
		],
	},
];

describe('the .xlsx writer', () => {
	const bytes = writeXlsx(SAMPLE, { title: 'Mẫu', creator: 'Tests', date: '2026-01-15' });
	const parts = partsOf(bytes);

	test('writes well-formed XML in every part', () => {
		for (const [path, xml] of Object.entries(parts)) expect(XMLValidator.validate(xml), path).toBe(true);
	});

	test('gives codes as text, counts as numbers, days, months and years as dates, yes/no as booleans (read-excel-file)', async () => {
		const rows = await readSheet(Buffer.from(bytes), 'sample', { trim: false });
		expect(rows[1]).toEqual(['03158', '=1+1', 97, new Date('2025-10-20T00:00:00Z'), new Date('2025-10-01T00:00:00Z'), true]);
		expect(rows[2]).toEqual(['01', '@user -2 +3', 0, null, new Date('2025-01-01T00:00:00Z'), false]);
	});

	test('writes no formula: text beginning with = stays a shared string', () => {
		const sheet = parts['xl/worksheets/sheet1.xml']!;
		expect(sheet).not.toMatch(/<f[ >]/u);
		expect(parts['xl/sharedStrings.xml']).toContain('<t xml:space="preserve">=1+1</t>');
	});

	test('freezes the header row and puts each note on its header cell', () => {
		expect(parts['xl/worksheets/sheet1.xml']).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
		const comments = parts['xl/comments1.xml']!;
		expect([...comments.matchAll(/<comment ref="([A-Z]+1)"/gu)].map((m) => m[1])).toEqual(['A1', 'C1', 'D1', 'E1', 'F1']);
		expect(comments).toContain('Mã xã, 5 chữ số.');
		// Excel draws notes from the VML part the sheet refers to.
		expect(parts['xl/worksheets/sheet1.xml']).toContain('<legacyDrawing r:id="rIdVml"/>');
		expect(parts['xl/drawings/vmlDrawing1.vml']!.match(/ObjectType="Note"/gu)).toHaveLength(5);
	});

	test('dates the document from the content, never the clock, and gives the same bytes twice', () => {
		expect(parts['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-15T00:00:00Z</dcterms:modified>');
		expect(writeXlsx(SAMPLE, { title: 'Mẫu', creator: 'Tests', date: '2026-01-15' })).toEqual(bytes);
	});

	test.each([
		['1900-03-01', 61],
		['2025-10-20', 45950],
	])('numbers the day %s as serial %d', (day, serial) => {
		expect(dateSerial(day)).toBe(serial);
	});

	test.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[701, 'ZZ'],
		[702, 'AAA'],
	])('names column %d %s', (index, name) => {
		expect(columnName(index)).toBe(name);
	});

	test.each(['a/b', 'x'.repeat(32), ''])('refuses the sheet name %j', (name) => {
		expect(() => writeXlsx([{ name, header: false, rows: [] }], { title: '', creator: '', date: '2026-01-15' })).toThrow(/cannot name a sheet/u);
	});
});

/** What a published value reads back as from the workbook. */
function expected(value: Cell, partial: boolean, date: boolean): unknown {
	if (value === null) return null;
	if ((partial || date) && typeof value === 'string') return new Date(`${dateCell(value)!.value}T00:00:00Z`);
	return value;
}

describe.each([
	['the synthetic formula fixture', FORMULA_FIXTURE],
	['the bundled content', BUNDLED_CONTENT],
])('the workbook of %s', (_name, dir) => {
	const { model, tables } = tablesOf(dir);
	const bytes = buildWorkbook(tables, INFO);

	test('has the guide first, a sheet per table in the published order, the dictionary last', async () => {
		const sheets = await readExcelFile(Buffer.from(bytes));
		expect(sheets.map((s) => s.sheet)).toEqual([GUIDE_SHEET, ...tables.map((t) => t.name), DICTIONARY_SHEET]);
		const guide = sheets[0]!.data.map((row) => row.join(' ')).join('\n');
		expect(guide).toContain(INFO.version);
		expect(guide).toContain('CC BY 4.0');
		expect(guide).toContain('Nguồn: Dự án Minh Bạch');
		expect(guide).toContain('Source: The Minh Bạch project');
		expect(guide.indexOf('Các trang tính')).toBeLessThan(guide.indexOf('The sheets'));
	});

	test('reads back every table sheet with the published values, typed: text, numbers, booleans, dates and their precision', async () => {
		for (const table of tables) {
			const rows = await readSheet(Buffer.from(bytes), table.name, { trim: false });
			const columns = workbookColumns(table);
			expect(rows[0], table.name).toEqual(columns.map((c) => c.name));
			expect(rows.length - 1, table.name).toBe(table.rows.length);
			const wanted = table.rows.map((row) =>
				table.fields.flatMap((field) => {
					const value = row[field.name] ?? null;
					const partial = isPartialDateField(field);
					const cellValue = expected(value, partial, field.type === 'date');
					if (!partial) return [cellValue];
					return [cellValue, value === null ? null : dateCell(String(value))!.precision];
				}),
			);
			expect(rows.slice(1), table.name).toEqual(wanted);
		}
	});

	test('keeps five-digit commune codes and two-digit province codes as text with their leading zeros', async () => {
		const rows = await readSheet(Buffer.from(bytes), 'communes');
		const header = rows[0]!;
		const codes = rows.slice(1).map((row) => row[header.indexOf('code')]);
		expect(codes.length).toBeGreaterThan(0);
		for (const code of codes) expect(code).toMatch(/^\d{5}$/u);
		for (const row of rows.slice(1)) expect(row[header.indexOf('province')]).toMatch(/^\d{2}$/u);
	});

	test('describes every column in the dictionary sheet and in a note on its header', async () => {
		const dictionary = await readSheet(Buffer.from(bytes), DICTIONARY_SHEET);
		const listed = dictionary.slice(1).map((row) => `${row[0]}.${row[1]}`);
		expect(listed).toEqual(tables.flatMap((t) => workbookColumns(t).map((c) => `${t.name}.${c.name}`)));
		const parts = partsOf(bytes);
		tables.forEach((table, i) => {
			const comments = parts[`xl/comments${i + 2}.xml`] ?? '';
			expect([...comments.matchAll(/<comment ref="/gu)], table.name).toHaveLength(workbookColumns(table).length);
		});
	});

	test('writes no formula in any sheet and the same bytes twice', () => {
		for (const [path, xml] of Object.entries(partsOf(bytes))) expect(xml, path).not.toMatch(/<f[ >]/u);
		expect(buildWorkbook(tables, INFO)).toEqual(bytes);
	});

	test('limits a province workbook to its province and names it in the guide', async () => {
		const province = model.decisions[0]!.province;
		const subset = provinceTables(tables, province);
		const name = model.provinces.find((p) => p.code === province)!;
		const workbook = buildWorkbook(subset, { ...INFO, province: { vi: name.full_name, en: name.name_en } });
		const guide = (await readSheet(Buffer.from(workbook), GUIDE_SHEET)).map((row) => row.join(' ')).join('\n');
		expect(guide).toContain(name.full_name);
		const assignments = await readSheet(Buffer.from(workbook), 'assignments');
		const col = assignments[0]!.indexOf('province');
		expect(assignments.slice(1).every((row) => row[col] === province)).toBe(true);
		expect(assignments.length - 1).toBe(tables.find((t) => t.name === 'assignments')!.rows.filter((r) => r['province'] === province).length);
	});
});

test('adds a precision column after each partial-date column only', () => {
	const { tables } = tablesOf(BUNDLED_CONTENT);
	const decisions = workbookColumns(tables.find((t) => t.name === 'decisions')!).map((c) => c.name);
	expect(decisions.slice(decisions.indexOf('date'), decisions.indexOf('date') + 4)).toEqual([
		'date',
		`date${PRECISION_SUFFIX}`,
		'announced',
		`announced${PRECISION_SUFFIX}`,
	]);
	expect(decisions).not.toContain(`start${PRECISION_SUFFIX}`);
});
