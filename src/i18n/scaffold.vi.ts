/**
 * What the scaffolding commands say and write, in Vietnamese: `npm run new:site` (its usage, the
 * problems with its options and its --out folder, the note on a province whose list is out of date,
 * what it prints when done, the placeholders of the new site.config.ts) and the comments of the
 * skeleton `npm run new:decision` writes. scaffold.en.ts has the same keys and placeholders.
 */
export const scaffoldVi = {
	'scaffold.usage.province': 'mã 2 chữ số của tỉnh, thành phố',
	'scaffold.usage.out': 'một thư mục mới',
	'scaffold.options.invalid': 'Tùy chọn không hợp lệ.',
	'scaffold.options.required': 'Cần --province và --out.',
	'scaffold.url.not-full': 'Địa chỉ "{url}" không phải địa chỉ web đầy đủ. Ghi cả "https://", ví dụ https://sonoivu.dienbien.gov.vn.',
	'scaffold.url.not-origin':
		'Địa chỉ "{url}" chỉ được gồm giao thức và tên miền, ví dụ {origin}. Đường dẫn con (GitHub Pages: "/ten-kho/") đặt bằng biến BASE_PATH khi build.',
	'scaffold.url.placeholder': '{placeholder} là địa chỉ mẫu, không phải địa chỉ của trang. Bỏ --url nếu chưa có địa chỉ.',
	'scaffold.province.unknown': 'Không có tỉnh, thành phố mã "{code}" trong danh sách 34 đơn vị cấp tỉnh. Mã gồm 2 chữ số: {known}.',
	'scaffold.title.empty': '{flag} không được để trống.',
	'scaffold.licence.missing': 'Không tìm thấy giấy phép MIT của danh sách trong scripts/bench/data/NOTICE.md; không thể sao chép danh sách khi thiếu nó.',
	'scaffold.later.75':
		'Nghị quyết 30/2026/QH16 (hiệu lực từ 30/4/2026) đổi tên Đồng Nai và chuyển 10 xã thành phường; danh sách này (1/7/2025) chưa có thay đổi đó. Sửa provinces.csv và tệp xã, phường theo nghị quyết trước khi công bố.',
	'scaffold.out.not-folder': '{path} đã có và không phải thư mục. Chọn một thư mục mới cho --out.',
	'scaffold.out.not-empty': 'Thư mục {path} đã có và không trống; không ghi vào đó để khỏi lẫn hay đè tệp. Chọn một thư mục mới (hoặc trống) cho --out.',
	'scaffold.created': 'Đã tạo',
	'scaffold.note': 'Chú ý',
	'scaffold.units': 'xã, phường, đặc khu',
	'scaffold.next': 'Tiếp theo',
	'scaffold.next.replace': 'Thay content/ và site.config.ts của bản sao kho mã bằng hai thứ này; điền mọi "{fill}" trong site.config.ts.',
	'scaffold.fill-in': 'CHƯA ĐIỀN',
	'scaffold.config.publisher': 'CHƯA ĐIỀN: tên cơ quan công bố trang này',
	'scaffold.sources.title': 'Nguồn dữ liệu',
	'scaffold.sources.intro':
		'Thư mục này do `npm run new:site -- --province {code}` tạo cho {name}: chỉ có các danh mục chính thức, chưa có quyết định, phân công, cơ quan hay người nào. Mỗi thông tin thêm vào phải có nguồn công bố và được ghi vào bảng dưới.',
	'scaffold.sources.units.xã': '{n} xã',
	'scaffold.sources.units.phường': '{n} phường',
	'scaffold.sources.units.đặc khu': '{n} đặc khu',
	'scaffold.sources.provinces': '34 đơn vị cấp tỉnh từ 1/7/2025',
	'scaffold.sources.communes': '{n} đơn vị cấp xã của {name} ({composition}) ngày 1/7/2025',
	'scaffold.sources.communes.slug': 'Cột `slug` chỉ có ở {n} dòng có tên trùng đường dẫn',
	'scaffold.sources.communes.optional':
		'Các cột `resolution_clause`, `merged_from`, `area_km2`, `population`, `area_population_source` chưa có: thêm khi có nguồn (nghị quyết sắp xếp của Ủy ban Thường vụ Quốc hội, trang ghi diện tích, dân số)',
	'scaffold.sources.agencies': 'Chỉ có dòng tiêu đề; thêm mỗi cơ quan cử cán bộ kèm bài viết hoặc văn bản nêu tên (`source`)',
	'scaffold.sources.specialties':
		'Sao nguyên từ danh mục lĩnh vực của dự án Minh Bạch (content/specialties.csv, lập từ các lĩnh vực Điện Biên nêu là thiếu và các lĩnh vực báo chí nêu ở các tỉnh khác); không nói gì về tỉnh này; có thể thêm lĩnh vực',
	'scaffold.sources.none-yet': 'Chưa có',
	'scaffold.sources.decisions': 'Tạo bằng `npm run new:decision`; mỗi quyết định ghi nguồn trong frontmatter',
	'scaffold.sources.assignments': 'Mỗi dòng dẫn một nguồn của quyết định (`source`); chỉ nêu tên người khi nhà nước hoặc báo chí đã công bố',
	'scaffold.decision.usage.number': '--number có thể bỏ nếu quyết định chưa công bố số hiệu',
	'scaffold.decision.options.required': 'Cần --date và --province.',
	'scaffold.decision.date': 'Ngày "{date}" không đúng dạng dd/mm/yyyy.',
	'scaffold.decision.number': 'Số hiệu "{number}" không đúng dạng, ví dụ "2446/QĐ-UBND".',
	'scaffold.decision.province': 'Không có tỉnh mã "{province}".',
	'scaffold.decision.province.in': 'Không có tỉnh mã "{province}" trong {path}.',
	'scaffold.decision.exists': 'Tệp {path} đã có; không ghi đè. Mở tệp đó để sửa.',
	'scaffold.decision.issuer.city': 'Ủy ban nhân dân thành phố {name}',
	'scaffold.decision.issuer.province': 'Ủy ban nhân dân tỉnh {name}',
	'scaffold.decision.next': 'Điền các ô "" rồi chạy "npm run check".',
	'scaffold.decision.header': 'Quyết định mới: điền các ô "" và bỏ dấu # ở các trường có thông tin, rồi chạy "npm run check".',
	'scaffold.decision.example': 'ví dụ',
	'scaffold.decision.body': 'Tóm tắt quyết định bằng tiếng Việt: ai được cử, từ đâu, về đâu, trong bao lâu, theo nguồn nào.',
} as const;
