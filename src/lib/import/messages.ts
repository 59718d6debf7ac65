import type { Bilingual, Problem } from '../validate/problem.ts';
import { formatNumber } from '../format.ts';

/** What an import message is told: the value found and facts computed where the problem is raised. */
export type ImportParams = Record<string, string | number | undefined>;

const q = (value: string | number | undefined): string => (value === undefined || value === '' ? '(trống / empty)' : `"${value}"`);
const didYouMean = (p: ImportParams): Bilingual =>
	p['suggestion'] ? { vi: ` Có phải "${p['suggestion']}"?`, en: ` Did you mean "${p['suggestion']}"?` } : { vi: '', en: '' };
/** A size in bytes as people read it: "50 MB", "0,5 MB" in Vietnamese, "0.5 MB" in English. */
const size = (bytes: string | number | undefined, lang: 'vi' | 'en'): string => {
	const n = Number(bytes ?? 0);
	const format = (value: number): string => formatNumber(lang, value, { decimals: 1 });
	if (n >= 1024 * 1024) return `${format(n / (1024 * 1024))} MB`;
	if (n >= 1024) return `${format(n / 1024)} KB`;
	return `${format(n)} byte${lang === 'en' && n !== 1 ? 's' : ''}`;
};
const count = (n: string | number | undefined, lang: 'vi' | 'en'): string => formatNumber(lang, Number(n ?? 0), { decimals: 1 });
/** A formula quoted back, cut short: it is shown to say which cell, not to be read whole. */
const formula = (p: ImportParams): string | undefined => {
	const text = p['formula'] === undefined ? '' : String(p['formula']);
	if (text === '') return undefined;
	return `=${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
};
const RESAVE = {
	vi: 'Mở tệp trong Excel hoặc LibreOffice và lưu lại thành "Sổ làm việc Excel (*.xlsx)"; nếu không mở được, xin lại tệp gốc.',
	en: 'Open the file in Excel or LibreOffice and save it again as "Excel Workbook (*.xlsx)"; if it does not open, ask for the original file again.',
} as const;
/** Why a workbook looks like a zip bomb, from the reason code and the numbers measured. */
const bombReason = (p: ImportParams): Bilingual => {
	switch (p['reason']) {
		case 'total':
			return {
				vi: `nội dung bảng tính giải nén ra ${size(p['found'], 'vi')} từ một tệp ${size(p['packed'], 'vi')}, quá giới hạn ${size(p['limit'], 'vi')}`,
				en: `its workbook unpacks to ${size(p['found'], 'en')} from a ${size(p['packed'], 'en')} file, over the limit of ${size(p['limit'], 'en')}`,
			};
		case 'ratio':
			return {
				vi: `phần "${p['part']}" được nén tới ${count(p['found'], 'vi')} lần, quá giới hạn ${count(p['limit'], 'vi')} lần`,
				en: `its part "${p['part']}" is compressed ${count(p['found'], 'en')} times, over the limit of ${count(p['limit'], 'en')} times`,
			};
		case 'lying':
			return {
				vi: `phần "${p['part']}" giải nén ra nhiều hơn ${size(p['found'], 'vi')} mà tệp khai báo cho nó`,
				en: `its part "${p['part']}" unpacks to more than the ${size(p['found'], 'en')} the file declares for it`,
			};
		default:
			return {
				vi: `tệp nén có ${count(p['found'], 'vi')} mục, quá giới hạn ${count(p['limit'], 'vi')}`,
				en: `its zip lists ${count(p['found'], 'en')} entries, over the limit of ${count(p['limit'], 'en')}`,
			};
	}
};
const CORRUPT_REASON: Readonly<Record<string, (part: string) => Bilingual>> = {
	deflate: (part) => ({ vi: `phần "${part}" không giải nén được`, en: `its part "${part}" cannot be unpacked` }),
	size: (part) => ({
		vi: `kích thước phần "${part}" không khớp với kích thước tệp khai báo`,
		en: `the size of its part "${part}" does not match the size the file declares`,
	}),
	method: (part) => ({ vi: `phần "${part}" được nén theo cách Excel không dùng`, en: `its part "${part}" is compressed in a way Excel does not use` }),
	directory: () => ({ vi: 'danh mục của tệp nén bị hỏng', en: 'the directory of its zip is damaged' }),
};

/**
 * The bilingual catalogue of what `npm run import` reports: spreadsheet problems that the content
 * checks never see (headers, names to match, file encodings). Keys are the `code` of a Problem.
 */
export const IMPORT_MESSAGES = {
	'import.file-type': (p) => ({
		vi: `Không nhập được tệp ${q(p['found'])}: chỉ nhận tệp .xlsx hoặc .csv. Trong Excel, chọn Tệp > Lưu thành > "Sổ làm việc Excel (*.xlsx)".`,
		en: `File ${q(p['found'])} cannot be imported: only .xlsx and .csv files are read. In Excel, choose File > Save As > "Excel Workbook (*.xlsx)".`,
	}),
	'import.encoding': () => ({
		vi: 'Tệp CSV không phải UTF-8 hay UTF-16 nên chữ tiếng Việt sẽ bị hỏng. Mở tệp trong Excel, chọn Tệp > Lưu thành > "CSV UTF-8 (phân cách bằng dấu phẩy)" hoặc "Văn bản Unicode", rồi nhập lại; hoặc lưu thành .xlsx.',
		en: 'The CSV file is neither UTF-8 nor UTF-16, so Vietnamese letters would be garbled. Open it in Excel, choose File > Save As > "CSV UTF-8 (Comma delimited)" or "Unicode Text", and import it again; or save it as .xlsx.',
	}),
	'import.file-missing': (p) => ({
		vi: `Không tìm thấy tệp ${q(p['found'])}. Kiểm tra đường dẫn và tên tệp; tên có dấu cách thì đặt trong dấu ngoặc kép.`,
		en: `There is no file ${q(p['found'])}. Check the path and the file name; put a name with spaces in double quotes.`,
	}),
	'import.file-empty': () => ({
		vi: 'Tệp trống (0 byte) nên không có gì để nhập; có thể tệp chưa được lưu xong hoặc tải về bị lỗi. Mở bảng tính gốc, lưu lại rồi nhập lại.',
		en: 'The file is empty (0 bytes), so there is nothing to import; it may not have been saved completely, or its download failed. Open the original spreadsheet, save it again and import it again.',
	}),
	'import.file-too-large': (p) => ({
		vi: `Tệp nặng ${size(p['found'], 'vi')}, quá giới hạn ${size(p['limit'], 'vi')} của lệnh nhập. Một danh sách biệt phái thường chỉ vài trăm KB: xóa các trang tính, hình ảnh và cột không cần, rồi lưu lại và nhập lại.`,
		en: `The file is ${size(p['found'], 'en')}, over the import's limit of ${size(p['limit'], 'en')}. A staffing list is normally a few hundred KB: delete the sheets, pictures and columns that are not needed, then save it and import it again.`,
	}),
	'import.xls-or-password': () => ({
		vi: 'Tệp không phải sổ làm việc .xlsx thông thường: đó là tệp Excel đời cũ (.xls) hoặc tệp .xlsx có đặt mật khẩu. Mở tệp trong Excel, bỏ mật khẩu nếu có (Tệp > Thông tin > Bảo vệ sổ làm việc), rồi chọn Tệp > Lưu thành > "Sổ làm việc Excel (*.xlsx)" và nhập lại.',
		en: 'The file is not a plain .xlsx workbook: it is an old Excel file (.xls) or an .xlsx protected by a password. Open it in Excel, remove the password if there is one (File > Info > Protect Workbook), then choose File > Save As > "Excel Workbook (*.xlsx)" and import it again.',
	}),
	'import.not-zip-text': () => ({
		vi: 'Tệp có đuôi .xlsx nhưng bên trong là văn bản (có thể là tệp CSV hoặc trang web bị đổi đuôi). Nếu là CSV, đổi đuôi tệp thành .csv rồi nhập lại; nếu không, mở trong Excel và lưu thành "Sổ làm việc Excel (*.xlsx)".',
		en: 'The file is named .xlsx but holds text (perhaps a CSV file or a web page renamed). If it is a CSV, rename it to .csv and import it again; otherwise open it in Excel and save it as "Excel Workbook (*.xlsx)".',
	}),
	'import.not-zip': () => ({
		vi: `Tệp có đuôi .xlsx nhưng không phải sổ làm việc Excel (một tệp .xlsx là một tệp nén .zip, tệp này thì không). ${RESAVE.vi}`,
		en: `The file is named .xlsx but is not an Excel workbook (an .xlsx file is a .zip archive, and this one is not). ${RESAVE.en}`,
	}),
	'import.zip-truncated': () => ({
		vi: 'Tệp .xlsx bị cắt cụt: thiếu phần cuối của tệp nén, thường do tải về hoặc sao chép chưa xong. Tải hoặc sao chép lại tệp; nếu vẫn lỗi, mở tệp gốc trong Excel và lưu lại thành .xlsx.',
		en: 'The .xlsx file is truncated: the end of its zip is missing, usually because a download or copy did not finish. Download or copy it again; if that does not help, open the original in Excel and save it again as .xlsx.',
	}),
	'import.zip-corrupt': (p) => {
		const reason = (CORRUPT_REASON[String(p['reason'])] ?? CORRUPT_REASON['directory']!)(String(p['part'] ?? ''));
		return { vi: `Tệp .xlsx bị hỏng: ${reason.vi}. ${RESAVE.vi}`, en: `The .xlsx file is damaged: ${reason.en}. ${RESAVE.en}` };
	},
	'import.zip-bomb': (p) => {
		const reason = bombReason(p);
		return {
			vi: `Không nhập tệp này vì ${reason.vi}. Một danh sách biệt phái thường chỉ vài trăm KB; một tệp nhỏ mà giải nén ra rất lớn thường là tệp hỏng hoặc tệp độc hại ("bom nén"), nên tệp không được mở tiếp. Kiểm tra nguồn gốc của tệp. Nếu danh sách thật sự lớn như vậy, xóa các trang tính không cần, hoặc lưu danh sách thành "CSV UTF-8" rồi nhập tệp CSV.`,
			en: `This file was not imported: ${reason.en}. A staffing list is normally a few hundred KB; a small file that unpacks to something huge is usually damaged or malicious (a "zip bomb"), so it is not opened any further. Check where the file came from. If the list really is that large, delete the sheets that are not needed, or save the list as "CSV UTF-8" and import the CSV file.`,
		};
	},
	'import.not-workbook': () => ({
		vi: 'Tệp là một tệp nén nhưng không phải sổ làm việc Excel (không có xl/workbook.xml); có thể đó là tệp Word, hoặc bảng tính LibreOffice (.ods) bị đổi đuôi. Mở tệp trong Excel hoặc LibreOffice và lưu thành "Sổ làm việc Excel (*.xlsx)".',
		en: 'The file is a zip archive but not an Excel workbook (it has no xl/workbook.xml); it may be a Word file or a LibreOffice spreadsheet (.ods) renamed. Open it in Excel or LibreOffice and save it as "Excel Workbook (*.xlsx)".',
	}),
	'import.no-visible-sheet': (p) => ({
		vi: `Sổ làm việc không có trang tính nào đang hiện. Các trang tính có: ${p['allowed']}. Chọn trang cần nhập bằng --sheet "TÊN".`,
		en: `The workbook has no visible sheet. Sheets available: ${p['allowed']}. Choose the sheet to import with --sheet "NAME".`,
	}),
	'import.hidden-rows': (p) => ({
		vi: `Dòng ${p['rows']} đang bị ẩn (hoặc bị bộ lọc ẩn đi) nhưng có dữ liệu, nên chưa nhập gì: dữ liệu người xem bảng tính không thấy thì không được nhập. Bỏ ẩn để kiểm tra (chọn các dòng bao quanh, nhấp chuột phải > Bỏ ẩn; hoặc Dữ liệu > Xóa bộ lọc), rồi giữ lại hoặc xóa các dòng đó và nhập lại.`,
		en: `Row${p['plural'] ? 's' : ''} ${p['rows']} ${p['plural'] ? 'are' : 'is'} hidden (or filtered out) but hold${p['plural'] ? '' : 's'} data, so nothing was imported: data that a reader of the sheet cannot see is not imported. Unhide ${p['plural'] ? 'them' : 'it'} to check (select the rows around, right-click > Unhide; or Data > Clear filter), then keep or delete ${p['plural'] ? 'them' : 'it'} and import again.`,
	}),
	'import.hidden-columns': (p) => ({
		vi: `Cột ${p['columns']} đang bị ẩn nhưng có dữ liệu, nên chưa nhập gì: dữ liệu người xem bảng tính không thấy thì không được nhập. Bỏ ẩn để kiểm tra (chọn các cột bao quanh, nhấp chuột phải > Bỏ ẩn), rồi giữ lại hoặc xóa các cột đó và nhập lại.`,
		en: `Column${p['plural'] ? 's' : ''} ${p['columns']} ${p['plural'] ? 'are' : 'is'} hidden but hold${p['plural'] ? '' : 's'} data, so nothing was imported: data that a reader of the sheet cannot see is not imported. Unhide ${p['plural'] ? 'them' : 'it'} to check (select the columns around, right-click > Unhide), then keep or delete ${p['plural'] ? 'them' : 'it'} and import again.`,
	}),
	'import.formula-no-value': (p) => {
		const f = formula(p);
		return {
			vi: `Ô ${p['cell']} có công thức${f ? ` ${f}` : ''} nhưng tệp không lưu giá trị đã tính, nên không biết ô này ghi gì. Mở tệp trong Excel hoặc LibreOffice và lưu lại để giá trị được tính, hoặc gõ thẳng giá trị vào ô.`,
			en: `Cell ${p['cell']} holds a formula${f ? ` ${f}` : ''} but the file has no computed value for it, so what the cell shows is unknown. Open the file in Excel or LibreOffice and save it again so the value is computed, or type the value into the cell.`,
		};
	},
	'import.cell-error': (p) => {
		const f = formula(p);
		return {
			vi: `Ô ${p['cell']} hiện lỗi ${p['error']}${f ? ` (công thức ${f})` : ''}. Sửa công thức, hoặc gõ giá trị đúng vào ô.`,
			en: `Cell ${p['cell']} shows the error ${p['error']}${f ? ` (formula ${f})` : ''}. Correct the formula, or type the right value into the cell.`,
		};
	},
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
	'import.period': (p) => ({
		vi: `Không đọc được thời gian ${q(p['found'])}. Viết hai ngày nối bằng dấu gạch, ví dụ 06/10/2025 - 05/04/2026, hoặc dùng hai cột "Từ ngày" và "Đến ngày".`,
		en: `Period ${q(p['found'])} cannot be read. Write two dates joined by a dash, e.g. 06/10/2025 - 05/04/2026, or use two columns "Từ ngày" and "Đến ngày".`,
	}),
	'import.province-unknown': (p) => {
		const hint = didYouMean(p);
		return {
			vi: `Không có tỉnh mã ${q(p['found'])} trong content/provinces.csv.${hint.vi} Mã tỉnh gồm 2 chữ số, ví dụ "11" (Điện Biên).`,
			en: `There is no province with code ${q(p['found'])} in content/provinces.csv.${hint.en} Province codes have 2 digits, e.g. "11" (Điện Biên).`,
		};
	},
	'import.template-exists': (p) => ({
		vi: `Tệp ${q(p['found'])} đã có. Đặt tên khác bằng --out, hoặc thêm --force để ghi đè.`,
		en: `The file ${q(p['found'])} already exists. Choose another name with --out, or add --force to overwrite it.`,
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
} as const satisfies Readonly<Record<string, (p: ImportParams) => Bilingual>>;

/** Every kind of problem the import reports. */
export type ImportProblemCode = keyof typeof IMPORT_MESSAGES;

/** Creates an import problem at a location of the spreadsheet. */
export function importProblem(file: string, row: number | undefined, column: string | undefined, code: ImportProblemCode, params: ImportParams = {}): Problem {
	const fn: ((p: ImportParams) => Bilingual) | undefined = IMPORT_MESSAGES[code];
	if (!fn) throw new Error(`No import message for problem code "${code}"`);
	const problem: Problem = { file, code, ...fn(params) };
	if (row !== undefined) problem.row = row;
	if (column !== undefined) problem.column = column;
	return problem;
}

/** How to name a sheet on the command line: bare when it is one plain word, else in double quotes. */
export function sheetArgument(name: string): string {
	return /^[\p{L}\p{N}_.-]+$/u.test(name) ? name : `"${name.replace(/(["\\$`])/gu, '\\$1')}"`;
}

/**
 * The note for another sheet of the workbook that holds data and was not imported.
 * @example otherSheetNote('Cũ', true).en // 'Hidden sheet "Cũ" also holds data and was not imported; to import it, use --sheet Cũ.'
 */
export function otherSheetNote(name: string, hidden: boolean): Bilingual {
	const option = `--sheet ${sheetArgument(name)}`;
	return hidden
		? {
				vi: `Trang tính ẩn "${name}" cũng có dữ liệu nhưng không được nhập; để nhập trang này, dùng ${option}.`,
				en: `Hidden sheet "${name}" also holds data and was not imported; to import it, use ${option}.`,
			}
		: {
				vi: `Trang tính "${name}" cũng có dữ liệu nhưng không được nhập; để nhập trang này, dùng ${option}.`,
				en: `Sheet "${name}" also holds data and was not imported; to import it, use ${option}.`,
			};
}
