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
	'birth-date': { vi: 'ngày sinh', en: 'a birth date' },
	phone: { vi: 'số điện thoại', en: 'a phone number' },
	email: { vi: 'địa chỉ thư điện tử', en: 'an e-mail address' },
	address: { vi: 'địa chỉ nơi ở', en: 'a home address' },
	photo: { vi: 'ảnh cá nhân', en: 'a photo' },
};
const kindOf = (p: MessageParams): Bilingual => PERSONAL_KIND[String(p['kind'])] ?? { vi: 'dữ liệu cá nhân', en: 'personal data' };

/**
 * The bilingual catalogue of every problem the content checks report. Keys are the `code` of a
 * Problem; zod schemas use the same keys as their custom messages.
 */
export const MESSAGES: Readonly<Record<string, MessageFn>> = {
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
	'personal.column': (p) => ({
		vi: `Cột ${qv(p.found)} chứa ${kindOf(p).vi}. Trang chỉ công bố họ tên và chức vụ đã được nguồn chính thức công bố (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15); hãy xóa cột này.`,
		en: `Column ${qe(p.found)} holds ${kindOf(p).en}. The site publishes only a name and official post that an official source already published (Personal Data Protection Law 91/2025/QH15); delete this column.`,
	}),
	'personal.value': (p) => ({
		vi: `Giá trị này trông như ${kindOf(p).vi}; không được công bố. Hãy xóa nó khỏi ô.`,
		en: `This value looks like ${kindOf(p).en}, which must not be published. Remove it from the cell.`,
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
	'file.encoding': () => ({
		vi: 'Tệp không phải UTF-8. Mở tệp trong bảng tính và lưu lại dưới dạng "CSV UTF-8".',
		en: 'The file is not UTF-8. Open it in a spreadsheet and save it again as "CSV UTF-8".',
	}),
	'content.missing': (p) => ({
		vi: `Không tìm thấy ${p['what_vi']} trong thư mục nội dung.`,
		en: `The content folder has no ${p['what']}.`,
	}),
};

/** Builds the bilingual sentence of a problem code; an unknown code is a bug and says so. */
export function describe(code: string, params: MessageParams = {}): Bilingual {
	const fn = MESSAGES[code];
	if (!fn) throw new Error(`No message for problem code "${code}"`);
	return fn(params);
}
