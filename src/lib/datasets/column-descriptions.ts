import type { FieldDescription } from '../../schemas/descriptions.ts';

/**
 * What each derived column of the published tables means (a column computed by the site rather than
 * copied from a content field, or one whose meaning there is sharper than its field's), in Vietnamese
 * and English, by table and column. Columns that publish a content field as it is take their field's
 * description (src/schemas/descriptions.ts). Read by resolveField in table.ts, which refuses a column
 * that neither describes.
 */

const STATUS_DESCRIPTION: FieldDescription = {
	vi: 'Tình trạng vào ngày số liệu của phiên bản dữ liệu này: upcoming (sắp bắt đầu), active (đang thực hiện), ended (đã kết thúc), hoặc unknown (chưa rõ) khi chưa công bố ngày bắt đầu hoặc, đã bắt đầu mà chưa công bố ngày kết thúc; ngày đầu và ngày cuối đều tính là đang thực hiện.',
	en: 'Status on the as-of day of this data version: upcoming, active, ended, or unknown when the start is not published or, once begun, the end is not; the first and the last day both count as active.',
};

export const COLUMN_DESCRIPTIONS: Readonly<Record<string, Readonly<Record<string, FieldDescription>>>> = {
	provinces: {
		slug: {
			vi: 'Đoạn đường dẫn của trang tỉnh, chữ không dấu, ví dụ "dien-bien".',
			en: 'ASCII path segment of the province\'s page, e.g. "dien-bien".',
		},
	},
	communes: {
		slug: {
			vi: 'Đoạn đường dẫn của trang xã trong tỉnh, chữ không dấu, ví dụ "muong-thanh".',
			en: 'ASCII path segment of the commune\'s page within its province, e.g. "muong-thanh".',
		},
	},
	decisions: {
		id: {
			vi: 'Mã cố định của quyết định, cũng là đường dẫn trang, ví dụ "2446-qd-ubnd-2025".',
			en: 'Permanent id and URL slug, e.g. "2446-qd-ubnd-2025".',
		},
		end: {
			vi: 'Ngày cuối cùng, tính cả ngày đó: như quyết định ghi, hoặc tính từ start và duration_months.',
			en: 'Last day, inclusive: as stated, or computed from start and duration_months.',
		},
		end_computed: { vi: 'Ngày end được tính từ thời hạn (true) hay được ghi rõ (false).', en: 'Whether end was computed from a duration rather than stated.' },
		itemized: {
			vi: 'Số dòng phân công đã công bố của quyết định này (bảng assignments); so với declared_total.',
			en: 'Number of assignment rows published for this decision (the assignments table); compare with declared_total.',
		},
		status: STATUS_DESCRIPTION,
	},
	sources: {
		decision: { vi: 'Mã quyết định có tệp dẫn nguồn này (decisions.id).', en: 'Id of the decision whose file cites this source (decisions.id).' },
	},
	assignments: {
		id: {
			vi: 'Mã cố định của dòng: mã quyết định và số dòng, ví dụ "2446-qd-ubnd-2025/2".',
			en: 'Stable id: decision id and row, e.g. "2446-qd-ubnd-2025/2".',
		},
		decision: { vi: 'Mã quyết định đã phân công (decisions.id).', en: 'Id of the decision that makes this assignment (decisions.id).' },
		province: { vi: 'Mã 2 chữ số của tỉnh có xã nhận (provinces.code).', en: '2-digit code of the province of the receiving commune (provinces.code).' },
		category: {
			vi: 'Nhóm công bố mà dòng này được tính vào (nhóm duy nhất của quyết định khi dòng để trống).',
			en: "Declared category this row counts toward (the decision's only one when the row leaves it empty).",
		},
		source_url: { vi: 'Địa chỉ của nguồn được dẫn (sources.url).', en: 'Address of the cited source (sources.url).' },
		status: STATUS_DESCRIPTION,
	},
	reconciliations: {
		decision: { vi: 'Mã quyết định (decisions.id).', en: 'Id of the decision (decisions.id).' },
		line: {
			vi: 'Nhóm công bố mà dòng này nói đến, hoặc "total" cho cả quyết định.',
			en: 'The declared category this line is about, or "total" for the decision as a whole.',
		},
		itemized: {
			vi: 'Số dòng phân công đã công bố (bảng assignments) được tính vào dòng này.',
			en: 'Number of published assignment rows (the assignments table) that count toward this line.',
		},
		named: { vi: 'Trong số đó, số dòng có tên người đã công bố.', en: 'Of those, the rows that name a person as published.' },
		not_itemized: {
			vi: 'declared − itemized, khi có con số công bố; 0 khi số dòng nhiều hơn.',
			en: 'declared − itemized, where a number was declared; 0 when the rows outnumber it.',
		},
	},
	coverage: {
		assigned: {
			vi: 'Số dòng phân công đã công bố của lĩnh vực này tại xã này, ở mọi tình trạng.',
			en: 'Number of published assignment rows of this field in this commune, whatever their status.',
		},
		active: {
			vi: 'Trong số đó, số dòng đang thực hiện vào ngày số liệu.',
			en: 'Of those, the rows active on the as-of day.',
		},
		shortage_named: {
			vi: 'Tỉnh có nêu lĩnh vực này là xã còn thiếu hay không (decisions.shortages).',
			en: 'Whether the province named this field as lacking in its communes (decisions.shortages).',
		},
		gap: { vi: 'needed − active, không nhỏ hơn 0.', en: 'needed − active, never below zero.' },
	},
	findings: {
		decision: { vi: 'Mã quyết định mà phát hiện nói đến (decisions.id).', en: 'Id of the decision the finding is about (decisions.id).' },
		kind: {
			vi: 'Loại phát hiện: declared-vs-itemized (con số công bố mới được liệt kê một phần), not-published (chưa công bố tổng số), differing-figures (một nguồn nêu con số khác), categories-vs-total (các nhóm cộng lại không bằng tổng) hoặc unverified (thông tin chưa có nguồn thứ hai xác nhận).',
			en: 'What the finding is: declared-vs-itemized (a declared figure only partly itemized), not-published (no total was published), differing-figures (a source gives another figure), categories-vs-total (the categories do not add up to the total) or unverified (a statement no second source confirms).',
		},
		category: { vi: 'Nhóm công bố, khi phát hiện nói về một nhóm.', en: 'Declared category, where the finding concerns one.' },
		declared: { vi: 'Con số quyết định công bố, nếu có.', en: 'The figure the decision declares, where there is one.' },
		itemized: { vi: 'Số dòng phân công liệt kê con số đó.', en: 'How many assignment rows itemize it.' },
		other: { vi: 'Con số thứ hai (của một nguồn khác, hoặc tổng các nhóm).', en: "A second figure (another source's, or the sum of categories)." },
		source: { vi: 'Mã nguồn của con số thứ hai (sources.id).', en: 'Source of the second figure (sources.id).' },
		text_vi: { vi: 'Ý nghĩa của phát hiện, bằng tiếng Việt.', en: 'What the finding means, in Vietnamese.' },
		text_en: { vi: 'Ý nghĩa của phát hiện, bằng tiếng Anh.', en: 'What the finding means, in English.' },
	},
	changes: {
		commit: { vi: 'Lần ghi (commit) git đã tạo thay đổi (mã băm đầy đủ).', en: 'The git commit that made the change (full hash).' },
		date: { vi: 'Ngày của lần ghi (giờ UTC).', en: 'The day of the commit (UTC).' },
		seq: { vi: 'Thứ tự của thay đổi trong lần ghi, từ 1.', en: 'The position of the change within its commit, from 1.' },
		subject: {
			vi: 'Dòng tiêu đề của lần ghi; mọi thứ trông như dữ liệu cá nhân đều được che.',
			en: "The commit's subject line, with anything that looks like personal data masked.",
		},
		kind: {
			vi: 'Điều gì thay đổi: một quyết định, con số, nội dung hoặc nguồn của nó, một dòng phân công, một nhu cầu hoặc một danh mục; được thêm, bỏ hoặc sửa.',
			en: 'What changed: a decision, its figures, narrative or sources, an assignment, a need or a reference list; added, removed or changed.',
		},
		decision: { vi: 'Mã quyết định mà thay đổi liên quan, nếu có.', en: 'The id of the decision the change concerns, where it concerns one.' },
		commune: { vi: 'Mã xã mà thay đổi liên quan, nếu có.', en: 'The code of the commune the change concerns, where it concerns one.' },
		text_vi: {
			vi: 'Thay đổi trong một câu, bằng tiếng Việt (con số giảm thì ghi cả hai giá trị).',
			en: 'The change in a sentence, in Vietnamese (a figure that went down with both values).',
		},
		text_en: { vi: 'Thay đổi trong một câu, bằng tiếng Anh.', en: 'The change in a sentence, in English.' },
	},
};
