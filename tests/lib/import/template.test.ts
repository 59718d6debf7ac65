import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { afterAll, describe, expect, test } from 'vitest';
import { ASSIGNMENT_COLUMNS } from '../../../src/schemas/assignment.ts';
import { buildImport, toAssignmentsCsv } from '../../../src/lib/import/build.ts';
import { mapHeader } from '../../../src/lib/import/headers.ts';
import {
	buildTemplate,
	packWorkbook,
	selectTemplateLists,
	TEMPLATE_HEADERS,
	TEMPLATE_SHEETS,
	templateFileName,
	type TemplateLists,
} from '../../../src/lib/import/template.ts';
import { readSpreadsheet } from '../../../src/lib/io/import-files.ts';
import { readContent } from '../../../src/lib/io/read-content.ts';
import { writeTemplateFile } from '../../../src/lib/io/template-files.ts';
import { columnLetter } from './xlsx-builder.ts';

const CONTENT = resolve('tests/fixtures/minimal');
const DECISION = '123-qd-ubnd-2025';
const { records } = readContent(CONTENT);

const work = mkdtempSync(join(tmpdir(), 'minh-bach-template-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the decision's template through the command's own io and returns its path and bytes. */
const writeTemplate = (name: string): { path: string; bytes: Uint8Array } => {
	const path = join(work, name);
	const { problems } = writeTemplateFile(CONTENT, { decision: DECISION }, path);
	expect(problems).toEqual([]);
	return { path, bytes: readFileSync(path) };
};

/** The XML parts of a workbook, as text. */
const partsOf = (bytes: Uint8Array): Record<string, string> =>
	Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)] as const));

/** The list drop-downs of a sheet's XML: the data column letter → the lists sheet's column letter. */
const listValidations = (xml: string): Map<string, { column: string; formula: string }> => {
	const found = new Map<string, { column: string; formula: string }>();
	for (const match of xml.matchAll(/<dataValidation type="list"[^>]*sqref="([A-Z]+)2:\1(\d+)"[^>]*><formula1>([^<]*)<\/formula1>/gu)) {
		const formula = match[3]!.replace(/&apos;|&#39;/gu, "'");
		const target = /^'Danh mục'!\$([A-Z]+)\$2:\$\1\$(\d+)$/u.exec(formula);
		expect(target, formula).not.toBeNull();
		found.set(match[1]!, { column: target![1]!, formula });
	}
	return found;
};

/** The communes of the decision's province as the lists sheet names them. */
const provinceCommunes = (): string[] =>
	records.communes
		.map((record) => record.data)
		.filter((commune) => commune.province === '11')
		.map((commune) => commune.full_name)
		.sort((a, b) => a.localeCompare(b, 'vi'));

/** Excel's serial day number of a day: what a date cell stores. */
const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** One row as a clerk types it: texts picked from the drop-downs (by data column), dates as dates. */
type ClerkRow = Partial<Record<(typeof ASSIGNMENT_COLUMNS)[number], string>>;

/**
 * Fills the template as a clerk would in Excel: every cell of a drop-down column takes a value read
 * from the list its validation points at (anything else fails the test), dates go in as date cells
 * (serial numbers in the template's dd/mm/yyyy style), text as text. The rows are written into the
 * data sheet's XML, and the workbook is zipped again with everything else (guide, lists, drop-downs) kept.
 */
async function fillTemplate(bytes: Uint8Array, rows: readonly ClerkRow[]): Promise<Uint8Array> {
	const parts = partsOf(bytes);
	const dataXml = parts['xl/worksheets/sheet2.xml']!;
	const lists = await readSheet(Buffer.from(bytes), TEMPLATE_SHEETS.lists);
	const validations = listValidations(dataXml);
	const listOf = (letter: string): string[] => {
		const index = validations.get(letter)!.column.charCodeAt(0) - 65;
		return lists
			.slice(1)
			.map((row) => row[index])
			.filter((value): value is string => typeof value === 'string');
	};
	const dateStyle = /<col min="8" max="8"[^>]*style="(\d+)"/u.exec(dataXml)![1]!;
	const xmlRows = rows.map((row, i) => {
		const r = i + 2;
		const cells = ASSIGNMENT_COLUMNS.map((column, c) => {
			const value = row[column];
			if (value === undefined) return '';
			const ref = `${columnLetter(c + 1)}${r}`;
			if (column === 'start' || column === 'end') return `<c r="${ref}" s="${dateStyle}"><v>${serial(value)}</v></c>`;
			if (validations.has(columnLetter(c + 1))) expect(listOf(columnLetter(c + 1)), `${column} "${value}"`).toContain(value);
			return `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</t></is></c>`;
		});
		return `<row r="${r}">${cells.join('')}</row>`;
	});
	parts['xl/worksheets/sheet2.xml'] = dataXml.replace('</sheetData>', `${xmlRows.join('')}</sheetData>`);
	return packWorkbook(parts);
}

/** Imports a filled workbook by the import's real road: the file reader, then buildImport. */
async function importFile(path: string) {
	const { sheet, problems } = await readSpreadsheet(path);
	expect(problems).toEqual([]);
	return { sheet: sheet!, result: buildImport(sheet!, records, DECISION) };
}

describe('the template of a decision', () => {
	test('is a well-formed workbook that read-excel-file opens, with the guide first', async () => {
		const { bytes } = writeTemplate('open.xlsx');
		for (const [path, xml] of Object.entries(partsOf(bytes))) expect(XMLValidator.validate(xml), path).toBe(true);
		const guide = await readSheet(Buffer.from(bytes), TEMPLATE_SHEETS.guide);
		const text = guide.map((row) => row.join(' ')).join('\n');
		expect(text).toContain('Mỗi dòng là một người');
		expect(text).toContain('One row per person');
		expect(text.indexOf('Cách điền')).toBeLessThan(text.indexOf('How to fill it in'));
		expect(text).toContain(`npm run import -- <tệp.xlsx> --decision ${DECISION}`);
		const workbook = partsOf(bytes)['xl/workbook.xml']!;
		expect([...workbook.matchAll(/<sheet name="([^"]+)"/gu)].map((match) => match[1])).toEqual([
			TEMPLATE_SHEETS.guide,
			TEMPLATE_SHEETS.data,
			TEMPLATE_SHEETS.lists,
		]);
	});

	test('heads its data sheet with headers the import maps to every assignments column, in order, frozen', async () => {
		const { bytes } = writeTemplate('headers.xlsx');
		const [header] = await readSheet(Buffer.from(bytes), TEMPLATE_SHEETS.data);
		expect(header!.map((cell) => mapHeader(String(cell)))).toEqual(
			ASSIGNMENT_COLUMNS.map((column) => ({ header: TEMPLATE_HEADERS[column], kind: 'mapped', target: column })),
		);
		expect(partsOf(bytes)['xl/worksheets/sheet2.xml']).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
	});

	test('offers drop-downs of the lists sheet for commune, agency, specialty, category and source, and dates as dates', async () => {
		const { bytes } = writeTemplate('validations.xlsx');
		const parts = partsOf(bytes);
		const xml = parts['xl/worksheets/sheet2.xml']!;
		const letters = (columns: readonly string[]): string[] => columns.map((column) => columnLetter(ASSIGNMENT_COLUMNS.indexOf(column) + 1));
		const validations = listValidations(xml);
		expect([...validations.keys()]).toEqual(letters(['commune', 'agency', 'specialty', 'category', 'source']));
		expect(validations.get('A')!.formula).toBe("'Danh mục'!$A$2:$A$6");
		expect(xml).toMatch(/<dataValidation type="date" operator="between"[^>]*sqref="H2:I2001"><formula1>36526<\/formula1><formula2>73050<\/formula2>/u);
		// Cells typed into the date columns take the dd/mm/yyyy style.
		const style = /<col min="8" max="8"[^>]*style="(\d+)"/u.exec(xml)![1]!;
		expect(/<col min="9" max="9"[^>]*style="(\d+)"/u.exec(xml)![1]).toBe(style);
		const xfs = [...parts['xl/styles.xml']!.matchAll(/<cellXfs[^>]*>(.*)<\/cellXfs>/gu)][0]![1]!.match(/<xf [^>]*>/gu)!;
		expect(xfs[Number(style)]).toContain('numFmtId="164"');
		expect(parts['xl/styles.xml']).toContain('<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
	});

	test("holds the province's communes, agencies and specialties and the decision's categories and sources on the lists sheet", async () => {
		const { bytes } = writeTemplate('lists.xlsx');
		const rows = await readSheet(Buffer.from(bytes), TEMPLATE_SHEETS.lists);
		const column = (index: number): string[] =>
			rows
				.slice(1)
				.map((row) => row[index])
				.filter((value): value is string => typeof value === 'string');
		expect(rows[0]).toEqual(['Xã, phường', 'Cơ quan cử', 'Lĩnh vực', 'Nhóm', 'Nguồn', 'Tên nguồn']);
		expect(column(0)).toEqual(provinceCommunes());
		expect(column(0)).toContain('Xã Sín Thầu');
		expect(column(0)).not.toContain('Xã Bình Lư');
		expect(column(1)).toContain('Sở Xây dựng tỉnh Điện Biên');
		expect(column(2)).toContain('Công nghệ thông tin, chuyển đổi số');
		expect(column(3)).toEqual(['Công chức, viên chức biệt phái từ các sở', 'Trưởng trạm y tế xã được giao nhiệm vụ']);
		expect(column(4)).toEqual(['quyet-dinh', 'bao-chi']);
	});

	test('filled by a clerk from its drop-downs, imports with nothing unresolved into the expected rows', async () => {
		const { bytes } = writeTemplate('filled.xlsx');
		const filled = await fillTemplate(bytes, [
			{
				commune: 'Phường Điện Biên Phủ',
				agency: 'Sở Xây dựng tỉnh Điện Biên',
				specialty: 'Xây dựng',
				category: 'Công chức, viên chức biệt phái từ các sở',
				role: 'Phòng Kinh tế',
				person_name: 'Nguyễn Văn Giả',
				person_title: 'Chuyên viên',
				source: 'bao-chi',
				note: 'Tên người là giả lập (synthetic).',
			},
			{
				commune: 'Xã Sín Thầu',
				agency: 'Sở Tài chính tỉnh Điện Biên',
				specialty: 'Tài chính, kế toán',
				category: 'Công chức, viên chức biệt phái từ các sở',
				role: 'Phòng Kinh tế',
				start: '2025-11-01',
				end: '2026-01-31',
				source: 'quyet-dinh',
			},
			{
				commune: 'Xã Mường Nhé',
				agency: 'Sở Y tế tỉnh Điện Biên',
				specialty: 'Y tế',
				category: 'Trưởng trạm y tế xã được giao nhiệm vụ',
				role: 'Trạm Y tế xã',
			},
		]);
		const path = join(work, 'filled-by-clerk.xlsx');
		writeFileSync(path, filled);
		const { sheet, result } = await importFile(path);
		expect(sheet.sheet).toBe(TEMPLATE_SHEETS.data);
		// The guide and the lists are the template's own, not other sheets left out.
		expect(sheet.otherSheets).toEqual([]);
		expect(result.problems).toEqual([]);
		expect(toAssignmentsCsv(result.rows)).toBe(
			[
				'commune,agency,specialty,category,role,person_name,person_title,start,end,source,note',
				'03127,so-xay-dung-dien-bien,xay-dung,so-nganh,Phòng Kinh tế,Nguyễn Văn Giả,Chuyên viên,,,bao-chi,Tên người là giả lập (synthetic).',
				'03158,so-tai-chinh-dien-bien,tai-chinh,so-nganh,Phòng Kinh tế,,,2025-11-01,2026-01-31,quyet-dinh,',
				'03160,so-y-te-dien-bien,y-te,tram-y-te,Trạm Y tế xã,,,,,,',
				'',
			].join('\n'),
		);
	});

	test('resolves every value of every drop-down list when imported', async () => {
		const { bytes } = writeTemplate('every-value.xlsx');
		const lists = selectTemplateLists(records, { decision: DECISION }).lists!;
		const values = (column: string): readonly string[] => lists.lists.find((list) => list.column === column)!.values;
		const height = Math.max(...['commune', 'agency', 'specialty', 'category', 'source'].map((column) => values(column).length));
		const rows: ClerkRow[] = Array.from({ length: height }, (_, i) => {
			const at = (column: string): string => values(column)[i % values(column).length]!;
			return { commune: at('commune'), agency: at('agency'), specialty: at('specialty'), category: at('category'), source: at('source') };
		});
		const path = join(work, 'every-value-filled.xlsx');
		writeFileSync(path, await fillTemplate(bytes, rows));
		const { result } = await importFile(path);
		expect(result.problems).toEqual([]);
		expect(new Set(result.rows.map((row) => row.cells['commune']))).toEqual(
			new Set(records.communes.filter((record) => record.data.province === '11').map((record) => record.data.code)),
		);
	});

	test('is the same bytes every time it is built', () => {
		const lists = selectTemplateLists(records, { decision: DECISION }).lists!;
		expect(Buffer.from(buildTemplate(lists)).equals(Buffer.from(buildTemplate(lists)))).toBe(true);
	});

	test('is never written over an existing file without force', () => {
		const path = join(work, 'exists.xlsx');
		writeFileSync(path, 'keep');
		const { problems } = writeTemplateFile(CONTENT, { decision: DECISION }, path);
		expect(problems.map((problem) => problem.code)).toEqual(['import.template-exists']);
		expect(readFileSync(path, 'utf8')).toBe('keep');
		expect(writeTemplateFile(CONTENT, { decision: DECISION }, path, true).problems).toEqual([]);
		expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
	});
});

describe('the blank template of a province', () => {
	const lists = (): TemplateLists => selectTemplateLists(records, { province: '11' }).lists!;

	test('has drop-downs for commune, agency and specialty only', () => {
		const xml = partsOf(buildTemplate(lists()))['xl/worksheets/sheet2.xml']!;
		expect([...listValidations(xml).keys()]).toEqual(['A', 'B', 'C']);
	});

	test('names the province in its guide and has no categories or sources', () => {
		expect(lists().decision).toBeUndefined();
		expect(lists().lists.map((list) => list.heading)).toEqual(['Xã, phường', 'Cơ quan cử', 'Lĩnh vực']);
		expect(strFromU8(unzipSync(buildTemplate(lists()))['xl/worksheets/sheet1.xml']!)).toContain('Tỉnh Điện Biên (mã 11)');
	});
});

describe('selectTemplateLists', () => {
	test.each([
		['an unknown decision, with the nearest id', { decision: '123-qd-ubnd-2026' }, 'import.decision-unknown', '123-qd-ubnd-2025'],
		['an unknown province', { province: '99' }, 'import.province-unknown', undefined],
	])('reports %s', (_name, target, code, suggestion) => {
		const { lists, problems } = selectTemplateLists(records, target);
		expect(lists).toBeUndefined();
		expect(problems.map((problem) => problem.code)).toEqual([code]);
		if (suggestion) expect(problems[0]!.vi).toContain(suggestion);
	});
});

describe('templateFileName', () => {
	test.each([
		[{ decision: DECISION }, 'mau-phan-cong-123-qd-ubnd-2025.xlsx'],
		[{ province: '11' }, 'mau-phan-cong-tinh-11.xlsx'],
	])('names the template of %j %s', (target, name) => {
		expect(templateFileName(target)).toBe(name);
	});
});

test('packWorkbook stores parts that unzip to the same text', () => {
	const parts = { 'a.xml': '<a>Xã</a>' };
	expect(strFromU8(unzipSync(packWorkbook(parts))['a.xml']!)).toBe('<a>Xã</a>');
});
