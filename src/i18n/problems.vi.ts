/**
 * The sentences of every problem the content checks report, in Vietnamese, keyed `problem.<code>`
 * (the code of a Problem, e.g. `problem.code.commune`). `{value}` is the value found, quoted ("3127",
 * or "(trống)" when empty); `{found}` is the same value as it stands; other placeholders are facts
 * computed where the problem is raised. problems.en.ts has the same keys and placeholders.
 */
export const problemsVi = {
	'problem.text.empty': 'Giá trị này không được để trống.',
	'problem.value.missing': 'Thiếu giá trị bắt buộc. Hãy điền vào ô này.',
	'problem.value.type': 'Giá trị {value} không đúng kiểu: cần {expected}.{quote}',
	'problem.value.enum': 'Giá trị {value} không hợp lệ. Chỉ nhận: {allowed}.',
	'problem.value.too-small': 'Cần ít nhất {minimum} mục; tìm thấy {found}.',
	'problem.field.unknown': 'Trường {value} không có trong mẫu. Các trường được phép: {allowed}.',
	'problem.value.invalid': 'Giá trị {value} không hợp lệ ({detail}).',
	'problem.date.format': 'Ngày {value} không đúng dạng hoặc không có thật. Viết ngày theo dạng dd/mm/yyyy (20/10/2025) hoặc yyyy-mm-dd (2025-10-20).',
	'problem.date.partial': 'Ngày {value} không đúng dạng. Viết dd/mm/yyyy, mm/yyyy hoặc yyyy nếu chỉ biết tháng hoặc năm.',
	'problem.code.province': 'Mã tỉnh {value} không đúng dạng. Mã tỉnh gồm 2 chữ số, ví dụ "11" (Điện Biên).',
	'problem.code.commune':
		'Mã xã {value} không đúng dạng. Mã xã gồm 5 chữ số, ví dụ "03127" (Phường Điện Biên Phủ); nếu bảng tính bỏ số 0 ở đầu, hãy định dạng cột là văn bản.',
	'problem.id.format': 'Mã định danh {value} không đúng dạng. Dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "so-xay-dung".',
	'problem.url.format': 'Địa chỉ {value} không phải một URL đầy đủ. Dán địa chỉ bắt đầu bằng https://.',
	'problem.lang.format': 'Mã ngôn ngữ {value} không đúng dạng; dùng 2 chữ cái, ví dụ "vi", "en".',
	'problem.sha256.format': 'Mã băm {value} không phải SHA-256 (64 ký tự 0-9, a-f).',
	'problem.count.format': 'Số lượng {value} không đúng dạng. Viết một số nguyên không âm chỉ gồm chữ số, ví dụ "97".',
	'problem.number.decimal': 'Số {value} không đúng dạng. Dùng dấu chấm cho phần thập phân, ví dụ "56.75".',
	'problem.province.type': 'Loại đơn vị {value} không hợp lệ. Chỉ nhận "Tỉnh" hoặc "Thành phố".',
	'problem.commune.type': 'Loại đơn vị {value} không hợp lệ. Chỉ nhận "xã", "phường" hoặc "đặc khu".',
	'problem.agency.kind': 'Loại cơ quan {value} không hợp lệ. Chỉ nhận: department, public-service-unit, party-body, inspectorate, commune, other.',
	'problem.decision.number': 'Số hiệu {value} không đúng dạng chính thức. Viết như "2446/QĐ-UBND" hoặc "19/2025/QĐ-TTg"; bỏ trống nếu chưa công bố.',
	'problem.decision.kind': 'Loại quyết định {value} không hợp lệ. Chỉ nhận: secondment, assignment, transfer, extension, ending, policy.',
	'problem.decision.date-missing': 'Thiếu ngày: cần "date" (ngày ký) hoặc "announced" (ngày công bố) để xác định quyết định.',
	'problem.decision.end-and-duration': 'Chỉ ghi một trong hai: "end" (ngày kết thúc) hoặc "duration_months" (số tháng).',
	'problem.decision.duration-without-start': 'Có "duration_months" nhưng thiếu "start": cần ngày bắt đầu để tính ngày kết thúc.',
	'problem.decision.file-name': 'Tên tệp phải là "{expected}.mdx" (theo số hiệu và năm, hoặc tỉnh và ngày); tìm thấy {value}.',
	'problem.decision.duplicate-number': 'Số hiệu {value} đã dùng cho quyết định khác của cùng tỉnh trong cùng năm ({other}). Kiểm tra lại số hiệu hoặc ngày ký.',
	'problem.decision.duplicate-id':
		'Hai quyết định có cùng mã "{found}" ({other}). Để phân biệt, ghi số hiệu nếu đã công bố, hoặc thêm dòng slug: {suggestion} vào phần đầu tệp và đặt tên tệp theo mã đó.',
	'problem.decision.unknown-reference': 'Không có quyết định mã {value}. Dùng mã (tên tệp không có .mdx) của một quyết định trong content/decisions.',
	'problem.decision.unknown-source': 'Không có nguồn mã {value} trong "sources" của quyết định. Các nguồn có: {allowed}.',
	'problem.decision.duplicate-source': 'Mã nguồn {value} bị lặp trong "sources".',
	'problem.decision.duplicate-category': 'Mã nhóm {value} bị lặp trong "declared".',
	'problem.sources.min': 'Cần ít nhất một nguồn trong "sources": mọi thông tin phải có nguồn công bố.',
	'problem.period.end-before-start': 'Ngày kết thúc {value} trước ngày bắt đầu "{start}".',
	'problem.period.outside-decision': 'Thời gian {value} nằm ngoài thời hạn của quyết định ({period}).',
	'problem.yaml.syntax': 'Phần đầu tệp (frontmatter YAML) có lỗi cú pháp: {reason}.',
	'problem.frontmatter.missing': 'Tệp không có phần đầu (frontmatter) giữa hai dòng "---".',
	'problem.csv.syntax': 'Tệp CSV có lỗi cú pháp: {detail}.',
	'problem.csv.delimiter': 'Tệp dùng {separator} để ngăn cách cột, không phải dấu phẩy. Trong bảng tính, lưu lại tệp dưới dạng "CSV UTF-8 (Comma delimited)".',
	'problem.csv.empty': 'Tệp CSV trống: cần ít nhất dòng tiêu đề.',
	'problem.csv.header-empty': 'Dòng đầu tiên của tệp trống, nhưng dòng đầu phải là dòng tiêu đề (tên các cột). Hãy xóa các dòng trống phía trên tiêu đề.',
	'problem.csv.field-count': 'Dòng có {found} ô nhưng tiêu đề có {expected} cột. Kiểm tra dấu phẩy thừa hoặc thiếu dấu ngoặc kép.',
	'problem.csv.unknown-column': 'Cột {value} không có trong mẫu. Các cột được phép: {allowed}.',
	'problem.csv.duplicate-column': 'Cột {value} xuất hiện hai lần trong dòng tiêu đề.',
	'problem.csv.missing-column': 'Thiếu cột bắt buộc {value}.',
	'problem.csv.missing-template-column':
		'Thiếu cột {value}. Tệp phân công phải có đủ các cột của mẫu, kể cả khi ô để trống; hãy thêm cột này vào dòng tiêu đề (mẫu: {header}).',
	'problem.personal.column':
		'Cột {value} chứa {kind}. Trang chỉ công bố họ tên và chức vụ đã được nguồn chính thức công bố (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15); hãy xóa cột này.',
	'problem.personal.value':
		'Có một đoạn trông như {kind}{where}; không được công bố. Hãy xóa đoạn đó: trang chỉ công bố họ tên và chức vụ đã được nguồn chính thức công bố.',
	'problem.assignment.name-outside-column':
		'Ô này nêu tên một người (từ ký tự {position}). Tên người chỉ ghi ở cột "person_name" của tệp phân công, chức vụ ở "person_title", kèm "source" là nguồn đã công bố tên đó; hãy chuyển tên sang đó hoặc xóa nó.',
	'problem.assignment.person-without-source': 'Có họ tên hoặc chức vụ nhưng thiếu "source": chỉ công bố tên người khi có nguồn chính thức đã công bố.',
	'problem.assignment.unknown-decision': 'Không có quyết định mã {value} cho tệp phân công này. Tên tệp phải là mã của một quyết định trong content/decisions.',
	'problem.assignment.duplicate-row': 'Dòng này trùng với dòng {other}.',
	'problem.assignment.category-required': 'Quyết định có nhiều nhóm ({allowed}); ghi rõ "category" cho dòng này.',
	'problem.assignment.unknown-category': 'Nhóm {value} không có trong "declared" của quyết định. Các nhóm có: {allowed}.',
	'problem.assignment.commune-not-covered': 'Xã {value} không nằm trong danh sách xã mà quyết định nêu.',
	'problem.ref.province': 'Mã tỉnh {value} không có trong danh mục content/provinces.csv.',
	'problem.ref.commune': 'Mã xã {value} không có trong danh mục xã{province}.{hint} Mã xã gồm 5 chữ số, ví dụ "03127" (Phường Điện Biên Phủ).',
	'problem.ref.agency': 'Cơ quan {value} không có trong danh mục cơ quan (content/agencies/*.csv).{hint}',
	'problem.ref.specialty': 'Lĩnh vực {value} không có trong content/specialties.csv.{hint} Các lĩnh vực có: {allowed}.',
	'problem.ref.parent-agency': 'Cơ quan cấp trên {value} không có trong danh mục cơ quan (content/agencies/*.csv).',
	'problem.duplicate.code': 'Mã {value} bị trùng với dòng {other}{otherFile}.',
	'problem.duplicate.slug':
		'Tên {value} tạo ra đường dẫn "{slug}" trùng với {other} cùng tỉnh. Hai xã không được có cùng đường dẫn: điền cột slug cho xã này{example}.',
	'problem.duplicate.need': 'Nhu cầu cho cùng xã và lĩnh vực đã có ở dòng {other}{otherFile} với cùng ngày đánh giá.',
	'problem.commune.area-without-source': 'Có diện tích hoặc dân số nhưng thiếu "area_population_source": chỉ ghi số liệu có nguồn.',
	'problem.file.unreadable': 'Không đọc được tệp: {detail}.',
	'problem.file.encoding': 'Tệp không phải UTF-8. {advice}',
	'problem.file.folder': '{value} phải là một tệp, không phải một thư mục.',
	'problem.content.missing': 'Không tìm thấy {what} trong thư mục nội dung.',
	'problem.file.symlink':
		'Đây là liên kết tượng trưng (symlink); thư mục nội dung không theo liên kết nào, để không đọc tệp ngoài thư mục. Hãy thay nó bằng chính tệp đó.',
	'problem.file.special': 'Đây không phải tệp thường (thiết bị, ống dẫn hoặc socket). Hãy xóa nó khỏi thư mục nội dung.',
	'problem.file.too-large': 'Tệp có {found}, vượt giới hạn {limit}. Hãy chia dữ liệu thành nhiều tệp nhỏ hơn.',
	'problem.file.name-collision':
		'Tên tệp {value} trùng với {otherValue} khi không phân biệt chữ hoa, chữ thường hoặc cách gõ dấu Unicode; trên nhiều máy hai tệp này là một. Hãy gộp hoặc xóa một tệp.',
	'problem.file.name-characters': 'Tên tệp có ký tự điều khiển hoặc vô hình ({character}); tên như vậy hiện ra sai ở mọi nơi. Hãy đổi tên tệp.',
	'problem.file.hidden': 'Tệp ẩn {value} không thuộc nội dung (thường do máy tính tự tạo). Hãy xóa nó.',
	'problem.file.extension': 'Đuôi tệp {value} không được đọc ở thư mục này: chỉ đọc tệp "{expected}". Hãy đổi tên thành "{suggestion}".',
	'problem.file.name-too-long': 'Tên tệp dài {found} ký tự, vượt giới hạn {limit}. Hãy đặt tên ngắn hơn.',
	'problem.file.unknown':
		'Tệp {value} không thuộc cấu trúc thư mục nội dung nên sẽ không được đọc. Các mục được phép: {allowed} (và ghi chú .md). Hãy chuyển hoặc xóa nó.',
	'problem.folder.unknown': 'Thư mục {value} không thuộc cấu trúc thư mục nội dung nên sẽ không được đọc. Các mục được phép: {allowed}.',
	'problem.folder.expected': '{value} phải là một thư mục chứa các tệp, không phải một tệp.',
	'problem.folder.nested':
		'Thư mục con {value} không được đọc: các tệp {expected} phải nằm ngay trong thư mục cha. Hãy chuyển các tệp ra ngoài và xóa thư mục con.',
	'problem.content.too-deep':
		'Nội dung lồng nhau quá sâu (quá {limit} cấp danh sách, trích dẫn hoặc nhóm trường); không văn bản nào cần như vậy. Hãy viết lại cho phẳng hơn.',
	'problem.path.empty': 'Tên {value} không có chữ cái hay chữ số nào, nên không tạo được đường dẫn cho trang. Hãy ghi tên thật, hoặc điền cột slug.',
	'problem.path.reserved':
		'Tên {value} tạo ra đường dẫn "{slug}", trùng với một trang của chính trang web; tỉnh này sẽ không có trang riêng. Hãy kiểm tra lại tên tỉnh.',
	'problem.path.collision': 'Tên {value} tạo ra đường dẫn "{slug}", trùng với {otherValue}; hai tỉnh không thể có cùng một trang. Hãy kiểm tra lại tên.',
	'problem.path.chart-collision':
		'Biểu đồ của {value} sẽ có tên tệp "{slug}.svg", trùng với biểu đồ của {otherValue}. Hãy điền cột slug cho xã này với một đường dẫn khác.',
	'problem.yaml.alias': 'Không dùng neo và bí danh YAML ({found}): hãy viết đầy đủ giá trị ở mỗi chỗ.',
	'problem.yaml.tag': 'Không dùng thẻ kiểu YAML ({found}): hãy viết giá trị bình thường, đặt trong dấu ngoặc kép nếu là văn bản.',
	'problem.yaml.number': 'Số {value} không viết bằng chữ số thập phân; YAML sẽ đọc nó thành một số khác. Hãy viết số chỉ gồm chữ số, ví dụ 97.',
	'problem.narrative.html': 'Phần nội dung không được chứa thẻ HTML hay thành phần ({found}); nó chỉ là văn bản Markdown.{advice}',
	'problem.narrative.comment': 'Phần nội dung không được chứa chú thích HTML: nó sẽ nằm trong mã nguồn của trang. Hãy xóa nó hoặc ghi thành câu văn.',
	'problem.narrative.expression':
		'Dấu ngoặc nhọn {found} trong phần nội dung là mã lệnh đối với MDX và không được dùng. Hãy dùng ngoặc tròn, ví dụ "(phụ lục 1)"; nếu thật sự cần dấu ngoặc nhọn, viết \\{ và \\}.',
	'problem.narrative.esm':
		'Dòng bắt đầu bằng "{found}" là câu lệnh mã (import/export) đối với MDX và không được dùng. Hãy viết lại câu để nó bắt đầu bằng từ khác.',
	'problem.narrative.image':
		'Phần nội dung không được chứa hình ảnh (trang không đăng ảnh, nhất là ảnh cá nhân). Hãy dẫn liên kết đến văn bản gốc thay cho ảnh.',
	'problem.narrative.link': 'Liên kết có địa chỉ dạng {found} không được dùng: chỉ nhận địa chỉ đầy đủ bắt đầu bằng https://, http:// hoặc mailto:.',
	'problem.narrative.unsupported':
		'Cú pháp Markdown "{found}" không được hỗ trợ trong phần nội dung. Hãy dùng đoạn văn, tiêu đề, danh sách, bảng, in đậm, in nghiêng và liên kết.',
	'problem.text.character':
		'Có ký tự {kind} {character} ở vị trí {position}. Nó không hiện ra khi đọc nhưng làm sai mã, tên và tìm kiếm; hãy xóa nó (gõ lại giá trị là cách chắc nhất).',
	'problem.text.foreign-letter': 'Ký tự thứ {position} là chữ {script} {character}{lookalike}. Mã chỉ dùng chữ Latinh không dấu; hãy gõ lại ký tự này.',
	'problem.text.too-long': 'Giá trị dài {found} ký tự, vượt giới hạn {limit} ký tự của trường này.',
	'problem.count.range': 'Số {value} nằm ngoài khoảng hợp lý 0–{limit}. Hãy kiểm tra lại con số trong nguồn.',
	'problem.area.range': 'Diện tích {value} km² lớn hơn mọi xã, phường (giới hạn 10.000 km²). Hãy kiểm tra lại con số và đơn vị.',
	'problem.date.range': 'Ngày {value} nằm ngoài khoảng hợp lý {from}–{to}. Hãy kiểm tra lại năm.',
	'problem.date.after-as-of': 'Ngày {value} muộn hơn ngày dữ liệu {asOf}: một nguồn hay một quyết định chưa thể có vào ngày sau. Hãy kiểm tra lại ngày.',
	'problem.decision.self-reference': 'Quyết định không thể {relation} chính nó ({value}).',
	'problem.agency.parent-cycle': 'Cơ quan {value} nằm dưới chính nó qua cột "parent" ({cycle}). Hãy sửa cơ quan cấp trên.',
	'problem.decision.announced-before-date':
		'Ngày công bố {value} sớm hơn ngày ký {date}: một quyết định không thể được công bố trước khi ký. Hãy kiểm tra lại hai ngày.',
	'problem.decision.extends-and-ends':
		'Quyết định vừa gia hạn vừa chấm dứt quyết định {value}; hai điều này trái nhau. Hãy giữ một trong hai ("extends" hoặc "ends").',
	'problem.id.reserved':
		'Mã {value} là một tên mà Windows không cho đặt cho tệp hay thư mục; trang công bố sẽ không sao chép được sang máy Windows. Hãy chọn mã khác.',
	'problem.csv.excel-separator': 'Dòng đầu "sep=…" là dòng Excel tự thêm để chỉ dấu phân cách, không phải dòng tiêu đề. Hãy xóa dòng này.',
	'problem.csv.header-repeated': 'Dòng này lặp lại dòng tiêu đề (thường do ghép hai tệp). Hãy xóa dòng này.',
	'problem.decision.cycle':
		'Các quyết định tạo thành một vòng ({cycle}): các quyết định không thể sửa đổi, gia hạn hay chấm dứt lẫn nhau theo vòng tròn. Hãy kiểm tra "amends", "extends" và "ends".',
} as const;

/** Parts that code adds to a problem's sentence when a fact is known, and words a sentence names. */
export const problemPartsVi = {
	'problem.empty': '(trống)',
	'problem.empty.both': '(trống / empty)',
	'problem.part.of': ' của {name}',
	'problem.part.did-you-mean': ' Có phải "{suggestion}"?',
	'problem.value.type.quote': ' Đặt giá trị trong dấu ngoặc kép để YAML giữ nguyên: {quote}.',
	'problem.yaml.syntax.hint': '{hint} ({detail})',
	'problem.csv.delimiter.semicolon': 'dấu chấm phẩy (;)',
	'problem.csv.delimiter.tab': 'phím Tab',
	'problem.personal.kind.citizen-id': 'số định danh cá nhân (CCCD/CMND)',
	'problem.personal.kind.passport': 'số hộ chiếu',
	'problem.personal.kind.birth-date': 'ngày sinh hoặc năm sinh',
	'problem.personal.kind.phone': 'số điện thoại',
	'problem.personal.kind.email': 'địa chỉ thư điện tử',
	'problem.personal.kind.address': 'địa chỉ nơi ở hoặc quê quán',
	'problem.personal.kind.bank-account': 'số tài khoản ngân hàng hoặc số thẻ',
	'problem.personal.kind.age': 'tuổi của một người',
	'problem.personal.kind.licence-plate': 'biển số xe',
	'problem.personal.kind.tax-code': 'mã số thuế cá nhân',
	'problem.personal.kind.photo': 'ảnh cá nhân',
	'problem.personal.kind.other': 'dữ liệu cá nhân',
	'problem.personal.value.where': ' (từ ký tự {position}, dài {length} ký tự)',
	'problem.duplicate.slug.example': ', ví dụ "{suggestion}"',
	'problem.content.too-deep.limit': 'giới hạn',
	'problem.narrative.html.br': ' Để xuống dòng, kết thúc dòng bằng dấu \\; để sang đoạn mới, để một dòng trống.',
	'problem.narrative.html.markdown': ' Dùng **in đậm**, *in nghiêng*, danh sách và [liên kết](https://…); để hiện dấu <, viết \\<.',
	'problem.text.foreign-letter.looks-like': ', trông giống chữ Latinh "{looksLike}"',
	'problem.file.encoding.text': 'Mở tệp trong trình soạn thảo văn bản (VS Code, Notepad) và lưu lại với bảng mã "UTF-8".',
	'problem.file.encoding.csv': 'Mở tệp trong bảng tính và lưu lại dưới dạng "CSV UTF-8".',
} as const;
