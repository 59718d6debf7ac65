import { describe, expect, test } from 'vitest';
import { layoutMatrix } from '../../../src/lib/charts/matrix.ts';
import { textWidth } from '../../../src/lib/charts/svg.ts';
import { matrixCols, matrixRows, matrixValue } from '../../fixtures/charts/data.ts';

const geometry = layoutMatrix(matrixRows, matrixCols, matrixValue);
const cell = (row: string, col: string) => geometry.cells.find((c) => c.rowId === row && c.colId === col)!;

describe('layoutMatrix geometry', () => {
	test('draws one cell per row and column', () => {
		expect(geometry.cells).toHaveLength(matrixRows.length * matrixCols.length);
	});

	test.each([
		['03127', 'cntt', 'count', '2'],
		['03160', 'xay-dung', 'count', '3'],
		['03127', 'dat-dai', 'zero', undefined],
		['03200', 'xay-dung', 'missing', undefined],
	])('shows %s × %s as a %s cell with text %s', (row, col, kind, text) => {
		expect(cell(row, col).kind).toBe(kind);
		expect(cell(row, col).text).toBe(text);
	});

	test('fills a zero differently from no data, so an empty cell is never read as unknown', () => {
		expect(cell('03127', 'dat-dai').fill).not.toBe(cell('03200', 'xay-dung').fill);
	});

	test('shades a count of 3 darker than a count of 1', () => {
		const lum = (hex: string) => parseInt(hex.slice(1), 16);
		expect(lum(cell('03160', 'xay-dung').fill)).toBeLessThan(lum(cell('03127', 'y-te').fill));
	});

	test('lists "no data" in the legend only when a cell has none', () => {
		expect(geometry.legend.map((l) => l.kind)).toEqual(['count', 'zero', 'missing']);
		expect(layoutMatrix(matrixRows, matrixCols, () => 1).legend.map((l) => l.kind)).toEqual(['count', 'zero']);
	});

	test('formats counts in the reader’s language', () => {
		const big = layoutMatrix([{ id: 'r', label: 'r' }], [{ id: 'c', label: 'c' }], () => 1500, { lang: 'en' });
		expect(big.cells[0]!.text).toBe('1,500');
	});

	test('keeps rotated headers inside the viewBox', () => {
		const cos = Math.SQRT1_2;
		for (const c of geometry.cols) {
			expect(c.x + textWidth(c.text, 12) * cos).toBeLessThanOrEqual(geometry.width);
			expect(c.y - textWidth(c.text, 12) * cos).toBeGreaterThanOrEqual(0);
		}
	});

	test('cuts a very long header with an ellipsis', () => {
		const g = layoutMatrix(matrixRows, [{ id: 'x', label: 'Quản lý đô thị, quy hoạch, kiến trúc và phát triển hạ tầng kỹ thuật' }], () => 0);
		expect(g.cols[0]!.text.endsWith('…')).toBe(true);
	});

	test('stacks rows below the headers without overlap', () => {
		expect(geometry.rows[0]!.y).toBe(geometry.grid.y);
		for (let i = 1; i < geometry.rows.length; i++) expect(geometry.rows[i]!.y).toBe(geometry.rows[i - 1]!.y + geometry.rows[i - 1]!.height);
	});

	test('rejects a negative count', () => {
		expect(() => layoutMatrix(matrixRows, matrixCols, () => -2)).toThrow(/-2/u);
	});
});
