import { groupBy } from '../model/indexes.ts';
import type { Agency } from '../../schemas/agency.ts';
import type { Source } from '../../schemas/common.ts';
import type { Specialty } from '../../schemas/specialty.ts';
import { assignmentStatus, communeCoverage, decisionStatus } from '../aggregate/index.ts';
import type { Status } from '../dates.ts';
import type { AssignmentModel, CommuneModel, DecisionModel, Finding, FindingKind, Model, ProvinceModel, Reconciliation } from '../model/types.ts';
import { describeChange } from '../changes/describe.ts';
import type { ChangeRecord, FieldDocs, PublishedTable, TableContext, TableDefinition } from './table.ts';
import { publishTable } from './table.ts';
import { lookup } from '../present.ts';

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

const STATUS_DESCRIPTION =
	'Status on the as-of day of this data version: upcoming, active, ended, or unknown when the start is not published or, once begun, the end is not; the first and the last day both count as active.';
const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';

const provinces: TableDefinition<ProvinceModel> = {
	name: 'provinces',
	rows: ({ model }) => [...model.provinces].sort(byKeys((p) => p.code)),
	primaryKey: ['code'],
	columns: [
		{ name: 'code', schema: ['ProvinceSchema', 'code'], value: (p) => p.code },
		{ name: 'type', schema: ['ProvinceSchema', 'type'], value: (p) => p.type },
		{ name: 'name', schema: ['ProvinceSchema', 'name'], value: (p) => p.name },
		{ name: 'full_name', schema: ['ProvinceSchema', 'full_name'], value: (p) => p.full_name },
		{ name: 'name_en', schema: ['ProvinceSchema', 'name_en'], value: (p) => p.name_en },
		{ name: 'slug', doc: ['ProvinceModel', 'slug'], shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (p) => p.slug },
	],
};

const communes: TableDefinition<CommuneModel> = {
	name: 'communes',
	rows: ({ model }) => [...model.communes].sort(byKeys((c) => c.code)),
	primaryKey: ['code'],
	foreignKeys: [{ fields: ['province'], resource: 'provinces', reference: ['code'] }],
	columns: [
		{ name: 'code', schema: ['CommuneSchema', 'code'], value: (c) => c.code },
		{ name: 'province', schema: ['CommuneSchema', 'province'], value: (c) => c.province },
		{ name: 'type', schema: ['CommuneSchema', 'type'], value: (c) => c.type },
		{ name: 'name', schema: ['CommuneSchema', 'name'], value: (c) => c.name },
		{ name: 'full_name', schema: ['CommuneSchema', 'full_name'], value: (c) => c.full_name },
		{ name: 'name_en', schema: ['CommuneSchema', 'name_en'], value: (c) => c.name_en },
		{ name: 'slug', doc: ['CommuneModel', 'slug'], shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (c) => c.slug },
		{ name: 'resolution_clause', schema: ['CommuneSchema', 'resolution_clause'], value: (c) => c.resolution_clause },
		{ name: 'merged_from', schema: ['CommuneSchema', 'merged_from'], value: (c) => c.merged_from },
		{ name: 'area_km2', schema: ['CommuneSchema', 'area_km2'], shape: { type: 'number', constraints: { minimum: 0 } }, value: (c) => c.area_km2 },
		{ name: 'population', schema: ['CommuneSchema', 'population'], value: (c) => c.population },
		{ name: 'area_population_source', schema: ['CommuneSchema', 'area_population_source'], value: (c) => c.area_population_source },
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
	columns: [
		{ name: 'id', schema: ['AgencySchema', 'id'], value: (a) => a.id },
		{ name: 'province', schema: ['AgencySchema', 'province'], value: (a) => a.province },
		{ name: 'name', schema: ['AgencySchema', 'name'], value: (a) => a.name },
		{ name: 'name_en', schema: ['AgencySchema', 'name_en'], value: (a) => a.name_en },
		{ name: 'kind', schema: ['AgencySchema', 'kind'], value: (a) => a.kind },
		{ name: 'parent', schema: ['AgencySchema', 'parent'], value: (a) => a.parent },
		{ name: 'source', schema: ['AgencySchema', 'source'], value: (a) => a.source },
	],
};

const specialties: TableDefinition<Specialty> = {
	name: 'specialties',
	rows: ({ model }) => [...model.specialties].sort(byKeys((s) => s.id)),
	primaryKey: ['id'],
	columns: [
		{ name: 'id', schema: ['SpecialtySchema', 'id'], value: (s) => s.id },
		{ name: 'name', schema: ['SpecialtySchema', 'name'], value: (s) => s.name },
		{ name: 'name_en', schema: ['SpecialtySchema', 'name_en'], value: (s) => s.name_en },
		{ name: 'description', schema: ['SpecialtySchema', 'description'], value: (s) => s.description },
	],
};

interface DecisionRow {
	decision: DecisionModel;
	status: Status;
	total: Reconciliation | undefined;
}

const decisions: TableDefinition<DecisionRow> = {
	name: 'decisions',
	rows: ({ model, asOf }) =>
		[...model.decisions]
			.sort(
				byKeys(
					(d) => d.province,
					decisionDate,
					(d) => d.id,
				),
			)
			.map((decision) => ({
				decision,
				status: decisionStatus(decision, asOf),
				total: model.reconciliations.find((r) => r.decision === decision.id && r.category === undefined),
			})),
	primaryKey: ['id'],
	foreignKeys: [{ fields: ['province'], resource: 'provinces', reference: ['code'] }],
	columns: [
		{ name: 'id', doc: ['DecisionModel', 'id'], shape: { type: 'string', constraints: { pattern: ID_PATTERN } }, required: true, value: (r) => r.decision.id },
		{ name: 'number', schema: ['DecisionSchema', 'number'], value: (r) => r.decision.number },
		{ name: 'province', schema: ['DecisionSchema', 'province'], value: (r) => r.decision.province },
		{ name: 'date', schema: ['DecisionSchema', 'date'], value: (r) => r.decision.date },
		{ name: 'announced', schema: ['DecisionSchema', 'announced'], value: (r) => r.decision.announced },
		{ name: 'issuer', schema: ['DecisionSchema', 'issuer'], value: (r) => r.decision.issuer },
		{ name: 'issuer_en', schema: ['DecisionSchema', 'issuer_en'], value: (r) => r.decision.issuer_en },
		{ name: 'signer_name', schema: ['SignerSchema', 'name'], within: ['DecisionSchema', 'signer'], required: false, value: (r) => r.decision.signer?.name },
		{ name: 'signer_title', schema: ['SignerSchema', 'title'], within: ['DecisionSchema', 'signer'], required: false, value: (r) => r.decision.signer?.title },
		{ name: 'kind', schema: ['DecisionSchema', 'kind'], value: (r) => r.decision.kind },
		{ name: 'title', schema: ['DecisionSchema', 'title'], value: (r) => r.decision.title },
		{ name: 'title_en', schema: ['DecisionSchema', 'title_en'], value: (r) => r.decision.title_en },
		{ name: 'summary_en', schema: ['DecisionSchema', 'summary_en'], value: (r) => r.decision.summary_en },
		{ name: 'start', schema: ['DecisionSchema', 'start'], value: (r) => r.decision.start },
		{ name: 'end', schema: ['DecisionSchema', 'end'], doc: ['DecisionModel', 'end'], value: (r) => r.decision.end },
		{ name: 'end_computed', doc: ['DecisionModel', 'endComputed'], shape: { type: 'boolean' }, required: true, value: (r) => r.decision.endComputed },
		{ name: 'duration_months', schema: ['DecisionSchema', 'duration_months'], value: (r) => r.decision.duration_months },
		{ name: 'declared_total', schema: ['DecisionSchema', 'declared_total'], value: (r) => r.decision.declared_total },
		{ name: 'declared_total_qualifier', schema: ['DecisionSchema', 'declared_total_qualifier'], value: (r) => r.decision.declared_total_qualifier },
		{
			name: 'itemized',
			description: 'Number of assignment rows published for this decision (the assignments table); compare with declared_total.',
			shape: { type: 'integer', constraints: { minimum: 0 } },
			required: true,
			value: (r) => r.total?.itemized ?? 0,
		},
		{
			name: 'communes',
			schema: ['DecisionSchema', 'communes'],
			list: true,
			value: (r) => (r.decision.communes === 'all' ? 'all' : r.decision.communes),
		},
		{ name: 'shortages', schema: ['DecisionSchema', 'shortages'], list: true, value: (r) => r.decision.shortages },
		{ name: 'shortages_source', schema: ['DecisionSchema', 'shortages_source'], value: (r) => r.decision.shortages_source },
		{ name: 'amends', schema: ['DecisionSchema', 'amends'], list: true, value: (r) => r.decision.amends },
		{ name: 'extends', schema: ['DecisionSchema', 'extends'], list: true, value: (r) => r.decision.extends },
		{ name: 'ends', schema: ['DecisionSchema', 'ends'], list: true, value: (r) => r.decision.ends },
		{ name: 'status', description: STATUS_DESCRIPTION, shape: { type: 'string', constraints: { enum: STATUSES } }, required: true, value: (r) => r.status },
	],
};

interface SourceRow {
	decision: DecisionModel;
	source: Source;
}

const sources: TableDefinition<SourceRow> = {
	name: 'sources',
	rows: ({ model }) =>
		[...model.decisions]
			.sort(
				byKeys(
					(d) => d.province,
					decisionDate,
					(d) => d.id,
				),
			)
			.flatMap((decision) => [...decision.sources].sort(byKeys((s) => s.id)).map((source) => ({ decision, source }))),
	primaryKey: ['decision', 'id'],
	foreignKeys: [{ fields: ['decision'], resource: 'decisions', reference: ['id'] }],
	columns: [
		{
			name: 'decision',
			description: 'Id of the decision whose file cites this source (decisions.id).',
			shape: { type: 'string', constraints: { pattern: ID_PATTERN } },
			required: true,
			value: (r) => r.decision.id,
		},
		{ name: 'id', schema: ['SourceSchema', 'id'], value: (r) => r.source.id },
		{ name: 'url', schema: ['SourceSchema', 'url'], value: (r) => r.source.url },
		{ name: 'title', schema: ['SourceSchema', 'title'], value: (r) => r.source.title },
		{ name: 'publisher', schema: ['SourceSchema', 'publisher'], value: (r) => r.source.publisher },
		{ name: 'date', schema: ['SourceSchema', 'date'], value: (r) => r.source.date },
		{ name: 'kind', schema: ['SourceSchema', 'kind'], value: (r) => r.source.kind },
		{ name: 'lang', schema: ['SourceSchema', 'lang'], value: (r) => r.source.lang },
		{ name: 'sha256', schema: ['SourceSchema', 'sha256'], value: (r) => r.source.sha256 },
		{ name: 'note', schema: ['SourceSchema', 'note'], value: (r) => r.source.note },
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
		{ name: 'id', doc: ['AssignmentModel', 'id'], shape: { type: 'string' }, required: true, value: (r) => r.assignment.id },
		{
			name: 'decision',
			description: 'Id of the decision that makes this assignment (decisions.id).',
			shape: { type: 'string', constraints: { pattern: ID_PATTERN } },
			required: true,
			value: (r) => r.assignment.decision,
		},
		{
			name: 'province',
			description: '2-digit code of the province of the receiving commune (provinces.code).',
			shape: { type: 'string', constraints: { pattern: '\\d{2}' } },
			required: true,
			value: (r) => r.commune?.province,
		},
		{ name: 'commune', schema: ['AssignmentRowSchema', 'commune'], value: (r) => r.assignment.commune },
		{ name: 'commune_name', schema: ['CommuneSchema', 'full_name'], value: (r) => r.commune?.full_name },
		{ name: 'agency', schema: ['AssignmentRowSchema', 'agency'], value: (r) => r.assignment.agency },
		{ name: 'agency_name', schema: ['AgencySchema', 'name'], required: false, value: (r) => r.agency?.name },
		{ name: 'specialty', schema: ['AssignmentRowSchema', 'specialty'], value: (r) => r.assignment.specialty },
		{ name: 'specialty_name', schema: ['SpecialtySchema', 'name'], required: false, value: (r) => r.specialty?.name },
		{ name: 'category', schema: ['AssignmentRowSchema', 'category'], doc: ['AssignmentModel', 'category'], value: (r) => r.assignment.category },
		{ name: 'role', schema: ['AssignmentRowSchema', 'role'], value: (r) => r.assignment.role },
		{ name: 'person_name', schema: ['AssignmentRowSchema', 'person_name'], value: (r) => r.assignment.person_name },
		{ name: 'person_title', schema: ['AssignmentRowSchema', 'person_title'], value: (r) => r.assignment.person_title },
		{ name: 'start', schema: ['AssignmentRowSchema', 'start'], value: (r) => r.assignment.start },
		{ name: 'end', schema: ['AssignmentRowSchema', 'end'], value: (r) => r.assignment.end },
		{ name: 'status', description: STATUS_DESCRIPTION, shape: { type: 'string', constraints: { enum: STATUSES } }, required: true, value: (r) => r.status },
		{ name: 'source', schema: ['AssignmentRowSchema', 'source'], value: (r) => r.assignment.source?.id },
		{
			name: 'source_url',
			description: 'Address of the cited source (sources.url).',
			shape: { type: 'string', format: 'uri' },
			value: (r) => r.assignment.source?.url,
		},
		{ name: 'note', schema: ['AssignmentRowSchema', 'note'], value: (r) => r.assignment.note },
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
		return [...model.reconciliations].sort(
			byKeys(
				(r) => index.decision(r.decision)?.province,
				(r) => {
					const decision = index.decision(r.decision);
					return decision ? decisionDate(decision) : undefined;
				},
				(r) => r.decision,
				position,
			),
		);
	},
	primaryKey: ['decision', 'line'],
	foreignKeys: [
		{ fields: ['decision'], resource: 'decisions', reference: ['id'] },
		{ fields: ['decision', 'source'], resource: 'sources', reference: ['decision', 'id'] },
	],
	columns: [
		{
			name: 'decision',
			description: 'Id of the decision (decisions.id).',
			shape: { type: 'string', constraints: { pattern: ID_PATTERN } },
			required: true,
			value: (r) => r.decision,
		},
		{
			name: 'line',
			description: 'The declared category this line is about, or "total" for the decision as a whole.',
			shape: { type: 'string' },
			required: true,
			value: (r) => r.category ?? 'total',
		},
		{ name: 'category', schema: ['DeclaredCategorySchema', 'id'], required: false, value: (r) => r.category },
		{ name: 'label', schema: ['DeclaredCategorySchema', 'label'], required: false, value: (r) => r.declaredCategory?.label },
		{ name: 'label_en', schema: ['DeclaredCategorySchema', 'label_en'], required: false, value: (r) => r.declaredCategory?.label_en },
		{ name: 'declared', schema: ['DeclaredCategorySchema', 'count'], value: (r) => r.declared },
		{ name: 'qualifier', schema: ['DeclaredCategorySchema', 'qualifier'], value: (r) => r.qualifier },
		{
			name: 'itemized',
			description: 'Number of published assignment rows (the assignments table) that count toward this line.',
			shape: { type: 'integer', constraints: { minimum: 0 } },
			required: true,
			value: (r) => r.itemized,
		},
		{ name: 'named', doc: ['Reconciliation', 'named'], shape: { type: 'integer', constraints: { minimum: 0 } }, required: true, value: (r) => r.named },
		{ name: 'not_itemized', doc: ['Reconciliation', 'notItemized'], shape: { type: 'integer' }, value: (r) => r.notItemized },
		{ name: 'source', schema: ['DeclaredCategorySchema', 'source'], value: (r) => r.declaredCategory?.source },
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
		const assignmentsOf = groupBy(model.assignments, (a) => a.commune);
		const needsOf = groupBy(model.needs, (n) => n.commune);
		const decisionsOf = groupBy(model.decisions, (d) => d.province);
		const rows: CoverageRow[] = [];
		for (const commune of [...model.communes].sort(byKeys((c) => c.code))) {
			// The same aggregation as the commune page, given only the rows that can concern this commune
			// (its assignments and needs, its province's decisions), so the national table stays linear.
			const scope: Model = {
				...model,
				assignments: assignmentsOf.get(commune.code) ?? [],
				needs: needsOf.get(commune.code) ?? [],
				decisions: decisionsOf.get(commune.province) ?? [],
			};
			const report = communeCoverage(scope, commune, asOf);
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
		{ name: 'province', schema: ['CommuneSchema', 'province'], value: (r) => r.commune.province },
		{ name: 'commune', schema: ['NeedRowSchema', 'commune'], value: (r) => r.commune.code },
		{ name: 'commune_name', schema: ['CommuneSchema', 'full_name'], value: (r) => r.commune.full_name },
		{ name: 'specialty', schema: ['NeedRowSchema', 'specialty'], value: (r) => r.specialty.id },
		{ name: 'specialty_name', schema: ['SpecialtySchema', 'name'], value: (r) => r.specialty.name },
		{
			name: 'assigned',
			description: 'Number of published assignment rows of this field in this commune, whatever their status.',
			shape: { type: 'integer', constraints: { minimum: 0 } },
			required: true,
			value: (r) => r.assigned,
		},
		{ name: 'active', doc: ['NeedGap', 'assigned'], shape: { type: 'integer', constraints: { minimum: 0 } }, required: true, value: (r) => r.active },
		{
			name: 'shortage_named',
			description: 'Whether the province named this field as lacking in its communes (decisions.shortages).',
			shape: { type: 'boolean' },
			required: true,
			value: (r) => r.shortage,
		},
		{ name: 'needed', schema: ['NeedRowSchema', 'needed'], required: false, value: (r) => r.need?.needed },
		{ name: 'assessed', schema: ['NeedRowSchema', 'assessed'], required: false, value: (r) => r.need?.assessed },
		{ name: 'need_source', schema: ['NeedRowSchema', 'source'], required: false, value: (r) => r.need?.source },
		{
			name: 'gap',
			doc: ['NeedGap', 'gap'],
			shape: { type: 'integer', constraints: { minimum: 0 } },
			value: (r) => r.need?.gap,
		},
	],
};

const findings: TableDefinition<Finding> = {
	name: 'findings',
	rows: ({ model }) => {
		const index = lookup(model);
		// A stable sort keeps the order in which findings of one decision are produced.
		return [...model.findings].sort(
			byKeys(
				(f) => index.decision(f.decision)?.province,
				(f) => {
					const decision = index.decision(f.decision);
					return decision ? decisionDate(decision) : undefined;
				},
				(f) => f.decision,
			),
		);
	},
	foreignKeys: [
		{ fields: ['decision'], resource: 'decisions', reference: ['id'] },
		{ fields: ['decision', 'source'], resource: 'sources', reference: ['decision', 'id'] },
	],
	columns: [
		{
			name: 'decision',
			doc: ['Finding', 'decision'],
			shape: { type: 'string', constraints: { pattern: ID_PATTERN } },
			required: true,
			value: (f) => f.decision,
		},
		{
			name: 'kind',
			description:
				'What the finding is: declared-vs-itemized (a declared figure only partly itemized), not-published (no total was published), differing-figures (a source gives another figure), categories-vs-total (the categories do not add up to the total) or unverified (a statement no second source confirms).',
			shape: { type: 'string', constraints: { enum: FINDING_KINDS } },
			required: true,
			value: (f) => f.kind,
		},
		{ name: 'category', doc: ['Finding', 'category'], shape: { type: 'string' }, value: (f) => f.category },
		{ name: 'declared', doc: ['Finding', 'declared'], shape: { type: 'integer', constraints: { minimum: 0 } }, value: (f) => f.declared },
		{ name: 'itemized', doc: ['Finding', 'itemized'], shape: { type: 'integer', constraints: { minimum: 0 } }, value: (f) => f.itemized },
		{ name: 'other', doc: ['Finding', 'other'], shape: { type: 'integer', constraints: { minimum: 0 } }, value: (f) => f.other },
		{ name: 'source', doc: ['Finding', 'source'], shape: { type: 'string' }, value: (f) => f.source?.id },
		{ name: 'text_vi', description: 'What the finding means, in Vietnamese.', shape: { type: 'string' }, required: true, value: (f) => f.text.vi },
		{ name: 'text_en', description: 'What the finding means, in English.', shape: { type: 'string' }, required: true, value: (f) => f.text.en },
	],
};

const changes: TableDefinition<ChangeRecord> = {
	name: 'changes',
	rows: ({ changes: records }) => [...records],
	primaryKey: ['commit', 'seq'],
	columns: [
		{
			name: 'commit',
			description: 'The git commit that made the change (full hash).',
			shape: { type: 'string', constraints: { pattern: '[0-9a-f]{40}' } },
			required: true,
			value: (c) => c.commit,
		},
		{ name: 'date', description: 'The day of the commit (UTC).', shape: { type: 'date', format: 'default' }, required: true, value: (c) => c.date },
		{
			name: 'seq',
			description: 'The position of the change within its commit, from 1.',
			shape: { type: 'integer', constraints: { minimum: 1 } },
			required: true,
			value: (c) => c.seq,
		},
		{
			name: 'subject',
			description: "The commit's subject line, with anything that looks like personal data masked.",
			shape: { type: 'string' },
			required: true,
			value: (c) => c.subject,
		},
		{
			name: 'kind',
			description: 'What changed: a decision, its figures, narrative or sources, an assignment, a need or a reference list; added, removed or changed.',
			shape: { type: 'string' },
			required: true,
			value: (c) => c.change.kind,
		},
		{
			name: 'decision',
			description: 'The id of the decision the change concerns, where it concerns one.',
			shape: { type: 'string' },
			value: (c) => c.change.decision,
		},
		{
			name: 'commune',
			description: 'The code of the commune the change concerns, where it concerns one.',
			shape: { type: 'string', constraints: { pattern: '\\d{5}' } },
			value: (c) => c.change.commune,
		},
		{
			name: 'text_vi',
			description: 'The change in a sentence, in Vietnamese (a figure that went down with both values).',
			shape: { type: 'string' },
			required: true,
			value: (c) => describeChange(c.change, 'vi'),
		},
		{
			name: 'text_en',
			description: 'The change in a sentence, in English.',
			shape: { type: 'string' },
			required: true,
			value: (c) => describeChange(c.change, 'en'),
		},
	],
};

/** Every whole-site table, in the order the download page and the data package list them. */
export const TABLES = [decisions, assignments, reconciliations, coverage, findings, sources, changes, provinces, communes, agencies, specialties] as const;

/** Names of the whole-site tables. */
export const TABLE_NAMES: readonly string[] = TABLES.map((table) => table.name);

/** The name of the table whose subsets are published per province and per commune. */
export const ASSIGNMENTS_TABLE = assignments.name;

/** Computes every whole-site table from the model, on the as-of day, with descriptions from the JSDoc. */
export function buildTables(model: Model, asOf: string, docs: FieldDocs, changeRecords: readonly ChangeRecord[] = []): PublishedTable[] {
	const context: TableContext = { model, asOf, changes: changeRecords };
	return TABLES.map((table) => publishTable(table as TableDefinition<unknown>, context, docs));
}
