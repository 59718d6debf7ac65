import { describe, expect, test } from 'vitest';
import { chartTableRows } from '../../src/site/chart-table.ts';

describe('chartTableRows', () => {
	const table = {
		caption: 'Người theo lĩnh vực',
		columns: [{ label: 'Xã' }, { label: 'Đất đai', numeric: true }, { label: 'Ghi chú <b>' }],
		rows: [
			['Xã <A> & "B"', 1234, 0],
			['Xã C', 0, 'không có'],
		],
	};

	test('writes a header cell, then each value with its column name, numbers the reader’s way, texts escaped', () => {
		expect(chartTableRows(table, 'vi', false).join('')).toBe(
			'<tr><th scope="row">Xã &lt;A&gt; &amp; &quot;B&quot;</th><td class="num" data-label="Đất đai">1.234</td><td data-label="Ghi chú <b>">0</td></tr>' +
				'<tr><th scope="row">Xã C</th><td class="num" data-label="Đất đai">0</td><td data-label="Ghi chú <b>">không có</td></tr>',
		);
	});

	test('marks zero cells only in a table that becomes a list on narrow screens', () => {
		const rows = chartTableRows(table, 'en', true).join('');
		expect(rows).toContain('<td class="num" data-label="Đất đai">1,234</td><td data-label="Ghi chú <b>" data-zero>0</td>');
		expect(rows.match(/data-zero/gu)).toHaveLength(2);
	});
});
