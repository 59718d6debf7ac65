import { describe, expect, test } from 'vitest';
import { CommuneSchema } from '../../../src/schemas/commune.ts';
import { AssignmentRowSchema, ASSIGNMENT_COLUMNS } from '../../../src/schemas/assignment.ts';
import { parseCsv, validateTable } from '../../../src/lib/validate/table.ts';

const FILE = 'content/x.csv';

describe('parseCsv', () => {
	test.each([
		['without a byte-order mark', 'code,name\n03127,Điện Biên Phủ\n'],
		['with a byte-order mark (Excel "CSV UTF-8")', '\uFEFFcode,name\n03127,Điện Biên Phủ\n'],
		['with Windows line ends', 'code,name\r\n03127,Điện Biên Phủ\r\n'],
		['without a final line end', 'code,name\n03127,Điện Biên Phủ'],
	])('reads a file %s', (_, text) => {
		const { table, problems } = parseCsv(FILE, text);
		expect(problems).toEqual([]);
		expect(table.columns).toEqual(['code', 'name']);
		expect(table.rows).toEqual([{ row: 2, cells: { code: '03127', name: 'Điện Biên Phủ' } }]);
	});

	test('keeps commas inside quoted cells and leading zeros of codes', () => {
		const { table } = parseCsv(FILE, 'code,merged_from\n03127,"các phường Him Lam, Tân Thanh"\n');
		expect(table.rows[0]?.cells).toEqual({ code: '03127', merged_from: 'các phường Him Lam, Tân Thanh' });
	});

	test('numbers rows as a spreadsheet does (header = 1) and skips empty rows without renumbering the others', () => {
		const { table } = parseCsv(FILE, 'code\n03127\n\n , \n03151\n');
		expect(table.rows.map((r) => [r.row, r.cells['code']])).toEqual([
			[2, '03127'],
			[5, '03151'],
		]);
	});

	test('normalises cells to NFC, trims them and leaves empty cells out', () => {
		const { table } = parseCsv(FILE, `code , name,note\n 03127 ,${'Điện Biên Phủ'.normalize('NFD')}  ,\n`);
		expect(table.columns).toEqual(['code', 'name', 'note']);
		expect(table.rows[0]?.cells).toEqual({ code: '03127', name: 'Điện Biên Phủ' });
	});

	test.each([
		['a row with too many cells', 'a,b\n1,2,3\n', [{ code: 'csv.field-count', row: 2 }]],
		['a row with too few cells', 'a,b\n1\n', [{ code: 'csv.field-count', row: 2 }]],
		['a header with a column twice', 'a,b,a\n1,2,3\n', [{ code: 'csv.duplicate-column', row: 1, column: 'a' }]],
		['an unclosed quote', 'a,b\n1,2\n3,"4\n', [{ code: 'csv.syntax', row: 3 }]],
		['an empty file', '', [{ code: 'csv.empty' }]],
		['only a byte-order mark', '\uFEFF', [{ code: 'csv.empty' }]],
	])('reports %s', (_, text, expected) => {
		expect(parseCsv(FILE, text).problems).toMatchObject(expected);
	});

	test('reads a comma file whose cells hold semicolons as a comma file', () => {
		const { table, problems } = parseCsv(FILE, 'commune,note\n03127,a; b; c; d\n03151,x; y; z; w\n');
		expect(problems).toEqual([]);
		expect(table.columns).toEqual(['commune', 'note']);
		expect(table.rows[1]?.cells).toEqual({ commune: '03151', note: 'x; y; z; w' });
	});

	test.each([
		['semicolons', 'code;name\n03127;A\n', 'Tệp dùng dấu chấm phẩy (;) để ngăn cách cột'],
		['tabs', 'code\tname\n03127\tA\n', 'Tệp dùng phím Tab để ngăn cách cột'],
	])('says a file separated by %s must be saved again with commas', (_, text, vi) => {
		const { table, problems } = parseCsv(FILE, text);
		expect(problems).toMatchObject([{ code: 'csv.delimiter', row: 1 }]);
		expect(problems[0]?.vi).toContain(vi);
		expect(table.rows).toEqual([]);
	});

	test('drops a row it could not read instead of validating its cells', () => {
		const { table } = parseCsv(FILE, 'a,b\n1,2\n3,"4\n5,6\n');
		expect(table.rows.map((r) => r.row)).toEqual([2]);
	});
});

describe('validateTable', () => {
	const COMMUNE_COLUMNS = Object.keys(CommuneSchema.shape);
	const communes = (text: string) => validateTable(parseCsv(FILE, text).table, CommuneSchema, COMMUNE_COLUMNS);

	test('returns valid rows as located records and every failing row as rejected', () => {
		const result = communes(
			'code,type,name,full_name,name_en,province\n03127,phường,Điện Biên Phủ,Phường Điện Biên Phủ,Dien Bien Phu Ward,11\n3151,phường,Mường Lay,Phường Mường Lay,Muong Lay Ward,11\n',
		);
		expect(result.records).toMatchObject([{ file: FILE, row: 2, data: { code: '03127', type: 'phường' } }]);
		expect(result.rejected.map((r) => r.row)).toEqual([3]);
		expect(result.problems).toMatchObject([{ code: 'code.commune', row: 3, column: 'code' }]);
	});

	test('reports all problems of all rows at once, not the first', () => {
		const result = communes(
			'code,type,name,full_name,name_en,province\n3127,phố,Điện Biên Phủ,Phường Điện Biên Phủ,,11\n03151,phường,,Phường Mường Lay,Muong Lay Ward,1\n',
		);
		expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[2, 'code', 'code.commune'],
			[2, 'type', 'commune.type'],
			[2, 'name_en', 'value.missing'],
			[3, 'name', 'value.missing'],
			[3, 'province', 'code.province'],
		]);
	});

	test('reports a missing required column once, not on every row', () => {
		const result = communes('code,type,name,full_name,province\n03127,phường,A,Phường A,11\n03151,phường,B,Phường B,11\n');
		expect(result.problems.map((p) => [p.row, p.code, p.vi])).toEqual([[1, 'csv.missing-column', 'Thiếu cột bắt buộc "name_en".']]);
	});

	test('does not ask for an optional column', () => {
		expect(communes('code,type,name,full_name,name_en,province\n03127,phường,A,Phường A,A Ward,11\n').problems).toEqual([]);
	});

	test('lists the allowed columns when it refuses an unknown one, and still validates the known cells', () => {
		const result = validateTable(parseCsv(FILE, 'commune,ghi chu\n3127,x\n').table, AssignmentRowSchema, ASSIGNMENT_COLUMNS);
		expect(result.problems.map((p) => p.code)).toEqual(['csv.unknown-column', 'code.commune']);
		expect(result.problems[0]?.en).toContain(`Allowed columns: ${ASSIGNMENT_COLUMNS.join(', ')}.`);
	});

	test.each([
		['Số điện thoại', 'phone'],
		['CCCD', 'citizen ID'],
		['Ngày sinh', 'birth date'],
		['Email', 'e-mail'],
	])('refuses the personal-data column %j and says it holds a %s', (column, words) => {
		const result = validateTable(parseCsv(FILE, `commune,${column}\n03127,x\n`).table, AssignmentRowSchema, ASSIGNMENT_COLUMNS);
		expect(result.problems).toMatchObject([{ code: 'personal.column', row: 1, column }]);
		expect(result.problems[0]?.en).toContain(words);
	});

	test('refuses an ID number in a free-text cell but not digits in a code or date column', () => {
		const result = validateTable(
			parseCsv(FILE, 'commune,note,start\n03127,001085012345,20/10/2025\n03127,Phòng Kinh tế,2025-10-20\n').table,
			AssignmentRowSchema,
			ASSIGNMENT_COLUMNS,
		);
		expect(result.problems).toMatchObject([{ code: 'personal.value', row: 2, column: 'note' }]);
		expect(result.records.map((r) => r.data.start)).toEqual(['2025-10-20']);
	});
});
