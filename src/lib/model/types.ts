import type { Agency } from '../../schemas/agency.ts';
import type { AssignmentRow } from '../../schemas/assignment.ts';
import type { Commune } from '../../schemas/commune.ts';
import type { Source } from '../../schemas/common.ts';
import type { DeclaredCategory } from '../../schemas/decision.ts';
import type { NeedRow } from '../../schemas/need.ts';
import type { Province } from '../../schemas/province.ts';
import type { Specialty } from '../../schemas/specialty.ts';
import type { DecisionRecord } from '../validate/decision-file.ts';
import type { Bilingual, Problem } from '../validate/problem.ts';
import type { Located } from '../validate/table.ts';

/** Everything read from a content folder, each record validated by its schema and located. */
export interface ContentRecords {
	provinces: Located<Province>[];
	communes: Located<Commune>[];
	agencies: Located<Agency>[];
	specialties: Located<Specialty>[];
	decisions: Located<DecisionRecord>[];
	/** Assignment rows with the decision id their file name gives. */
	assignments: Located<AssignmentRow & { decision: string }>[];
	/** Assignment rows that failed their schema: only their valid fields, so their references are still checked. */
	partialAssignments?: Located<Partial<AssignmentRow> & { decision: string }>[];
	needs: Located<NeedRow>[];
}

/** Reference collections whose records can be rejected. */
export type ReferenceCollection = 'provinces' | 'communes' | 'agencies' | 'specialties' | 'decisions';

/**
 * Keys (codes, ids, decision file names) of records present in the content folder that failed their
 * checks, and the collections with a file that could not be read at all. A reference to such a record
 * is not reported: its own problem already is, and a second message would point at the wrong file.
 */
export type RejectedKeys = { [K in ReferenceCollection]?: ReadonlySet<string> } & {
	/** Collections with a file that could not be read or parsed: every reference to them is uncertain. */
	unreadable?: ReadonlySet<ReferenceCollection>;
};

/** A province with its URL slug. */
export interface ProvinceModel extends Province {
	/** ASCII path segment, e.g. "dien-bien". */
	slug: string;
}

/** A commune with its URL slug. */
export interface CommuneModel extends Commune {
	/** ASCII path segment within its province, e.g. "muong-thanh". */
	slug: string;
}

/** A decision with its id, its computed period and its declared figures. */
export interface DecisionModel extends Omit<DecisionRecord, 'fileStem' | 'lines'> {
	/** Permanent id and URL slug, e.g. "2446-qd-ubnd-2025". */
	id: string;
	/** Last day, inclusive: as stated, or computed from `start` and `duration_months`. */
	end?: string;
	/** Whether `end` was computed from a duration rather than stated. */
	endComputed: boolean;
	/** File it was read from. */
	file: string;
}

/** One person-assignment with every default resolved. */
export interface AssignmentModel {
	/** Stable id: decision id and row, e.g. "2446-qd-ubnd-2025/2". */
	id: string;
	decision: string;
	commune: string;
	agency?: string;
	specialty?: string;
	/** Declared category this row counts toward (the decision's only one when the row leaves it empty). */
	category?: string;
	role?: string;
	person_name?: string;
	person_title?: string;
	start?: string;
	end?: string;
	/** The cited source, resolved from the decision's sources. */
	source?: Source;
	note?: string;
	file: string;
	row: number;
}

/** A published assessment of need. */
export interface NeedModel extends NeedRow {
	file: string;
	row: number;
}

/** Kinds of finding published on the data-quality page. */
export type FindingKind = 'declared-vs-itemized' | 'not-published' | 'differing-figures' | 'categories-vs-total' | 'unverified';

/**
 * Something a reader should know about the data that is not an error: a declared total that is not
 * itemized, a figure that sources disagree on, a statement no second source confirms.
 */
export interface Finding {
	kind: FindingKind;
	/** Decision the finding is about. */
	decision: string;
	/** Declared category, where the finding concerns one. */
	category?: string;
	/** The figure the decision declares, where there is one. */
	declared?: number;
	/** How many rows itemize it. */
	itemized?: number;
	/** A second figure (another source's, or the sum of categories). */
	other?: number;
	/** Source of the second figure. */
	source?: Source;
	/** What it means, in both languages. */
	text: Bilingual;
}

/** Declared and itemized figures of one category of one decision. */
export interface Reconciliation {
	decision: string;
	/** Category id, or undefined for the decision's total. */
	category?: string;
	declaredCategory?: DeclaredCategory;
	declared?: number;
	qualifier: 'exact' | 'at-least' | 'about';
	itemized: number;
	/** Rows that name a person. */
	named: number;
	/** declared − itemized, where a number was declared; 0 when the rows outnumber it. */
	notItemized?: number;
	/** itemized − declared, where more rows are itemized than the decision declares. */
	overItemized?: number;
}

/** The one validated model that pages, charts and datasets read. */
export interface Model {
	provinces: ProvinceModel[];
	communes: CommuneModel[];
	agencies: Agency[];
	specialties: Specialty[];
	decisions: DecisionModel[];
	assignments: AssignmentModel[];
	needs: NeedModel[];
	reconciliations: Reconciliation[];
	findings: Finding[];
	/** The latest date any content states (decision, announcement, source or assessment): the default as-of day. */
	latestContentDate: string;
}

/** What buildModel returns: the model and every problem found. */
export interface ModelResult {
	model: Model;
	problems: Problem[];
}
