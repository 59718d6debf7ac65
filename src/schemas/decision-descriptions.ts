import type { SourceSchema } from './common.ts';
import type { DecisionSchema, DeclaredCategorySchema, ReportedFigureSchema, SignerSchema } from './decision.ts';

/**
 * What every field of a decision file means, in Vietnamese and English: the text staff read as the
 * comment above each field of a new decision's skeleton (`npm run new:decision`). Typed by the schemas'
 * shapes, so a field added to a schema without its description does not compile.
 */

/** A description in both languages. */
export interface FieldDescription {
	vi: string;
	en: string;
}

type Descriptions<S extends { shape: Record<string, unknown> }> = { readonly [K in keyof S['shape']]: FieldDescription };

/** The fields of a decision's frontmatter. */
export const DECISION_DESCRIPTIONS = {
	number: {
		vi: 'Số hiệu đúng như trên văn bản, ví dụ "2446/QĐ-UBND"; bỏ trường này nếu số hiệu chưa được công bố.',
		en: 'Official number in the official form, e.g. "2446/QĐ-UBND"; leave out when it was not published.',
	},
	province: { vi: 'Mã 2 chữ số của tỉnh có cơ quan ban hành, ví dụ "11" (Điện Biên).', en: '2-digit code of the province whose authority issued it.' },
	date: {
		vi: 'Ngày ký (dd/mm/yyyy hoặc yyyy-mm-dd; chỉ tháng hoặc năm nếu chỉ biết có vậy).',
		en: 'Date of signature (dd/mm/yyyy or yyyy-mm-dd; a month or year alone if that is all that is known).',
	},
	announced: {
		vi: 'Ngày quyết định được công bố hoặc đưa tin lần đầu, khi không biết ngày ký.',
		en: 'Date the decision was first announced or reported, when the signing date is not known.',
	},
	issuer: { vi: 'Cơ quan ban hành, bằng tiếng Việt, ví dụ "UBND tỉnh Điện Biên".', en: 'Issuing authority in Vietnamese, e.g. "UBND tỉnh Điện Biên".' },
	issuer_en: { vi: 'Cơ quan ban hành, bằng tiếng Anh.', en: 'Issuing authority in English.' },
	signer: { vi: 'Người ký, nếu đã được công bố.', en: 'Who signed, where published.' },
	kind: {
		vi: 'Loại quyết định: secondment (biệt phái), assignment (giao nhiệm vụ), transfer (điều động), extension (gia hạn), ending (chấm dứt) hoặc policy (chính sách).',
		en: 'What the decision does: secondment, assignment, transfer, extension, ending or policy.',
	},
	title: { vi: 'Tiêu đề ngắn bằng tiếng Việt, ví dụ "Biệt phái 97 công chức, viên chức về xã, phường".', en: 'Short Vietnamese title.' },
	title_en: { vi: 'Tiêu đề ngắn bằng tiếng Anh.', en: 'Short English title.' },
	summary_en: {
		vi: 'Một đoạn tóm tắt bằng tiếng Anh (phần nội dung vẫn bằng tiếng Việt).',
		en: 'One-paragraph English summary (the narrative stays Vietnamese).',
	},
	start: {
		vi: 'Ngày bắt đầu có hiệu lực của các phân công (dd/mm/yyyy hoặc yyyy-mm-dd).',
		en: 'First day the assignments take effect (dd/mm/yyyy or yyyy-mm-dd).',
	},
	end: {
		vi: 'Ngày cuối cùng (tính cả ngày đó); bỏ trường này và ghi duration_months nếu quyết định nêu thời hạn.',
		en: 'Last day (inclusive); leave out and give duration_months when the decision states a duration.',
	},
	duration_months: {
		vi: 'Thời hạn tính bằng tháng từ ngày start, nếu quyết định nêu; ngày cuối được tính ra.',
		en: 'Duration in months from start, when the decision states one; the last day is computed.',
	},
	declared: {
		vi: 'Số người công bố theo từng nhóm, đúng như quyết định hoặc thông cáo báo chí nêu.',
		en: 'Declared figures by category, as the decision or its press release states them.',
	},
	declared_total: {
		vi: 'Tổng số người công bố, nếu nguồn nêu; bỏ trường này nếu chưa có con số nào được công bố.',
		en: 'Declared total, when the source states one; leave out when no number was published.',
	},
	declared_total_qualifier: {
		vi: 'Mức chính xác của tổng số: exact (đúng), at-least (ít nhất) hoặc about (khoảng).',
		en: 'How exact the declared total is: exact, at-least or about.',
	},
	reported_figures: {
		vi: 'Các con số khác do nguồn nêu (đề xuất trước đó, con số khác nhau).',
		en: 'Other figures reported by sources (earlier proposals, differing counts).',
	},
	communes: {
		vi: 'Các xã, phường nhận theo nguồn: "all" nếu là mọi xã của tỉnh, hoặc danh sách mã xã.',
		en: 'Receiving communes named by the source: "all" for every commune of the province, or a list of codes.',
	},
	shortages: {
		vi: 'Các lĩnh vực tỉnh nêu là xã còn thiếu (mã trong danh mục lĩnh vực specialties.csv).',
		en: 'Specialties the province named as lacking in its communes (ids of the list of specialties).',
	},
	shortages_source: { vi: 'Mã nguồn (trong sources) nêu các lĩnh vực còn thiếu đó.', en: 'Source id (from sources) that names those shortages.' },
	amends: { vi: 'Mã các quyết định mà quyết định này sửa đổi.', en: 'Ids of decisions this one amends.' },
	extends: { vi: 'Mã các quyết định mà quyết định này gia hạn.', en: 'Ids of decisions this one extends.' },
	ends: { vi: 'Mã các quyết định mà quyết định này chấm dứt.', en: 'Ids of decisions this one ends.' },
	unverified: {
		vi: 'Các thông tin chưa có nguồn thứ hai xác nhận, bằng tiếng Việt; được công bố ở trang Chất lượng dữ liệu.',
		en: 'Statements that no second source confirms yet, in Vietnamese; published on the data-quality page.',
	},
	sources: { vi: 'Nguồn của mọi thông tin trong tệp này; ít nhất một nguồn.', en: 'Sources of every fact in this file; at least one.' },
	slug: {
		vi: 'Mã và tên tệp riêng, chỉ khi mã lấy từ số hiệu và năm (hoặc tỉnh và ngày) đã thuộc về quyết định của tỉnh khác, ví dụ "2446-qd-ubnd-2025-lai-chau".',
		en: "Permanent id and file name, only where the id made from number and year (or province and date) is already another province's decision's.",
	},
} as const satisfies Descriptions<typeof DecisionSchema>;

/** The fields of the signer. */
export const SIGNER_DESCRIPTIONS = {
	name: { vi: 'Họ tên người ký, đúng như đã công bố.', en: 'Name as published.' },
	title: { vi: 'Chức vụ, ví dụ "Phó Chủ tịch UBND tỉnh".', en: 'Official post, e.g. "Phó Chủ tịch UBND tỉnh".' },
} as const satisfies Descriptions<typeof SignerSchema>;

/** The fields of a declared category. */
export const DECLARED_DESCRIPTIONS = {
	id: {
		vi: 'Mã của nhóm, dùng trong cột category của tệp phân công, ví dụ "so-nganh" hoặc "tram-y-te".',
		en: 'Identifier of the category, cited by assignment rows, e.g. "so-nganh".',
	},
	label: { vi: 'Tên nhóm bằng tiếng Việt, ví dụ "Công chức, viên chức từ các sở".', en: 'Vietnamese label.' },
	label_en: { vi: 'Tên nhóm bằng tiếng Anh.', en: 'English label.' },
	count: {
		vi: 'Số người công bố; bỏ trường này nếu nguồn không nêu con số.',
		en: 'Number of people declared; leave out when the source does not publish one.',
	},
	qualifier: {
		vi: 'Mức chính xác: exact (đúng), at-least (ít nhất, ">250") hoặc about (khoảng, "~4.000").',
		en: 'How exact the figure is: exact, at-least (">250") or about ("~4,000").',
	},
	source: { vi: 'Mã nguồn (trong sources) nêu con số này.', en: 'Source id (from sources) that states this figure.' },
	note: { vi: 'Điều người đọc cần biết về con số này.', en: 'Anything a reader should know about this figure.' },
} as const satisfies Descriptions<typeof DeclaredCategorySchema>;

/** The fields of a reported figure. */
export const REPORTED_DESCRIPTIONS = {
	count: { vi: 'Số người nguồn đã nêu.', en: 'Number of people the source reported.' },
	qualifier: { vi: 'Mức chính xác của con số.', en: 'How exact the figure is.' },
	source: { vi: 'Mã nguồn (trong sources) đã nêu con số.', en: 'Source id (from sources) that reported it.' },
	note: { vi: 'Con số này nói về điều gì, bằng tiếng Việt.', en: 'What the figure refers to, in Vietnamese.' },
	note_en: { vi: 'Con số này nói về điều gì, bằng tiếng Anh.', en: 'What the figure refers to, in English.' },
} as const satisfies Descriptions<typeof ReportedFigureSchema>;

/** The fields of a source. */
export const SOURCE_DESCRIPTIONS = {
	id: {
		vi: 'Mã ngắn tự đặt cho nguồn, dùng trong cột source của tệp phân công, ví dụ "qdnd-2025-10-21".',
		en: 'Short identifier used by assignment rows to cite this source.',
	},
	url: { vi: 'Địa chỉ đọc được nguồn (https://…).', en: 'Address where the source can be read.' },
	title: { vi: 'Tiêu đề văn bản hoặc bài báo, đúng như đã công bố.', en: 'Title of the document or article, as published.' },
	publisher: { vi: 'Nơi công bố (báo, bộ, cổng thông tin tỉnh).', en: 'Who published it (newspaper, ministry, provincial portal).' },
	date: {
		vi: 'Ngày công bố (dd/mm/yyyy hoặc yyyy-mm-dd; chỉ tháng hoặc năm nếu chỉ biết có vậy).',
		en: 'Publication date (a month or year alone if that is all that is known).',
	},
	kind: {
		vi: 'Loại nguồn: official-text (văn bản chính thức), official-announcement (thông báo chính thức), press (báo chí) hoặc dataset (bộ dữ liệu).',
		en: 'Kind of source: official-text, official-announcement, press or dataset.',
	},
	lang: { vi: 'Ngôn ngữ của nguồn (vi, en…).', en: 'Language of the source (vi, en…).' },
	sha256: { vi: 'Mã SHA-256 (64 ký tự) của tệp gốc đính kèm, nếu có lưu.', en: 'SHA-256 (64 hex digits) of an attached original file, where one is kept.' },
	note: {
		vi: 'Điều người đọc cần biết về nguồn này (bản dịch, trích đoạn, nghi vấn).',
		en: 'Anything a reader should know about this source (translation, truncation, doubts).',
	},
} as const satisfies Descriptions<typeof SourceSchema>;
