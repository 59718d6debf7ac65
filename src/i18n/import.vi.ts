/**
 * What `npm run import` says, in Vietnamese: the sentences of the problems only a spreadsheet has
 * (keyed `problem.<code>`, codes `import.*`; `{value}` is the value found, quoted, "(trống / empty)"
 * when empty), their parts, and the notes of the import's report. import.en.ts has the same keys.
 */
export const importProblemsVi = {
	'problem.import.file-type': 'Không nhập được tệp {value}: chỉ nhận tệp .xlsx hoặc .csv. Trong Excel, chọn Tệp > Lưu thành > "Sổ làm việc Excel (*.xlsx)".',
	'problem.import.encoding':
		'Tệp CSV không phải UTF-8 hay UTF-16 nên chữ tiếng Việt sẽ bị hỏng. Mở tệp trong Excel, chọn Tệp > Lưu thành > "CSV UTF-8 (phân cách bằng dấu phẩy)" hoặc "Văn bản Unicode", rồi nhập lại; hoặc lưu thành .xlsx.',
	'problem.import.file-missing': 'Không tìm thấy tệp {value}. Kiểm tra đường dẫn và tên tệp; tên có dấu cách thì đặt trong dấu ngoặc kép.',
	'problem.import.file-empty':
		'Tệp trống (0 byte) nên không có gì để nhập; có thể tệp chưa được lưu xong hoặc tải về bị lỗi. Mở bảng tính gốc, lưu lại rồi nhập lại.',
	'problem.import.file-too-large':
		'Tệp nặng {found}, quá giới hạn {limit} của lệnh nhập. Một danh sách biệt phái thường chỉ vài trăm KB: xóa các trang tính, hình ảnh và cột không cần, rồi lưu lại và nhập lại.',
	'problem.import.xls-or-password':
		'Tệp không phải sổ làm việc .xlsx thông thường: đó là tệp Excel đời cũ (.xls) hoặc tệp .xlsx có đặt mật khẩu. Mở tệp trong Excel, bỏ mật khẩu nếu có (Tệp > Thông tin > Bảo vệ sổ làm việc), rồi chọn Tệp > Lưu thành > "Sổ làm việc Excel (*.xlsx)" và nhập lại.',
	'problem.import.not-zip-text':
		'Tệp có đuôi .xlsx nhưng bên trong là văn bản (có thể là tệp CSV hoặc trang web bị đổi đuôi). Nếu là CSV, đổi đuôi tệp thành .csv rồi nhập lại; nếu không, mở trong Excel và lưu thành "Sổ làm việc Excel (*.xlsx)".',
	'problem.import.not-zip': 'Tệp có đuôi .xlsx nhưng không phải sổ làm việc Excel (một tệp .xlsx là một tệp nén .zip, tệp này thì không). {resave}',
	'problem.import.zip-truncated':
		'Tệp .xlsx bị cắt cụt: thiếu phần cuối của tệp nén, thường do tải về hoặc sao chép chưa xong. Tải hoặc sao chép lại tệp; nếu vẫn lỗi, mở tệp gốc trong Excel và lưu lại thành .xlsx.',
	'problem.import.zip-corrupt': 'Tệp .xlsx bị hỏng: {reason}. {resave}',
	'problem.import.zip-bomb':
		'Không nhập tệp này vì {reason}. Một danh sách biệt phái thường chỉ vài trăm KB; một tệp nhỏ mà giải nén ra rất lớn thường là tệp hỏng hoặc tệp độc hại ("bom nén"), nên tệp không được mở tiếp. Kiểm tra nguồn gốc của tệp. Nếu danh sách thật sự lớn như vậy, xóa các trang tính không cần, hoặc lưu danh sách thành "CSV UTF-8" rồi nhập tệp CSV.',
	'problem.import.not-workbook':
		'Tệp là một tệp nén nhưng không phải sổ làm việc Excel (không có xl/workbook.xml); có thể đó là tệp Word, hoặc bảng tính LibreOffice (.ods) bị đổi đuôi. Mở tệp trong Excel hoặc LibreOffice và lưu thành "Sổ làm việc Excel (*.xlsx)".',
	'problem.import.no-visible-sheet': 'Sổ làm việc không có trang tính nào đang hiện. Các trang tính có: {allowed}. Chọn trang cần nhập bằng --sheet "TÊN".',
	'problem.import.hidden-rows':
		'Dòng {rows} đang bị ẩn (hoặc bị bộ lọc ẩn đi) nhưng có dữ liệu, nên chưa nhập gì: dữ liệu người xem bảng tính không thấy thì không được nhập. Bỏ ẩn để kiểm tra (chọn các dòng bao quanh, nhấp chuột phải > Bỏ ẩn; hoặc Dữ liệu > Xóa bộ lọc), rồi giữ lại hoặc xóa các dòng đó và nhập lại.',
	'problem.import.hidden-columns':
		'Cột {columns} đang bị ẩn nhưng có dữ liệu, nên chưa nhập gì: dữ liệu người xem bảng tính không thấy thì không được nhập. Bỏ ẩn để kiểm tra (chọn các cột bao quanh, nhấp chuột phải > Bỏ ẩn), rồi giữ lại hoặc xóa các cột đó và nhập lại.',
	'problem.import.formula-no-value':
		'Ô {cell} có công thức{formula} nhưng tệp không lưu giá trị đã tính, nên không biết ô này ghi gì. Mở tệp trong Excel hoặc LibreOffice và lưu lại để giá trị được tính, hoặc gõ thẳng giá trị vào ô.',
	'problem.import.cell-error': 'Ô {cell} hiện lỗi {error}{formula}. Sửa công thức, hoặc gõ giá trị đúng vào ô.',
	'problem.import.unreadable': 'Không đọc được bảng tính: {detail}. Mở tệp trong Excel và lưu lại thành .xlsx.',
	'problem.import.sheet-missing': 'Không có trang tính {value}. Các trang tính có: {allowed}.',
	'problem.import.no-rows': 'Bảng tính không có dòng dữ liệu nào dưới dòng tiêu đề.',
	'problem.import.unknown-header':
		'Không nhận ra tiêu đề cột {value} nên cột này chưa được nhập.{hint} Đổi tiêu đề thành một trong các tên: {allowed}; hoặc xóa cột nếu không cần công bố.',
	'problem.import.duplicate-header': 'Cột {value} và cột "{other}" cùng ghi vào trường "{target}". Giữ một cột, xóa hoặc đổi tên cột kia.',
	'problem.import.no-commune-column': 'Không tìm thấy cột nơi biệt phái. Đặt tiêu đề "Nơi biệt phái" hoặc "Xã/phường" cho cột ghi tên xã, phường nhận người.',
	'problem.import.commune-unknown':
		'Không tìm thấy xã, phường {value} trong danh mục của tỉnh {province}, kể cả các đơn vị cũ đã sáp nhập năm 2025.{hint} Sửa tên trong bảng tính, hoặc ghi mã xã 5 chữ số.',
	'problem.import.commune-ambiguous': 'Tên {value} ứng với nhiều đơn vị: {candidates}. Ghi tên đầy đủ có dấu, hoặc mã xã 5 chữ số của đơn vị đúng.',
	'problem.import.agency-unknown':
		'Không tìm thấy cơ quan {value} trong content/agencies.{hint} Sửa tên trong bảng tính, hoặc thêm cơ quan này (có nguồn) vào content/agencies rồi nhập lại.',
	'problem.import.agency-ambiguous': 'Tên cơ quan {value} ứng với nhiều cơ quan: {candidates}. Ghi tên đầy đủ hoặc mã (id) của cơ quan đúng.',
	'problem.import.specialty-unknown':
		'Không tìm thấy lĩnh vực {value} trong content/specialties.csv.{hint} Dùng một lĩnh vực có sẵn, hoặc thêm lĩnh vực mới vào content/specialties.csv.',
	'problem.import.specialty-ambiguous': 'Lĩnh vực {value} ứng với nhiều lĩnh vực: {candidates}. Ghi tên đầy đủ hoặc mã của lĩnh vực đúng.',
	'problem.import.category-unknown': 'Nhóm {value} không có trong "declared" của quyết định. Các nhóm có: {allowed}.',
	'problem.import.date': 'Không đọc được ngày {value}. Viết ngày theo dạng dd/mm/yyyy, ví dụ 20/10/2025, hoặc định dạng ô là Ngày trong Excel.',
	'problem.import.period':
		'Không đọc được thời gian {value}. Viết hai ngày nối bằng dấu gạch, ví dụ 06/10/2025 - 05/04/2026, hoặc dùng hai cột "Từ ngày" và "Đến ngày".',
	'problem.import.province-unknown': 'Không có tỉnh mã {value} trong content/provinces.csv.{hint} Mã tỉnh gồm 2 chữ số, ví dụ "11" (Điện Biên).',
	'problem.import.template-exists': 'Tệp {value} đã có. Đặt tên khác bằng --out, hoặc thêm --force để ghi đè.',
	'problem.import.decision-unknown':
		'Không có quyết định mã {value} trong content/decisions.{hint} Tạo quyết định trước bằng "npm run new:decision", rồi nhập danh sách.',
	'problem.import.source-unknown': 'Nguồn {value} (tùy chọn --source) không có trong "sources" của quyết định. Các nguồn có: {allowed}.',
	'problem.import.exists': 'Tệp {value} đã có. Không ghi đè khi chưa được phép: chạy lại với --force để thay thế nó (git vẫn giữ bản cũ).',
} as const;

/**
 * Parts of the import's sentences, the forms a sentence takes for several rows or columns, why a value
 * was changed (`import.why.*`), the notes and the lines of the import's report, and the text of the
 * template workbook (`template.*`: its guide, its lists' headings, its drop-downs' prompts).
 */
export const importPartsVi = {
	'problem.import.resave': 'Mở tệp trong Excel hoặc LibreOffice và lưu lại thành "Sổ làm việc Excel (*.xlsx)"; nếu không mở được, xin lại tệp gốc.',
	'problem.import.size.mb': '{n} MB',
	'problem.import.size.kb': '{n} KB',
	'problem.import.size.byte': '{n} byte',
	'problem.import.size.bytes': '{n} byte',
	'problem.import.zip-bomb.total': 'nội dung bảng tính giải nén ra {found} từ một tệp {packed}, quá giới hạn {limit}',
	'problem.import.zip-bomb.ratio': 'phần "{part}" được nén tới {found} lần, quá giới hạn {limit} lần',
	'problem.import.zip-bomb.lying': 'phần "{part}" giải nén ra nhiều hơn {found} mà tệp khai báo cho nó',
	'problem.import.zip-bomb.entries': 'tệp nén có {found} mục, quá giới hạn {limit}',
	'problem.import.zip-corrupt.deflate': 'phần "{part}" không giải nén được',
	'problem.import.zip-corrupt.size': 'kích thước phần "{part}" không khớp với kích thước tệp khai báo',
	'problem.import.zip-corrupt.method': 'phần "{part}" được nén theo cách Excel không dùng',
	'problem.import.zip-corrupt.directory': 'danh mục của tệp nén bị hỏng',
	'problem.import.formula-no-value.formula': ' {formula}',
	'problem.import.cell-error.formula': ' (công thức {formula})',
	'problem.import.hidden-rows.plural':
		'Dòng {rows} đang bị ẩn (hoặc bị bộ lọc ẩn đi) nhưng có dữ liệu, nên chưa nhập gì: dữ liệu người xem bảng tính không thấy thì không được nhập. Bỏ ẩn để kiểm tra (chọn các dòng bao quanh, nhấp chuột phải > Bỏ ẩn; hoặc Dữ liệu > Xóa bộ lọc), rồi giữ lại hoặc xóa các dòng đó và nhập lại.',
	'problem.import.hidden-columns.plural':
		'Cột {columns} đang bị ẩn nhưng có dữ liệu, nên chưa nhập gì: dữ liệu người xem bảng tính không thấy thì không được nhập. Bỏ ẩn để kiểm tra (chọn các cột bao quanh, nhấp chuột phải > Bỏ ẩn), rồi giữ lại hoặc xóa các cột đó và nhập lại.',
	'import.other-sheet': 'Trang tính "{name}" cũng có dữ liệu nhưng không được nhập; để nhập trang này, dùng {option}.',
	'import.other-sheet.hidden': 'Trang tính ẩn "{name}" cũng có dữ liệu nhưng không được nhập; để nhập trang này, dùng {option}.',
	'import.candidate.former': '{candidate} ({type} {name} cũ)',
	'import.why.excel-serial': 'số ngày kiểu Excel đổi thành ngày',
	'import.why.two-digit-year': 'năm 2 chữ số được hiểu là 20xx',
	'import.why.separator': 'dấu phân cách ngày được đọc là dd/mm/yyyy',
	'import.why.merged': 'ô gộp từ dòng {row}: giá trị của ô gộp được ghi cho mỗi dòng của nó',
	'import.why.current-unit': 'tên đơn vị hiện nay: {target}',
	'import.why.padded': 'mã xã thiếu số 0 ở đầu: {target}',
	'import.why.former-unit': '{former} cũ đã sáp nhập năm 2025 vào {target}',
	'import.why.shadowed': '{why}; tên này cũng là của {candidates}: đã dùng đơn vị hiện nay, hãy kiểm tra',
	'import.why.type-differs': '{why}; bảng tính ghi "{typed}" nhưng đơn vị là {type}',
	'import.why.name-to-id': 'tên → mã: {item}',
	'import.why.period': 'thời gian được tách thành ngày bắt đầu (start) và ngày kết thúc (end)',
	'import.why.nfc': 'chữ tổ hợp (Unicode NFD) đổi sang dựng sẵn (NFC)',
	'import.why.spaces': 'bỏ khoảng trắng thừa',
	'import.note.forms': 'Ngày được ghi theo dạng yyyy-mm-dd (2026-02-02 là ngày 02/02/2026); chữ được chuẩn hóa Unicode NFC.',
	'import.note.source': 'Cột "source" để trống được điền "{source}" (tùy chọn --source).',
	'import.note.category': 'Cột "category" để trống được điền "{category}" (tùy chọn --category).',
	'import.note.source-hint':
		'Gợi ý: bảng tính nêu tên người nhưng không có cột nguồn; thêm --source <mã nguồn> (một trong: {allowed}) nếu nguồn đó đã công bố danh sách.',
	'import.report.import': 'Nhập',
	'import.report.sheet': 'trang tính',
	'import.report.hidden-sheet': 'trang tính ẩn',
	'import.report.decision': 'Quyết định',
	'import.report.other-sheets': 'Trang tính khác',
	'import.report.columns': 'Cột (dòng tiêu đề {rows})',
	'import.report.columns.many': 'Cột (dòng tiêu đề {rows})',
	'import.report.ignored': 'bỏ qua',
	'import.report.personal': 'không nhập: dữ liệu cá nhân (Luật 91/2025/QH15)',
	'import.report.unrecognised': 'chưa nhận ra',
	'import.report.changed': 'Giá trị đã đổi',
	'import.report.unresolved': 'Chưa xử lý được',
	'import.report.written': 'Đã ghi {n} dòng vào {output}. Chạy "npm run check" rồi commit tệp này.',
	'import.report.dry-run': 'Chạy thử (--dry-run): {n} dòng hợp lệ, không ghi tệp nào.',
	'import.report.blocked': 'Chưa ghi tệp nào vì còn {n} lỗi. Sửa theo các lỗi trên rồi chạy lại lệnh.',
	'template.title': 'MẪU DANH SÁCH PHÂN CÔNG: {what}',
	'template.for-decision': 'Quyết định {number} (mã {id}), tỉnh {province}',
	'template.for-province': 'Tỉnh {province} (mã {code})',
	'template.how': 'Cách điền',
	'template.step-1':
		'1. Điền vào trang "{sheet}". Mỗi dòng là một người được cử về một xã, phường (một phân công). Không đổi tên, thứ tự hay dòng tiêu đề của các cột.',
	'template.step-2':
		'2. Chọn xã, phường nhận, cơ quan cử và lĩnh vực trong danh sách thả xuống của ô{also}. Các danh sách nằm ở trang "{lists}". Nếu thiếu một cơ quan hoặc lĩnh vực, hãy thêm nó vào content/agencies hoặc content/specialties.csv trước.',
	'template.step-2.also': '; nhóm và nguồn cũng vậy',
	'template.step-3':
		'3. Ghi ngày dưới dạng ngày (dd/mm/yyyy, ví dụ 20/10/2025), không ghi dạng chữ. Để trống "Từ ngày", "Đến ngày" nếu trùng với thời gian của quyết định.',
	'template.step-4':
		'4. Chỉ ghi họ tên và chức vụ của một người khi văn bản chính thức hoặc báo chí đã công bố tên đó, và khi đó phải chọn nguồn đã công bố ở cột "Nguồn". Không ghi ngày sinh, số CCCD, số điện thoại, địa chỉ hay thông tin cá nhân nào khác.',
	'template.step-5': '5. "Vị trí" là bộ phận hoặc vị trí ở xã (ví dụ "Phòng Kinh tế"); "Ghi chú" là điều người đọc cần biết về dòng đó.',
	'template.step-6': '6. Lưu tệp (.xlsx) rồi chạy: npm run import -- <tệp.xlsx> --decision {id}',
	'template.step-6.after':
		'   Lệnh in mọi giá trị đã đổi và mọi ô chưa xử lý được; không ghi gì khi còn lỗi. Sửa theo thông báo rồi chạy lại, sau đó chạy npm run check.',
	'template.decision-id': '<mã quyết định>',
	'template.sources': 'Các nguồn của quyết định:',
	'template.list.communes': 'Xã, phường',
	'template.list.agencies': 'Cơ quan cử',
	'template.list.specialties': 'Lĩnh vực',
	'template.list.categories': 'Nhóm',
	'template.list.sources': 'Nguồn',
	'template.list.source-titles': 'Tên nguồn',
	'template.prompt.pick': 'Chọn trong danh sách.',
	'template.prompt.pick-or-empty': 'Chọn trong danh sách; để trống nếu chưa công bố.',
	'template.prompt.category': 'Nhóm của quyết định mà dòng này thuộc về.',
	'template.prompt.source': 'Bắt buộc khi ghi tên người.',
	'template.prompt.not-in-list': 'Giá trị không có trong danh sách.',
	'template.date.title': 'Ngày',
	'template.date.error': 'Nhập một ngày dd/mm/yyyy từ năm 2000 đến 2099.',
	'template.date.prompt': 'dd/mm/yyyy; để trống nếu trùng với quyết định.',
	'import.sheet.hidden': 'ẩn',
} as const;
