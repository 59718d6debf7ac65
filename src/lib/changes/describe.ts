import { formatDate, formatNumber, type Lang } from '../i18n.ts';
import type { Bilingual } from '../validate/problem.ts';
import type { AssignmentSnapshot, Change, DeclaredFigure, FieldChange, ReferenceCollectionName, SnapshotValue } from './diff.ts';
import { maskNames, maskPersonal } from '../validate/text-checks.ts';

/**
 * Plain sentences for the change log, one per change, in Vietnamese and English. A figure that went
 * down says so with both values ("giảm từ 97 xuống 95"); nothing is summarised away. The words live
 * here rather than in src/i18n because each sentence is assembled from parts that the catalogue's
 * `{name}` placeholders cannot express (lists of fields, values of several types).
 */

type Words = Readonly<Record<Lang, string>>;

/** Names of the fields a change may list, as a reader knows them. */
const FIELD_NAMES: Readonly<Record<string, Words>> = {
	// Decisions.
	number: { vi: 'số hiệu', en: 'number' },
	province: { vi: 'tỉnh', en: 'province' },
	date: { vi: 'ngày ký', en: 'date signed' },
	announced: { vi: 'ngày công bố', en: 'date announced' },
	issuer: { vi: 'cơ quan ban hành', en: 'issuer (Vietnamese)' },
	issuer_en: { vi: 'cơ quan ban hành (tiếng Anh)', en: 'issuer' },
	signer: { vi: 'người ký', en: 'signed by' },
	kind: { vi: 'loại', en: 'kind' },
	title: { vi: 'tiêu đề', en: 'title (Vietnamese)' },
	title_en: { vi: 'tiêu đề (tiếng Anh)', en: 'title' },
	summary_en: { vi: 'tóm tắt (tiếng Anh)', en: 'summary' },
	start: { vi: 'ngày bắt đầu', en: 'start' },
	end: { vi: 'ngày kết thúc', en: 'end' },
	duration_months: { vi: 'thời hạn (tháng)', en: 'duration (months)' },
	reported_figures: { vi: 'các con số khác được đưa tin', en: 'other reported figures' },
	communes: { vi: 'các xã, phường nhận', en: 'receiving communes' },
	shortages: { vi: 'các lĩnh vực thiếu', en: 'fields in short supply' },
	shortages_source: { vi: 'nguồn về các lĩnh vực thiếu', en: 'source of the shortages' },
	amends: { vi: 'sửa đổi quyết định', en: 'amends' },
	extends: { vi: 'gia hạn quyết định', en: 'extends' },
	ends: { vi: 'chấm dứt quyết định', en: 'ends' },
	unverified: { vi: 'các điều chưa được xác minh', en: 'unverified statements' },
	slug: { vi: 'đường dẫn', en: 'path' },
	label: { vi: 'nhãn', en: 'label (Vietnamese)' },
	label_en: { vi: 'nhãn (tiếng Anh)', en: 'label' },
	// Sources.
	url: { vi: 'địa chỉ', en: 'address' },
	publisher: { vi: 'nơi đăng', en: 'publisher' },
	lang: { vi: 'ngôn ngữ', en: 'language' },
	sha256: { vi: 'mã kiểm tra SHA-256', en: 'SHA-256 checksum' },
	note: { vi: 'ghi chú', en: 'note' },
	// Assignments.
	agency: { vi: 'cơ quan cử', en: 'sending body' },
	specialty: { vi: 'lĩnh vực', en: 'field' },
	category: { vi: 'nhóm', en: 'category' },
	role: { vi: 'vị trí', en: 'post' },
	person_name: { vi: 'họ tên', en: 'name' },
	person_title: { vi: 'chức vụ', en: 'official post' },
	source: { vi: 'nguồn', en: 'source' },
	// Needs.
	needed: { vi: 'số người cần', en: 'people needed' },
	assessed: { vi: 'ngày đánh giá', en: 'date assessed' },
	source_title: { vi: 'tên tài liệu nguồn', en: 'source title' },
	// Reference lists.
	code: { vi: 'mã', en: 'code' },
	type: { vi: 'loại đơn vị', en: 'type' },
	name: { vi: 'tên', en: 'name (Vietnamese)' },
	full_name: { vi: 'tên đầy đủ', en: 'full name (Vietnamese)' },
	name_en: { vi: 'tên tiếng Anh', en: 'name' },
	resolution_clause: { vi: 'khoản của nghị quyết', en: 'clause of the resolution' },
	merged_from: { vi: 'hợp nhất từ', en: 'merged from' },
	area_km2: { vi: 'diện tích (km²)', en: 'area (km²)' },
	population: { vi: 'dân số', en: 'population' },
	area_population_source: { vi: 'nguồn diện tích, dân số', en: 'source of area and population' },
	parent: { vi: 'cơ quan cấp trên', en: 'parent body' },
	description: { vi: 'mô tả', en: 'description' },
};

/** Fields whose values are dates of some precision, shown dd/mm/yyyy. */
const DATE_FIELDS = new Set(['date', 'announced', 'start', 'end', 'assessed']);

const COLLECTION_NAMES: Readonly<Record<ReferenceCollectionName, Words>> = {
	provinces: { vi: 'tỉnh, thành phố', en: 'provinces' },
	communes: { vi: 'xã, phường', en: 'communes and wards' },
	agencies: { vi: 'cơ quan cử', en: 'sending bodies' },
	specialties: { vi: 'lĩnh vực', en: 'fields of expertise' },
};

/** The longest text value quoted in a sentence; a longer one (a note) is cut with "…". */
const MAX_QUOTED = 120;

/** A field's name in a language; `declared.<id>.label` reads "category <id>: label". */
function fieldName(field: string, lang: Lang): string {
	const category = /^declared\.([^.]+)\.(.+)$/u.exec(field);
	if (category) return `${lang === 'vi' ? 'nhóm' : 'category'} ${category[1]}: ${fieldName(category[2]!, lang)}`;
	return FIELD_NAMES[field]?.[lang] ?? field;
}

/** A quoted text, cut at MAX_QUOTED characters. */
function quote(raw: string): string {
	// A past commit may hold what today's check refuses: personal data in a note is masked, never repeated.
	const text = maskNames(maskPersonal(raw));
	const chars = [...text];
	return `“${chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : text}”`;
}

/** A value in a sentence: numbers the reader's way, dates dd/mm/yyyy, texts quoted, lists joined. */
function formatValue(value: SnapshotValue | undefined, lang: Lang, field: string, label?: Bilingual): string {
	if (label) return label[lang];
	if (value === undefined) return lang === 'vi' ? '(trống)' : '(none)';
	if (typeof value === 'number') return formatNumber(lang, value);
	if (typeof value === 'boolean') return lang === 'vi' ? (value ? 'có' : 'không') : value ? 'yes' : 'no';
	if (typeof value === 'string') return DATE_FIELDS.has(lastSegment(field)) ? formatDate(value, lang) : quote(value);
	if (Array.isArray(value)) {
		if (value.length === 0) return lang === 'vi' ? '(trống)' : '(none)';
		return value.map((item) => (typeof item === 'string' ? item : formatValue(item, lang, field))).join(typeof value[0] === 'object' ? '; ' : ', ');
	}
	return Object.values(value)
		.map((item) => (typeof item === 'string' ? item : formatValue(item, lang, field)))
		.join(', ');
}

const lastSegment = (field: string): string => field.slice(field.lastIndexOf('.') + 1);

/** Fields about a person, whose values the change log never repeats. */
const PERSON_FIELDS = new Set(['person_name', 'person_title']);

/** One field change as a clause: "thời hạn (tháng) tăng từ 6 lên 7", "the sending body changed from … to …". */
function describeField(change: FieldChange, lang: Lang): string {
	const name = fieldName(change.field, lang);
	// A person's name or post is never quoted from history: a name removed on request must not come back
	// through the change log. The sentence says only that it was added, removed or corrected.
	if (PERSON_FIELDS.has(lastSegment(change.field))) {
		if (change.before === undefined) return lang === 'vi' ? `${name} được thêm` : `${name} added`;
		if (change.after === undefined) return lang === 'vi' ? `${name} bị xóa` : `${name} removed`;
		return lang === 'vi' ? `${name} được sửa` : `${name} corrected`;
	}
	const before = formatValue(change.before, lang, change.field, change.beforeLabel);
	const after = formatValue(change.after, lang, change.field, change.afterLabel);
	if (typeof change.before === 'number' && typeof change.after === 'number') return movement(lang, name, change.before, change.after, before, after);
	if (change.before === undefined) return lang === 'vi' ? `${name} được thêm: ${after}` : `${name} added: ${after}`;
	if (change.after === undefined) return lang === 'vi' ? `${name} bị bỏ (trước đó: ${before})` : `${name} removed (was ${before})`;
	return lang === 'vi' ? `${name} đổi từ ${before} thành ${after}` : `${name} changed from ${before} to ${after}`;
}

/** A number that moved, said plainly: up, down, or changed (equal numbers with another qualifier). */
function movement(lang: Lang, subject: string, from: number, to: number, fromText: string, toText: string): string {
	if (to < from) return lang === 'vi' ? `${subject} giảm từ ${fromText} xuống ${toText}` : `${subject} went down from ${fromText} to ${toText}`;
	if (to > from) return lang === 'vi' ? `${subject} tăng từ ${fromText} lên ${toText}` : `${subject} went up from ${fromText} to ${toText}`;
	return lang === 'vi' ? `${subject} đổi từ ${fromText} thành ${toText}` : `${subject} changed from ${fromText} to ${toText}`;
}

/** A list of field clauses. */
function describeFields(fields: readonly FieldChange[], lang: Lang): string {
	return fields.map((field) => describeField(field, lang)).join('; ');
}

/** A declared figure: "ít nhất 250", "about 4,000", "chưa công bố". */
function formatFigure(figure: DeclaredFigure, lang: Lang): string {
	if (figure.count === undefined) return lang === 'vi' ? 'chưa công bố' : 'not published';
	const n = formatNumber(lang, figure.count);
	if (figure.qualifier === 'at-least') return lang === 'vi' ? `ít nhất ${n}` : `at least ${n}`;
	if (figure.qualifier === 'about') return lang === 'vi' ? `khoảng ${n}` : `about ${n}`;
	return n;
}

/** Who an assignment row is about: the person where named, else the field and the sending body. */
function describeRow(row: AssignmentSnapshot, lang: Lang, agency: Bilingual | undefined, specialty: Bilingual | undefined): string {
	const parts: string[] = [];
	// Never the name itself (see describeField): the row's page shows it while the content still does.
	if (row.person_name) parts.push(lang === 'vi' ? 'một người được nêu tên' : 'a named person');
	if (specialty || row.specialty) parts.push(`${lang === 'vi' ? 'lĩnh vực' : 'field:'} ${specialty?.[lang] ?? row.specialty}`);
	if (agency || row.agency) parts.push(`${lang === 'vi' ? 'từ' : 'from'} ${agency?.[lang] ?? row.agency}`);
	if (parts.length === 0) parts.push(lang === 'vi' ? 'không rõ người và lĩnh vực' : 'person and field not published');
	return parts.join(', ');
}

/** A commune in a sentence: its full name where known, else its code. */
function communeText(code: string, label: Bilingual | undefined, lang: Lang): string {
	return label ? label[lang] : lang === 'vi' ? `xã mã ${code}` : `commune ${code}`;
}

/**
 * One plain sentence for a change, in Vietnamese or English. A decrease is always said as one, with
 * both values.
 * @example describeChange({ kind: 'declared-changed', decision: '2446-qd-ubnd-2025', decisionLabel: '2446/QĐ-UBND', before: { count: 97, qualifier: 'exact' }, after: { count: 95, qualifier: 'exact' }, delta: -2 }, 'vi') // 'Tổng số công bố của 2446/QĐ-UBND giảm từ 97 xuống 95.'
 * @example describeChange(sameChange, 'en') // 'The declared total of 2446/QĐ-UBND went down from 97 to 95.'
 */
export function describeChange(change: Change, lang: Lang): string {
	const vi = lang === 'vi';
	switch (change.kind) {
		case 'decision-added':
		case 'decision-removed': {
			const title = change.title[lang];
			const total = formatFigure(change.total, lang);
			const rows = formatNumber(lang, change.assignments);
			if (change.kind === 'decision-added')
				return vi
					? `Thêm quyết định ${change.decisionLabel} (${title}): tổng số công bố ${total}, ${rows} dòng phân công chi tiết.`
					: `Decision ${change.decisionLabel} added (${title}): declared total ${total}, ${rows} itemized assignment${change.assignments === 1 ? '' : 's'}.`;
			return vi
				? `Bỏ quyết định ${change.decisionLabel} (${title}); trước đó tổng số công bố ${total}, ${rows} dòng phân công chi tiết.`
				: `Decision ${change.decisionLabel} removed (${title}); it had a declared total of ${total} and ${rows} itemized assignment${change.assignments === 1 ? '' : 's'}.`;
		}
		case 'decision-changed':
			return vi
				? `Quyết định ${change.decisionLabel}: ${describeFields(change.fields, lang)}.`
				: `Decision ${change.decisionLabel}: ${describeFields(change.fields, lang)}.`;
		case 'narrative-changed':
			return vi ? `Phần mô tả của quyết định ${change.decisionLabel} được sửa.` : `The narrative of decision ${change.decisionLabel} was edited.`;
		case 'declared-changed':
			return describeDeclared(change, lang);
		case 'source-added':
			return vi ? `Thêm nguồn cho ${change.decisionLabel}: ${quote(change.title)}.` : `Source added to ${change.decisionLabel}: ${quote(change.title)}.`;
		case 'source-removed':
			return vi ? `Bỏ nguồn ${quote(change.title)} của ${change.decisionLabel}.` : `Source ${quote(change.title)} removed from ${change.decisionLabel}.`;
		case 'source-changed':
			return vi
				? `Nguồn ${quote(change.title)} của ${change.decisionLabel}: ${describeFields(change.fields, lang)}.`
				: `Source ${quote(change.title)} of ${change.decisionLabel}: ${describeFields(change.fields, lang)}.`;
		case 'assignment-added':
		case 'assignment-removed': {
			const where = communeText(change.commune, change.communeLabel, lang);
			const who = describeRow(change.assignment, lang, change.agencyLabel, change.specialtyLabel);
			if (change.kind === 'assignment-added')
				return vi
					? `Thêm một phân công theo ${change.decisionLabel} tại ${where}: ${who}.`
					: `Assignment added under ${change.decisionLabel} in ${where}: ${who}.`;
			return vi
				? `Bỏ một phân công theo ${change.decisionLabel} tại ${where}: ${who}.`
				: `Assignment removed under ${change.decisionLabel} in ${where}: ${who}.`;
		}
		case 'assignment-changed': {
			const where = communeText(change.commune, change.communeLabel, lang);
			const who = describeRow(change.after, lang, change.agencyLabel, change.specialtyLabel);
			return vi
				? `Phân công theo ${change.decisionLabel} tại ${where} (${who}): ${describeFields(change.fields, lang)}.`
				: `Assignment under ${change.decisionLabel} in ${where} (${who}): ${describeFields(change.fields, lang)}.`;
		}
		case 'need-added':
		case 'need-removed': {
			const where = communeText(change.commune, change.communeLabel, lang);
			const field = change.specialtyLabel?.[lang] ?? change.need.specialty;
			const n = formatNumber(lang, change.need.needed);
			const when = formatDate(change.need.assessed, lang);
			if (change.kind === 'need-added')
				return vi
					? `Thêm đánh giá nhu cầu tại ${where}: cần ${n} người lĩnh vực ${field} (đánh giá ${when}).`
					: `Need added in ${where}: ${n} ${change.need.needed === 1 ? 'person' : 'people'} needed in ${field} (assessed ${when}).`;
			return vi
				? `Bỏ đánh giá nhu cầu tại ${where}: ${n} người lĩnh vực ${field} (đánh giá ${when}).`
				: `Need removed in ${where}: ${n} ${change.need.needed === 1 ? 'person' : 'people'} in ${field} (assessed ${when}).`;
		}
		case 'need-changed': {
			const where = communeText(change.commune, change.communeLabel, lang);
			const field = change.specialtyLabel?.[lang] ?? change.after.specialty;
			return vi
				? `Nhu cầu lĩnh vực ${field} tại ${where}: ${describeFields(change.fields, lang)}.`
				: `Need for ${field} in ${where}: ${describeFields(change.fields, lang)}.`;
		}
		case 'reference-added':
			return vi
				? `Thêm vào danh mục ${COLLECTION_NAMES[change.collection].vi}: ${change.label.vi} (${change.key}).`
				: `Added to the list of ${COLLECTION_NAMES[change.collection].en}: ${change.label.en} (${change.key}).`;
		case 'reference-removed':
			return vi
				? `Bỏ khỏi danh mục ${COLLECTION_NAMES[change.collection].vi}: ${change.label.vi} (${change.key}).`
				: `Removed from the list of ${COLLECTION_NAMES[change.collection].en}: ${change.label.en} (${change.key}).`;
		case 'reference-changed':
			return vi
				? `Danh mục ${COLLECTION_NAMES[change.collection].vi}, ${change.label.vi} (${change.key}): ${describeFields(change.fields, lang)}.`
				: `List of ${COLLECTION_NAMES[change.collection].en}, ${change.label.en} (${change.key}): ${describeFields(change.fields, lang)}.`;
	}
}

/** A declared figure's change: the total or a category, added, removed, up, down or re-qualified. */
function describeDeclared(change: Extract<Change, { kind: 'declared-changed' }>, lang: Lang): string {
	const vi = lang === 'vi';
	const { before, after, decisionLabel } = change;
	const category = change.categoryLabel ? quote(change.categoryLabel[lang]) : change.category;
	if (category !== undefined && !before && after)
		return vi
			? `Thêm nhóm công bố ${category} cho ${decisionLabel}: ${formatFigure(after, lang)}.`
			: `Declared category ${category} added to ${decisionLabel}: ${formatFigure(after, lang)}.`;
	if (category !== undefined && before && !after)
		return vi
			? `Bỏ nhóm công bố ${category} của ${decisionLabel} (trước đó: ${formatFigure(before, lang)}).`
			: `Declared category ${category} removed from ${decisionLabel} (was ${formatFigure(before, lang)}).`;
	const subject =
		category === undefined
			? vi
				? `Tổng số công bố của ${decisionLabel}`
				: `The declared total of ${decisionLabel}`
			: vi
				? `Số công bố của nhóm ${category} (${decisionLabel})`
				: `The declared figure of category ${category} (${decisionLabel})`;
	const from = before ?? { qualifier: 'exact' };
	const to = after ?? { qualifier: 'exact' };
	if (from.count !== undefined && to.count !== undefined)
		return `${movement(lang, subject, from.count, to.count, formatFigure(from, lang), formatFigure(to, lang))}.`;
	if (to.count !== undefined)
		return vi ? `${subject} nay là ${formatFigure(to, lang)} (trước đó chưa công bố).` : `${subject} is now ${formatFigure(to, lang)} (not published before).`;
	if (from.count !== undefined)
		return vi ? `${subject} không còn được ghi (trước đó: ${formatFigure(from, lang)}).` : `${subject} is no longer given (was ${formatFigure(from, lang)}).`;
	return vi ? `${subject} đổi cách ghi độ chính xác.` : `${subject} changed its qualifier.`;
}
