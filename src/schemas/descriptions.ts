import { z } from 'astro/zod';
import { AgencySchema } from './agency.ts';
import { AssignmentRowSchema } from './assignment.ts';
import { SourceSchema } from './common.ts';
import { CommuneSchema } from './commune.ts';
import { DecisionSchema, DeclaredCategorySchema, ReportedFigureSchema, SignerSchema } from './decision.ts';
import { NeedRowSchema } from './need.ts';
import { ProvinceSchema } from './province.ts';
import { SpecialtySchema } from './specialty.ts';

/**
 * What every field of every content schema means, in Vietnamese and English: the one place these
 * sentences are written. The data dictionary and `datapackage.json` (src/lib/datasets/table.ts), a new
 * decision's skeleton (`npm run new:decision`) and the editors' JSON Schema of decision files read
 * them. Typed by each schema's shape, so a field added to a schema without its description does not
 * compile; `fieldDescriptions` hands them out through a zod registry keyed by the schema itself.
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
	title: {
		vi: 'Tiêu đề ngắn bằng tiếng Việt, ví dụ "Biệt phái 97 công chức, viên chức về xã, phường".',
		en: 'Short Vietnamese title, e.g. "Biệt phái 97 công chức, viên chức về xã, phường".',
	},
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
		vi: 'Các lĩnh vực tỉnh nêu là xã còn thiếu (specialties.id).',
		en: 'Specialties the province named as lacking in its communes (specialties.id).',
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
		en: 'Identifier of the category, cited by assignment rows, e.g. "so-nganh" or "tram-y-te".',
	},
	label: { vi: 'Tên nhóm bằng tiếng Việt, ví dụ "Công chức, viên chức từ các sở".', en: 'Vietnamese label, e.g. "Công chức, viên chức từ các sở".' },
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
		en: 'Short identifier used by assignment rows to cite this source, e.g. "qdnd-2025-10-21".',
	},
	url: { vi: 'Địa chỉ đọc được nguồn (https://…).', en: 'Address where the source can be read.' },
	title: { vi: 'Tiêu đề văn bản hoặc bài báo, đúng như đã công bố.', en: 'Title of the document or article, as published.' },
	publisher: { vi: 'Nơi công bố (báo, bộ, cổng thông tin tỉnh).', en: 'Who published it (newspaper, ministry, provincial portal).' },
	date: {
		vi: 'Ngày công bố (dd/mm/yyyy hoặc yyyy-mm-dd; chỉ tháng hoặc năm nếu chỉ biết có vậy).',
		en: 'Publication date (dd/mm/yyyy or yyyy-mm-dd; a month or year alone if that is all that is known).',
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

/** The fields of a province, a row of the provinces list. */
export const PROVINCE_DESCRIPTIONS = {
	code: { vi: 'Mã 2 chữ số chính thức (Quyết định 19/2025/QĐ-TTg), ví dụ "11".', en: 'Official 2-digit code (Decision 19/2025/QĐ-TTg), e.g. "11".' },
	type: { vi: 'Loại đơn vị, đúng như văn bản chính thức: "Tỉnh" hoặc "Thành phố".', en: 'Kind of unit as written officially: "Tỉnh" or "Thành phố".' },
	name: { vi: 'Tên ngắn, có dấu, ví dụ "Điện Biên".', en: 'Short name with diacritics, e.g. "Điện Biên".' },
	full_name: { vi: 'Tên đầy đủ chính thức, ví dụ "Tỉnh Điện Biên".', en: 'Full official name, e.g. "Tỉnh Điện Biên".' },
	name_en: { vi: 'Tên tiếng Anh, ví dụ "Dien Bien Province".', en: 'English name, e.g. "Dien Bien Province".' },
} as const satisfies Descriptions<typeof ProvinceSchema>;

/** The fields of a commune, a row of a province's list of communes and wards. */
export const COMMUNE_DESCRIPTIONS = {
	code: { vi: 'Mã 5 chữ số chính thức (Quyết định 19/2025/QĐ-TTg), ví dụ "03127".', en: 'Official 5-digit code (Decision 19/2025/QĐ-TTg), e.g. "03127".' },
	type: { vi: 'Loại đơn vị: "xã", "phường" hoặc "đặc khu" (viết hoa hay thường đều được).', en: 'Kind of unit: "xã", "phường" or "đặc khu" (any case).' },
	name: { vi: 'Tên ngắn, có dấu, ví dụ "Điện Biên Phủ".', en: 'Short name with diacritics, e.g. "Điện Biên Phủ".' },
	full_name: { vi: 'Tên đầy đủ chính thức, ví dụ "Phường Điện Biên Phủ".', en: 'Full official name, e.g. "Phường Điện Biên Phủ".' },
	name_en: { vi: 'Tên tiếng Anh, ví dụ "Dien Bien Phu Ward".', en: 'English name, e.g. "Dien Bien Phu Ward".' },
	slug: {
		vi: 'Đoạn đường dẫn của trang xã, chữ không dấu nối bằng gạch ngang; để trống thì lấy từ tên. Chỉ ghi khi hai xã của một tỉnh ra cùng một đường dẫn (Văn Lang và Văn Lăng), ví dụ "van-lang-05665".',
		en: 'Path segment of the commune\'s page, ASCII with hyphens; leave empty to derive it from the name. Set it only where two communes of one province would get the same path (Văn Lang and Văn Lăng), e.g. "van-lang-05665".',
	},
	province: { vi: 'Mã 2 chữ số của tỉnh mà xã thuộc về (provinces.code).', en: '2-digit code of the province it belongs to (provinces.code).' },
	resolution_clause: {
		vi: 'Khoản của nghị quyết Ủy ban Thường vụ Quốc hội đã thành lập xã, ví dụ "44".',
		en: 'Clause of the National Assembly Standing Committee resolution that created it, e.g. "44".',
	},
	merged_from: { vi: 'Các đơn vị cũ được sáp nhập, đúng như nghị quyết ghi.', en: 'The former units merged into it, as the resolution words it.' },
	area_km2: { vi: 'Diện tích (km²), chỉ khi một nguồn được dẫn xác nhận.', en: 'Area in km², only where a cited source confirms it.' },
	population: { vi: 'Dân số (người), chỉ khi một nguồn được dẫn xác nhận.', en: 'Population (people), only where a cited source confirms it.' },
	area_population_source: {
		vi: 'Nguồn của diện tích và dân số; bắt buộc khi có một trong hai con số.',
		en: 'Source of the area and population figures; required when either is given.',
	},
} as const satisfies Descriptions<typeof CommuneSchema>;

/** The fields of a sending body. */
export const AGENCY_DESCRIPTIONS = {
	id: {
		vi: 'Mã dùng trong các dòng phân công, chữ không dấu nối bằng gạch ngang, ví dụ "so-xay-dung".',
		en: 'Identifier used in assignment rows, ASCII with hyphens, e.g. "so-xay-dung".',
	},
	province: { vi: 'Mã 2 chữ số của tỉnh có cơ quan này (provinces.code).', en: '2-digit code of the province the body belongs to (provinces.code).' },
	name: { vi: 'Tên chính thức bằng tiếng Việt, ví dụ "Sở Xây dựng".', en: 'Official Vietnamese name, e.g. "Sở Xây dựng".' },
	name_en: { vi: 'Tên tiếng Anh, ví dụ "Department of Construction".', en: 'English name, e.g. "Department of Construction".' },
	kind: {
		vi: 'Loại cơ quan: department (sở, ngành), public-service-unit (đơn vị sự nghiệp), party-body (cơ quan Đảng), inspectorate (thanh tra), commune (xã) hoặc other (khác).',
		en: 'Kind of body: department, public-service-unit, party-body, inspectorate, commune or other.',
	},
	parent: {
		vi: 'Mã của cơ quan cấp trên, ví dụ trung tâm thuộc một trường cao đẳng (agencies.id).',
		en: "Identifier of the body it belongs to, e.g. a college's centre under the college (agencies.id).",
	},
	source: { vi: 'Địa chỉ một nguồn nêu tên cơ quan này.', en: 'Where a source names this body.' },
} as const satisfies Descriptions<typeof AgencySchema>;

/** The fields of a field of expertise. */
export const SPECIALTY_DESCRIPTIONS = {
	id: {
		vi: 'Mã dùng trong các dòng phân công và nhu cầu, ví dụ "cntt" hoặc "dat-dai".',
		en: 'Identifier used in assignment and needs rows, e.g. "cntt" or "dat-dai".',
	},
	name: { vi: 'Tên lĩnh vực bằng tiếng Việt, ví dụ "Công nghệ thông tin, chuyển đổi số".', en: 'Vietnamese label, e.g. "Công nghệ thông tin, chuyển đổi số".' },
	name_en: { vi: 'Tên lĩnh vực bằng tiếng Anh, ví dụ "IT and digital transformation".', en: 'English label, e.g. "IT and digital transformation".' },
	description: { vi: 'Một câu nói lĩnh vực gồm những việc gì, bằng tiếng Việt.', en: 'One sentence on what the field covers, in Vietnamese.' },
} as const satisfies Descriptions<typeof SpecialtySchema>;

/** The columns of an assignments CSV, one row per person-assignment. */
export const ASSIGNMENT_DESCRIPTIONS = {
	commune: { vi: 'Mã 5 chữ số chính thức của xã, phường nhận, ví dụ "03127".', en: 'Official 5-digit code of the receiving commune or ward, e.g. "03127".' },
	agency: { vi: 'Cơ quan cử đi (agencies.id); để trống nếu chưa được công bố.', en: 'Sending body (agencies.id); empty when not published.' },
	specialty: {
		vi: 'Lĩnh vực chuyên môn (specialties.id); để trống nếu chưa được công bố.',
		en: 'Field of expertise (specialties.id); empty when not published.',
	},
	category: {
		vi: 'Nhóm công bố của quyết định mà dòng này được tính vào; có thể để trống khi quyết định chỉ có một nhóm.',
		en: 'Declared category of the decision this row counts toward; may be empty when the decision has one category.',
	},
	role: { vi: 'Vị trí hoặc đơn vị công tác tại xã, ví dụ "Phòng Kinh tế".', en: 'Post or unit in the commune, e.g. "Phòng Kinh tế".' },
	person_name: { vi: 'Họ tên người được cử, chỉ khi nguồn được dẫn đã công bố.', en: 'Name of the person, only as published by the cited source.' },
	person_title: {
		vi: 'Chức vụ của người được cử, chỉ khi nguồn được dẫn đã công bố.',
		en: 'Official post of the person, only as published by the cited source.',
	},
	start: {
		vi: 'Ngày bắt đầu (dd/mm/yyyy hoặc yyyy-mm-dd); để trống thì lấy ngày bắt đầu của quyết định.',
		en: "First day (dd/mm/yyyy or yyyy-mm-dd); empty means the decision's start.",
	},
	end: { vi: 'Ngày cuối cùng, tính cả ngày đó; để trống thì lấy ngày kết thúc của quyết định.', en: "Last day, inclusive; empty means the decision's end." },
	source: {
		vi: 'Mã nguồn (trong sources của quyết định) nêu dòng này; bắt buộc khi có tên người.',
		en: "Source id (from the decision's sources) that states this row; required when a person is named.",
	},
	note: { vi: 'Điều người đọc cần biết về dòng này, bằng tiếng Việt.', en: 'Anything a reader should know about this row, in Vietnamese.' },
} as const satisfies Descriptions<typeof AssignmentRowSchema>;

/** The columns of the needs CSV, one published assessment of a commune's need per row. */
export const NEED_DESCRIPTIONS = {
	commune: { vi: 'Mã 5 chữ số chính thức của xã, ví dụ "03127".', en: 'Official 5-digit code of the commune, e.g. "03127".' },
	specialty: { vi: 'Lĩnh vực chuyên môn (specialties.id).', en: 'Field of expertise (specialties.id).' },
	needed: { vi: 'Số người có chuyên môn mà bản đánh giá nói xã cần.', en: 'Number of specialists the assessment says the commune needs.' },
	assessed: {
		vi: 'Ngày đánh giá (chỉ tháng hoặc năm nếu chỉ biết có vậy).',
		en: 'Date of the assessment (a month or year alone if that is all that is known).',
	},
	source: { vi: 'Địa chỉ nơi bản đánh giá được công bố.', en: 'Where the assessment is published.' },
	source_title: { vi: 'Tiêu đề văn bản hoặc bài báo đánh giá.', en: 'Title of the assessment document or article.' },
	note: { vi: 'Điều người đọc cần biết, bằng tiếng Việt.', en: 'Anything a reader should know, in Vietnamese.' },
} as const satisfies Descriptions<typeof NeedRowSchema>;

/** The descriptions of a schema's fields, by field: the metadata `fieldDescriptions` reads. */
export interface SchemaDescriptions {
	fields: Readonly<Record<string, FieldDescription>>;
}

/** Every content schema's field descriptions, registered on the schema itself. */
export const descriptionRegistry = z.registry<SchemaDescriptions>();

/** Every content schema, by name. */
export const CONTENT_SCHEMAS = {
	ProvinceSchema,
	CommuneSchema,
	AgencySchema,
	SpecialtySchema,
	AssignmentRowSchema,
	NeedRowSchema,
	DecisionSchema,
	SignerSchema,
	DeclaredCategorySchema,
	ReportedFigureSchema,
	SourceSchema,
} as const;

const DESCRIBED: readonly (readonly [z.ZodType, Readonly<Record<string, FieldDescription>>])[] = [
	[ProvinceSchema, PROVINCE_DESCRIPTIONS],
	[CommuneSchema, COMMUNE_DESCRIPTIONS],
	[AgencySchema, AGENCY_DESCRIPTIONS],
	[SpecialtySchema, SPECIALTY_DESCRIPTIONS],
	[AssignmentRowSchema, ASSIGNMENT_DESCRIPTIONS],
	[NeedRowSchema, NEED_DESCRIPTIONS],
	[DecisionSchema, DECISION_DESCRIPTIONS],
	[SignerSchema, SIGNER_DESCRIPTIONS],
	[DeclaredCategorySchema, DECLARED_DESCRIPTIONS],
	[ReportedFigureSchema, REPORTED_DESCRIPTIONS],
	[SourceSchema, SOURCE_DESCRIPTIONS],
];
for (const [schema, fields] of DESCRIBED) descriptionRegistry.add(schema, { fields });

/**
 * The descriptions of an object schema's fields, as registered here; throws for a schema that has
 * none, so a new schema cannot reach the dictionary undescribed.
 */
export function fieldDescriptions(schema: z.ZodType): Readonly<Record<string, FieldDescription>> {
	const meta = descriptionRegistry.get(schema);
	if (!meta) throw new Error('This schema has no registered field descriptions (src/schemas/descriptions.ts).');
	return meta.fields;
}
