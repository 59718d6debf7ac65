import { changeNamesVi } from '../../i18n/changes.vi.ts';
import { formatDate, formatNumber, t, type Lang } from '../i18n.ts';
import { declaredFigure } from '../model/findings.ts';
import type { Bilingual } from '../validate/problem.ts';
import type { AssignmentSnapshot, Change, DeclaredFigure, FieldChange, SnapshotValue } from './diff.ts';
import { maskNames, maskPersonal } from '../validate/text-checks.ts';

/**
 * Plain sentences for the change log, one per change, in Vietnamese and English. A figure that went
 * down says so with both values ("giảm từ 97 xuống 95"); nothing is summarised away. The words live in
 * src/i18n/changes.vi.ts and changes.en.ts: one sentence per kind of change, filled with clauses
 * (a field's change, who a row is about) and values (numbers, dates, quoted texts) made here.
 */

/** The key of a field's name (`change.name.<field>`), where the catalogue has one. */
function nameKey(key: string): keyof typeof changeNamesVi | undefined {
	return Object.hasOwn(changeNamesVi, key) ? (key as keyof typeof changeNamesVi) : undefined;
}

/** Fields whose values are dates of some precision, shown dd/mm/yyyy. */
const DATE_FIELDS = new Set(['date', 'announced', 'start', 'end', 'assessed']);

/** The longest text value quoted in a sentence; a longer one (a note) is cut with "…". */
const MAX_QUOTED = 120;

/** A field's name in a language; `declared.<id>.label` reads "category <id>: label". */
function fieldName(field: string, lang: Lang): string {
	const category = /^declared\.([^.]+)\.(.+)$/u.exec(field);
	if (category) return t(lang, 'change.field.of-category', { category: category[1]!, field: fieldName(category[2]!, lang) });
	const key = nameKey(`change.name.${field}`);
	return key ? t(lang, key) : field;
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
	if (value === undefined) return t(lang, 'change.value.none');
	if (typeof value === 'number') return formatNumber(lang, value);
	if (typeof value === 'boolean') return t(lang, value ? 'change.value.yes' : 'change.value.no');
	if (typeof value === 'string') return DATE_FIELDS.has(lastSegment(field)) ? formatDate(value, lang) : quote(value);
	if (Array.isArray(value)) {
		if (value.length === 0) return t(lang, 'change.value.none');
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
		if (change.before === undefined) return t(lang, 'change.field.person-added', { field: name });
		if (change.after === undefined) return t(lang, 'change.field.person-removed', { field: name });
		return t(lang, 'change.field.person-corrected', { field: name });
	}
	const before = formatValue(change.before, lang, change.field, change.beforeLabel);
	const after = formatValue(change.after, lang, change.field, change.afterLabel);
	if (typeof change.before === 'number' && typeof change.after === 'number') return movement(lang, name, change.before, change.after, before, after);
	if (change.before === undefined) return t(lang, 'change.field.added', { field: name, after });
	if (change.after === undefined) return t(lang, 'change.field.removed', { field: name, before });
	return t(lang, 'change.field.changed', { field: name, before, after });
}

/** A number that moved, said plainly: up, down, or changed (equal numbers with another qualifier). */
function movement(lang: Lang, subject: string, from: number, to: number, fromText: string, toText: string): string {
	const values = { field: subject, before: fromText, after: toText };
	return t(lang, to < from ? 'change.field.down' : to > from ? 'change.field.up' : 'change.field.changed', values);
}

/** A list of field clauses. */
function describeFields(fields: readonly FieldChange[], lang: Lang): string {
	return fields.map((field) => describeField(field, lang)).join('; ');
}

/** A declared figure: "ít nhất 250", "about 4,000", "chưa công bố". */
function formatFigure(figure: DeclaredFigure, lang: Lang): string {
	if (figure.count === undefined) return t(lang, 'figure.not-published');
	return declaredFigure(figure.count, figure.qualifier)[lang];
}

/** Who an assignment row is about: the person where named, else the field and the sending body. */
function describeRow(row: AssignmentSnapshot, lang: Lang, agency: Bilingual | undefined, specialty: Bilingual | undefined): string {
	const parts: string[] = [];
	// Never the name itself (see describeField): the row's page shows it while the content still does.
	if (row.person_name) parts.push(t(lang, 'change.row.named'));
	if (specialty || row.specialty) parts.push(t(lang, 'change.row.field', { field: specialty?.[lang] ?? String(row.specialty) }));
	if (agency || row.agency) parts.push(t(lang, 'change.row.from', { agency: agency?.[lang] ?? String(row.agency) }));
	if (parts.length === 0) parts.push(t(lang, 'change.row.unknown'));
	return parts.join(', ');
}

/** A commune in a sentence: its full name where known, else its code. */
function communeText(code: string, label: Bilingual | undefined, lang: Lang): string {
	return label ? label[lang] : t(lang, 'change.commune.code', { code });
}

/**
 * One plain sentence for a change, in Vietnamese or English. A decrease is always said as one, with
 * both values.
 * @example describeChange({ kind: 'declared-changed', decision: '2446-qd-ubnd-2025', decisionLabel: '2446/QĐ-UBND', before: { count: 97, qualifier: 'exact' }, after: { count: 95, qualifier: 'exact' }, delta: -2 }, 'vi') // 'Tổng số công bố của 2446/QĐ-UBND giảm từ 97 xuống 95.'
 * @example describeChange(sameChange, 'en') // 'The declared total of 2446/QĐ-UBND went down from 97 to 95.'
 */
export function describeChange(change: Change, lang: Lang): string {
	switch (change.kind) {
		case 'decision-added':
		case 'decision-removed': {
			const rows = t(lang, change.assignments === 1 ? 'change.rows.one' : 'change.rows.other', { n: formatNumber(lang, change.assignments) });
			return t(lang, `change.${change.kind}`, { decision: change.decisionLabel, title: change.title[lang], total: formatFigure(change.total, lang), rows });
		}
		case 'decision-changed':
			return t(lang, 'change.decision-changed', { decision: change.decisionLabel, fields: describeFields(change.fields, lang) });
		case 'narrative-changed':
			return t(lang, 'change.narrative-changed', { decision: change.decisionLabel });
		case 'declared-changed':
			return describeDeclared(change, lang);
		case 'source-added':
		case 'source-removed':
			return t(lang, `change.${change.kind}`, { decision: change.decisionLabel, title: quote(change.title) });
		case 'source-changed':
			return t(lang, 'change.source-changed', { decision: change.decisionLabel, title: quote(change.title), fields: describeFields(change.fields, lang) });
		case 'assignment-added':
		case 'assignment-removed': {
			const where = communeText(change.commune, change.communeLabel, lang);
			return t(lang, `change.${change.kind}`, {
				decision: change.decisionLabel,
				where,
				who: describeRow(change.assignment, lang, change.agencyLabel, change.specialtyLabel),
			});
		}
		case 'assignment-changed': {
			const where = communeText(change.commune, change.communeLabel, lang);
			const who = describeRow(change.after, lang, change.agencyLabel, change.specialtyLabel);
			return t(lang, 'change.assignment-changed', { decision: change.decisionLabel, where, who, fields: describeFields(change.fields, lang) });
		}
		case 'need-added':
		case 'need-removed': {
			const people = t(lang, change.need.needed === 1 ? 'change.people.one' : 'change.people.other', { n: formatNumber(lang, change.need.needed) });
			return t(lang, `change.${change.kind}`, {
				where: communeText(change.commune, change.communeLabel, lang),
				people,
				field: change.specialtyLabel?.[lang] ?? change.need.specialty,
				when: formatDate(change.need.assessed, lang),
			});
		}
		case 'need-changed': {
			const where = communeText(change.commune, change.communeLabel, lang);
			const field = change.specialtyLabel?.[lang] ?? change.after.specialty;
			return t(lang, 'change.need-changed', { field, where, fields: describeFields(change.fields, lang) });
		}
		case 'reference-added':
		case 'reference-removed':
		case 'reference-changed':
			return t(lang, `change.${change.kind}`, {
				list: t(lang, `change.list.${change.collection}`),
				label: change.label[lang],
				key: change.key,
				fields: change.kind === 'reference-changed' ? describeFields(change.fields, lang) : '',
			});
	}
}

/** A declared figure's change: the total or a category, added, removed, up, down or re-qualified. */
function describeDeclared(change: Extract<Change, { kind: 'declared-changed' }>, lang: Lang): string {
	const { before, after, decisionLabel: decision } = change;
	const category = change.categoryLabel ? quote(change.categoryLabel[lang]) : change.category;
	if (category !== undefined && !before && after) return t(lang, 'change.declared.category-added', { category, decision, figure: formatFigure(after, lang) });
	if (category !== undefined && before && !after)
		return t(lang, 'change.declared.category-removed', { category, decision, figure: formatFigure(before, lang) });
	const subject = category === undefined ? t(lang, 'change.declared.total', { decision }) : t(lang, 'change.declared.category', { category, decision });
	const from = before ?? { qualifier: 'exact' };
	const to = after ?? { qualifier: 'exact' };
	if (from.count !== undefined && to.count !== undefined)
		return t(lang, 'change.declared.moved', { movement: movement(lang, subject, from.count, to.count, formatFigure(from, lang), formatFigure(to, lang)) });
	if (to.count !== undefined) return t(lang, 'change.declared.now', { subject, figure: formatFigure(to, lang) });
	if (from.count !== undefined) return t(lang, 'change.declared.dropped', { subject, figure: formatFigure(from, lang) });
	return t(lang, 'change.declared.qualifier', { subject });
}
