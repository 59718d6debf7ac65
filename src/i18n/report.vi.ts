/**
 * How a report of problems is laid out, in Vietnamese: the location of a problem, the count of those
 * left out of a long report, the one-line summary. report.en.ts has the same keys and placeholders.
 */
export const reportVi = {
	'report.row': 'dòng {row}',
	'report.character': ', ký tự {col}',
	'report.column': 'cột "{column}"',
	'report.more-of-kind.one': '… và {n} lỗi khác cùng loại "{code}" trong tệp này{rows}.',
	'report.more-of-kind.other': '… và {n} lỗi khác cùng loại "{code}" trong tệp này{rows}.',
	'report.rows': ' (dòng / rows {rows})',
	'report.shortened':
		'Báo cáo rút gọn: {shown} lỗi được in đầy đủ, {hidden} lỗi được đếm. Dùng "npm run check -- --report problems.json" để có danh sách đầy đủ.',
	'report.none': 'Không có lỗi.',
	'report.found.one': 'Tìm thấy {n} lỗi; bản dựng dừng lại.',
	'report.found.other': 'Tìm thấy {n} lỗi; bản dựng dừng lại.',
} as const;
