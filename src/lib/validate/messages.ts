import type { Bilingual } from './problem.ts';

/** What a message is told about the value that was found and its context. */
export interface MessageParams {
	/** The value as found in the file, or undefined when the cell is empty. */
	found?: string | undefined;
	/** Extra facts computed where the problem is raised (allowed values, a suggestion, a row…). */
	[key: string]: string | number | undefined;
}

type MessageFn = (p: MessageParams) => Bilingual;

const q = (value: string | number | undefined): string => (value === undefined || value === '' ? '(trống / empty)' : `"${value}"`);
const qe = (value: string | number | undefined): string => (value === undefined || value === '' ? '(empty)' : `"${value}"`);
const qv = (value: string | number | undefined): string => (value === undefined || value === '' ? '(trống)' : `"${value}"`);

const PERSONAL_KIND: Record<string, Bilingual> = {
	'citizen-id': { vi: 'số định danh cá nhân (CCCD/CMND)', en: 'a citizen ID number' },
	passport: { vi: 'số hộ chiếu', en: 'a passport number' },
	'birth-date': { vi: 'ngày sinh hoặc năm sinh', en: 'a birth date or year' },
	phone: { vi: 'số điện thoại', en: 'a phone number' },
	email: { vi: 'địa chỉ thư điện tử', en: 'an e-mail address' },
	address: { vi: 'địa chỉ nơi ở hoặc quê quán', en: 'a home address or place of origin' },
	'bank-account': { vi: 'số tài khoản ngân hàng hoặc số thẻ', en: 'a bank account or card number' },
	age: { vi: 'tuổi của một người', en: "a person's age" },
	'licence-plate': { vi: 'biển số xe', en: 'a vehicle licence plate' },
	'tax-code': { vi: 'mã số thuế cá nhân', en: 'a personal tax code' },
	photo: { vi: 'ảnh cá nhân', en: 'a photo' },
};
const kindOf = (p: MessageParams): Bilingual => PERSONAL_KIND[String(p['kind'])] ?? { vi: 'dữ liệu cá nhân', en: 'personal data' };

/**
 * The bilingual catalogue of every problem the content checks report. Keys are the `code` of a
 * Problem (typed: `ProblemCode`); zod schemas use the same keys as their custom messages, which
 * arrive as strings and are checked against this catalogue where zod's issues are read.
 */
export const MESSAGES = {
	'text.empty': () => ({
		vi: 'Giá trị này không được để trống.',
		en: 'This value must not be empty.',
	}),
	'value.missing': () => ({
		vi: 'Thiếu giá trị bắt buộc. Hãy điền vào ô này.',
		en: 'A required value is missing. Fill in this cell.',
	}),
	'value.type': (p) => ({
		vi: `Giá trị ${qv(p.found)} không đúng kiểu: cần ${p['expected_vi'] ?? p['expected']}.${p['quote'] ? ` Đặt giá trị trong dấu ngoặc kép để YAML giữ nguyên: ${p['quote']}.` : ''}`,
		en: `Value ${qe(p.found)} has the wrong type: expected ${p['expected']}.${p['quote'] ? ` Put the value in quotes so YAML keeps it as written: ${p['quote']}.` : ''}`,
	}),
	'value.enum': (p) => ({
		vi: `Giá trị ${qv(p.found)} không hợp lệ. Chỉ nhận: ${p['allowed']}.`,
		en: `Value ${qe(p.found)} is not allowed. Allowed values: ${p['allowed']}.`,
	}),
	'value.too-small': (p) => ({
		vi: `Cần ít nhất ${p['minimum']} mục; tìm thấy ${p.found ?? 0}.`,
		en: `At least ${p['minimum']} item(s) are needed; found ${p.found ?? 0}.`,
	}),
	'field.unknown': (p) => ({
		vi: `Trường ${q(p.found)} không có trong mẫu. Các trường được phép: ${p['allowed']}.`,
		en: `Field ${qe(p.found)} is not part of the format. Allowed fields: ${p['allowed']}.`,
	}),
	'value.invalid': (p) => ({
		vi: `Giá trị ${qv(p.found)} không hợp lệ (${p['detail']}).`,
		en: `Value ${qe(p.found)} is not valid (${p['detail']}).`,
	}),
	'date.format': (p) => ({
		vi: `Ngày ${qv(p.found)} không đúng dạng hoặc không có thật. Viết ngày theo dạng dd/mm/yyyy (20/10/2025) hoặc yyyy-mm-dd (2025-10-20).`,
		en: `Date ${qe(p.found)} is not in a known form or does not exist. Write dates as dd/mm/yyyy (20/10/2025) or yyyy-mm-dd (2025-10-20).`,
	}),
	'date.partial': (p) => ({
		vi: `Ngày ${qv(p.found)} không đúng dạng. Viết dd/mm/yyyy, mm/yyyy hoặc yyyy nếu chỉ biết tháng hoặc năm.`,
		en: `Date ${qe(p.found)} is not in a known form. Write dd/mm/yyyy, or mm/yyyy or yyyy when only the month or year is known.`,
	}),
	'code.province': (p) => ({
		vi: `Mã tỉnh ${qv(p.found)} không đúng dạng. Mã tỉnh gồm 2 chữ số, ví dụ "11" (Điện Biên).`,
		en: `Province code ${qe(p.found)} is not in the expected form. Codes have 2 digits, e.g. "11" (Điện Biên).`,
	}),
	'code.commune': (p) => ({
		vi: `Mã xã ${qv(p.found)} không đúng dạng. Mã xã gồm 5 chữ số, ví dụ "03127" (Phường Điện Biên Phủ); nếu bảng tính bỏ số 0 ở đầu, hãy định dạng cột là văn bản.`,
		en: `Commune code ${qe(p.found)} is not in the expected form. Codes have 5 digits, e.g. "03127"; if the spreadsheet dropped the leading zero, format the column as text.`,
	}),
	'id.format': (p) => ({
		vi: `Mã định danh ${qv(p.found)} không đúng dạng. Dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "so-xay-dung".`,
		en: `Identifier ${qe(p.found)} is not in the expected form. Use lowercase ASCII letters, digits and hyphens, e.g. "so-xay-dung".`,
	}),
	'url.format': (p) => ({
		vi: `Địa chỉ ${qv(p.found)} không phải một URL đầy đủ. Dán địa chỉ bắt đầu bằng https://.`,
		en: `${qe(p.found)} is not a full URL. Paste an address that starts with https://.`,
	}),
	'lang.format': (p) => ({
		vi: `Mã ngôn ngữ ${qv(p.found)} không đúng dạng; dùng 2 chữ cái, ví dụ "vi", "en".`,
		en: `Language code ${qe(p.found)} is not in the expected form; use 2 letters, e.g. "vi", "en".`,
	}),
	'sha256.format': (p) => ({
		vi: `Mã băm ${qv(p.found)} không phải SHA-256 (64 ký tự 0-9, a-f).`,
		en: `${qe(p.found)} is not a SHA-256 checksum (64 characters 0-9, a-f).`,
	}),
	'count.format': (p) => ({
		vi: `Số lượng ${qv(p.found)} không đúng dạng. Viết một số nguyên không âm chỉ gồm chữ số, ví dụ "97".`,
		en: `Count ${qe(p.found)} is not in the expected form. Write a whole number with digits only, e.g. "97".`,
	}),
	'number.decimal': (p) => ({
		vi: `Số ${qv(p.found)} không đúng dạng. Dùng dấu chấm cho phần thập phân, ví dụ "56.75".`,
		en: `Number ${qe(p.found)} is not in the expected form. Use a dot for decimals, e.g. "56.75".`,
	}),
	'province.type': (p) => ({
		vi: `Loại đơn vị ${qv(p.found)} không hợp lệ. Chỉ nhận "Tỉnh" hoặc "Thành phố".`,
		en: `Unit type ${qe(p.found)} is not allowed. Use "Tỉnh" or "Thành phố".`,
	}),
	'commune.type': (p) => ({
		vi: `Loại đơn vị ${qv(p.found)} không hợp lệ. Chỉ nhận "xã", "phường" hoặc "đặc khu".`,
		en: `Unit type ${qe(p.found)} is not allowed. Use "xã", "phường" or "đặc khu".`,
	}),
	'agency.kind': (p) => ({
		vi: `Loại cơ quan ${qv(p.found)} không hợp lệ. Chỉ nhận: department, public-service-unit, party-body, inspectorate, commune, other.`,
		en: `Agency kind ${qe(p.found)} is not allowed. Use one of: department, public-service-unit, party-body, inspectorate, commune, other.`,
	}),
	'decision.number': (p) => ({
		vi: `Số hiệu ${qv(p.found)} không đúng dạng chính thức. Viết như "2446/QĐ-UBND" hoặc "19/2025/QĐ-TTg"; bỏ trống nếu chưa công bố.`,
		en: `Number ${qe(p.found)} is not in the official form. Write it like "2446/QĐ-UBND" or "19/2025/QĐ-TTg"; leave it out if it was not published.`,
	}),
	'decision.kind': (p) => ({
		vi: `Loại quyết định ${qv(p.found)} không hợp lệ. Chỉ nhận: secondment, assignment, transfer, extension, ending, policy.`,
		en: `Decision kind ${qe(p.found)} is not allowed. Use one of: secondment, assignment, transfer, extension, ending, policy.`,
	}),
	'decision.date-missing': () => ({
		vi: 'Thiếu ngày: cần "date" (ngày ký) hoặc "announced" (ngày công bố) để xác định quyết định.',
		en: 'A date is missing: give "date" (signed) or "announced" (first reported) to identify the decision.',
	}),
	'decision.end-and-duration': () => ({
		vi: 'Chỉ ghi một trong hai: "end" (ngày kết thúc) hoặc "duration_months" (số tháng).',
		en: 'Give only one of "end" (last day) and "duration_months" (duration).',
	}),
	'decision.duration-without-start': () => ({
		vi: 'Có "duration_months" nhưng thiếu "start": cần ngày bắt đầu để tính ngày kết thúc.',
		en: '"duration_months" is given without "start": the last day is computed from the start.',
	}),
	'decision.file-name': (p) => ({
		vi: `Tên tệp phải là "${p['expected']}.mdx" (theo số hiệu và năm, hoặc tỉnh và ngày); tìm thấy ${qv(p.found)}.`,
		en: `The file must be named "${p['expected']}.mdx" (from its number and year, or province and date); found ${qe(p.found)}.`,
	}),
	'decision.duplicate-number': (p) => ({
		vi: `Số hiệu ${qv(p.found)} đã dùng cho quyết định khác của cùng tỉnh trong cùng năm (${p['other']}). Kiểm tra lại số hiệu hoặc ngày ký.`,
		en: `Number ${qe(p.found)} is already used by another decision of the same province in the same year (${p['other']}). Check the number or the date of signature.`,
	}),
	'decision.duplicate-id': (p) => ({
		vi: `Hai quyết định có cùng mã "${p.found}" (${p['other']}). Để phân biệt, ghi số hiệu nếu đã công bố, hoặc thêm dòng slug: ${p['suggestion']} vào phần đầu tệp và đặt tên tệp theo mã đó.`,
		en: `Two decisions share the id "${p.found}" (${p['other']}). To tell them apart, give the number if one was published, or add slug: ${p['suggestion']} to the frontmatter and name the file after it.`,
	}),
	'decision.unknown-reference': (p) => ({
		vi: `Không có quyết định mã ${qv(p.found)}. Dùng mã (tên tệp không có .mdx) của một quyết định trong content/decisions.`,
		en: `There is no decision with id ${qe(p.found)}. Use the id (file name without .mdx) of a decision in content/decisions.`,
	}),
	'decision.unknown-source': (p) => ({
		vi: `Không có nguồn mã ${qv(p.found)} trong "sources" của quyết định. Các nguồn có: ${p['allowed']}.`,
		en: `There is no source with id ${qe(p.found)} in the decision's "sources". Sources available: ${p['allowed']}.`,
	}),
	'decision.duplicate-source': (p) => ({
		vi: `Mã nguồn ${qv(p.found)} bị lặp trong "sources".`,
		en: `Source id ${qe(p.found)} appears twice in "sources".`,
	}),
	'decision.duplicate-category': (p) => ({
		vi: `Mã nhóm ${qv(p.found)} bị lặp trong "declared".`,
		en: `Category id ${qe(p.found)} appears twice in "declared".`,
	}),
	'sources.min': () => ({
		vi: 'Cần ít nhất một nguồn trong "sources": mọi thông tin phải có nguồn công bố.',
		en: 'At least one source is needed in "sources": every fact must have a published source.',
	}),
	'period.end-before-start': (p) => ({
		vi: `Ngày kết thúc ${qv(p.found)} trước ngày bắt đầu "${p['start']}".`,
		en: `End date ${qe(p.found)} is before the start date "${p['start']}".`,
	}),
	'period.outside-decision': (p) => ({
		vi: `Thời gian ${qv(p.found)} nằm ngoài thời hạn của quyết định (${p['period']}).`,
		en: `Period ${qe(p.found)} falls outside the decision's period (${p['period']}).`,
	}),
	'yaml.syntax': (p) => ({
		vi: `Phần đầu tệp (frontmatter YAML) có lỗi cú pháp: ${p['hint_vi'] ? `${p['hint_vi']} (${p['detail']})` : p['detail']}.`,
		en: `The file's frontmatter (YAML) has a syntax error: ${p['hint_en'] ? `${p['hint_en']} (${p['detail']})` : p['detail']}.`,
	}),
	'frontmatter.missing': () => ({
		vi: 'Tệp không có phần đầu (frontmatter) giữa hai dòng "---".',
		en: 'The file has no frontmatter between two "---" lines.',
	}),
	'csv.syntax': (p) => ({
		vi: `Tệp CSV có lỗi cú pháp: ${p['detail']}.`,
		en: `The CSV file has a syntax error: ${p['detail']}.`,
	}),
	'csv.delimiter': (p) => ({
		vi: `Tệp dùng ${p.found === ';' ? 'dấu chấm phẩy (;)' : 'phím Tab'} để ngăn cách cột, không phải dấu phẩy. Trong bảng tính, lưu lại tệp dưới dạng "CSV UTF-8 (Comma delimited)".`,
		en: `The file separates columns with ${p.found === ';' ? 'semicolons (;)' : 'tabs'}, not commas. Save it again from the spreadsheet as "CSV UTF-8 (Comma delimited)".`,
	}),
	'csv.empty': () => ({
		vi: 'Tệp CSV trống: cần ít nhất dòng tiêu đề.',
		en: 'The CSV file is empty: it needs at least a header row.',
	}),
	'csv.header-empty': () => ({
		vi: 'Dòng đầu tiên của tệp trống, nhưng dòng đầu phải là dòng tiêu đề (tên các cột). Hãy xóa các dòng trống phía trên tiêu đề.',
		en: 'The first line of the file is empty, but the first line must be the header (the column names). Delete the empty lines above the header.',
	}),
	'csv.field-count': (p) => ({
		vi: `Dòng có ${p.found} ô nhưng tiêu đề có ${p['expected']} cột. Kiểm tra dấu phẩy thừa hoặc thiếu dấu ngoặc kép.`,
		en: `The row has ${p.found} cells but the header has ${p['expected']} columns. Look for a stray comma or a missing quote.`,
	}),
	'csv.unknown-column': (p) => ({
		vi: `Cột ${qv(p.found)} không có trong mẫu. Các cột được phép: ${p['allowed']}.`,
		en: `Column ${qe(p.found)} is not part of the format. Allowed columns: ${p['allowed']}.`,
	}),
	'csv.duplicate-column': (p) => ({
		vi: `Cột ${qv(p.found)} xuất hiện hai lần trong dòng tiêu đề.`,
		en: `Column ${qe(p.found)} appears twice in the header row.`,
	}),
	'csv.missing-column': (p) => ({
		vi: `Thiếu cột bắt buộc ${qv(p.found)}.`,
		en: `The required column ${qe(p.found)} is missing.`,
	}),
	'csv.missing-template-column': (p) => ({
		vi: `Thiếu cột ${qv(p.found)}. Tệp phân công phải có đủ các cột của mẫu, kể cả khi ô để trống; hãy thêm cột này vào dòng tiêu đề (mẫu: ${p['header']}).`,
		en: `Column ${qe(p.found)} is missing. An assignments file has every column of the template, even when its cells are empty; add it to the header row (template: ${p['header']}).`,
	}),
	'personal.column': (p) => ({
		vi: `Cột ${qv(p.found)} chứa ${kindOf(p).vi}. Trang chỉ công bố họ tên và chức vụ đã được nguồn chính thức công bố (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15); hãy xóa cột này.`,
		en: `Column ${qe(p.found)} holds ${kindOf(p).en}. The site publishes only a name and official post that an official source already published (Personal Data Protection Law 91/2025/QH15); delete this column.`,
	}),
	'personal.value': (p) => ({
		vi: `Có một đoạn trông như ${kindOf(p).vi}${p['position'] ? ` (từ ký tự ${p['position']}, dài ${p['length']} ký tự)` : ''}; không được công bố. Hãy xóa đoạn đó: trang chỉ công bố họ tên và chức vụ đã được nguồn chính thức công bố.`,
		en: `Part of this text looks like ${kindOf(p).en}${p['position'] ? ` (from character ${p['position']}, ${p['length']} characters long)` : ''}, which must not be published. Remove it: the site publishes only a name and post that an official source published.`,
	}),
	'assignment.name-outside-column': (p) => ({
		vi: `Ô này nêu tên một người (từ ký tự ${p['position']}). Tên người chỉ ghi ở cột "person_name" của tệp phân công, chức vụ ở "person_title", kèm "source" là nguồn đã công bố tên đó; hãy chuyển tên sang đó hoặc xóa nó.`,
		en: `This cell names a person (from character ${p['position']}). A name goes only in the "person_name" column of an assignments file, a post in "person_title", with the "source" that published it; move the name there or delete it.`,
	}),
	'assignment.person-without-source': () => ({
		vi: 'Có họ tên hoặc chức vụ nhưng thiếu "source": chỉ công bố tên người khi có nguồn chính thức đã công bố.',
		en: 'A name or post is given without "source": a person is named only with the official source that published it.',
	}),
	'assignment.unknown-decision': (p) => ({
		vi: `Không có quyết định mã ${qv(p.found)} cho tệp phân công này. Tên tệp phải là mã của một quyết định trong content/decisions.`,
		en: `There is no decision with id ${qe(p.found)} for this assignments file. The file name must be the id of a decision in content/decisions.`,
	}),
	'assignment.duplicate-row': (p) => ({
		vi: `Dòng này trùng với dòng ${p['other']}.`,
		en: `This row duplicates row ${p['other']}.`,
	}),
	'assignment.category-required': (p) => ({
		vi: `Quyết định có nhiều nhóm (${p['allowed']}); ghi rõ "category" cho dòng này.`,
		en: `The decision declares several categories (${p['allowed']}); give this row a "category".`,
	}),
	'assignment.unknown-category': (p) => ({
		vi: `Nhóm ${qv(p.found)} không có trong "declared" của quyết định. Các nhóm có: ${p['allowed']}.`,
		en: `Category ${qe(p.found)} is not in the decision's "declared". Categories available: ${p['allowed']}.`,
	}),
	'assignment.commune-not-covered': (p) => ({
		vi: `Xã ${qv(p.found)} không nằm trong danh sách xã mà quyết định nêu.`,
		en: `Commune ${qe(p.found)} is not among the communes the decision names.`,
	}),
	'ref.province': (p) => ({
		vi: `Mã tỉnh ${qv(p.found)} không có trong danh mục content/provinces.csv.`,
		en: `Province code ${qe(p.found)} is not in content/provinces.csv.`,
	}),
	'ref.commune': (p) => ({
		vi: `Mã xã ${qv(p.found)} không có trong danh mục xã${p['province'] ? ` của ${p['province']}` : ''}.${p['suggestion'] ? ` Có phải "${p['suggestion']}"?` : ''} Mã xã gồm 5 chữ số, ví dụ "03127" (Phường Điện Biên Phủ).`,
		en: `Commune code ${qe(p.found)} is not in the commune list${p['province_en'] ? ` of ${p['province_en']}` : ''}.${p['suggestion'] ? ` Did you mean "${p['suggestion']}"?` : ''} Codes have 5 digits, e.g. "03127".`,
	}),
	'ref.agency': (p) => ({
		vi: `Cơ quan ${qv(p.found)} không có trong danh mục cơ quan (content/agencies/*.csv).${p['suggestion'] ? ` Có phải "${p['suggestion']}"?` : ''}`,
		en: `Agency ${qe(p.found)} is not in the list of agencies (content/agencies/*.csv).${p['suggestion'] ? ` Did you mean "${p['suggestion']}"?` : ''}`,
	}),
	'ref.specialty': (p) => ({
		vi: `Lĩnh vực ${qv(p.found)} không có trong content/specialties.csv.${p['suggestion'] ? ` Có phải "${p['suggestion']}"?` : ''} Các lĩnh vực có: ${p['allowed']}.`,
		en: `Specialty ${qe(p.found)} is not in content/specialties.csv.${p['suggestion'] ? ` Did you mean "${p['suggestion']}"?` : ''} Specialties available: ${p['allowed']}.`,
	}),
	'ref.parent-agency': (p) => ({
		vi: `Cơ quan cấp trên ${qv(p.found)} không có trong danh mục cơ quan (content/agencies/*.csv).`,
		en: `Parent agency ${qe(p.found)} is not in the list of agencies (content/agencies/*.csv).`,
	}),
	'duplicate.code': (p) => ({
		vi: `Mã ${qv(p.found)} bị trùng với dòng ${p['other']}${p['otherFile'] ? ` của ${p['otherFile']}` : ''}.`,
		en: `Code ${qe(p.found)} duplicates row ${p['other']}${p['otherFile'] ? ` of ${p['otherFile']}` : ''}.`,
	}),
	'duplicate.slug': (p) => ({
		vi: `Tên ${qv(p.found)} tạo ra đường dẫn "${p['slug']}" trùng với ${p['other']} cùng tỉnh. Hai xã không được có cùng đường dẫn: điền cột slug cho xã này${p['suggestion'] ? `, ví dụ "${p['suggestion']}"` : ''}.`,
		en: `Name ${qe(p.found)} gives the path "${p['slug']}", the same as ${p['other']} in the same province. Two communes cannot share a path: fill in this commune's slug column${p['suggestion'] ? `, e.g. "${p['suggestion']}"` : ''}.`,
	}),
	'duplicate.need': (p) => ({
		vi: `Nhu cầu cho cùng xã và lĩnh vực đã có ở dòng ${p['other']}${p['otherFile'] ? ` của ${p['otherFile']}` : ''} với cùng ngày đánh giá.`,
		en: `A need for the same commune and specialty with the same assessment date is already at row ${p['other']}${p['otherFile'] ? ` of ${p['otherFile']}` : ''}.`,
	}),
	'commune.area-without-source': () => ({
		vi: 'Có diện tích hoặc dân số nhưng thiếu "area_population_source": chỉ ghi số liệu có nguồn.',
		en: 'An area or population is given without "area_population_source": only sourced figures are published.',
	}),
	'file.unreadable': (p) => ({
		vi: `Không đọc được tệp: ${p['detail']}.`,
		en: `The file could not be read: ${p['detail']}.`,
	}),
	'file.encoding': (p) => ({
		vi:
			p['kind'] === 'text'
				? 'Tệp không phải UTF-8. Mở tệp trong trình soạn thảo văn bản (VS Code, Notepad) và lưu lại với bảng mã "UTF-8".'
				: 'Tệp không phải UTF-8. Mở tệp trong bảng tính và lưu lại dưới dạng "CSV UTF-8".',
		en:
			p['kind'] === 'text'
				? 'The file is not UTF-8. Open it in a text editor (VS Code, Notepad) and save it again with the "UTF-8" encoding.'
				: 'The file is not UTF-8. Open it in a spreadsheet and save it again as "CSV UTF-8".',
	}),
	'file.folder': (p) => ({
		vi: `${qv(p.found)} phải là một tệp, không phải một thư mục.`,
		en: `${qe(p.found)} must be a file, not a folder.`,
	}),
	'content.missing': (p) => ({
		vi: `Không tìm thấy ${p['what_vi']} trong thư mục nội dung.`,
		en: `The content folder has no ${p['what']}.`,
	}),
	// The file system as a boundary (src/lib/io/content-files.ts).
	'file.symlink': () => ({
		vi: 'Đây là liên kết tượng trưng (symlink); thư mục nội dung không theo liên kết nào, để không đọc tệp ngoài thư mục. Hãy thay nó bằng chính tệp đó.',
		en: 'This is a symbolic link; the content folder follows no link, so that nothing outside it is read. Replace it with the file itself.',
	}),
	'file.special': () => ({
		vi: 'Đây không phải tệp thường (thiết bị, ống dẫn hoặc socket). Hãy xóa nó khỏi thư mục nội dung.',
		en: 'This is not a regular file (a device, pipe or socket). Remove it from the content folder.',
	}),
	'file.too-large': (p) => ({
		vi: `Tệp có ${p.found}, vượt giới hạn ${p['limit']}. Hãy chia dữ liệu thành nhiều tệp nhỏ hơn.`,
		en: `The file has ${p.found}, over the limit of ${p['limit']}. Split the data into smaller files.`,
	}),
	'file.name-collision': (p) => ({
		vi: `Tên tệp ${qv(p.found)} trùng với ${qv(p['other'])} khi không phân biệt chữ hoa, chữ thường hoặc cách gõ dấu Unicode; trên nhiều máy hai tệp này là một. Hãy gộp hoặc xóa một tệp.`,
		en: `File name ${qe(p.found)} is the same as ${qe(p['other'])} once case or Unicode normalisation is ignored; on many systems they are one file. Merge them or delete one.`,
	}),
	'file.name-characters': (p) => ({
		vi: `Tên tệp có ký tự điều khiển hoặc vô hình (${p['character']}); tên như vậy hiện ra sai ở mọi nơi. Hãy đổi tên tệp.`,
		en: `The file name holds a control or invisible character (${p['character']}); such a name shows wrongly everywhere. Rename the file.`,
	}),
	'file.hidden': (p) => ({
		vi: `Tệp ẩn ${qv(p.found)} không thuộc nội dung (thường do máy tính tự tạo). Hãy xóa nó.`,
		en: `Hidden file ${qe(p.found)} is not content (computers often create such files). Delete it.`,
	}),
	'file.extension': (p) => ({
		vi: `Đuôi tệp ${qv(p.found)} không được đọc ở thư mục này: chỉ đọc tệp "${p['expected']}". Hãy đổi tên thành "${p['suggestion']}".`,
		en: `Files ending ${qe(p.found)} are not read in this folder: only "${p['expected']}" files are. Rename it to "${p['suggestion']}".`,
	}),
	'file.name-too-long': (p) => ({
		vi: `Tên tệp dài ${p.found} ký tự, vượt giới hạn ${p['limit']}. Hãy đặt tên ngắn hơn.`,
		en: `The file name is ${p.found} characters long, over the limit of ${p['limit']}. Use a shorter name.`,
	}),
	'file.unknown': (p) => ({
		vi: `Tệp ${qv(p.found)} không thuộc cấu trúc thư mục nội dung nên sẽ không được đọc. Các mục được phép: ${p['allowed']} (và ghi chú .md). Hãy chuyển hoặc xóa nó.`,
		en: `File ${qe(p.found)} is not part of the content layout, so it would not be read. Allowed: ${p['allowed']} (and .md notes). Move or delete it.`,
	}),
	'folder.unknown': (p) => ({
		vi: `Thư mục ${qv(p.found)} không thuộc cấu trúc thư mục nội dung nên sẽ không được đọc. Các mục được phép: ${p['allowed']}.`,
		en: `Folder ${qe(p.found)} is not part of the content layout, so it would not be read. Allowed: ${p['allowed']}.`,
	}),
	'folder.expected': (p) => ({
		vi: `${qv(p.found)} phải là một thư mục chứa các tệp, không phải một tệp.`,
		en: `${qe(p.found)} must be a folder of files, not a file.`,
	}),
	'folder.nested': (p) => ({
		vi: `Thư mục con ${qv(p.found)} không được đọc: các tệp ${p['expected']} phải nằm ngay trong thư mục cha. Hãy chuyển các tệp ra ngoài và xóa thư mục con.`,
		en: `Sub-folder ${qe(p.found)} is not read: ${p['expected']} files must sit directly in the folder above. Move its files up and delete it.`,
	}),
	'content.too-deep': (p) => ({
		vi: `Nội dung lồng nhau quá sâu (quá ${p['limit'] ?? p.found ?? 'giới hạn'} cấp danh sách, trích dẫn hoặc nhóm trường); không văn bản nào cần như vậy. Hãy viết lại cho phẳng hơn.`,
		en: `The content nests too deeply (over ${p['limit'] ?? p.found ?? 'the limit of'} levels of lists, quotes or groups of fields); no document needs that. Write it flatter.`,
	}),
	// Paths made from names (src/lib/model/build-model.ts).
	'path.empty': (p) => ({
		vi: `Tên ${qv(p.found)} không có chữ cái hay chữ số nào, nên không tạo được đường dẫn cho trang. Hãy ghi tên thật, hoặc điền cột slug.`,
		en: `Name ${qe(p.found)} has no letter or digit, so no page path can be made from it. Write the real name, or fill in the slug column.`,
	}),
	'path.reserved': (p) => ({
		vi: `Tên ${qv(p.found)} tạo ra đường dẫn "${p['slug']}", trùng với một trang của chính trang web; tỉnh này sẽ không có trang riêng. Hãy kiểm tra lại tên tỉnh.`,
		en: `Name ${qe(p.found)} gives the path "${p['slug']}", which is one of the site's own pages; this province would have no page of its own. Check the province's name.`,
	}),
	'path.collision': (p) => ({
		vi: `Tên ${qv(p.found)} tạo ra đường dẫn "${p['slug']}", trùng với ${qv(p['other'])}; hai tỉnh không thể có cùng một trang. Hãy kiểm tra lại tên.`,
		en: `Name ${qe(p.found)} gives the path "${p['slug']}", the same as ${qe(p['other'])}; two provinces cannot share a page. Check the names.`,
	}),
	'path.chart-collision': (p) => ({
		vi: `Biểu đồ của ${qv(p.found)} sẽ có tên tệp "${p['slug']}.svg", trùng với biểu đồ của ${qv(p['other'])}. Hãy điền cột slug cho xã này với một đường dẫn khác.`,
		en: `The chart of ${qe(p.found)} would be named "${p['slug']}.svg", the same as the chart of ${qe(p['other'])}. Fill in this commune's slug column with another path.`,
	}),
	// YAML read one way only (src/lib/validate/decision-file.ts).
	'yaml.alias': (p) => ({
		vi: `Không dùng neo và bí danh YAML (${p.found}): hãy viết đầy đủ giá trị ở mỗi chỗ.`,
		en: `YAML anchors and aliases (${p.found}) are not accepted: write the value out in full where it is needed.`,
	}),
	'yaml.tag': (p) => ({
		vi: `Không dùng thẻ kiểu YAML (${p.found}): hãy viết giá trị bình thường, đặt trong dấu ngoặc kép nếu là văn bản.`,
		en: `YAML type tags (${p.found}) are not accepted: write the plain value, in double quotes if it is text.`,
	}),
	'yaml.number': (p) => ({
		vi: `Số ${qv(p.found)} không viết bằng chữ số thập phân; YAML sẽ đọc nó thành một số khác. Hãy viết số chỉ gồm chữ số, ví dụ 97.`,
		en: `Number ${qe(p.found)} is not written in decimal digits; YAML would read it as another number. Write digits only, e.g. 97.`,
	}),
	// Narratives are prose, never code (src/lib/narrative.ts).
	'narrative.html': (p) => ({
		vi: `Phần nội dung không được chứa thẻ HTML hay thành phần (${p.found}); nó chỉ là văn bản Markdown.${p.found === '<br>' ? ' Để xuống dòng, kết thúc dòng bằng dấu \\; để sang đoạn mới, để một dòng trống.' : ' Dùng **in đậm**, *in nghiêng*, danh sách và [liên kết](https://…); để hiện dấu <, viết \\<.'}`,
		en: `The narrative may not contain an HTML tag or component (${p.found}); it is Markdown prose only.${p.found === '<br>' ? ' For a line break, end the line with \\; for a new paragraph, leave an empty line.' : ' Use **bold**, *italic*, lists and [links](https://…); to show a < sign, write \\<.'}`,
	}),
	'narrative.comment': () => ({
		vi: 'Phần nội dung không được chứa chú thích HTML: nó sẽ nằm trong mã nguồn của trang. Hãy xóa nó hoặc ghi thành câu văn.',
		en: 'The narrative may not contain an HTML comment: it would be published in the page source. Delete it or write it as a sentence.',
	}),
	'narrative.expression': (p) => ({
		vi: `Dấu ngoặc nhọn ${p.found} trong phần nội dung là mã lệnh đối với MDX và không được dùng. Hãy dùng ngoặc tròn, ví dụ "(phụ lục 1)"; nếu thật sự cần dấu ngoặc nhọn, viết \\{ và \\}.`,
		en: `A curly brace ${p.found} in the narrative is code to MDX and is not accepted. Use round brackets, e.g. "(phụ lục 1)"; if you really need a brace, write \\{ and \\}.`,
	}),
	'narrative.esm': (p) => ({
		vi: `Dòng bắt đầu bằng "${p.found}" là câu lệnh mã (import/export) đối với MDX và không được dùng. Hãy viết lại câu để nó bắt đầu bằng từ khác.`,
		en: `A line that begins with "${p.found}" is a code statement (import/export) to MDX and is not accepted. Rephrase the sentence so that it begins with another word.`,
	}),
	'narrative.image': () => ({
		vi: 'Phần nội dung không được chứa hình ảnh (trang không đăng ảnh, nhất là ảnh cá nhân). Hãy dẫn liên kết đến văn bản gốc thay cho ảnh.',
		en: 'The narrative may not contain images (the site publishes no pictures, above all no photos of people). Link to the original document instead.',
	}),
	'narrative.link': (p) => ({
		vi: `Liên kết có địa chỉ dạng ${p.found} không được dùng: chỉ nhận địa chỉ đầy đủ bắt đầu bằng https://, http:// hoặc mailto:.`,
		en: `A link whose address is ${p.found} is not accepted: only full addresses starting with https://, http:// or mailto: are.`,
	}),
	'narrative.unsupported': (p) => ({
		vi: `Cú pháp Markdown "${p.found}" không được hỗ trợ trong phần nội dung. Hãy dùng đoạn văn, tiêu đề, danh sách, bảng, in đậm, in nghiêng và liên kết.`,
		en: `Markdown construct "${p.found}" is not supported in a narrative. Use paragraphs, headings, lists, tables, bold, italic and links.`,
	}),
	// Text hygiene and personal data in every text (src/lib/validate/text-checks.ts).
	'text.character': (p) => ({
		vi: `Có ký tự ${p['kind_vi']} ${p['character']} ở vị trí ${p['position']}. Nó không hiện ra khi đọc nhưng làm sai mã, tên và tìm kiếm; hãy xóa nó (gõ lại giá trị là cách chắc nhất).`,
		en: `There is ${p['kind_en']} character ${p['character']} at position ${p['position']}. It does not show when read but breaks codes, names and search; delete it (typing the value again is the surest way).`,
	}),
	'text.foreign-letter': (p) => ({
		vi: `Ký tự thứ ${p['position']} là chữ ${p['script']} ${p['character']}${p['looksLike'] ? `, trông giống chữ Latinh "${p['looksLike']}"` : ''}. Mã chỉ dùng chữ Latinh không dấu; hãy gõ lại ký tự này.`,
		en: `Character ${p['position']} is the ${p['script']} letter ${p['character']}${p['looksLike'] ? `, which looks like the Latin "${p['looksLike']}"` : ''}. Codes use plain Latin letters only; type this character again.`,
	}),
	'text.too-long': (p) => ({
		vi: `Giá trị dài ${p.found} ký tự, vượt giới hạn ${p['limit']} ký tự của trường này.`,
		en: `The value is ${p.found} characters long, over this field's limit of ${p['limit']}.`,
	}),
	// Plausibility (src/schemas/common.ts and build-model.ts).
	'count.range': (p) => ({
		vi: `Số ${qv(p.found)} nằm ngoài khoảng hợp lý 0–${p['limit']}. Hãy kiểm tra lại con số trong nguồn.`,
		en: `Number ${qe(p.found)} is outside the plausible range 0–${p['limit']}. Check the figure against the source.`,
	}),
	'area.range': (p) => ({
		vi: `Diện tích ${qv(p.found)} km² lớn hơn mọi xã, phường (giới hạn 10.000 km²). Hãy kiểm tra lại con số và đơn vị.`,
		en: `Area ${qe(p.found)} km² is larger than any commune (limit 10,000 km²). Check the figure and its unit.`,
	}),
	'date.range': (p) => ({
		vi: `Ngày ${qv(p.found)} nằm ngoài khoảng hợp lý ${p['from']}–${p['to']}. Hãy kiểm tra lại năm.`,
		en: `Date ${qe(p.found)} is outside the plausible range ${p['from']}–${p['to']}. Check the year.`,
	}),
	'date.after-as-of': (p) => ({
		vi: `Ngày ${qv(p.found)} muộn hơn ngày dữ liệu ${p['asOf']}: một nguồn hay một quyết định chưa thể có vào ngày sau. Hãy kiểm tra lại ngày.`,
		en: `Date ${qe(p.found)} is later than the as-of day ${p['asOf']}: a source or a signature cannot date from after it. Check the date.`,
	}),
	'decision.self-reference': (p) => ({
		vi: `Quyết định không thể ${p['relation_vi']} chính nó (${qv(p.found)}).`,
		en: `A decision cannot ${p['relation']} itself (${qe(p.found)}).`,
	}),
	'agency.parent-cycle': (p) => ({
		vi: `Cơ quan ${qv(p.found)} nằm dưới chính nó qua cột "parent" (${p['cycle']}). Hãy sửa cơ quan cấp trên.`,
		en: `Body ${qe(p.found)} sits under itself through "parent" (${p['cycle']}). Correct its parent.`,
	}),
	'decision.announced-before-date': (p) => ({
		vi: `Ngày công bố ${qv(p.found)} sớm hơn ngày ký ${p['date']}: một quyết định không thể được công bố trước khi ký. Hãy kiểm tra lại hai ngày.`,
		en: `The announcement date ${qe(p.found)} is before the signature date ${p['date']}: a decision cannot be announced before it is signed. Check both dates.`,
	}),
	'decision.extends-and-ends': (p) => ({
		vi: `Quyết định vừa gia hạn vừa chấm dứt quyết định ${qv(p.found)}; hai điều này trái nhau. Hãy giữ một trong hai ("extends" hoặc "ends").`,
		en: `The decision both extends and ends decision ${qe(p.found)}, which contradict each other. Keep one of "extends" and "ends".`,
	}),
	'id.reserved': (p) => ({
		vi: `Mã ${qv(p.found)} là một tên mà Windows không cho đặt cho tệp hay thư mục; trang công bố sẽ không sao chép được sang máy Windows. Hãy chọn mã khác.`,
		en: `Id ${qe(p.found)} is a name Windows refuses for a file or folder; the published site could not be copied onto a Windows computer. Choose another id.`,
	}),
	'csv.excel-separator': () => ({
		vi: 'Dòng đầu "sep=…" là dòng Excel tự thêm để chỉ dấu phân cách, không phải dòng tiêu đề. Hãy xóa dòng này.',
		en: 'The first line "sep=…" is a line Excel adds to name the separator, not the header. Delete this line.',
	}),
	'csv.header-repeated': () => ({
		vi: 'Dòng này lặp lại dòng tiêu đề (thường do ghép hai tệp). Hãy xóa dòng này.',
		en: 'This row repeats the header row (usually from joining two files). Delete it.',
	}),
	'decision.cycle': (p) => ({
		vi: `Các quyết định tạo thành một vòng (${p['cycle']}): các quyết định không thể sửa đổi, gia hạn hay chấm dứt lẫn nhau theo vòng tròn. Hãy kiểm tra "amends", "extends" và "ends".`,
		en: `These decisions form a loop (${p['cycle']}): decisions cannot amend, extend or end each other in a circle. Check "amends", "extends" and "ends".`,
	}),
} as const satisfies Readonly<Record<string, MessageFn>>;

/** Every kind of problem the content checks report. */
export type ProblemCode = keyof typeof MESSAGES;

/** Whether a string (a zod custom message) is a known problem code. */
export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(MESSAGES, code);

/** Builds the bilingual sentence of a problem code; an unknown code is a bug and says so. */
export function describe(code: ProblemCode, params: MessageParams = {}): Bilingual {
	const fn: MessageFn | undefined = MESSAGES[code];
	if (!fn) throw new Error(`No message for problem code "${code}"`);
	return fn(params);
}
