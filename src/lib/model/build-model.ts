import type { ProblemCode } from '../validate/messages.ts';
import type { Agency } from '../../schemas/agency.ts';
import type { AssignmentRow } from '../../schemas/assignment.ts';
import type { Source } from '../../schemas/common.ts';
import type { Commune } from '../../schemas/commune.ts';
import type { Province } from '../../schemas/province.ts';
import type { Specialty } from '../../schemas/specialty.ts';
import { endOfDuration } from '../dates.ts';
import { formatDay } from '../format.ts';
import { bilingual } from '../i18n.ts';
import { decisionId, slugify, suggest } from '../slug.ts';
import type { Problem } from '../validate/problem.ts';
import { problemAt, type Located } from '../validate/table.ts';
import { WINDOWS_RESERVED } from '../../schemas/common.ts';
import { buildFindings, reconcile } from './findings.ts';
import type {
	AssignmentModel,
	CommuneModel,
	ContentRecords,
	DecisionModel,
	Model,
	ModelResult,
	NeedModel,
	ProvinceModel,
	ReferenceCollection,
	RejectedKeys,
} from './types.ts';

/** Groups located records by a key, reporting every record whose key was already taken. */
function indexUnique<T>(records: Located<T>[], keyOf: (data: T) => string, column: string, problems: Problem[]): Map<string, Located<T>> {
	const index = new Map<string, Located<T>>();
	for (const record of records) {
		const key = keyOf(record.data);
		const first = index.get(key);
		if (first) {
			problems.push(
				problemAt(record.file, record.row, column, 'duplicate.code', {
					found: key,
					other: String(first.row),
					otherFile: first.file === record.file ? undefined : first.file,
				}),
			);
		} else index.set(key, record);
	}
	return index;
}

/** What every step of `buildModel` shares: the problems found so far and the reference lists. */
interface BuildContext {
	problems: Problem[];
	asOf: string | undefined;
	rejected: RejectedKeys;
	/**
	 * Whether a reference to `key` is already explained: it names a row that failed its own checks, or
	 * points into a file that could not be read. Such a reference is not reported again; that problem is
	 * already in the report, at the right file and row.
	 */
	explained: (collection: ReferenceCollection, key: string) => boolean;
	provinces: Map<string, Located<Province>>;
	communes: Map<string, Located<Commune>>;
	agencies: Map<string, Located<Agency>>;
	specialties: Map<string, Located<Specialty>>;
}

/** A decision file's field lines, so that problems point at the line of the field concerned. */
type LineAt = (file: string, ...columns: string[]) => number | undefined;

/**
 * Turns validated content records into the one model the site reads, and returns every integrity
 * problem found (never only the first): unknown references, duplicate codes and rows, colliding
 * slugs, periods that end before they start or fall outside their decision. References to what
 * `rejected` lists (rows that failed their own checks, unreadable files) are not reported again.
 * Each step below reads as the pipeline: reference lists, then communes, decisions, assignments and
 * needs, then the model with its reconciliations and findings.
 */
export function buildModel(records: ContentRecords, rejected: RejectedKeys = {}, asOf?: string): ModelResult {
	const problems: Problem[] = [];
	const context: BuildContext = {
		problems,
		asOf,
		rejected,
		explained: (collection, key) => rejected.unreadable?.has(collection) === true || rejected[collection]?.has(key) === true,
		// Reference lists: codes and ids are unique across all files of a collection.
		provinces: indexUnique(records.provinces, (p) => p.code, 'code', problems),
		communes: indexUnique(records.communes, (c) => c.code, 'code', problems),
		agencies: indexUnique(records.agencies, (a) => a.id, 'id', problems),
		specialties: indexUnique(records.specialties, (s) => s.id, 'id', problems),
	};
	checkReferenceLists(context);
	checkPaths(context.provinces, context.communes, problems);
	const communes = buildCommunes(context);
	const { decisions, lineAt } = buildDecisions(records.decisions, context);
	checkDecisionRelations(decisions, lineAt, context);
	const assignments = buildAssignments(records, decisions, context);
	const needs = buildNeeds(records.needs, context);
	return { model: assembleModel(context, communes, decisions, assignments, needs), problems };
}

/** The path segment of a province's pages, from its code (the code itself while the province is unknown). */
const provinceSlugOf = ({ provinces }: BuildContext, code: string): string => slugify(provinces.get(code)?.data.name ?? code);

/** Communes and agencies refer to known provinces, a commune's area and population have a source, and no body sits under itself. */
function checkReferenceLists({ problems, explained, provinces, communes, agencies }: BuildContext): void {
	for (const { file, row, data } of communes.values()) {
		if (!provinces.has(data.province) && !explained('provinces', data.province))
			problems.push(problemAt(file, row, 'province', 'ref.province', { found: data.province }));
		if ((data.area_km2 !== undefined || data.population !== undefined) && !data.area_population_source) {
			problems.push(problemAt(file, row, 'area_population_source', 'commune.area-without-source'));
		}
	}
	for (const { file, row, data } of agencies.values()) {
		if (!provinces.has(data.province) && !explained('provinces', data.province))
			problems.push(problemAt(file, row, 'province', 'ref.province', { found: data.province }));
		if (data.parent && !agencies.has(data.parent) && !explained('agencies', data.parent))
			problems.push(problemAt(file, row, 'parent', 'ref.parent-agency', { found: data.parent }));
	}
	// A body cannot sit under itself, directly or through others (A under B under A).
	for (const [id, { file, row }] of agencies) {
		const seen = new Set<string>([id]);
		for (let parent = agencies.get(id)?.data.parent; parent !== undefined && agencies.has(parent); parent = agencies.get(parent)?.data.parent) {
			if (seen.has(parent)) {
				if (parent === id) problems.push(problemAt(file, row, 'parent', 'agency.parent-cycle', { found: id, cycle: [...seen, id].join(' → ') }));
				break;
			}
			seen.add(parent);
		}
	}
}

/** The communes with their page's path segment; two communes of one province must not share a URL. */
function buildCommunes({ problems, communes }: BuildContext): CommuneModel[] {
	const slugs = new Map<string, Located<CommuneModel>>();
	const communeModels: CommuneModel[] = [];
	for (const record of communes.values()) {
		// A slug column overrides the derived slug: the national list has ten pairs, such as Văn Lang and Văn Lăng, that fold to one path.
		const slug = record.data.slug ?? slugify(record.data.name);
		const key = `${record.data.province}/${slug}`;
		const other = slugs.get(key);
		if (other) {
			problems.push(
				problemAt(record.file, record.row, record.data.slug ? 'slug' : 'name', 'duplicate.slug', {
					found: record.data.name,
					slug,
					other: `${other.data.full_name} (${other.data.code})`,
					suggestion: `${slug}-${record.data.code}`,
				}),
			);
		}
		const model = { ...record.data, slug };
		slugs.set(key, { ...record, data: model });
		communeModels.push(model);
	}
	return communeModels;
}

/**
 * The decisions with their ids and periods, each checked within itself and against the as-of day; a
 * duplicate number or id keeps only the decision that owns it.
 */
function buildDecisions(records: ContentRecords['decisions'], context: BuildContext): { decisions: Map<string, DecisionModel>; lineAt: LineAt } {
	const { problems, explained, provinces, communes, specialties, asOf } = context;
	const provinceSlug = (code: string): string => provinceSlugOf(context, code);
	// Decisions: the id comes from number and year (or province and date) and names the file.
	// Problems about a decision point at the line of the field concerned, where the file told us.
	const decisionLines = new Map(records.map((r) => [r.file, r.data.lines ?? {}]));
	const lineAt = (file: string, ...columns: string[]): number | undefined => {
		const lines = decisionLines.get(file);
		for (const column of columns) {
			const line = lines?.[column] ?? lines?.[column.replace(/[.[].*$/u, '')];
			if (line !== undefined) return line;
		}
		return undefined;
	};
	// Where two files give one id, the file named by that id is the decision and the other is the duplicate.
	const decisionModels = new Map<string, DecisionModel>();
	const withIds = records.map((record) => ({ ...record, id: decisionId(record.data, provinceSlug(record.data.province)) }));
	const owner = new Map<string, (typeof withIds)[number]>();
	for (const record of withIds) {
		const current = owner.get(record.id);
		if (!current || (current.data.fileStem !== record.id && record.data.fileStem === record.id)) owner.set(record.id, record);
	}
	// One number in one province and year is one decision, whatever slug a file gives itself.
	const byNumber = new Map<string, (typeof withIds)[number]>();
	const numberTaken = new Set<(typeof withIds)[number]>();
	// The file without a slug owns the number; a slugged copy of it is the duplicate.
	for (const record of [...withIds].sort((a, b) => Number(a.data.slug !== undefined) - Number(b.data.slug !== undefined))) {
		if (!record.data.number) continue;
		const year = /^\d+\/\d{4}\//u.test(record.data.number) ? '' : (record.data.date ?? record.data.announced ?? '').slice(0, 4);
		const key = `${record.data.province}|${record.data.number}|${year}`;
		const first = byNumber.get(key);
		if (first && first.id !== record.id) {
			problems.push(
				problemAt(record.file, lineAt(record.file, 'number'), 'number', 'decision.duplicate-number', { found: record.data.number, other: first.file }),
			);
			numberTaken.add(record);
		} else if (!first) byNumber.set(key, record);
	}
	for (const record of withIds) {
		const { file, data, id } = record;
		if (numberTaken.has(record)) continue;
		const other = owner.get(id);
		if (other && other !== record) {
			// Numbers restart every year, so a number is unique within a province and year, which is what the
			// id encodes: two decisions with one number give one id, and the message says so in terms of the number.
			if (data.number && other.data.number === data.number && other.data.province === data.province)
				problems.push(problemAt(file, lineAt(file, 'number'), 'number', 'decision.duplicate-number', { found: data.number, other: other.file }));
			else
				problems.push(
					problemAt(file, undefined, undefined, 'decision.duplicate-id', {
						found: id,
						other: other.file,
						suggestion: other.data.province === data.province ? `${id}-2` : `${id}-${provinceSlug(data.province)}`,
					}),
				);
			continue;
		}
		// Without a known province, an id from province and date cannot be computed; ref.province says why.
		if (data.fileStem !== id && (data.number || provinces.has(data.province)))
			problems.push(problemAt(file, undefined, undefined, 'decision.file-name', { found: `${data.fileStem}.mdx`, expected: id }));
		if (!provinces.has(data.province) && !explained('provinces', data.province))
			problems.push(problemAt(file, lineAt(file, 'province'), 'province', 'ref.province', { found: data.province }));
		const { fileStem: _fileStem, lines: _lines, end: _statedEnd, ...rest } = data;
		const computedEnd = data.start && data.duration_months !== undefined ? endOfDuration(data.start, data.duration_months) : undefined;
		const end = data.end ?? computedEnd;
		const model: DecisionModel = { ...rest, id, endComputed: computedEnd !== undefined, file };
		if (end !== undefined) model.end = end;
		if (data.start && end && end < data.start)
			problems.push(
				problemAt(file, lineAt(file, 'end', 'duration_months'), 'end', 'period.end-before-start', {
					found: formatDay(end),
					start: formatDay(data.start),
				}),
			);
		decisionModels.set(id, model);
		checkDecisionInternals(model, { specialties, communes, explained, lineAt, province: provinces.get(data.province)?.data }, problems);
		if (asOf) checkNotAfter(model, asOf, lineAt, problems);
		if (data.date && data.announced && isAfter(data.date, data.announced))
			problems.push(
				problemAt(file, lineAt(file, 'announced'), 'announced', 'decision.announced-before-date', {
					found: formatDay(data.announced),
					date: formatDay(data.date),
				}),
			);
	}
	return { decisions: decisionModels, lineAt };
}

/** What decisions say of one another (amends, extends, ends): known, not themselves, not both extending and ending, no loop. */
function checkDecisionRelations(decisionModels: Map<string, DecisionModel>, lineAt: LineAt, { problems, explained }: BuildContext): void {
	for (const decision of decisionModels.values()) {
		for (const relation of ['amends', 'extends', 'ends'] as const) {
			const words = bilingual(`problem.decision.self-reference.${relation}`);
			decision[relation].forEach((ref, i) => {
				if (ref === decision.id)
					problems.push(
						problemAt(decision.file, lineAt(decision.file, `${relation}[${i}]`), `${relation}[${i}]`, 'decision.self-reference', {
							found: ref,
							relation: words.en,
							relation_vi: words.vi,
						}),
					);
				else if (!decisionModels.has(ref) && !explained('decisions', ref))
					problems.push(
						problemAt(decision.file, lineAt(decision.file, `${relation}[${i}]`), `${relation}[${i}]`, 'decision.unknown-reference', { found: ref }),
					);
			});
		}
	}

	// Extending a decision and ending it at once says two opposite things about its period.
	for (const decision of decisionModels.values()) {
		for (const [i, ref] of decision.ends.entries()) {
			if (decision.extends.includes(ref))
				problems.push(problemAt(decision.file, lineAt(decision.file, `ends[${i}]`), `ends[${i}]`, 'decision.extends-and-ends', { found: ref }));
		}
	}
	for (const cycle of relationCycles(decisionModels)) {
		const first = decisionModels.get(cycle[0]!)!;
		problems.push(problemAt(first.file, undefined, undefined, 'decision.cycle', { cycle: [...cycle, cycle[0]].join(' → ') }));
	}
}

/** The assignment rows with their defaults resolved: every reference known, every period inside its decision's. */
function buildAssignments(records: ContentRecords, decisionModels: Map<string, DecisionModel>, context: BuildContext): AssignmentModel[] {
	const { problems, explained, provinces, communes, agencies, specialties, rejected } = context;
	// The communes of a province, for suggestions: computed once, not once per mistyped row.
	const provinceCommunes = new Map<string, string[]>();
	for (const c of communes.values()) {
		const list = provinceCommunes.get(c.data.province) ?? [];
		list.push(c.data.code);
		provinceCommunes.set(c.data.province, list);
	}

	/**
	 * Checks what an assignment row refers to: its commune (in its decision's province and list), agency,
	 * specialty, category and source. A rejected row (`partial`) has only its valid fields; a category it
	 * lacks is then not reported, since its own cell already was.
	 */
	const checkReferences = (
		file: string,
		row: number,
		data: Partial<AssignmentRow>,
		decision: DecisionModel,
		partial: boolean,
	): { category: string | undefined; source: Source | undefined } => {
		if (data.commune !== undefined) {
			const commune = communes.get(data.commune);
			if (!commune && explained('communes', data.commune)) {
				// Reported on the commune's own row.
			} else if (!commune || commune.data.province !== decision.province) {
				const candidates = provinceCommunes.get(decision.province) ?? [];
				problems.push(
					problemAt(file, row, 'commune', 'ref.commune', {
						found: data.commune,
						province: provinces.get(decision.province)?.data.full_name ?? decision.province,
						province_en: provinces.get(decision.province)?.data.name_en ?? decision.province,
						suggestion: suggest(data.commune, candidates),
					}),
				);
			} else if (Array.isArray(decision.communes) && !decision.communes.includes(data.commune)) {
				problems.push(problemAt(file, row, 'commune', 'assignment.commune-not-covered', { found: data.commune }));
			}
		}
		if (data.agency && !agencies.has(data.agency) && !explained('agencies', data.agency)) {
			problems.push(problemAt(file, row, 'agency', 'ref.agency', { found: data.agency, suggestion: suggest(data.agency, agencies.keys()) }));
		}
		if (data.specialty && !specialties.has(data.specialty) && !explained('specialties', data.specialty)) {
			problems.push(
				problemAt(file, row, 'specialty', 'ref.specialty', {
					found: data.specialty,
					suggestion: suggest(data.specialty, specialties.keys()),
					allowed: [...specialties.keys()].join(', '),
				}),
			);
		}
		const categoryIds = decision.declared.map((c) => c.id);
		let category = data.category;
		if (category && !categoryIds.includes(category)) {
			problems.push(problemAt(file, row, 'category', 'assignment.unknown-category', { found: category, allowed: categoryIds.join(', ') || '—' }));
		} else if (!category && categoryIds.length === 1) category = categoryIds[0];
		else if (!category && categoryIds.length > 1 && !partial)
			problems.push(problemAt(file, row, 'category', 'assignment.category-required', { allowed: categoryIds.join(', ') }));
		let source: Source | undefined;
		if (data.source) {
			source = decision.sources.find((s) => s.id === data.source);
			if (!source)
				problems.push(problemAt(file, row, 'source', 'decision.unknown-source', { found: data.source, allowed: decision.sources.map((s) => s.id).join(', ') }));
		}
		return { category, source };
	};

	// Assignments: every reference resolves, every period sits inside its decision's.
	const assignments: AssignmentModel[] = [];
	const seenRows = new Map<string, Located<unknown>>();
	const unknownDecisionFiles = new Set<string>();
	for (const record of records.assignments) {
		const { file, row, data } = record;
		const decision = decisionModels.get(data.decision);
		// Rows of a decision whose file failed its checks cannot be checked against it; its problems say why.
		// Without the provinces list, an id made from a province's name cannot be computed: the list's own problem says why.
		if (!decision && (explained('decisions', data.decision) || rejected.unreadable?.has('provinces') === true)) continue;
		if (!decision) {
			if (!unknownDecisionFiles.has(file)) problems.push(problemAt(file, undefined, undefined, 'assignment.unknown-decision', { found: data.decision }));
			unknownDecisionFiles.add(file);
			continue;
		}
		const { category, source } = checkReferences(file, row, data, decision, false);
		// Defaults: a row without dates runs for its decision's whole period.
		const start = data.start ?? decision.start;
		const end = data.end ?? decision.end;
		// A row without dates of its own inherits its decision's period, whose problems are the decision's.
		// A row that gives both dates in the wrong order ends before it starts; a row whose own date lies
		// before its decision's start or after its end (even if the other date is inherited) is outside it.
		if (data.start && data.end && data.end < data.start) {
			problems.push(problemAt(file, row, 'end', 'period.end-before-start', { found: formatDay(data.end), start: formatDay(data.start) }));
		} else if ((data.start || data.end) && decision.start) {
			const { start: first, end: last } = decision;
			const outside = (day: string | undefined): boolean => day !== undefined && (day < first || (last !== undefined && day > last));
			if (outside(data.start) || outside(data.end)) {
				problems.push(
					problemAt(file, row, outside(data.start) ? 'start' : 'end', 'period.outside-decision', {
						// The row's own dates; "…" where it inherits its decision's.
						found: `${data.start ? formatDay(data.start) : '…'}–${data.end ? formatDay(data.end) : '…'}`,
						period: `${formatDay(first)}–${last ? formatDay(last) : '…'}`,
					}),
				);
			}
		}
		// Fields in name order (a comparator: the default sort would turn every [name, value] pair into a string).
		const rowKey = JSON.stringify([data.decision, Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
		const duplicate = seenRows.get(rowKey);
		if (duplicate) problems.push(problemAt(file, row, undefined, 'assignment.duplicate-row', { other: String(duplicate.row) }));
		else seenRows.set(rowKey, record);

		const model: AssignmentModel = { id: `${decision.id}/${row}`, decision: decision.id, commune: data.commune, file, row };
		const optional = {
			agency: data.agency,
			specialty: data.specialty,
			category,
			role: data.role,
			person_name: data.person_name,
			person_title: data.person_title,
			start,
			end,
			source,
			note: data.note,
		};
		for (const [key, value] of Object.entries(optional)) if (value !== undefined) (model as unknown as Record<string, unknown>)[key] = value;
		assignments.push(model);
	}

	for (const { file, row, data } of records.partialAssignments ?? []) {
		const decision = decisionModels.get(data.decision);
		if (decision) checkReferences(file, row, data, decision, true);
	}
	return assignments;
}

/** The published needs assessments, each known by commune, specialty and day once. */
function buildNeeds(records: ContentRecords['needs'], { problems, explained, communes, specialties, asOf }: BuildContext): NeedModel[] {
	const needs: NeedModel[] = [];
	const needKeys = new Map<string, Located<unknown>>();
	for (const record of records) {
		const { file, row, data } = record;
		if (asOf && isAfter(data.assessed, asOf))
			problems.push(problemAt(file, row, 'assessed', 'date.after-as-of', { found: formatDay(data.assessed), asOf: formatDay(asOf) }));
		if (!communes.has(data.commune) && !explained('communes', data.commune))
			problems.push(problemAt(file, row, 'commune', 'ref.commune', { found: data.commune, suggestion: suggest(data.commune, communes.keys()) }));
		if (!specialties.has(data.specialty) && !explained('specialties', data.specialty)) {
			problems.push(
				problemAt(file, row, 'specialty', 'ref.specialty', {
					found: data.specialty,
					suggestion: suggest(data.specialty, specialties.keys()),
					allowed: [...specialties.keys()].join(', '),
				}),
			);
		}
		const key = `${data.commune}|${data.specialty}|${data.assessed}`;
		const first = needKeys.get(key);
		if (first)
			problems.push(problemAt(file, row, undefined, 'duplicate.need', { other: String(first.row), otherFile: first.file === file ? undefined : first.file }));
		else needKeys.set(key, record);
		needs.push({ ...data, file, row });
	}
	return needs;
}

/** The model in its published order, with the reconciliations of declared and itemized figures and the findings. */
function assembleModel(
	{ provinces, agencies, specialties }: BuildContext,
	communeModels: CommuneModel[],
	decisionModels: Map<string, DecisionModel>,
	assignments: AssignmentModel[],
	needs: NeedModel[],
): Model {
	const decisions = [...decisionModels.values()].sort(compareDecisions);
	const reconciliations = reconcile(decisions, assignments);
	const provinceModels: ProvinceModel[] = [...provinces.values()].map(({ data }) => ({ ...data, slug: slugify(data.name) }));
	return {
		provinces: provinceModels.sort((a, b) => a.code.localeCompare(b.code)),
		communes: communeModels.sort((a, b) => a.code.localeCompare(b.code)),
		agencies: [...agencies.values()].map((r) => r.data).sort((a, b) => a.id.localeCompare(b.id)),
		specialties: [...specialties.values()].map((r) => r.data).sort((a, b) => a.id.localeCompare(b.id)),
		decisions,
		assignments: assignments.sort((a, b) => a.decision.localeCompare(b.decision) || a.row - b.row),
		needs: needs.sort((a, b) => a.commune.localeCompare(b.commune) || a.specialty.localeCompare(b.specialty) || a.assessed.localeCompare(b.assessed)),
		reconciliations,
		findings: buildFindings(decisions, reconciliations),
		latestContentDate: latestDate(decisions, needs),
	};
}

/**
 * Path segments a province may not take: the site's own top-level pages, and "tong-quan", the prefix of
 * the overview's chart files (/bieu-do/tong-quan-*.svg).
 */
const RESERVED_PROVINCE_PATHS = new Set([
	'en',
	'quyet-dinh',
	'linh-vuc',
	'co-quan',
	'du-lieu',
	'chat-luong-du-lieu',
	'phuong-phap',
	'tim-kiem',
	'bieu-do',
	'thay-doi',
	'tong-quan',
	'404',
	...WINDOWS_RESERVED,
]);

/** The suffixes of a province's own chart files (/bieu-do/<province>-linh-vuc.svg…), which a commune's chart (/bieu-do/<province>-<commune>.svg) must not take. */
const PROVINCE_CHART_SUFFIXES = ['linh-vuc', 'ma-tran', 'co-quan', 'moc-thoi-gian'];

/**
 * Every page and chart file is named from a slug: a name with no letter or digit gives an empty one, a
 * province named like a site page would replace that page, two provinces of one name share a page, and
 * a commune's chart file must not take another chart's name. Each is reported where the name is.
 */
function checkPaths(
	provinces: Map<string, Located<{ name: string }>>,
	communes: Map<string, Located<{ name: string; slug?: string | undefined; province: string }>>,
	problems: Problem[],
): void {
	const provinceBySlug = new Map<string, Located<{ name: string }>>();
	const chartFiles = new Map<string, string>();
	for (const province of provinces.values()) {
		const slug = slugify(province.data.name);
		const at = (code: ProblemCode, params: Record<string, string>): void => {
			problems.push(problemAt(province.file, province.row, 'name', code, { found: province.data.name, slug, ...params }));
		};
		if (slug === '') at('path.empty', {});
		else if (RESERVED_PROVINCE_PATHS.has(slug)) at('path.reserved', {});
		else if (provinceBySlug.has(slug)) at('path.collision', { other: provinceBySlug.get(slug)!.data.name });
		else provinceBySlug.set(slug, province);
		for (const suffix of PROVINCE_CHART_SUFFIXES) chartFiles.set(`${slug}-${suffix}`, province.data.name);
	}
	const communePaths = new Set<string>();
	for (const commune of communes.values()) {
		const slug = commune.data.slug ?? slugify(commune.data.name);
		const column = commune.data.slug ? 'slug' : 'name';
		// Two communes of one province with one path are reported as duplicate.slug; their charts need no second message.
		if (communePaths.has(`${commune.data.province}/${slug}`)) continue;
		communePaths.add(`${commune.data.province}/${slug}`);
		if (slug === '') {
			problems.push(problemAt(commune.file, commune.row, column, 'path.empty', { found: commune.data.name, slug }));
			continue;
		}
		if (WINDOWS_RESERVED.has(slug)) {
			problems.push(problemAt(commune.file, commune.row, column, 'path.reserved', { found: commune.data.name, slug }));
			continue;
		}
		const provinceName = provinces.get(commune.data.province)?.data.name;
		if (provinceName === undefined) continue;
		const file = `${slugify(provinceName)}-${slug}`;
		const other = chartFiles.get(file);
		if (other !== undefined)
			problems.push(problemAt(commune.file, commune.row, column, 'path.chart-collision', { found: commune.data.name, slug: file, other }));
		else chartFiles.set(file, commune.data.name);
	}
}

/** Whether a date of any precision (day, month or year) lies wholly after another: compared at the coarser of the two. */
function isAfter(date: string, other: string): boolean {
	const length = Math.min(date.length, other.length);
	return date.slice(0, length) > other.slice(0, length);
}

/**
 * Refuses a decision's dates that cannot be true on the as-of day: a signature, an announcement or a
 * source dated later. (A start or end may lie ahead: a decision can take effect next month.)
 */
function checkNotAfter(decision: DecisionModel, asOf: string, lineAt: (file: string, ...columns: string[]) => number | undefined, problems: Problem[]): void {
	const dates: [column: string, date: string | undefined][] = [
		['date', decision.date],
		['announced', decision.announced],
		...decision.sources.map((source, i): [string, string | undefined] => [`sources[${i}].date`, source.date]),
	];
	for (const [column, date] of dates) {
		if (date !== undefined && isAfter(date, asOf))
			problems.push(problemAt(decision.file, lineAt(decision.file, column), column, 'date.after-as-of', { found: formatDay(date), asOf: formatDay(asOf) }));
	}
}

/**
 * Loops in the amends/extends/ends relations (A amends B, B extends A), each reported once, as the
 * ids around it in a stable order. A self-reference is reported on its own line, not here.
 */
function relationCycles(decisions: ReadonlyMap<string, DecisionModel>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const seen = new Set<string>();
	const visit = (id: string, path: string[]): void => {
		state.set(id, 'open');
		path.push(id);
		const decision = decisions.get(id)!;
		for (const next of [...decision.amends, ...decision.extends, ...decision.ends]) {
			if (next === id || !decisions.has(next)) continue;
			if (state.get(next) === 'open') {
				const cycle = path.slice(path.indexOf(next));
				// The same loop found from another starting point is the same problem.
				const key = [...cycle].sort().join('|');
				if (!seen.has(key)) {
					seen.add(key);
					cycles.push(cycle);
				}
			} else if (!state.has(next)) visit(next, path);
		}
		path.pop();
		state.set(id, 'done');
	};
	for (const id of [...decisions.keys()].sort()) if (!state.has(id)) visit(id, []);
	return cycles;
}

/** Checks what a decision refers to within itself: its sources, categories, specialties and communes. */
function checkDecisionInternals(
	decision: DecisionModel,
	refs: {
		specialties: Map<string, unknown>;
		communes: Map<string, Located<{ province: string }>>;
		explained: (collection: ReferenceCollection, key: string) => boolean;
		province: { full_name: string; name_en: string } | undefined;
		lineAt: (file: string, ...columns: string[]) => number | undefined;
	},
	problems: Problem[],
): void {
	const at = (column: string, code: ProblemCode, params: Record<string, string | undefined>): void => {
		problems.push(problemAt(decision.file, refs.lineAt(decision.file, column), column, code, params));
	};
	const sourceIds = new Set<string>();
	decision.sources.forEach((source, i) => {
		if (sourceIds.has(source.id)) at(`sources[${i}].id`, 'decision.duplicate-source', { found: source.id });
		sourceIds.add(source.id);
	});
	const allowed = [...sourceIds].join(', ');
	const checkSource = (column: string, id: string | undefined): void => {
		if (id !== undefined && !sourceIds.has(id)) at(column, 'decision.unknown-source', { found: id, allowed });
	};
	const categoryIds = new Set<string>();
	decision.declared.forEach((category, i) => {
		if (categoryIds.has(category.id)) at(`declared[${i}].id`, 'decision.duplicate-category', { found: category.id });
		categoryIds.add(category.id);
		checkSource(`declared[${i}].source`, category.source);
	});
	decision.reported_figures.forEach((figure, i) => checkSource(`reported_figures[${i}].source`, figure.source));
	checkSource('shortages_source', decision.shortages_source);
	decision.shortages.forEach((id, i) => {
		if (!refs.specialties.has(id) && !refs.explained('specialties', id))
			at(`shortages[${i}]`, 'ref.specialty', { found: id, suggestion: suggest(id, refs.specialties.keys()), allowed: [...refs.specialties.keys()].join(', ') });
	});
	if (Array.isArray(decision.communes)) {
		decision.communes.forEach((code, i) => {
			const commune = refs.communes.get(code);
			if (!commune && refs.explained('communes', code)) return;
			if (!commune || commune.data.province !== decision.province)
				at(`communes[${i}]`, 'ref.commune', { found: code, province: refs.province?.full_name, province_en: refs.province?.name_en });
		});
	}
}

/** Orders decisions by date (signed, else announced), then id, so lists and files read the same every build. */
export function compareDecisions(a: DecisionModel, b: DecisionModel): number {
	return (a.date ?? a.announced ?? '').localeCompare(b.date ?? b.announced ?? '') || a.id.localeCompare(b.id);
}

/**
 * The latest day any content states: decision and announcement dates, source dates and assessment
 * dates (not end dates, which lie in the future). It is the default as-of day, so a commit always
 * builds the same output.
 */
function latestDate(decisions: DecisionModel[], needs: NeedModel[]): string {
	const dates: string[] = [];
	for (const d of decisions) {
		for (const value of [d.date, d.announced, d.start, ...d.sources.map((s) => s.date)]) if (value) dates.push(value);
	}
	for (const n of needs) dates.push(n.assessed);
	return (
		dates
			.filter((d) => d.length === 10)
			.sort()
			// No content date at all (a new site without decisions): the start of the plausible window.
			.at(-1) ?? '2000-01-01'
	);
}
