import type { Agency } from '../../schemas/agency.ts';
import type { Source } from '../../schemas/common.ts';
import type { Specialty } from '../../schemas/specialty.ts';
import { assignmentStatus, communeCoverage, decisionStatus } from '../aggregate/index.ts';
import type { Status } from '../dates.ts';
import type { AssignmentModel, CommuneModel, DecisionModel, Finding, FindingKind, Model, ProvinceModel, Reconciliation } from '../model/types.ts';
import { describeChange } from '../changes/describe.ts';
import { AgencySchema } from '../../schemas/agency.ts';
import { AssignmentRowSchema } from '../../schemas/assignment.ts';
import { SourceSchema } from '../../schemas/common.ts';
import { CommuneSchema } from '../../schemas/commune.ts';
import { DecisionSchema, DeclaredCategorySchema, SignerSchema } from '../../schemas/decision.ts';
import { NeedRowSchema } from '../../schemas/need.ts';
import { ProvinceSchema } from '../../schemas/province.ts';
import { SpecialtySchema } from '../../schemas/specialty.ts';
import type { ChangeRecord, PublishedTable, TableContext, TableDefinition } from './table.ts';
import { fieldOf, passThrough, publishTable } from './table.ts';
import { lookup } from '../lookup.ts';

/**
 * The tables the site publishes under /du-lieu/, each as CSV and JSON with the same fields. Rows are
 * ordered by code, then date, then id (comparing code units, not a locale), so a diff between two
 * versions shows only real changes.
 */

type Key = string | number | undefined;

/** A comparator over several keys in turn; a missing key sorts first. */
function byKeys<R>(...keys: ((row: R) => Key)[]): (a: R, b: R) => number {
	return (a, b) => {
		for (const key of keys) {
			const x = key(a) ?? '';
			const y = key(b) ?? '';
			if (x < y) return -1;
			if (x > y) return 1;
		}
		return 0;
	};
}

const decisionDate = (d: DecisionModel): string => d.date ?? d.announced ?? '';

/**
 * The one published order of decisions, by province, then date (signing, else announcement), then id;
 * every table about decisions (decisions, sources, reconciliations, findings) follows it.
 */
function decisionsInOrder(model: Model): DecisionModel[] {
	return [...model.decisions].sort(
		byKeys(
			(d) => d.province,
			decisionDate,
			(d) => d.id,
		),
	);
}

/** Each decision's place in the published order, for tables whose rows refer to a decision. */
function decisionRank(model: Model): (id: string) => number {
	const rank = new Map(decisionsInOrder(model).map((d, i) => [d.id, i]));
	return (id) => rank.get(id) ?? -1;
}

/** Every status a period can have, in the order the methodology page explains them. */
const STATUSES = Object.keys({ upcoming: true, active: true, ended: true, unknown: true } satisfies Record<Status, true>);

/** Every kind of finding. */
const FINDING_KINDS = Object.keys({
	'declared-vs-itemized': true,
	'not-published': true,
	'differing-figures': true,
	'categories-vs-total': true,
	unverified: true,
} satisfies Record<FindingKind, true>);

const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';

const provinces: TableDefinition<ProvinceModel> = {
	name: 'provinces',
	rows: ({ model }) => [...model.provinces].sort(byKeys((p) => p.code)),
	primaryKey: ['code'],
	columns: [
		...passThrough(ProvinceSchema, ['code', 'type', 'name', 'full_name', 'name_en'], (p: ProvinceModel) => p),
		{ name: 'slug', shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (p) => p.slug },
	],
};

const communes: TableDefinition<CommuneModel> = {
	name: 'communes',
	rows: ({ model }) => [...model.communes].sort(byKeys((c) => c.code)),
	primaryKey: ['code'],
	foreignKeys: [{ fields: ['province'], resource: 'provinces', reference: ['code'] }],
	columns: [
		...passThrough(CommuneSchema, ['code', 'province', 'type', 'name', 'full_name', 'name_en'], (c: CommuneModel) => c),
		{ name: 'slug', shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (c) => c.slug },
		...passThrough(CommuneSchema, ['resolution_clause', 'merged_from'], (c: CommuneModel) => c),
		{ name: 'area_km2', schema: fieldOf(CommuneSchema, 'area_km2'), shape: { type: 'number', constraints: { minimum: 0 } }, value: (c) => c.area_km2 },
		...passThrough(CommuneSchema, ['population', 'area_population_source'], (c: CommuneModel) => c),
	],
};

const agencies: TableDefinition<Agency> = {
	name: 'agencies',
	rows: ({ model }) =>
		[...model.agencies].sort(
			byKeys(
				(a) => a.province,
				(a) => a.id,
			),
		),
	primaryKey: ['id'],
	foreignKeys: [
		{ fields: ['province'], resource: 'provinces', reference: ['code'] },
		{ fields: ['parent'], resource: 'agencies', reference: ['id'] },
	],
	columns: passThrough(AgencySchema, ['id', 'province', 'name', 'name_en', 'kind', 'parent', 'source'], (a: Agency) => a),
};

const specialties: TableDefinition<Specialty> = {
	name: 'specialties',
	rows: ({ model }) => [...model.specialties].sort(byKeys((s) => s.id)),
	primaryKey: ['id'],
	columns: passThrough(SpecialtySchema, ['id', 'name', 'name_en', 'description'], (s: Specialty) => s),
};

interface DecisionRow {
	decision: DecisionModel;
	status: Status;
	total: Reconciliation | undefined;
}

const decisions: TableDefinition<DecisionRow> = {
	name: 'decisions',
	rows: ({ model, asOf }) =>
		decisionsInOrder(model).map((decision) => ({
			decision,
			status: decisionStatus(decision, asOf),
			total: model.reconciliations.find((r) => r.decision === decision.id && r.category === undefined),
		})),
	primaryKey: ['id'],
	foreignKeys: [{ fields: ['province'], resource: 'provinces', reference: ['code'] }],
	columns: [
		{ name: 'id', shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (r) => r.decision.id },
		...passThrough(DecisionSchema, ['number', 'province', 'date', 'announced', 'issuer', 'issuer_en'], (r: DecisionRow) => r.decision),
		{
			name: 'signer_name',
			schema: fieldOf(SignerSchema, 'name'),
			within: fieldOf(DecisionSchema, 'signer'),
			required: false,
			value: (r) => r.decision.signer?.name,
		},
		{
			name: 'signer_title',
			schema: fieldOf(SignerSchema, 'title'),
			within: fieldOf(DecisionSchema, 'signer'),
			required: false,
			value: (r) => r.decision.signer?.title,
		},
		...passThrough(DecisionSchema, ['kind', 'title', 'title_en', 'summary_en', 'start'], (r: DecisionRow) => r.decision),
		{ name: 'end', schema: fieldOf(DecisionSchema, 'end'), value: (r) => r.decision.end },
		{ name: 'end_computed', shape: { type: 'boolean' }, required: true, value: (r) => r.decision.endComputed },
		...passThrough(DecisionSchema, ['duration_months', 'declared_total', 'declared_total_qualifier'], (r: DecisionRow) => r.decision),
		{ name: 'itemized', shape: { type: 'integer', constraints: { minimum: 0 } }, required: true, value: (r) => r.total?.itemized ?? 0 },
		{ name: 'communes', schema: fieldOf(DecisionSchema, 'communes'), list: true, value: (r) => (r.decision.communes === 'all' ? 'all' : r.decision.communes) },
		{ name: 'shortages', schema: fieldOf(DecisionSchema, 'shortages'), list: true, value: (r) => r.decision.shortages },
		{ name: 'shortages_source', schema: fieldOf(DecisionSchema, 'shortages_source'), value: (r) => r.decision.shortages_source },
		{ name: 'amends', schema: fieldOf(DecisionSchema, 'amends'), list: true, value: (r) => r.decision.amends },
		{ name: 'extends', schema: fieldOf(DecisionSchema, 'extends'), list: true, value: (r) => r.decision.extends },
		{ name: 'ends', schema: fieldOf(DecisionSchema, 'ends'), list: true, value: (r) => r.decision.ends },
		{ name: 'status', shape: { type: 'string', constraints: { enum: STATUSES } }, required: true, value: (r) => r.status },
	],
};

interface SourceRow {
	decision: DecisionModel;
	source: Source;
}

const sources: TableDefinition<SourceRow> = {
	name: 'sources',
	rows: ({ model }) => decisionsInOrder(model).flatMap((decision) => [...decision.sources].sort(byKeys((s) => s.id)).map((source) => ({ decision, source }))),
	primaryKey: ['decision', 'id'],
	foreignKeys: [{ fields: ['decision'], resource: 'decisions', reference: ['id'] }],
	columns: [
		{ name: 'decision', shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (r) => r.decision.id },
		...passThrough(SourceSchema, ['id', 'url', 'title', 'publisher', 'date', 'kind', 'lang', 'sha256', 'note'], (r: SourceRow) => r.source),
	],
};

interface AssignmentRecord {
	assignment: AssignmentModel;
	commune: CommuneModel | undefined;
	agency: Agency | undefined;
	specialty: Specialty | undefined;
	status: Status;
}

/** The assignments table; its province and commune subsets are published beside province and commune pages. */
const assignments: TableDefinition<AssignmentRecord> = {
	name: 'assignments',
	rows: ({ model, asOf }) => {
		const index = lookup(model);
		return [...model.assignments]
			.sort(
				byKeys(
					(a) => a.commune,
					(a) => a.start,
					(a) => a.decision,
					(a) => a.row,
				),
			)
			.map((assignment) => ({
				assignment,
				commune: index.commune(assignment.commune),
				agency: assignment.agency ? index.agency(assignment.agency) : undefined,
				specialty: assignment.specialty ? index.specialty(assignment.specialty) : undefined,
				status: assignmentStatus(assignment, asOf),
			}));
	},
	primaryKey: ['id'],
	foreignKeys: [
		{ fields: ['decision'], resource: 'decisions', reference: ['id'] },
		{ fields: ['province'], resource: 'provinces', reference: ['code'] },
		{ fields: ['commune'], resource: 'communes', reference: ['code'] },
		{ fields: ['agency'], resource: 'agencies', reference: ['id'] },
		{ fields: ['specialty'], resource: 'specialties', reference: ['id'] },
		{ fields: ['decision', 'source'], resource: 'sources', reference: ['decision', 'id'] },
	],
	columns: [
		{ name: 'id', shape: { type: 'string' }, required: true, value: (r) => r.assignment.id },
		{ name: 'decision', shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (r) => r.assignment.decision },
		{ name: 'province', shape: { type: 'string', constraints: { pattern: '\\d{2}' } }, required: true, value: (r) => r.commune?.province },
		{ name: 'commune', schema: fieldOf(AssignmentRowSchema, 'commune'), value: (r) => r.assignment.commune },
		{ name: 'commune_name', schema: fieldOf(CommuneSchema, 'full_name'), value: (r) => r.commune?.full_name },
		{ name: 'agency', schema: fieldOf(AssignmentRowSchema, 'agency'), value: (r) => r.assignment.agency },
		{ name: 'agency_name', schema: fieldOf(AgencySchema, 'name'), required: false, value: (r) => r.agency?.name },
		{ name: 'specialty', schema: fieldOf(AssignmentRowSchema, 'specialty'), value: (r) => r.assignment.specialty },
		{ name: 'specialty_name', schema: fieldOf(SpecialtySchema, 'name'), required: false, value: (r) => r.specialty?.name },
		{ name: 'category', schema: fieldOf(AssignmentRowSchema, 'category'), value: (r) => r.assignment.category },
		...passThrough(AssignmentRowSchema, ['role', 'person_name', 'person_title', 'start', 'end'], (r: AssignmentRecord) => r.assignment),
		{ name: 'status', shape: { type: 'string', constraints: { enum: STATUSES } }, required: true, value: (r) => r.status },
		{ name: 'source', schema: fieldOf(AssignmentRowSchema, 'source'), value: (r) => r.assignment.source?.id },
		{ name: 'source_url', shape: { type: 'string', format: 'uri' }, value: (r) => r.assignment.source?.url },
		{ name: 'note', schema: fieldOf(AssignmentRowSchema, 'note'), value: (r) => r.assignment.note },
	],
};

const reconciliations: TableDefinition<Reconciliation> = {
	name: 'reconciliations',
	rows: ({ model }) => {
		const index = lookup(model);
		const position = (r: Reconciliation): number => {
			const decision = index.decision(r.decision);
			// Categories in the order the decision declares them, the decision's total last.
			return r.category === undefined ? Number.MAX_SAFE_INTEGER : (decision?.declared.findIndex((c) => c.id === r.category) ?? 0);
		};
		const rank = decisionRank(model);
		return [...model.reconciliations].sort(byKeys((r) => rank(r.decision), position));
	},
	primaryKey: ['decision', 'line'],
	foreignKeys: [
		{ fields: ['decision'], resource: 'decisions', reference: ['id'] },
		{ fields: ['decision', 'source'], resource: 'sources', reference: ['decision', 'id'] },
	],
	columns: [
		{ name: 'decision', shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (r) => r.decision },
		{ name: 'line', shape: { type: 'string' }, required: true, value: (r) => r.category ?? 'total' },
		{ name: 'category', schema: fieldOf(DeclaredCategorySchema, 'id'), required: false, value: (r) => r.category },
		{ name: 'label', schema: fieldOf(DeclaredCategorySchema, 'label'), required: false, value: (r) => r.declaredCategory?.label },
		{ name: 'label_en', schema: fieldOf(DeclaredCategorySchema, 'label_en'), required: false, value: (r) => r.declaredCategory?.label_en },
		{ name: 'declared', schema: fieldOf(DeclaredCategorySchema, 'count'), value: (r) => r.declared },
		{ name: 'qualifier', schema: fieldOf(DeclaredCategorySchema, 'qualifier'), value: (r) => r.qualifier },
		{ name: 'itemized', shape: { type: 'integer', constraints: { minimum: 0 } }, required: true, value: (r) => r.itemized },
		{ name: 'named', shape: { type: 'integer', constraints: { minimum: 0 } }, required: true, value: (r) => r.named },
		{ name: 'not_itemized', shape: { type: 'integer' }, value: (r) => r.notItemized },
		{ name: 'source', schema: fieldOf(DeclaredCategorySchema, 'source'), value: (r) => r.declaredCategory?.source },
	],
};

interface CoverageRow {
	commune: CommuneModel;
	specialty: Specialty;
	assigned: number;
	active: number;
	shortage: boolean;
	need?: { needed: number; assessed: string; source: string; gap: number };
}

const coverage: TableDefinition<CoverageRow> = {
	name: 'coverage',
	rows: ({ model, asOf }) => {
		const index = lookup(model);
		const rows: CoverageRow[] = [];
		for (const commune of [...model.communes].sort(byKeys((c) => c.code))) {
			// The commune page's own aggregation (communeCoverage reads the model's indexes, so the
			// national table stays linear, and shares its result with the page).
			const report = communeCoverage(model, commune, asOf);
			// One line per specialty the commune received, its province named as lacking, or has a published need for.
			const ids = new Set([...report.specialtiesReceived, ...report.shortages, ...report.needs.map((n) => n.specialty)]);
			for (const id of [...ids].sort()) {
				const specialty = index.specialty(id);
				if (!specialty) continue;
				const received = report.assignments.filter((a) => a.specialty === id);
				const need = report.needs.find((n) => n.specialty === id);
				const row: CoverageRow = {
					commune,
					specialty,
					assigned: received.length,
					active: received.filter((a) => assignmentStatus(a, asOf) === 'active').length,
					shortage: report.shortages.includes(id),
				};
				if (need) row.need = { needed: need.need.needed, assessed: need.need.assessed, source: need.need.source, gap: need.gap };
				rows.push(row);
			}
		}
		return rows;
	},
	primaryKey: ['commune', 'specialty'],
	foreignKeys: [
		{ fields: ['province'], resource: 'provinces', reference: ['code'] },
		{ fields: ['commune'], resource: 'communes', reference: ['code'] },
		{ fields: ['specialty'], resource: 'specialties', reference: ['id'] },
	],
	columns: [
		{ name: 'province', schema: fieldOf(CommuneSchema, 'province'), value: (r) => r.commune.province },
		{ name: 'commune', schema: fieldOf(NeedRowSchema, 'commune'), value: (r) => r.commune.code },
		{ name: 'commune_name', schema: fieldOf(CommuneSchema, 'full_name'), value: (r) => r.commune.full_name },
		{ name: 'specialty', schema: fieldOf(NeedRowSchema, 'specialty'), value: (r) => r.specialty.id },
		{ name: 'specialty_name', schema: fieldOf(SpecialtySchema, 'name'), value: (r) => r.specialty.name },
		{ name: 'assigned', shape: { type: 'integer', constraints: { minimum: 0 } }, required: true, value: (r) => r.assigned },
		{ name: 'active', shape: { type: 'integer', constraints: { minimum: 0 } }, required: true, value: (r) => r.active },
		{ name: 'shortage_named', shape: { type: 'boolean' }, required: true, value: (r) => r.shortage },
		{ name: 'needed', schema: fieldOf(NeedRowSchema, 'needed'), required: false, value: (r) => r.need?.needed },
		{ name: 'assessed', schema: fieldOf(NeedRowSchema, 'assessed'), required: false, value: (r) => r.need?.assessed },
		{ name: 'need_source', schema: fieldOf(NeedRowSchema, 'source'), required: false, value: (r) => r.need?.source },
		{ name: 'gap', shape: { type: 'integer', constraints: { minimum: 0 } }, value: (r) => r.need?.gap },
	],
};

const findings: TableDefinition<Finding> = {
	name: 'findings',
	rows: ({ model }) => {
		const rank = decisionRank(model);
		// A stable sort keeps the order in which findings of one decision are produced.
		return [...model.findings].sort(byKeys((f) => rank(f.decision)));
	},
	foreignKeys: [
		{ fields: ['decision'], resource: 'decisions', reference: ['id'] },
		{ fields: ['decision', 'source'], resource: 'sources', reference: ['decision', 'id'] },
	],
	columns: [
		{ name: 'decision', shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (f) => f.decision },
		{ name: 'kind', shape: { type: 'string', constraints: { enum: FINDING_KINDS } }, required: true, value: (f) => f.kind },
		{ name: 'category', shape: { type: 'string' }, value: (f) => f.category },
		{ name: 'declared', shape: { type: 'integer', constraints: { minimum: 0 } }, value: (f) => f.declared },
		{ name: 'itemized', shape: { type: 'integer', constraints: { minimum: 0 } }, value: (f) => f.itemized },
		{ name: 'other', shape: { type: 'integer', constraints: { minimum: 0 } }, value: (f) => f.other },
		{ name: 'source', shape: { type: 'string' }, value: (f) => f.source?.id },
		{ name: 'text_vi', shape: { type: 'string' }, required: true, value: (f) => f.text.vi },
		{ name: 'text_en', shape: { type: 'string' }, required: true, value: (f) => f.text.en },
	],
};

const changes: TableDefinition<ChangeRecord> = {
	name: 'changes',
	rows: ({ changes: records }) => [...records],
	primaryKey: ['commit', 'seq'],
	columns: [
		{ name: 'commit', shape: { type: 'string', constraints: { pattern: '[0-9a-f]{40}' } }, required: true, value: (c) => c.commit },
		{ name: 'date', shape: { type: 'date', format: 'default' }, required: true, value: (c) => c.date },
		{ name: 'seq', shape: { type: 'integer', constraints: { minimum: 1 } }, required: true, value: (c) => c.seq },
		{ name: 'subject', shape: { type: 'string' }, required: true, value: (c) => c.subject },
		{ name: 'kind', shape: { type: 'string' }, required: true, value: (c) => c.change.kind },
		{ name: 'decision', shape: { type: 'string' }, value: (c) => c.change.decision },
		{ name: 'commune', shape: { type: 'string', constraints: { pattern: '\\d{5}' } }, value: (c) => c.change.commune },
		{ name: 'text_vi', shape: { type: 'string' }, required: true, value: (c) => describeChange(c.change, 'vi') },
		{ name: 'text_en', shape: { type: 'string' }, required: true, value: (c) => describeChange(c.change, 'en') },
	],
};

/** Every whole-site table, in the order the download page and the data package list them. */
export const TABLES = [decisions, assignments, reconciliations, coverage, findings, sources, changes, provinces, communes, agencies, specialties] as const;

/** Names of the whole-site tables. */
export const TABLE_NAMES: readonly string[] = TABLES.map((table) => table.name);

/** The name of the table whose subsets are published per province and per commune. */
export const ASSIGNMENTS_TABLE = assignments.name;

/** Computes every whole-site table from the model, on the as-of day, with the schemas' descriptions. */
export function buildTables(model: Model, asOf: string, changeRecords: readonly ChangeRecord[] = []): PublishedTable[] {
	const context: TableContext = { model, asOf, changes: changeRecords };
	return TABLES.map((table) => publishTable(table as TableDefinition<unknown>, context));
}
