import { createHash } from 'node:crypto';
import { AgencySchema } from '../../schemas/agency.ts';
import { ASSIGNMENT_COLUMNS } from '../../schemas/assignment.ts';
import { SourceSchema } from '../../schemas/common.ts';
import { CommuneSchema } from '../../schemas/commune.ts';
import { DecisionSchema, type QUALIFIERS } from '../../schemas/decision.ts';
import { NeedRowSchema } from '../../schemas/need.ts';
import { ProvinceSchema } from '../../schemas/province.ts';
import { SpecialtySchema } from '../../schemas/specialty.ts';
import { slugify } from '../slug.ts';
import type { AssignmentModel, DecisionModel, Model } from '../model/types.ts';
import type { Bilingual } from '../validate/problem.ts';

export { describeChange } from './describe.ts';

/**
 * What changed between two states of the content, computed from their models rather than from the
 * lines of their files: a re-ordered CSV, a re-wrapped narrative or a row that moved is not a change,
 * and a figure that went down comes out with both values. Pure; `src/lib/io/history.ts` reads the
 * states from git and caches their snapshots.
 */

// ─── Snapshot ───────────────────────────────────────────────────────────────────────────────────

/**
 * The version of the snapshot's shape. A cached snapshot of another version is rebuilt, so bump it
 * whenever summarizeModel changes what it keeps.
 */
export const SNAPSHOT_FORMAT = 1;

/** A value the change log compares: whatever a JSON file holds. */
export type SnapshotValue = string | number | boolean | SnapshotValue[] | { [key: string]: SnapshotValue };

/** Published fields of one record, by field name, in schema order; a field that is not given is absent. */
export type SnapshotFields = Record<string, SnapshotValue>;

/** How exact a declared figure is. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** A declared figure: how many people, where a number was published, and how exact it is. */
export interface DeclaredFigure {
	count?: number;
	qualifier: Qualifier;
}

/** A declared category of a decision: its figure and its labels. */
export interface CategorySnapshot extends DeclaredFigure {
	label: string;
	label_en: string;
	source?: string;
	note?: string;
}

/** A decision as the change log compares it. */
export interface DecisionSnapshot {
	/** How sentences name it: its number, or its id when no number was published. */
	label: string;
	/** Published fields other than the figures, the sources and the narrative (`end` as the model computes it). */
	fields: SnapshotFields;
	/** The declared total. */
	total: DeclaredFigure;
	/** Declared categories by id, in the decision's order. */
	categories: Record<string, CategorySnapshot>;
	/** Sources by id, in the decision's order, with their published fields. */
	sources: Record<string, SnapshotFields>;
	/** A digest of the narrative with its white space folded: an edit of its words changes it, a re-wrapped line does not. */
	narrative: string;
}

/**
 * One assignment as a content record: what its row states, without its file and row number. Dates
 * are kept only where they differ from the decision's period (a row that inherits them states none),
 * and the source by its id.
 */
export type AssignmentSnapshot = Omit<AssignmentModel, 'id' | 'file' | 'row' | 'source'> & {
	/** The cited source's id. */
	source?: string;
};

/** A published assessment of need, without its file and row. */
export interface NeedSnapshot {
	commune: string;
	specialty: string;
	needed: number;
	assessed: string;
	source: string;
	source_title: string;
	note?: string;
}

/** Reference lists the change log follows. */
export type ReferenceCollectionName = 'provinces' | 'communes' | 'agencies' | 'specialties';

/** The reference lists in the order changes list them. */
export const REFERENCE_COLLECTIONS: readonly ReferenceCollectionName[] = ['provinces', 'communes', 'agencies', 'specialties'];

/** A small, JSON-serialisable summary of a model: what the change log compares, and nothing else. */
export interface ModelSnapshot {
	format: typeof SNAPSHOT_FORMAT;
	/** Provinces by code, communes by code, agencies and specialties by id, with their published fields. */
	provinces: Record<string, SnapshotFields>;
	communes: Record<string, SnapshotFields>;
	agencies: Record<string, SnapshotFields>;
	specialties: Record<string, SnapshotFields>;
	/** Decisions by id. */
	decisions: Record<string, DecisionSnapshot>;
	/** Assignments as content records, sorted by their content (a multiset: two identical rows stay two). */
	assignments: AssignmentSnapshot[];
	/** Needs by commune, specialty and assessment date ("03158|cntt|2025-09-15"). */
	needs: Record<string, NeedSnapshot>;
}

/** Fields of a decision the snapshot keeps apart (figures, sources) or leaves out (the narrative's HTML, file names). */
const DECISION_APART = new Set(['declared', 'declared_total', 'declared_total_qualifier', 'sources']);
const DECISION_FIELDS = Object.keys(DecisionSchema.shape).filter((key) => !DECISION_APART.has(key));
const SOURCE_FIELDS = Object.keys(SourceSchema.shape);
const NEED_FIELDS = Object.keys(NeedRowSchema.shape);
const REFERENCE_FIELDS: Record<ReferenceCollectionName, string[]> = {
	provinces: Object.keys(ProvinceSchema.shape),
	communes: Object.keys(CommuneSchema.shape),
	agencies: Object.keys(AgencySchema.shape),
	specialties: Object.keys(SpecialtySchema.shape),
};
/** The key fields of each reference list, which name a record rather than describe it. */
const REFERENCE_KEYS: Record<ReferenceCollectionName, string> = { provinces: 'code', communes: 'code', agencies: 'id', specialties: 'id' };
/** The fields of an assignment, in the order of its CSV columns. */
const ASSIGNMENT_FIELDS = ['decision', ...ASSIGNMENT_COLUMNS] as const;

/** Copies the given fields of a record that have a value, in the given order, as plain JSON values. */
function pick(record: object, fields: readonly string[], skip: ReadonlySet<string> = new Set()): SnapshotFields {
	const picked: SnapshotFields = {};
	for (const field of fields) {
		if (skip.has(field)) continue;
		const value = toSnapshotValue((record as Record<string, unknown>)[field]);
		if (value !== undefined) picked[field] = value;
	}
	return picked;
}

/** A model value as a JSON value (undefined stays undefined, so the field is left out). */
function toSnapshotValue(value: unknown): SnapshotValue | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map((item) => toSnapshotValue(item) ?? '');
	if (typeof value === 'object') {
		const object: Record<string, SnapshotValue> = {};
		for (const [key, item] of Object.entries(value)) {
			const converted = toSnapshotValue(item);
			if (converted !== undefined) object[key] = converted;
		}
		return object;
	}
	return String(value);
}

/** A short digest of a narrative's HTML with every run of white space folded to one space. */
function narrativeDigest(html: string): string {
	const folded = html
		.replace(/\s+/gu, ' ')
		.replace(/ ?(<\/?p>) ?/gu, '$1')
		.trim();
	return createHash('sha256').update(folded).digest('hex').slice(0, 16);
}

/** A decision's label in sentences: its number, or its id. */
function labelOfDecision(decision: DecisionModel): string {
	return decision.number ?? decision.id;
}

/** One decision's snapshot. */
function summarizeDecision(decision: DecisionModel): DecisionSnapshot {
	const categories: Record<string, CategorySnapshot> = {};
	for (const category of decision.declared) {
		const snapshot: CategorySnapshot = { label: category.label, label_en: category.label_en, qualifier: category.qualifier };
		if (category.count !== undefined) snapshot.count = category.count;
		if (category.source !== undefined) snapshot.source = category.source;
		if (category.note !== undefined) snapshot.note = category.note;
		categories[category.id] = snapshot;
	}
	const sources: Record<string, SnapshotFields> = {};
	for (const source of decision.sources) sources[source.id] = pick(source, SOURCE_FIELDS, new Set(['id']));
	const total: DeclaredFigure = { qualifier: decision.declared_total_qualifier };
	if (decision.declared_total !== undefined) total.count = decision.declared_total;
	return {
		label: labelOfDecision(decision),
		// `end` is the model's: stated, or computed from a duration; a changed duration changes it too.
		fields: pick(decision, DECISION_FIELDS),
		total,
		categories,
		sources,
		narrative: narrativeDigest(decision.narrative),
	};
}

/**
 * The snapshot of a model that the change log compares: decisions by id with their published fields,
 * declared figures per decision and category, sources per decision by id, assignments as content
 * records, needs, and the reference lists by code or id. No file paths, row numbers or narrative HTML,
 * so two models of the same facts give the same snapshot whatever the order of their files and rows.
 * @example summarizeModel(model).decisions['2446-qd-ubnd-2025']?.total // { qualifier: 'exact', count: 97 }
 */
export function summarizeModel(model: Model): ModelSnapshot {
	const byKey = <T extends object>(records: readonly T[], collection: ReferenceCollectionName): Record<string, SnapshotFields> => {
		const key = REFERENCE_KEYS[collection];
		const out: Record<string, SnapshotFields> = {};
		for (const record of records) {
			const fields = pick(record, REFERENCE_FIELDS[collection], new Set([key]));
			// A slug derived from the name is not a fact of its own; only one set by staff is kept.
			const slug = fields['slug'];
			const name = fields['name'];
			if (typeof slug === 'string' && typeof name === 'string' && slug === slugify(name)) delete fields['slug'];
			out[String((record as Record<string, unknown>)[key])] = fields;
		}
		return out;
	};
	const decisions: Record<string, DecisionSnapshot> = {};
	const periods = new Map<string, DecisionModel>();
	for (const decision of [...model.decisions].sort((a, b) => compareText(a.id, b.id))) {
		decisions[decision.id] = summarizeDecision(decision);
		periods.set(decision.id, decision);
	}
	const assignments = model.assignments.map((assignment): AssignmentSnapshot => {
		const decision = periods.get(assignment.decision);
		const record: AssignmentSnapshot = { decision: assignment.decision, commune: assignment.commune };
		const optional: Omit<AssignmentSnapshot, 'decision' | 'commune'> = {};
		if (assignment.agency !== undefined) optional.agency = assignment.agency;
		if (assignment.specialty !== undefined) optional.specialty = assignment.specialty;
		if (assignment.category !== undefined) optional.category = assignment.category;
		if (assignment.role !== undefined) optional.role = assignment.role;
		if (assignment.person_name !== undefined) optional.person_name = assignment.person_name;
		if (assignment.person_title !== undefined) optional.person_title = assignment.person_title;
		// A row's dates are its own only where they differ from its decision's: otherwise a decision
		// extended by a month would show every one of its rows as changed.
		if (assignment.start !== undefined && assignment.start !== decision?.start) optional.start = assignment.start;
		if (assignment.end !== undefined && assignment.end !== decision?.end) optional.end = assignment.end;
		if (assignment.source !== undefined) optional.source = assignment.source.id;
		if (assignment.note !== undefined) optional.note = assignment.note;
		return { ...record, ...optional };
	});
	assignments.sort((a, b) => compareText(assignmentKey(a), assignmentKey(b)));
	const needs: Record<string, NeedSnapshot> = {};
	for (const need of model.needs) needs[needKey(need)] = pick(need, NEED_FIELDS) as unknown as NeedSnapshot;
	return {
		format: SNAPSHOT_FORMAT,
		provinces: byKey(model.provinces, 'provinces'),
		communes: byKey(model.communes, 'communes'),
		agencies: byKey(model.agencies, 'agencies'),
		specialties: byKey(model.specialties, 'specialties'),
		decisions,
		assignments,
		needs,
	};
}

/** The key of a need: one assessment of one specialty in one commune. */
function needKey(need: { commune: string; specialty: string; assessed: string }): string {
	return `${need.commune}|${need.specialty}|${need.assessed}`;
}

/** An assignment's content as one string: equal strings, equal rows. */
function assignmentKey(assignment: AssignmentSnapshot): string {
	return JSON.stringify(ASSIGNMENT_FIELDS.map((field) => assignment[field as keyof AssignmentSnapshot] ?? null));
}

// ─── Changes ────────────────────────────────────────────────────────────────────────────────────

/** One field that differs: its value before and after (absent where the field was not given). */
export interface FieldChange {
	/** Field name as the schema spells it; `declared.<category>.<field>` for a category's labels. */
	field: string;
	before?: SnapshotValue;
	after?: SnapshotValue;
	/** Names of the agency or specialty a `before` or `after` id refers to, where the reference lists give them. */
	beforeLabel?: Bilingual;
	afterLabel?: Bilingual;
}

/** What every change may name: the decision it concerns and the commune, where it has them. */
interface ChangeBase {
	/** Id of the decision the change concerns, for the decision page's history. */
	decision?: string;
	/** The decision's number, or its id when it has none. */
	decisionLabel?: string;
	/** Code of the commune the change concerns, for the commune page's last change. */
	commune?: string;
	/** The commune's full name in both languages, where the reference list gives it. */
	communeLabel?: Bilingual;
}

interface DecisionChangeBase extends ChangeBase {
	decision: string;
	decisionLabel: string;
}

/** A decision that appeared or disappeared, with its figures (its rows come as assignment changes). */
export interface DecisionPresenceChange extends DecisionChangeBase {
	kind: 'decision-added' | 'decision-removed';
	title: Bilingual;
	total: DeclaredFigure;
	/** How many itemized rows it has (after an addition) or had (before a removal). */
	assignments: number;
}

/** Published fields of a decision that changed. */
export interface DecisionFieldsChange extends DecisionChangeBase {
	kind: 'decision-changed';
	fields: FieldChange[];
}

/** A decision's narrative was edited (not only re-wrapped). */
export interface NarrativeChange extends DecisionChangeBase {
	kind: 'narrative-changed';
}

/**
 * A declared figure that changed: the total (no `category`) or one category's. A category that was
 * added has no `before`, one that was removed no `after`. `delta` is after − before where both are
 * numbers: negative when the figure went down.
 */
export interface DeclaredChange extends DecisionChangeBase {
	kind: 'declared-changed';
	category?: string;
	categoryLabel?: Bilingual;
	before?: DeclaredFigure;
	after?: DeclaredFigure;
	delta?: number;
}

/** A source cited by a decision that was added or removed. */
export interface SourcePresenceChange extends DecisionChangeBase {
	kind: 'source-added' | 'source-removed';
	source: string;
	title: string;
	url: string;
}

/** A source whose published fields changed. */
export interface SourceFieldsChange extends DecisionChangeBase {
	kind: 'source-changed';
	source: string;
	title: string;
	fields: FieldChange[];
}

/** An assignment row that was added or removed. */
export interface AssignmentPresenceChange extends DecisionChangeBase {
	kind: 'assignment-added' | 'assignment-removed';
	commune: string;
	assignment: AssignmentSnapshot;
	agencyLabel?: Bilingual;
	specialtyLabel?: Bilingual;
}

/** An assignment row that stayed but changed (matched by person, or by agency, specialty and role). */
export interface AssignmentFieldsChange extends DecisionChangeBase {
	kind: 'assignment-changed';
	commune: string;
	before: AssignmentSnapshot;
	after: AssignmentSnapshot;
	fields: FieldChange[];
	agencyLabel?: Bilingual;
	specialtyLabel?: Bilingual;
}

/** A published need that was added or removed. */
export interface NeedPresenceChange extends ChangeBase {
	kind: 'need-added' | 'need-removed';
	commune: string;
	need: NeedSnapshot;
	specialtyLabel?: Bilingual;
}

/** A published need that changed (the same commune and specialty; a new assessment date is a field). */
export interface NeedFieldsChange extends ChangeBase {
	kind: 'need-changed';
	commune: string;
	before: NeedSnapshot;
	after: NeedSnapshot;
	fields: FieldChange[];
	specialtyLabel?: Bilingual;
}

/** A record of a reference list that was added or removed. */
export interface ReferencePresenceChange extends ChangeBase {
	kind: 'reference-added' | 'reference-removed';
	collection: ReferenceCollectionName;
	key: string;
	label: Bilingual;
	record: SnapshotFields;
}

/** A record of a reference list whose fields changed (a commune renamed). */
export interface ReferenceFieldsChange extends ChangeBase {
	kind: 'reference-changed';
	collection: ReferenceCollectionName;
	key: string;
	label: Bilingual;
	fields: FieldChange[];
}

/** One change between two snapshots. */
export type Change =
	| DecisionPresenceChange
	| DecisionFieldsChange
	| NarrativeChange
	| DeclaredChange
	| SourcePresenceChange
	| SourceFieldsChange
	| AssignmentPresenceChange
	| AssignmentFieldsChange
	| NeedPresenceChange
	| NeedFieldsChange
	| ReferencePresenceChange
	| ReferenceFieldsChange;

/** Every kind of change. */
export type ChangeKind = Change['kind'];

/** A snapshot with nothing in it: what came before the first publication. */
export function emptySnapshot(): ModelSnapshot {
	return { format: SNAPSHOT_FORMAT, provinces: {}, communes: {}, agencies: {}, specialties: {}, decisions: {}, assignments: [], needs: {} };
}

/** Compares by code point: the same order on every machine and locale. */
function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A value as a string that equal values share, whatever the order of their object keys. */
function canonical(value: SnapshotValue | undefined): string {
	if (value === undefined) return '';
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (typeof value === 'object')
		return `{${Object.keys(value)
			.sort(compareText)
			.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** The fields that differ between two records, in the order of the newer one's fields, then the older one's. */
function diffFields(before: object, after: object, prefix = ''): FieldChange[] {
	const b = before as Record<string, SnapshotValue | undefined>;
	const a = after as Record<string, SnapshotValue | undefined>;
	const names = [...Object.keys(a), ...Object.keys(b).filter((name) => !(name in a))];
	const changes: FieldChange[] = [];
	for (const name of names) {
		if (canonical(b[name]) === canonical(a[name])) continue;
		const change: FieldChange = { field: `${prefix}${name}` };
		if (b[name] !== undefined) change.before = b[name];
		if (a[name] !== undefined) change.after = a[name];
		changes.push(change);
	}
	return changes;
}

/** Union of two records' keys, sorted. */
function keysOf(...records: object[]): string[] {
	return [...new Set(records.flatMap((record) => Object.keys(record)))].sort(compareText);
}

/** Names of records and decisions, looked up in the newer snapshot, then the older one (or the other way round). */
interface Labels {
	/** A record's label in both languages: full names for provinces and communes, names for agencies and specialties. */
	of(collection: ReferenceCollectionName, key: string | undefined): Bilingual | undefined;
	/** A decision's label: its number, or its id. */
	decision(id: string): string;
}

/** Labels looked up in the given snapshots, in order. */
function labelsFrom(snapshots: readonly ModelSnapshot[]): Labels {
	return {
		of(collection, key) {
			if (key === undefined) return undefined;
			for (const snapshot of snapshots) {
				const record = snapshot[collection][key];
				if (record) return referenceLabel(collection, key, record);
			}
			return undefined;
		},
		decision(id) {
			for (const snapshot of snapshots) {
				const decision = snapshot.decisions[id];
				if (decision) return decision.label;
			}
			return id;
		},
	};
}

/** The label of a reference record from its fields. */
function referenceLabel(collection: ReferenceCollectionName, key: string, record: SnapshotFields): Bilingual {
	const text = (field: string): string | undefined => (typeof record[field] === 'string' ? (record[field] as string) : undefined);
	const vi = collection === 'provinces' || collection === 'communes' ? (text('full_name') ?? text('name')) : text('name');
	return { vi: vi ?? key, en: text('name_en') ?? vi ?? key };
}

/** Sets an optional property only when there is a value (the model's exact optional properties). */
function withOptional<T extends object, K extends string, V>(object: T, key: K, value: V | undefined): T & { [P in K]?: V } {
	if (value !== undefined) (object as Record<string, unknown>)[key] = value;
	return object as T & { [P in K]?: V };
}

/** Adds the names of agencies and specialties to the field changes that refer to them. */
function labelFields(fields: FieldChange[], older: Labels, newer: Labels): FieldChange[] {
	for (const change of fields) {
		const collection = change.field === 'agency' ? 'agencies' : change.field === 'specialty' ? 'specialties' : undefined;
		if (!collection) continue;
		const before = typeof change.before === 'string' ? older.of(collection, change.before) : undefined;
		const after = typeof change.after === 'string' ? newer.of(collection, change.after) : undefined;
		if (before) change.beforeLabel = before;
		if (after) change.afterLabel = after;
	}
	return fields;
}

/** Whether two figures say the same. */
function sameFigure(a: DeclaredFigure | undefined, b: DeclaredFigure | undefined): boolean {
	return a?.count === b?.count && a?.qualifier === b?.qualifier;
}

/** The figure part of a category. */
function figureOf(category: CategorySnapshot | undefined): DeclaredFigure | undefined {
	if (!category) return undefined;
	const figure: DeclaredFigure = { qualifier: category.qualifier };
	if (category.count !== undefined) figure.count = category.count;
	return figure;
}

/**
 * The changes from one snapshot to the next, in a fixed order: decisions by id (each with its fields,
 * narrative, declared figures, sources and assignments, the latter by commune), then needs, then the
 * reference lists. Without `before` (the first publication) everything in `after` is an addition.
 *
 * Assignments have no id: they are matched as multisets of their content, so a row that moved is
 * unchanged. The rows left over on each side are then paired within one decision and commune, as a
 * change with the fields that differ: first those with the same person's name (or, both unnamed, the
 * same agency, specialty and role), then those that differ in one field only (a corrected name, a
 * changed agency). What remains is added or removed.
 * @example diffSnapshots(before, after) // [{ kind: 'declared-changed', decision: '2446-qd-ubnd-2025', before: { count: 97, … }, after: { count: 95, … }, delta: -2, … }]
 */
export function diffSnapshots(before: ModelSnapshot | undefined, after: ModelSnapshot): Change[] {
	const old = before ?? emptySnapshot();
	const olderLabels = labelsFrom([old, after]);
	const newerLabels = labelsFrom([after, old]);
	const changes: Change[] = [];

	// 1. Decisions, each followed by everything that concerns it.
	const assignmentChanges = diffAssignments(old.assignments, after.assignments, olderLabels, newerLabels);
	const countRows = (snapshot: ModelSnapshot): Map<string, number> => {
		const counts = new Map<string, number>();
		for (const row of snapshot.assignments) counts.set(row.decision, (counts.get(row.decision) ?? 0) + 1);
		return counts;
	};
	const rowsBefore = countRows(old);
	const rowsAfter = countRows(after);
	const decisionIds = [...new Set([...keysOf(old.decisions, after.decisions), ...assignmentChanges.keys()])].sort(compareText);
	for (const id of decisionIds) {
		const was = old.decisions[id];
		const is = after.decisions[id];
		const base = { decision: id, decisionLabel: newerLabels.decision(id) };
		if (!was && is) {
			changes.push({ kind: 'decision-added', ...base, title: titleOf(is), total: is.total, assignments: rowsAfter.get(id) ?? 0 });
		} else if (was && !is) {
			changes.push({ kind: 'decision-removed', ...base, title: titleOf(was), total: was.total, assignments: rowsBefore.get(id) ?? 0 });
		} else if (was && is) {
			changes.push(...diffDecision(was, is, base));
		}
		for (const change of assignmentChanges.get(id) ?? []) changes.push(change);
	}

	// 2. Needs: by commune, specialty and date; a new date for the same commune and specialty is a change.
	changes.push(...diffNeeds(old.needs, after.needs, newerLabels));

	// 3. Reference lists, by code or id.
	for (const collection of REFERENCE_COLLECTIONS) {
		for (const key of keysOf(old[collection], after[collection])) {
			const was = old[collection][key];
			const is = after[collection][key];
			const commune = collection === 'communes' ? { commune: key } : {};
			if (!was && is) changes.push({ kind: 'reference-added', collection, key, label: referenceLabel(collection, key, is), record: is, ...commune });
			else if (was && !is) changes.push({ kind: 'reference-removed', collection, key, label: referenceLabel(collection, key, was), record: was, ...commune });
			else if (was && is) {
				const fields = diffFields(was, is);
				if (fields.length > 0) changes.push({ kind: 'reference-changed', collection, key, label: referenceLabel(collection, key, is), fields, ...commune });
			}
		}
	}
	return changes;
}

/** A decision's title in both languages. */
function titleOf(decision: DecisionSnapshot): Bilingual {
	const vi = decision.fields['title'];
	const en = decision.fields['title_en'];
	return { vi: typeof vi === 'string' ? vi : decision.label, en: typeof en === 'string' ? en : decision.label };
}

/** What changed in a decision present in both snapshots: fields, narrative, figures, sources. */
function diffDecision(was: DecisionSnapshot, is: DecisionSnapshot, base: { decision: string; decisionLabel: string }): Change[] {
	const changes: Change[] = [];
	// Category labels and notes are fields of the decision; their figures are declared changes below.
	const fields = diffFields(was.fields, is.fields);
	for (const id of Object.keys(is.categories).filter((id) => id in was.categories)) {
		const { count: _a, qualifier: _b, ...labelsBefore } = was.categories[id]!;
		const { count: _c, qualifier: _d, ...labelsAfter } = is.categories[id]!;
		fields.push(...diffFields(labelsBefore, labelsAfter, `declared.${id}.`));
	}
	if (fields.length > 0) changes.push({ kind: 'decision-changed', ...base, fields });
	if (was.narrative !== is.narrative) changes.push({ kind: 'narrative-changed', ...base });

	// Declared figures: the total, then each category in the newer decision's order, then the removed ones.
	const declared = (category: string | undefined, before: DeclaredFigure | undefined, after: DeclaredFigure | undefined, label?: Bilingual): void => {
		if (sameFigure(before, after)) return;
		const change: DeclaredChange = { kind: 'declared-changed', ...base };
		if (category !== undefined) change.category = category;
		if (label) change.categoryLabel = label;
		if (before) change.before = before;
		if (after) change.after = after;
		if (before?.count !== undefined && after?.count !== undefined) change.delta = after.count - before.count;
		changes.push(change);
	};
	declared(undefined, was.total, is.total);
	const categoryIds = [...Object.keys(is.categories), ...Object.keys(was.categories).filter((id) => !(id in is.categories))];
	for (const id of categoryIds) {
		const category = is.categories[id] ?? was.categories[id]!;
		declared(id, figureOf(was.categories[id]), figureOf(is.categories[id]), { vi: category.label, en: category.label_en });
	}

	// Sources by id, in the newer decision's order, then the removed ones.
	const sourceIds = [...Object.keys(is.sources), ...Object.keys(was.sources).filter((id) => !(id in is.sources))];
	for (const id of sourceIds) {
		const before = was.sources[id];
		const after = is.sources[id];
		const text = (fields: SnapshotFields, name: string): string => (typeof fields[name] === 'string' ? (fields[name] as string) : id);
		if (!before && after) changes.push({ kind: 'source-added', ...base, source: id, title: text(after, 'title'), url: text(after, 'url') });
		else if (before && !after) changes.push({ kind: 'source-removed', ...base, source: id, title: text(before, 'title'), url: text(before, 'url') });
		else if (before && after) {
			const sourceFields = diffFields(before, after);
			if (sourceFields.length > 0) changes.push({ kind: 'source-changed', ...base, source: id, title: text(after, 'title'), fields: sourceFields });
		}
	}
	return changes;
}

/** The fields compared when pairing rows; `decision` and `commune` are equal within a group. */
const PAIRED_FIELDS = ASSIGNMENT_COLUMNS.filter((field) => field !== 'commune') as (keyof AssignmentSnapshot)[];

/** How many fields two rows of one decision and commune differ in. */
function differingFields(a: AssignmentSnapshot, b: AssignmentSnapshot): number {
	return PAIRED_FIELDS.filter((field) => a[field] !== b[field]).length;
}

/** Order of assignment changes within one commune: changed rows, then removed, then added. */
const ASSIGNMENT_KIND_ORDER = { 'assignment-changed': 0, 'assignment-removed': 1, 'assignment-added': 2 } as const;

/** Assignment changes by decision id, each list ordered by commune, kind and content. */
function diffAssignments(
	before: readonly AssignmentSnapshot[],
	after: readonly AssignmentSnapshot[],
	older: Labels,
	newer: Labels,
): Map<string, (AssignmentPresenceChange | AssignmentFieldsChange)[]> {
	// Multisets of content: every row of `after` takes one equal row of `before`, if one is left.
	const remaining = new Map<string, AssignmentSnapshot[]>();
	for (const row of before) {
		const key = assignmentKey(row);
		const list = remaining.get(key);
		if (list) list.push(row);
		else remaining.set(key, [row]);
	}
	const added: AssignmentSnapshot[] = [];
	for (const row of after) {
		const list = remaining.get(assignmentKey(row));
		if (list && list.length > 0) list.pop();
		else added.push(row);
	}
	const removed = [...remaining.values()].flat();

	// Leftovers grouped by decision and commune, each side in content order so pairing is deterministic.
	const groups = new Map<string, { removed: AssignmentSnapshot[]; added: AssignmentSnapshot[] }>();
	const groupOf = (row: AssignmentSnapshot) => {
		const key = JSON.stringify([row.decision, row.commune]);
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { removed: [], added: [] }));
		return group;
	};
	for (const row of removed) groupOf(row).removed.push(row);
	for (const row of added) groupOf(row).added.push(row);

	const out = new Map<string, (AssignmentPresenceChange | AssignmentFieldsChange)[]>();
	const sortKey = new Map<Change, string>();
	const push = (change: AssignmentPresenceChange | AssignmentFieldsChange, row: AssignmentSnapshot): void => {
		const list = out.get(change.decision);
		if (list) list.push(change);
		else out.set(change.decision, [change]);
		sortKey.set(change, assignmentKey(row));
	};
	const common = (row: AssignmentSnapshot, labels: Labels) =>
		withOptional(
			withOptional(
				withOptional(
					{ decision: row.decision, decisionLabel: newer.decision(row.decision), commune: row.commune },
					'communeLabel',
					labels.of('communes', row.commune),
				),
				'agencyLabel',
				labels.of('agencies', row.agency),
			),
			'specialtyLabel',
			labels.of('specialties', row.specialty),
		);

	for (const group of groups.values()) {
		const byContent = (a: AssignmentSnapshot, b: AssignmentSnapshot) => compareText(assignmentKey(a), assignmentKey(b));
		group.removed.sort(byContent);
		group.added.sort(byContent);
		const taken = new Set<AssignmentSnapshot>();
		const pairs: [AssignmentSnapshot, AssignmentSnapshot][] = [];
		const unpaired: AssignmentSnapshot[] = [];
		// Pass 1: the same person, or (both unnamed) the same agency, specialty and role.
		for (const was of group.removed) {
			const is = group.added.find(
				(row) =>
					!taken.has(row) &&
					(was.person_name !== undefined
						? row.person_name === was.person_name
						: row.person_name === undefined && row.agency === was.agency && row.specialty === was.specialty && row.role === was.role),
			);
			if (is) {
				taken.add(is);
				pairs.push([was, is]);
			} else unpaired.push(was);
		}
		// Pass 2: rows that differ in one field only (a corrected name, a changed agency).
		for (const was of unpaired) {
			const is = group.added.find((row) => !taken.has(row) && differingFields(was, row) === 1);
			if (is) {
				taken.add(is);
				pairs.push([was, is]);
			} else push({ kind: 'assignment-removed', ...common(was, older), assignment: was }, was);
		}
		for (const [was, is] of pairs) {
			const fields = labelFields(diffFields(was, is), older, newer);
			push({ kind: 'assignment-changed', ...common(is, newer), before: was, after: is, fields }, is);
		}
		for (const is of group.added) if (!taken.has(is)) push({ kind: 'assignment-added', ...common(is, newer), assignment: is }, is);
	}
	for (const list of out.values()) {
		list.sort(
			(a, b) =>
				compareText(a.commune, b.commune) ||
				ASSIGNMENT_KIND_ORDER[a.kind] - ASSIGNMENT_KIND_ORDER[b.kind] ||
				compareText(sortKey.get(a) ?? '', sortKey.get(b) ?? ''),
		);
	}
	return out;
}

/** Need changes, by commune, specialty and date. */
function diffNeeds(before: Record<string, NeedSnapshot>, after: Record<string, NeedSnapshot>, labels: Labels): Change[] {
	const removed = Object.keys(before).filter((key) => !(key in after));
	const added = new Set(Object.keys(after).filter((key) => !(key in before)));
	const changes: { key: string; change: Change }[] = [];
	const common = (need: NeedSnapshot) =>
		withOptional(
			withOptional({ commune: need.commune }, 'communeLabel', labels.of('communes', need.commune)),
			'specialtyLabel',
			labels.of('specialties', need.specialty),
		);
	for (const key of Object.keys(after).filter((key) => key in before)) {
		const fields = diffFields(before[key]!, after[key]!);
		if (fields.length > 0) changes.push({ key, change: { kind: 'need-changed', ...common(after[key]!), before: before[key]!, after: after[key]!, fields } });
	}
	// A removed assessment and an added one of the same commune and specialty: a new assessment, shown as a change.
	const addedBySubject = new Map<string, string[]>();
	for (const key of [...added].sort(compareText)) {
		const subject = `${after[key]!.commune}|${after[key]!.specialty}`;
		const list = addedBySubject.get(subject);
		if (list) list.push(key);
		else addedBySubject.set(subject, [key]);
	}
	for (const key of removed.sort(compareText)) {
		const was = before[key]!;
		const match = addedBySubject.get(`${was.commune}|${was.specialty}`)?.shift();
		if (match) {
			added.delete(match);
			const is = after[match]!;
			changes.push({ key: match, change: { kind: 'need-changed', ...common(is), before: was, after: is, fields: diffFields(was, is) } });
		} else changes.push({ key, change: { kind: 'need-removed', ...common(was), need: was } });
	}
	for (const key of added) changes.push({ key, change: { kind: 'need-added', ...common(after[key]!), need: after[key]! } });
	return changes.sort((a, b) => compareText(a.key, b.key)).map(({ change }) => change);
}
