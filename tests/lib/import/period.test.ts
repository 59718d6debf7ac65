import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildImport, type SheetInput } from '../../../src/lib/import/build.ts';
import { readContent } from '../../../src/lib/io/read-content.ts';

const { records } = readContent(resolve('tests/fixtures/minimal'));
const DECISION = '123-qd-ubnd-2025';
const sheet = (rows: SheetInput['rows']): SheetInput => ({ file: 'danh-sach.csv', rows });

describe('a period column ("Thời gian")', () => {
	test('is split into the first and last day of each row', () => {
		const result = buildImport(
			sheet([
				['Xã, phường nhận', 'Cơ quan cử', 'Thời gian'],
				['Xã Sín Thầu', 'Sở Tài chính tỉnh Điện Biên', '01/11/2025 - 31/01/2026'],
			]),
			records,
			DECISION,
			{ category: 'so-nganh' },
		);
		expect(result.problems).toEqual([]);
		expect(result.rows.map((row) => [row.cells['start'], row.cells['end']])).toEqual([['2025-11-01', '2026-01-31']]);
		expect(result.changes.find((change) => change.column === 'Thời gian')?.to).toBe('2025-11-01 – 2026-01-31');
	});

	test('reports a period it cannot read at its cell', () => {
		const result = buildImport(
			sheet([
				['Xã, phường nhận', 'Thời gian'],
				['Xã Sín Thầu', '6 tháng'],
			]),
			records,
			DECISION,
			{ category: 'so-nganh' },
		);
		expect(result.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([[2, 'Thời gian', 'import.period']]);
	});

	test('reports a period column beside a column of its own for the first day', () => {
		const result = buildImport(
			sheet([
				['Xã, phường nhận', 'Thời gian', 'Từ ngày'],
				['Xã Sín Thầu', '01/11/2025 - 31/01/2026', '01/11/2025'],
			]),
			records,
			DECISION,
			{ category: 'so-nganh' },
		);
		expect(result.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([[1, 'Thời gian', 'import.duplicate-header']]);
	});

	test('locates a day outside the decision at the period column', () => {
		const result = buildImport(
			sheet([
				['Xã, phường nhận', 'Thời gian'],
				['Xã Sín Thầu', '01/11/2025 - 31/12/2027'],
			]),
			records,
			DECISION,
			{ category: 'so-nganh' },
		);
		expect(result.problems.map((problem) => [problem.row, problem.column])).toEqual([[2, 'Thời gian']]);
	});
});
