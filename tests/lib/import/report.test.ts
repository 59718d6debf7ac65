import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildImport, formatImportReport } from '../../../src/lib/import/build.ts';
import { readSpreadsheet } from '../../../src/lib/io/import-files.ts';
import { checkContent, readContent } from '../../../src/lib/io/read-content.ts';

const FIXTURES = 'tests/fixtures/import';
const CONTENT = `${FIXTURES}/content`;
const DECISION = '9999-qd-ubnd-2026';
const { records } = readContent(resolve(CONTENT));

/** Imports a fixture in memory, as the command does before writing. */
async function importFixture(name: string, options: { source?: string } = {}) {
	const { sheet, problems } = await readSpreadsheet(resolve(FIXTURES, name));
	expect(problems).toEqual([]);
	return buildImport(sheet!, records, DECISION, options);
}

describe('the import report', () => {
	test.each([
		['danh-sach-biet-phai.xlsx', 'blocked'],
		['danh-sach-biet-phai-da-sua.xlsx', 'dry-run'],
		['danh-sach-utf8-bom.csv', 'dry-run'],
		['danh-sach-unicode.txt', 'dry-run'],
		['danh-sach-tieu-de-gop.xlsx', 'dry-run'],
		['danh-sach-cong-thuc.xlsx', 'blocked'],
	] as const)('of %s is pinned', async (name, kind) => {
		const result = await importFixture(name, { source: 'vi-du-danh-sach' });
		const report = formatImportReport(result, { kind, output: `${CONTENT}/assignments/${DECISION}.csv` });
		await expect(`${report}\n`).toMatchFileSnapshot(`__snapshots__/${name}.report.txt`);
	});

	test('of the messy spreadsheet leaves exactly the ambiguous name and the typo unresolved', async () => {
		const result = await importFixture('danh-sach-biet-phai.xlsx', { source: 'vi-du-danh-sach' });
		expect(result.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
			[11, 'Nơi biệt phái', 'import.commune-ambiguous'],
			[12, 'Nơi biệt phái', 'import.commune-unknown'],
		]);
		expect(result.problems[1]?.vi).toContain('Có phải "03260 Xã Pú Nhung"?');
	});

	test('of the corrected spreadsheet resolves every row of the messy one, whatever the encoding of names', async () => {
		const result = await importFixture('danh-sach-biet-phai-da-sua.xlsx', { source: 'vi-du-danh-sach' });
		expect(result.problems).toEqual([]);
		expect(result.rows.map((row) => row.cells['commune'])).toEqual([
			'03328',
			'03127',
			'03325',
			'03127',
			'03253',
			'03334',
			'03217',
			'03260',
			'03356',
			'03172',
			'03328',
			'03349',
		]);
		expect(result.rows.every((row) => row.cells['start'] === '2026-02-02' && row.cells['end'] === '2026-08-01')).toBe(true);
		expect(result.rows[2]?.cells['person_name']).toBe('Lò Văn Giả'.normalize('NFC'));
		expect(result.rows[11]?.cells['person_name']).toBe('Mùa Thị Liệu');
	});

	test('never carries a personal-data column into the rows', async () => {
		const result = await importFixture('danh-sach-biet-phai-da-sua.xlsx', { source: 'vi-du-danh-sach' });
		expect(result.headers.find((mapping) => mapping.header === 'Ngày sinh')).toEqual({ header: 'Ngày sinh', kind: 'personal', personal: 'birth-date' });
		expect(result.rows.some((row) => Object.values(row.cells).includes('01/01/1990'))).toBe(false);
	});

	test('reports named people without a source, with a hint on --source', async () => {
		const result = await importFixture('danh-sach-utf8-bom.csv');
		expect(result.problems.map((problem) => [problem.row, problem.code])).toEqual([
			[2, 'assignment.person-without-source'],
			[3, 'assignment.person-without-source'],
			[4, 'assignment.person-without-source'],
		]);
		expect(result.notes.at(-1)?.en).toContain('--source <source id> (one of: vi-du-danh-sach)');
	});

	test('reports an unknown decision with the nearest id', async () => {
		const { sheet } = await readSpreadsheet(resolve(FIXTURES, 'danh-sach-utf8-bom.csv'));
		const result = buildImport(sheet!, records, '9999-qd-ubnd-2025');
		expect(result.problems.map((problem) => problem.code)).toEqual(['import.decision-unknown']);
		expect(result.problems[0]?.en).toContain('Did you mean "9999-qd-ubnd-2026"?');
	});
});

describe('npm run import', () => {
	const work = mkdtempSync(join(tmpdir(), 'minh-bach-import-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const content = join(work, 'content');
	cpSync(CONTENT, content, { recursive: true });
	const output = join(content, 'assignments', `${DECISION}.csv`);
	const run = (...args: string[]) =>
		spawnSync(resolve('node_modules/.bin/node'), ['scripts/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
	const fixed = `${FIXTURES}/danh-sach-biet-phai-da-sua.xlsx`;

	test('exits 1 and writes nothing while anything is unresolved', () => {
		const result = run(`${FIXTURES}/danh-sach-biet-phai.xlsx`, '--decision', DECISION, '--source', 'vi-du-danh-sach');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('Chưa xử lý được / Unresolved: 2');
		expect(existsSync(output)).toBe(false);
	});

	test('writes nothing on a dry run', () => {
		const result = run(fixed, '--decision', DECISION, '--source', 'vi-du-danh-sach', '--dry-run');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Dry run (--dry-run): 12 valid rows, nothing written.');
		expect(existsSync(output)).toBe(false);
	});

	test('writes a canonical CSV that the content check accepts', () => {
		const result = run(fixed, '--decision', DECISION, '--source', 'vi-du-danh-sach');
		expect(result.status).toBe(0);
		const bytes = readFileSync(output);
		expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		expect(text.includes('\r')).toBe(false);
		expect(text.split('\n')[0]).toBe('commune,agency,specialty,category,role,person_name,person_title,start,end,source,note');
		expect(text.split('\n')[1]).toBe('03328,so-xay-dung-dien-bien,xay-dung,,,Nguyễn Văn Mẫu,Chuyên viên,2026-02-02,2026-08-01,vi-du-danh-sach,');
		const checked = checkContent(content);
		expect(checked.problems).toEqual([]);
		expect(checked.model.assignments).toHaveLength(12);
	});

	test('never overwrites an existing file without --force', () => {
		writeFileSync(output, 'kept\n');
		const refused = run(fixed, '--decision', DECISION, '--source', 'vi-du-danh-sach');
		expect(refused.status).toBe(1);
		expect(refused.stdout).toContain('run again with --force');
		expect(readFileSync(output, 'utf8')).toBe('kept\n');
		const forced = run(fixed, '--decision', DECISION, '--source', 'vi-du-danh-sach', '--force');
		expect(forced.status).toBe(0);
		expect(readFileSync(output, 'utf8').split('\n')).toHaveLength(14);
	});

	test('refuses a CSV in a legacy code page and says how to re-save it', () => {
		const result = run(`${FIXTURES}/danh-sach-windows-1258.csv`, '--decision', DECISION);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('"CSV UTF-8 (Comma delimited)"');
	});

	test('reads the sheet named by --sheet and lists the sheets when it is missing', () => {
		const result = run(fixed, '--decision', DECISION, '--sheet', 'Trang 2', '--dry-run');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('There is no sheet "Trang 2". Sheets available: "Danh sách".');
		expect(run(fixed, '--decision', DECISION, '--sheet', 'danh sach', '--source', 'vi-du-danh-sach', '--dry-run').status).toBe(0);
	});
});
