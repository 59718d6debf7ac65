import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildImport, describeRuns, formatImportReport } from '../../../src/lib/import/build.ts';
import { importProblem, type ImportProblemCode } from '../../../src/lib/import/messages.ts';
import { WORKBOOK_LIMITS } from '../../../src/lib/import/xlsx-package.ts';
import { readSpreadsheet } from '../../../src/lib/io/import-files.ts';
import { readContent } from '../../../src/lib/io/read-content.ts';
import { formatProblems } from '../../../src/lib/validate/problem.ts';
import { buildWorkbook, zipBomb, zipParts, type TestSheet } from './xlsx-builder.ts';

const CONTENT = 'tests/fixtures/import/content';
const DECISION = '9999-qd-ubnd-2026';
const OUTPUT = `${CONTENT}/assignments/${DECISION}.csv`;
const { records } = readContent(resolve(CONTENT));

const work = mkdtempSync(join(tmpdir(), 'minh-bach-workbook-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** Writes bytes to a file of the work folder and returns its path. */
const write = (name: string, bytes: Uint8Array | string): string => {
	const path = join(work, name);
	writeFileSync(path, bytes);
	return path;
};
/** A report with the work folder's random name replaced, so that it can be pinned. */
const pinned = (text: string): string => text.replaceAll(work, '<tmp>');

const HEADERS = ['STT', 'Họ và tên', 'Nơi biệt phái', 'Lĩnh vực'];
const LIST = [
	HEADERS,
	[1, 'Nguyễn Văn Mẫu', 'Xã Thanh Nưa', 'Xây dựng'],
	[2, 'Trần Thị Thử', 'Xã Mường Phăng', 'Nội vụ'],
	[3, 'Lò Văn Giả', 'Xã Thanh Yên', 'Y tế'],
];

/** The workbooks of the report tests: each exercises one thing a workbook's values do not show. */
const WORKBOOKS: Readonly<Record<string, readonly TestSheet[]>> = {
	'trang-an.xlsx': [
		{ name: 'Bản cũ', state: 'hidden', rows: [HEADERS, [1, 'Người Cũ', 'Xã Thanh Nưa', 'Xây dựng']] },
		{ name: 'Danh sách', rows: LIST },
		{ name: 'Ghi chú', rows: [] },
		{ name: 'Bổ sung', rows: [HEADERS, [1, 'Người Thêm', 'Xã Thanh Nưa', 'Xây dựng']] },
	],
	'dong-cot-an.xlsx': [
		{
			name: 'Danh sách',
			rows: [
				['DANH SÁCH (GIẢ LẬP)'],
				[...HEADERS, 'Số CCCD', 'Ghi chú', ''],
				[1, 'Nguyễn Văn Mẫu', 'Xã Thanh Nưa', 'Xây dựng', '001090000001', '', ''],
				[2, 'Trần Thị Thử', 'Xã Mường Phăng', 'Nội vụ', '001090000002', '', ''],
				[3, 'Lò Văn Giả', 'Xã Thanh Yên', 'Y tế', '001090000003', '', ''],
				[4, 'Hoàng Thị Lập', 'Xã Thanh Nưa', 'Nội vụ', '001090000004', '', ''],
				[],
				[5, 'Vũ Văn Định', 'Xã Thanh Nưa', 'Xây dựng', '001090000005', '', ''],
			],
			// Row 1 (the title, above the header) and row 7 (empty) are hidden too, and hide nothing.
			hiddenRows: [1, 3, 5, 6, 7],
			// Column G is hidden and empty.
			hiddenColumns: ['E', 'G'],
		},
	],
	'cong-thuc.xlsx': [
		{
			name: 'Danh sách',
			rows: [
				HEADERS,
				[{ formula: '=ROW()-1' }, 'Nguyễn Văn Mẫu', { formula: "=VLOOKUP(B2,'Danh mục'!A:B,2,FALSE)" }, 'Xây dựng'],
				[{ formula: '=ROW()-1', cached: 2 }, 'Trần Thị Thử', { formula: '=B3', cached: 'Xã Mường Phăng' }, { error: '#REF!' }],
				[{ formula: '=ROW()-1' }, { formula: '=UPPER("lò văn giả")' }, { formula: '=C2' }, { formula: '=D2' }],
			],
		},
		{ name: 'Danh mục', rows: [['Nguyễn Văn Mẫu', 'Xã Thanh Nưa']] },
	],
};

describe('a workbook report', () => {
	test.each(Object.keys(WORKBOOKS))('of %s is pinned', async (name) => {
		const { sheet, problems } = await readSpreadsheet(write(name, buildWorkbook(WORKBOOKS[name]!)));
		expect(problems).toEqual([]);
		const result = buildImport(sheet!, records, DECISION, { source: 'vi-du-danh-sach' });
		const report = formatImportReport(result, { kind: result.problems.length > 0 ? 'blocked' : 'dry-run', output: OUTPUT });
		await expect(`${pinned(report)}\n`).toMatchFileSnapshot(`__snapshots__/${name}.report.txt`);
	});
});

describe('reading a workbook', () => {
	const read = async (name: string, sheetName?: string) => {
		const { sheet, problems } = await readSpreadsheet(write(name, buildWorkbook(WORKBOOKS[name]!)), sheetName);
		expect(problems).toEqual([]);
		return { sheet: sheet!, result: buildImport(sheet!, records, DECISION, { source: 'vi-du-danh-sach' }) };
	};

	test('imports the first visible sheet, not a hidden first one, and names the other sheets that hold data', async () => {
		const { result } = await read('trang-an.xlsx');
		expect(result.sheet).toBe('Danh sách');
		expect(result.rows.map((row) => row.cells['person_name'])).toEqual(['Nguyễn Văn Mẫu', 'Trần Thị Thử', 'Lò Văn Giả']);
		expect(result.otherSheets).toEqual([
			{ name: 'Bản cũ', hidden: true },
			{ name: 'Bổ sung', hidden: false },
		]);
		expect(result.problems).toEqual([]);
	});

	test('imports a hidden sheet when --sheet names it, and says it is hidden', async () => {
		const { result } = await read('trang-an.xlsx', 'Bản cũ');
		expect([result.sheet, result.sheetHidden]).toEqual(['Bản cũ', true]);
		expect(result.rows.map((row) => row.cells['person_name'])).toEqual(['Người Cũ']);
		expect(formatImportReport(result, { kind: 'dry-run', output: OUTPUT })).toContain('(trang tính ẩn / hidden sheet "Bản cũ")');
	});

	test('lists the sheets, hidden ones marked, when --sheet names none of them', async () => {
		const { problems } = await readSpreadsheet(write('trang-an.xlsx', buildWorkbook(WORKBOOKS['trang-an.xlsx']!)), 'Trang 9');
		expect(problems.map((problem) => problem.en)).toEqual([
			'There is no sheet "Trang 9". Sheets available: "Bản cũ" (ẩn / hidden), "Danh sách", "Ghi chú", "Bổ sung".',
		]);
	});

	test('stops on hidden rows and columns that hold data, naming them by row number and column letter', async () => {
		const { result } = await read('dong-cot-an.xlsx');
		expect(result.problems.map((problem) => [problem.code, problem.en.split(' hidden')[0]])).toEqual([
			['import.hidden-columns', 'Column E ("Số CCCD") is'],
			['import.hidden-rows', 'Rows 3, 5–6 are'],
		]);
	});

	test('stops on every imported cell whose formula was never computed or shows an error, and on nothing else', async () => {
		const { result } = await read('cong-thuc.xlsx');
		expect(result.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
			[2, 'Nơi biệt phái', 'import.formula-no-value'],
			[3, 'Lĩnh vực', 'import.cell-error'],
			[4, 'Họ và tên', 'import.formula-no-value'],
			[4, 'Lĩnh vực', 'import.formula-no-value'],
			[4, 'Nơi biệt phái', 'import.formula-no-value'],
		]);
		// A row of formulas only is not dropped as empty, and a computed value is used as it is.
		expect(result.rows.map((row) => row.row)).toEqual([2, 3, 4]);
		expect(result.rows[1]?.cells['commune']).toBe('03325');
	});

	test('reads the merged header and the cell merged down of the committed fixture', async () => {
		const { sheet } = await readSpreadsheet(resolve('tests/fixtures/import/danh-sach-tieu-de-gop.xlsx'));
		const result = buildImport(sheet!, records, DECISION, { source: 'vi-du-danh-sach' });
		expect([result.headerRow, result.headerLastRow]).toEqual([3, 4]);
		expect(result.problems).toEqual([]);
		expect(result.rows.map((row) => [row.cells['agency'], row.cells['commune'], row.cells['role']])).toEqual([
			['so-xay-dung-dien-bien', '03328', 'Phòng Kinh tế'],
			['so-xay-dung-dien-bien', '03325', 'Phòng Kinh tế'],
			['so-noi-vu-dien-bien', '03127', 'Văn phòng HĐND và UBND'],
		]);
		// No folded key ("noidenbietphai") anywhere in what the staff member reads.
		expect(formatImportReport(result, { kind: 'dry-run', output: OUTPUT })).not.toMatch(/noiden|bietphai/u);
	});
});

describe('a malformed file', () => {
	const workbook = buildWorkbook([{ name: 'Danh sách', rows: LIST }]);
	// What each file holds (nothing: the file is not written at all).
	const CASES: readonly (readonly [string, string, Uint8Array | string | undefined, string])[] = [
		['an empty file', 'trong.xlsx', new Uint8Array(0), 'import.file-empty'],
		['an empty CSV file', 'trong.csv', new Uint8Array(0), 'import.file-empty'],
		['a CSV file renamed to .xlsx', 'van-ban.xlsx', 'STT,Họ tên\r\n1,Nguyễn Văn Mẫu\r\n', 'import.not-zip-text'],
		[
			'a legacy .xls or a password-protected workbook',
			'cu.xlsx',
			Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)),
			'import.xls-or-password',
		],
		['binary bytes that are not a zip', 'nhi-phan.xlsx', Uint8Array.from({ length: 600 }, (_, i) => (i * 7) % 256), 'import.not-zip'],
		['a truncated workbook', 'cat-cut.xlsx', workbook.subarray(0, Math.floor(workbook.length / 2)), 'import.zip-truncated'],
		['a workbook with damaged packed data', 'hong.xlsx', Uint8Array.from(workbook, (byte, i) => (i >= 200 && i < 600 ? 0x55 : byte)), 'import.zip-corrupt'],
		['a Word file renamed to .xlsx', 'word.xlsx', zipParts({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'import.not-workbook'],
		['a zip bomb (500 KB that unpack to 500 MB)', 'bom.xlsx', zipBomb(500), 'import.zip-bomb'],
		['a zip bomb that lies about its size', 'bom-noi-doi.xlsx', zipBomb(500, 1_000), 'import.zip-bomb'],
		['a zip bomb under the total limit, compressed far more than sheet XML', 'bom-nho.xlsx', zipBomb(40), 'import.zip-bomb'],
		['a file that is not there', 'khong-co.xlsx', undefined, 'import.file-missing'],
		['a file type that is not read', 'danh-sach.ods', 'x', 'import.file-type'],
	];

	const pathOf = (file: string, bytes: Uint8Array | string | undefined): string => (bytes === undefined ? join(work, file) : write(file, bytes));

	test.each(CASES)('(%s) gives one clear problem and no rows', async (_name, file, bytes, code) => {
		const path = pathOf(file, bytes);
		const started = performance.now();
		const { sheet, problems } = await readSpreadsheet(path);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(sheet).toBeUndefined();
		expect(problems.map((problem) => problem.code)).toEqual([code]);
	});

	test('is refused over the file size limit before it is read', async () => {
		const { problems } = await readSpreadsheet(write('lon.csv', 'STT\n'.repeat(30)), undefined, { ...WORKBOOK_LIMITS, maxFileBytes: 100 });
		expect(problems.map((problem) => problem.code)).toEqual(['import.file-too-large']);
	});

	test('messages are pinned', async () => {
		const blocks: string[] = [];
		for (const [name, file, bytes] of CASES) {
			const { problems } = await readSpreadsheet(pathOf(file, bytes));
			blocks.push(`# ${name}\n${formatProblems(problems)}`);
		}
		const { problems } = await readSpreadsheet(write('lon.csv', 'STT\n'.repeat(30)), undefined, { ...WORKBOOK_LIMITS, maxFileBytes: 100 });
		blocks.push(`# a file over the size limit\n${formatProblems(problems)}`);
		await expect(`${pinned(blocks.join('\n\n'))}\n`).toMatchFileSnapshot('__snapshots__/malformed-files.problems.txt');
	});

	test.each([
		['a zip bomb', 'bom.xlsx', zipBomb(500), 'This file was not imported: its workbook unpacks to 500 MB'],
		['a truncated workbook', 'cat-cut.xlsx', workbook.subarray(0, 100), 'The .xlsx file is truncated'],
		['a file of 0 bytes', 'trong.xlsx', new Uint8Array(0), 'The file is empty (0 bytes)'],
		['a text file renamed to .xlsx', 'van-ban.xlsx', 'STT,Họ tên\n', 'If it is a CSV, rename it to .csv'],
	])('(%s) makes npm run import exit 1 with the message and no stack trace', (_name, file, bytes, message) => {
		const result = spawnSync(resolve('node_modules/.bin/node'), ['scripts/import.ts', write(file, bytes), '--decision', DECISION], {
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: CONTENT },
		});
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(message);
		expect(result.stdout).toContain('Nothing was written: 1 problem(s) remain.');
		expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Error:|RangeError/u);
	});
});

describe('the workbook messages', () => {
	test('not met by the files above are pinned too', async () => {
		const cases: readonly (readonly [ImportProblemCode, Record<string, string | number>])[] = [
			['import.zip-corrupt', { reason: 'size', part: 'xl/worksheets/sheet1.xml' }],
			['import.zip-corrupt', { reason: 'method', part: 'xl/worksheets/sheet1.xml' }],
			['import.zip-corrupt', { reason: 'directory' }],
			['import.zip-bomb', { reason: 'entries', found: 20_000, limit: 10_000 }],
			['import.no-visible-sheet', { allowed: '"Bản cũ" (ẩn / hidden)' }],
			['import.hidden-rows', { rows: '7' }],
			['import.hidden-columns', { columns: 'E ("Số CCCD"), G', plural: 1 }],
			['import.formula-no-value', { cell: 'C2' }],
			['import.formula-no-value', { cell: 'C2', formula: `CONCATENATE(${'"Xã Thanh Nưa",'.repeat(8)}"")` }],
			['import.cell-error', { cell: 'D3', error: '#N/A', formula: 'VLOOKUP(B3,A:B,2,FALSE)' }],
		];
		const text = cases.map(
			([code, params]) => `# ${code} ${JSON.stringify(params)}\n${formatProblems([importProblem('danh-sach.xlsx', undefined, undefined, code, params)])}`,
		);
		await expect(`${text.join('\n\n')}\n`).toMatchFileSnapshot('__snapshots__/workbook-messages.txt');
	});
});

describe('a large list', () => {
	test('of 200,000 rows is read and checked without a stack overflow, every problem reported', async () => {
		const rows = [
			['STT', 'Họ và tên', 'Xã/phường'],
			...Array.from({ length: 200_000 }, (_, i) => [i + 1, `Người ${i + 1}`, i % 2 ? 'Xã Thanh Nưa' : 'Xã Mường Phăng']),
		];
		const { sheet, problems } = await readSpreadsheet(
			write('lon.xlsx', buildWorkbook([{ name: 'Danh sách', rows, hiddenRows: [5, 7, 8, 9] }], { shared: true })),
		);
		expect(problems).toEqual([]);
		expect(sheet!.rows).toHaveLength(200_001);
		// Without --source, every named person is a problem: 200,000 of them, with the hidden rows.
		const result = buildImport(sheet!, records, DECISION);
		expect(result.rows).toHaveLength(200_000);
		expect(result.problems.filter((problem) => problem.code === 'assignment.person-without-source')).toHaveLength(200_000);
		expect(result.problems.find((problem) => problem.code === 'import.hidden-rows')?.en).toContain('Rows 5, 7–9 are hidden');
		expect(formatImportReport(result, { kind: 'blocked', output: OUTPUT }).length).toBeGreaterThan(200_000);
	}, 120_000);

	test.each([
		[[7], '7'],
		[[7, 9, 10, 11, 12, 15], '7, 9–12, 15'],
		[Array.from({ length: 100 }, (_, i) => 2 * i + 1), `${Array.from({ length: 20 }, (_, i) => 2 * i + 1).join(', ')}, … (+80)`],
	])('lists rows %j as %s', (numbers, expected) => {
		expect(describeRuns(numbers)).toBe(expected);
	});
});
