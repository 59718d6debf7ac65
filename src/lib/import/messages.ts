import type { Bilingual, Problem } from '../validate/problem.ts';

/** What an import message is told: the value found and facts computed where the problem is raised. */
export type ImportParams = Record<string, string | number | undefined>;

const q = (value: string | number | undefined): string => (value === undefined || value === '' ? '(trống / empty)' : `"${value}"`);
const didYouMean = (p: ImportParams): Bilingual =>
	p['suggestion'] ? { vi: ` Có phải "${p['suggestion']}"?`, en: ` Did you mean "${p['suggestion']}"?` } : { vi: '', en: '' };

/**
 * The bilingual catalogue of what `npm run import` reports: spreadsheet problems that the content
 * checks never see (headers, names to match, file encodings). Keys are the `code` of a Problem.
 */
export const IMPORT_MESSAGES: Readonly<Record<string, (p: ImportParams) => Bilingual>> = {
	'import.file-type': (p) => ({
		vi: `Không nhập được tệp ${q(p['found'])}: chỉ nhận tệp .xlsx hoặc .csv. Trong Excel, chọn Tệp > Lưu thành > "Sổ làm việc Excel (*.xlsx)".`,
		en: `File ${q(p['found'])} cannot be imported: only .xlsx and .csv files are read. In Excel, choose File > Save As > "Excel Workbook (*.xlsx)".`,
	}),
	'import.encoding': () => ({
		vi: 'Tệp CSV không phải UTF-8 hay UTF-16 nên chữ tiếng Việt sẽ bị hỏng. Mở tệp trong Excel, chọn Tệp > Lưu thành > "CSV UTF-8 (phân cách bằng dấu phẩy)" hoặc "Văn bản Unicode", rồi nhập lại; hoặc lưu thành .xlsx.',
		en: 'The CSV file is neither UTF-8 nor UTF-16, so Vietnamese letters would be garbled. Open it in Excel, choose File > Save As > "CSV UTF-8 (Comma delimited)" or "Unicode Text", and import it again; or save it as .xlsx.',
	}),
	'import.unreadable': (p) => ({
		vi: `Không đọc được bảng tính: ${p['detail']}. Mở tệp trong Excel và lưu lại thành .xlsx.`,
		en: `The spreadsheet could not be read: ${p['detail']}. Open it in Excel and save it again as .xlsx.`,
	}),
	'import.sheet-missing': (p) => ({
		vi: `Không có trang tính ${q(p['found'])}. Các trang tính có: ${p['allowed']}.`,
		en: `There is no sheet ${q(p['found'])}. Sheets available: ${p['allowed']}.`,
	}),
	'import.no-rows': () => ({
		vi: 'Bảng tính không có dòng dữ liệu nào dưới dòng tiêu đề.',
		en: 'The spreadsheet has no data row under its header row.',
	}),
	'import.unknown-header': (p) => {
		const hint = didYouMean(p);
		return {
			vi: `Không nhận ra tiêu đề cột ${q(p['found'])} nên cột này chưa được nhập.${hint.vi} Đổi tiêu đề thành một trong các tên: ${p['allowed']}; hoặc xóa cột nếu không cần công bố.`,
			en: `Column header ${q(p['found'])} is not recognised, so the column was not imported.${hint.en} Rename it to one of: ${p['allowed']}; or delete the column if it is not to be published.`,
		};
	},
	'import.duplicate-header': (p) => ({
		vi: `Cột ${q(p['found'])} và cột "${p['other']}" cùng ghi vào trường "${p['target']}". Giữ một cột, xóa hoặc đổi tên cột kia.`,
		en: `Columns ${q(p['found'])} and "${p['other']}" both feed the field "${p['target']}". Keep one and delete or rename the other.`,
	}),
	'import.no-commune-column': () => ({
		vi: 'Không tìm thấy cột nơi biệt phái. Đặt tiêu đề "Nơi biệt phái" hoặc "Xã/phường" cho cột ghi tên xã, phường nhận người.',
		en: 'No column for the receiving commune was found. Head the column with the commune or ward names "Nơi biệt phái" or "Xã/phường".',
	}),
	'import.commune-unknown': (p) => {
		const hint = didYouMean(p);
		return {
			vi: `Không tìm thấy xã, phường ${q(p['found'])} trong danh mục của tỉnh ${p['province']}, kể cả các đơn vị cũ đã sáp nhập năm 2025.${hint.vi} Sửa tên trong bảng tính, hoặc ghi mã xã 5 chữ số.`,
			en: `No commune or ward ${q(p['found'])} is in the list of province ${p['province']}, former units merged in 2025 included.${hint.en} Correct the name in the spreadsheet, or write the 5-digit commune code.`,
		};
	},
	'import.commune-ambiguous': (p) => ({
		vi: `Tên ${q(p['found'])} ứng với nhiều đơn vị: ${p['candidates_vi']}. Ghi tên đầy đủ có dấu, hoặc mã xã 5 chữ số của đơn vị đúng.`,
		en: `The name ${q(p['found'])} matches several units: ${p['candidates_en']}. Write the full name with its diacritics, or the 5-digit code of the right unit.`,
	}),
	'import.agency-unknown': (p) => {
		const hint = didYouMean(p);
		return {
			vi: `Không tìm thấy cơ quan ${q(p['found'])} trong content/agencies.${hint.vi} Sửa tên trong bảng tính, hoặc thêm cơ quan này (có nguồn) vào content/agencies rồi nhập lại.`,
			en: `No agency ${q(p['found'])} is in content/agencies.${hint.en} Correct the name in the spreadsheet, or add the agency (with its source) to content/agencies and import again.`,
		};
	},
	'import.agency-ambiguous': (p) => ({
		vi: `Tên cơ quan ${q(p['found'])} ứng với nhiều cơ quan: ${p['candidates']}. Ghi tên đầy đủ hoặc mã (id) của cơ quan đúng.`,
		en: `The agency name ${q(p['found'])} matches several agencies: ${p['candidates']}. Write the full name or the id of the right one.`,
	}),
	'import.specialty-unknown': (p) => {
		const hint = didYouMean(p);
		return {
			vi: `Không tìm thấy lĩnh vực ${q(p['found'])} trong content/specialties.csv.${hint.vi} Dùng một lĩnh vực có sẵn, hoặc thêm lĩnh vực mới vào content/specialties.csv.`,
			en: `No specialty ${q(p['found'])} is in content/specialties.csv.${hint.en} Use an existing specialty, or add a new one to content/specialties.csv.`,
		};
	},
	'import.specialty-ambiguous': (p) => ({
		vi: `Lĩnh vực ${q(p['found'])} ứng với nhiều lĩnh vực: ${p['candidates']}. Ghi tên đầy đủ hoặc mã của lĩnh vực đúng.`,
		en: `The specialty ${q(p['found'])} matches several specialties: ${p['candidates']}. Write the full name or the id of the right one.`,
	}),
	'import.category-unknown': (p) => ({
		vi: `Nhóm ${q(p['found'])} không có trong "declared" của quyết định. Các nhóm có: ${p['allowed']}.`,
		en: `Category ${q(p['found'])} is not in the decision's "declared". Categories available: ${p['allowed']}.`,
	}),
	'import.date': (p) => ({
		vi: `Không đọc được ngày ${q(p['found'])}. Viết ngày theo dạng dd/mm/yyyy, ví dụ 20/10/2025, hoặc định dạng ô là Ngày trong Excel.`,
		en: `Date ${q(p['found'])} cannot be read. Write it as dd/mm/yyyy, e.g. 20/10/2025, or format the cell as a Date in Excel.`,
	}),
	'import.decision-unknown': (p) => {
		const hint = didYouMean(p);
		return {
			vi: `Không có quyết định mã ${q(p['found'])} trong content/decisions.${hint.vi} Tạo quyết định trước bằng "npm run new:decision", rồi nhập danh sách.`,
			en: `There is no decision with id ${q(p['found'])} in content/decisions.${hint.en} Create the decision first with "npm run new:decision", then import the list.`,
		};
	},
	'import.source-unknown': (p) => ({
		vi: `Nguồn ${q(p['found'])} (tùy chọn --source) không có trong "sources" của quyết định. Các nguồn có: ${p['allowed']}.`,
		en: `Source ${q(p['found'])} (option --source) is not in the decision's "sources". Sources available: ${p['allowed']}.`,
	}),
	'import.exists': (p) => ({
		vi: `Tệp ${q(p['found'])} đã có. Không ghi đè khi chưa được phép: chạy lại với --force để thay thế nó (git vẫn giữ bản cũ).`,
		en: `File ${q(p['found'])} already exists. It is not overwritten unless asked: run again with --force to replace it (git keeps the old version).`,
	}),
};

/** Creates an import problem at a location of the spreadsheet. */
export function importProblem(file: string, row: number | undefined, column: string | undefined, code: string, params: ImportParams = {}): Problem {
	const fn = IMPORT_MESSAGES[code];
	if (!fn) throw new Error(`No import message for problem code "${code}"`);
	const problem: Problem = { file, code, ...fn(params) };
	if (row !== undefined) problem.row = row;
	if (column !== undefined) problem.column = column;
	return problem;
}
