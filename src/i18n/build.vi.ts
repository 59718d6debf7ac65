/**
 * What a build says about where it publishes, in Vietnamese (src/integrations/content-check.ts): a
 * publishing build stopped by the placeholder address or an incomplete history, the as-of day taken
 * from the content, a preview build; and a chart's refusal of what it cannot draw (`chart.*`, a fault of
 * the code that feeds it: the content check has refused such values before). build.en.ts has the same
 * keys and placeholders.
 */
export const buildVi = {
	'build.placeholder-address':
		'Địa chỉ công khai của trang vẫn là địa chỉ mẫu {placeholder}: mã QR trên mọi bản in, đường dẫn trích dẫn, sơ đồ trang và nguồn tin sẽ dẫn tới nơi không có thật. Đặt biến môi trường SITE_URL (ví dụ https://sonoivu.dienbien.gov.vn) hoặc sửa url trong site.config.ts.',
	'build.as-of-from-content': 'Ngày tính trạng thái là ngày muộn nhất trong nội dung ({day}) vì không có SOURCE_DATE_EPOCH và không đọc được lịch sử git.',
	'build.history-incomplete':
		'Lịch sử thay đổi của thư mục nội dung không đầy đủ ({reason}{from}): bản công bố cần toàn bộ lịch sử git. Trên GitHub dùng actions/checkout với fetch-depth: 0, trên GitLab đặt GIT_DEPTH: 0.',
	'build.history-incomplete.from': ', từ {earliest}',
	'build.preview': 'Bản xem trước: địa chỉ công khai vẫn là {placeholder}; mỗi trang ghi rõ điều đó. Đặt SITE_URL trước khi công bố.',
	'chart.date': 'Ngày "{value}" không đúng dạng yyyy-mm-dd.',
	'chart.colour': 'Màu không hợp lệ "{hex}", cần dạng #rrggbb.',
	'chart.viewbox': 'framedSvg: không đọc được viewBox của biểu đồ.',
	'chart.matrix.value': 'Ô "{row}" × "{column}": giá trị {value} không hợp lệ.',
	'chart.bars.series': 'Thanh "{bar}": chuỗi "{series}" không có trong danh sách.',
	'chart.bars.value': 'Thanh "{bar}": giá trị {value} không hợp lệ.',
} as const;
