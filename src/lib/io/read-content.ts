// Imported by scripts (check, import), the content-check integration, content.config.ts loaders and tests; never by pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { lastCommitSeconds, resolveAsOf, type AsOf } from './as-of.ts';
import { CONTENT_LAYOUT, walkContent } from './content-files.ts';
import { AgencySchema } from '../../schemas/agency.ts';
import { AssignmentRowSchema, ASSIGNMENT_COLUMNS, type AssignmentRow } from '../../schemas/assignment.ts';
import { CommuneSchema } from '../../schemas/commune.ts';
import { NeedRowSchema } from '../../schemas/need.ts';
import { ProvinceSchema } from '../../schemas/province.ts';
import { SpecialtySchema } from '../../schemas/specialty.ts';
import { bilingual, type Localized } from '../i18n.ts';
import { buildModel } from '../model/build-model.ts';
import type { ContentRecords, ModelResult, ReferenceCollection, RejectedKeys } from '../model/types.ts';
import { validateDecisionFile } from '../validate/decision-file.ts';
import type { Problem } from '../validate/problem.ts';
import { parseCsv, problemAt, validateTable, type Located } from '../validate/table.ts';
import type { z } from 'astro/zod';

/**
 * The content folder: the environment variable CONTENT_DIR (a path, relative to the working folder or
 * absolute) or `content/`. Every command — build, check, dev, tests — reads it the same way.
 */
export function resolveContentDir(env: Record<string, string | undefined> = process.env): string {
	return resolve(env['CONTENT_DIR'] || 'content');
}

/** A path as messages show it: relative to the working folder where possible, with forward slashes. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

export { CONTENT_LAYOUT };

/** Lists files with an extension in a folder (not for the content, which walkContent reads), sorted; none if the folder is absent. */
export function listFiles(dir: string, extension: string): string[] {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
	return readdirSync(dir)
		.filter((name) => name.toLowerCase().endsWith(extension) && !name.startsWith('.'))
		.sort()
		.map((name) => join(dir, name));
}

/** Reads a text file as UTF-8, refusing UTF-16 and invalid bytes with a message that says how to re-save it. */
export function readText(path: string): { text?: string; problems: Problem[] } {
	const file = displayPath(path);
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		return { problems: [problemAt(file, undefined, undefined, 'file.unreadable', { detail: (error as Error).message })] };
	}
	const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
	// A decision is a text file, a table a spreadsheet export: the advice names the program to use.
	const kind = path.endsWith('.mdx') ? { kind: 'text' } : {};
	if (utf16) return { problems: [problemAt(file, undefined, undefined, 'file.encoding', kind)] };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
	} catch {
		return { problems: [problemAt(file, undefined, undefined, 'file.encoding', kind)] };
	}
}

/** Reads and validates every CSV file of a table; problems of all files are collected. */
export function readTable<S extends z.ZodType>(
	paths: string[],
	schema: S,
	columns: readonly string[],
	keyColumn?: string,
	templateColumns: readonly string[] = [],
	options: { names?: boolean } = {},
): { records: Located<z.output<S>>[]; problems: Problem[]; rejected: Set<string>; rejectedRows: Located<Record<string, string>>[]; unreadable: boolean } {
	const records: Located<z.output<S>>[] = [];
	const problems: Problem[] = [];
	const rejected = new Set<string>();
	const rejectedRows: Located<Record<string, string>>[] = [];
	let unreadable = false;
	for (const path of paths) {
		try {
			const { text, problems: readProblems } = readText(path);
			for (const problem of readProblems) problems.push(problem);
			if (text === undefined) {
				unreadable = true;
				continue;
			}
			const parsed = parseCsv(displayPath(path), text);
			for (const problem of parsed.problems) problems.push(problem);
			// A syntax error can swallow the rows after it: what they held is unknown.
			if (parsed.problems.some((p) => p.code === 'csv.syntax' || p.code === 'csv.delimiter' || p.code === 'csv.excel-separator')) unreadable = true;
			const validated = validateTable(parsed.table, schema, columns, templateColumns, options);
			// One at a time: spreading a million rows into push() overflows the call stack.
			for (const record of validated.records) records.push(record);
			for (const problem of validated.problems) problems.push(problem);
			for (const { row, cells } of validated.rejected) {
				rejectedRows.push({ file: parsed.table.file, row, data: cells });
				const key = keyColumn ? cells[keyColumn] : undefined;
				if (key !== undefined) rejected.add(key);
			}
		} catch (error) {
			// A last guard: whatever a parser throws on a hostile file is a problem in the report.
			problems.push(
				problemAt(displayPath(path), undefined, undefined, error instanceof RangeError ? 'content.too-deep' : 'file.unreadable', {
					detail: (error as Error).message,
				}),
			);
			unreadable = true;
		}
	}
	return { records, problems, rejected, rejectedRows, unreadable };
}

const columnsOf = (schema: { shape: Record<string, unknown> }): string[] => Object.keys(schema.shape);

/**
 * Reads every collection of a content folder into validated, located records, with all problems found
 * and the keys of what was found but rejected (so that buildModel does not report it twice).
 */
export function readContent(
	dir: string,
	walked: ReturnType<typeof walkContent> = walkContent(dir, displayPath),
): { records: ContentRecords; rejected: RejectedKeys; problems: Problem[]; fingerprint: string } {
	const { files } = walked;
	const problems = [...walked.problems];
	const take = <T>(result: { records: T[]; problems: Problem[] }): T[] => {
		for (const problem of result.problems) problems.push(problem);
		return result.records;
	};
	// What failed in a reference list is remembered, so references to it are not reported twice.
	const rejected: Required<RejectedKeys> = {
		provinces: new Set(),
		communes: new Set(),
		agencies: new Set(),
		specialties: new Set(),
		decisions: new Set(),
		unreadable: new Set(),
	};
	const unreadable = new Set<ReferenceCollection>();
	const takeReference = <T>(collection: ReferenceCollection, result: ReturnType<typeof readTable<z.ZodType<T>>>): Located<T>[] => {
		rejected[collection] = result.rejected;
		if (result.unreadable) unreadable.add(collection);
		return take(result);
	};
	// Place lists hold place names, not people: "Cầu Ông Lãnh" is a ward.
	const places = { names: false };
	const provinces = takeReference('provinces', readTable(files.provinces, ProvinceSchema, columnsOf(ProvinceSchema), 'code', [], places));
	const communes = takeReference('communes', readTable(files.communes, CommuneSchema, columnsOf(CommuneSchema), 'code', [], places));
	const agencies = takeReference('agencies', readTable(files.agencies, AgencySchema, columnsOf(AgencySchema), 'id'));
	const specialties = takeReference('specialties', readTable(files.specialties, SpecialtySchema, columnsOf(SpecialtySchema), 'id', [], places));
	const needs = take(readTable(files.needs, NeedRowSchema, columnsOf(NeedRowSchema)));

	const missing = (what: Localized, count: number): void => {
		if (count === 0) problems.push(problemAt(displayPath(dir), undefined, undefined, 'content.missing', { what: what.en, what_vi: what.vi }));
	};
	// A reference list whose file was refused (a folder in its place) is already reported: references to it are uncertain, not wrong.
	for (const collection of files.refused) unreadable.add(collection);
	if (!files.refused.includes('provinces')) missing(bilingual('problem.content.missing.provinces'), provinces.length);
	missing(bilingual('problem.content.missing.communes'), communes.length);

	// Assignments: one file per decision, named by the decision's id.
	const assignments: ContentRecords['assignments'] = [];
	const partialAssignments: NonNullable<ContentRecords['partialAssignments']> = [];
	for (const path of files.assignments) {
		const decision = path.replace(/^.*[\\/]/u, '').replace(/\.csv$/iu, '');
		const table = readTable([path], AssignmentRowSchema, ASSIGNMENT_COLUMNS, undefined, ASSIGNMENT_COLUMNS);
		for (const record of take(table)) assignments.push({ ...record, data: { ...record.data, decision } });
		// A row that failed its schema still has its references checked, field by field, so that a typo in
		// its agency is reported together with a bad date on the same row.
		for (const { file, row, data } of table.rejectedRows) partialAssignments.push({ file, row, data: { ...validFields(data), decision } });
	}

	const decisions: ContentRecords['decisions'] = [];
	const rejectedDecisions = new Set<string>();
	for (const path of files.decisions) {
		const stem = path.replace(/^.*[\\/]/u, '').replace(/\.mdx$/u, '');
		const { text, problems: readProblems } = readText(path);
		for (const problem of readProblems) problems.push(problem);
		const result = text === undefined ? undefined : validateDecisionFile(displayPath(path), text);
		for (const problem of result?.problems ?? []) problems.push(problem);
		if (result?.record) decisions.push(result.record);
		else rejectedDecisions.add(stem);
	}
	rejected.decisions = rejectedDecisions;
	rejected.unreadable = unreadable;
	return {
		records: { provinces, communes, agencies, specialties, decisions, assignments, partialAssignments, needs },
		rejected,
		problems,
		fingerprint: files.fingerprint,
	};
}

/** Every file of a content folder that the check reads, for the dev server to watch. */
export function listContentFiles(dir: string): string[] {
	const { files } = walkContent(dir, displayPath);
	return [...files.provinces, ...files.specialties, ...files.communes, ...files.agencies, ...files.decisions, ...files.assignments, ...files.needs];
}

/** What the check finds: the model, every problem, and the as-of day the model was checked against. */
export interface CheckResult extends ModelResult {
	asOf: AsOf & { day: string };
	/** The day the data last changed: the last commit that touched the content folder, else the latest content date. */
	dataChanged: string;
}

/**
 * Reads a content folder and builds the model: what `npm run check`, the build's guard and every page
 * run, so that whatever the check accepts is exactly what the site is built from. `pinnedAsOf` is the
 * day site.config.ts may pin; otherwise SOURCE_DATE_EPOCH, the last commit, or the latest content date.
 */
export function checkContent(dir: string, pinnedAsOf?: string): CheckResult {
	const asOf = resolveAsOf(dir, pinnedAsOf);
	const key = `${asOf.basis}:${asOf.day ?? ''}`;
	const { read, built } = cacheFor(dir);
	let result = built.get(key);
	if (!result) {
		const { records, rejected, problems } = read;
		const model = buildModel(records, rejected, asOf.day);
		const day = asOf.day ?? model.model.latestContentDate;
		const all = problems.slice();
		for (const problem of model.problems) all.push(problem);
		const committed = lastCommitSeconds(dir, '.');
		const dataChanged = committed === undefined ? model.model.latestContentDate : new Date(committed * 1000).toISOString().slice(0, 10);
		result = { model: model.model, problems: all, asOf: { ...asOf, day }, dataChanged };
		built.set(key, result);
	}
	return result;
}

/**
 * One read of a content folder per process while none of its files changes, shared through
 * globalThis: the build's guard (loaded with astro.config.mjs) and the pages (in Vite's bundle) are two
 * copies of this module, and both need the same model. The fingerprint (paths, sizes, times) keeps the
 * dev server's reloads right.
 */
type CacheEntry = { fingerprint: string; read: ReturnType<typeof readContent>; built: Map<string, CheckResult> };
const CACHE_KEY = Symbol.for('minh-bach.content-cache');
function cacheFor(dir: string): CacheEntry {
	const store = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<string, CacheEntry>()) as Map<string, CacheEntry>;
	const { files, problems } = walkContent(dir, displayPath);
	const hit = store.get(dir);
	if (hit && hit.fingerprint === files.fingerprint) return hit;
	// The walk just made is the one the read uses: the folder is listed once per read.
	const read = readContent(dir, { files, problems });
	const entry: CacheEntry = { fingerprint: read.fingerprint, read, built: new Map() };
	store.set(dir, entry);
	return entry;
}

/** The fields of an assignment row that pass their own schema, for checking the references of a rejected row. */
function validFields(cells: Record<string, string>): Partial<AssignmentRow> {
	const shape = AssignmentRowSchema.shape as Record<string, z.ZodType>;
	const valid: Record<string, unknown> = {};
	for (const [column, value] of Object.entries(cells)) {
		const result = Object.hasOwn(shape, column) ? shape[column]?.safeParse(value) : undefined;
		if (result?.success && result.data !== undefined) valid[column] = result.data;
	}
	return valid as Partial<AssignmentRow>;
}
