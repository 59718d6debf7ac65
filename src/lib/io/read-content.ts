// Imported by scripts (check, import), the content-check integration, content.config.ts loaders and tests; never by pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { AgencySchema } from '../../schemas/agency.ts';
import { AssignmentRowSchema, ASSIGNMENT_COLUMNS, type AssignmentRow } from '../../schemas/assignment.ts';
import { CommuneSchema } from '../../schemas/commune.ts';
import { NeedRowSchema } from '../../schemas/need.ts';
import { ProvinceSchema } from '../../schemas/province.ts';
import { SpecialtySchema } from '../../schemas/specialty.ts';
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

/** Lists files with an extension in a folder of the content, sorted; none if the folder is absent. */
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
	if (utf16) return { problems: [problemAt(file, undefined, undefined, 'file.encoding')] };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
	} catch {
		return { problems: [problemAt(file, undefined, undefined, 'file.encoding')] };
	}
}

/** Reads and validates every CSV file of a table; problems of all files are collected. */
export function readTable<S extends z.ZodType>(
	paths: string[],
	schema: S,
	columns: readonly string[],
	keyColumn?: string,
): { records: Located<z.output<S>>[]; problems: Problem[]; rejected: Set<string>; rejectedRows: Located<Record<string, string>>[]; unreadable: boolean } {
	const records: Located<z.output<S>>[] = [];
	const problems: Problem[] = [];
	const rejected = new Set<string>();
	const rejectedRows: Located<Record<string, string>>[] = [];
	let unreadable = false;
	for (const path of paths) {
		const { text, problems: readProblems } = readText(path);
		problems.push(...readProblems);
		if (text === undefined) {
			unreadable = true;
			continue;
		}
		const parsed = parseCsv(displayPath(path), text);
		problems.push(...parsed.problems);
		// A syntax error can swallow the rows after it: what they held is unknown.
		if (parsed.problems.some((p) => p.code === 'csv.syntax' || p.code === 'csv.delimiter')) unreadable = true;
		const validated = validateTable(parsed.table, schema, columns);
		records.push(...validated.records);
		problems.push(...validated.problems);
		for (const { row, cells } of validated.rejected) {
			rejectedRows.push({ file: parsed.table.file, row, data: cells });
			const key = keyColumn ? cells[keyColumn] : undefined;
			if (key !== undefined) rejected.add(key);
		}
	}
	return { records, problems, rejected, rejectedRows, unreadable };
}

const columnsOf = (schema: { shape: Record<string, unknown> }): string[] => Object.keys(schema.shape);

/** Where each collection lives inside the content folder. */
export const CONTENT_LAYOUT = {
	provinces: 'provinces.csv',
	communes: 'communes',
	agencies: 'agencies',
	specialties: 'specialties.csv',
	decisions: 'decisions',
	assignments: 'assignments',
	needs: 'needs',
} as const;

/**
 * Reads every collection of a content folder into validated, located records, with all problems found
 * and the keys of what was found but rejected (so that buildModel does not report it twice).
 */
export function readContent(dir: string): { records: ContentRecords; rejected: RejectedKeys; bodies: Map<string, string>; problems: Problem[] } {
	const problems: Problem[] = [];
	const single = (name: string): string[] => (existsSync(join(dir, name)) ? [join(dir, name)] : []);
	const take = <T>(result: { records: T[]; problems: Problem[] }): T[] => {
		problems.push(...result.problems);
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
	const provinces = takeReference('provinces', readTable(single(CONTENT_LAYOUT.provinces), ProvinceSchema, columnsOf(ProvinceSchema), 'code'));
	const communes = takeReference('communes', readTable(listFiles(join(dir, CONTENT_LAYOUT.communes), '.csv'), CommuneSchema, columnsOf(CommuneSchema), 'code'));
	const agencies = takeReference('agencies', readTable(listFiles(join(dir, CONTENT_LAYOUT.agencies), '.csv'), AgencySchema, columnsOf(AgencySchema), 'id'));
	const specialties = takeReference('specialties', readTable(single(CONTENT_LAYOUT.specialties), SpecialtySchema, columnsOf(SpecialtySchema), 'id'));
	const needs = take(readTable(listFiles(join(dir, CONTENT_LAYOUT.needs), '.csv'), NeedRowSchema, columnsOf(NeedRowSchema)));

	const missing = (what: string, what_vi: string, count: number): void => {
		if (count === 0) problems.push(problemAt(displayPath(dir), undefined, undefined, 'content.missing', { what, what_vi }));
	};
	missing('provinces (provinces.csv)', 'danh mục tỉnh (provinces.csv)', provinces.length);
	missing('communes (communes/*.csv)', 'danh mục xã (communes/*.csv)', communes.length);

	// Assignments: one file per decision, named by the decision's id.
	const assignments: ContentRecords['assignments'] = [];
	const partialAssignments: NonNullable<ContentRecords['partialAssignments']> = [];
	for (const path of listFiles(join(dir, CONTENT_LAYOUT.assignments), '.csv')) {
		const decision = path.replace(/^.*[\\/]/u, '').replace(/\.csv$/iu, '');
		const table = readTable([path], AssignmentRowSchema, ASSIGNMENT_COLUMNS);
		for (const record of take(table)) assignments.push({ ...record, data: { ...record.data, decision } });
		// A row that failed its schema still has its references checked, field by field, so that a typo in
		// its agency is reported together with a bad date on the same row.
		for (const { file, row, data } of table.rejectedRows) partialAssignments.push({ file, row, data: { ...validFields(data), decision } });
	}

	const decisions: ContentRecords['decisions'] = [];
	const bodies = new Map<string, string>();
	const rejectedDecisions = new Set<string>();
	for (const path of listFiles(join(dir, CONTENT_LAYOUT.decisions), '.mdx')) {
		const stem = path.replace(/^.*[\\/]/u, '').replace(/\.mdx$/iu, '');
		const { text, problems: readProblems } = readText(path);
		problems.push(...readProblems);
		const result = text === undefined ? undefined : validateDecisionFile(displayPath(path), text);
		problems.push(...(result?.problems ?? []));
		if (result?.record) {
			decisions.push(result.record);
			bodies.set(result.record.data.fileStem, result.body);
		} else rejectedDecisions.add(stem);
	}
	rejected.decisions = rejectedDecisions;
	rejected.unreadable = unreadable;
	return { records: { provinces, communes, agencies, specialties, decisions, assignments, partialAssignments, needs }, rejected, bodies, problems };
}

/** Reads a content folder and builds the model: what `npm run check` and the build's guard run. */
export function checkContent(dir: string): ModelResult {
	const { records, rejected, problems } = readContentCached(dir);
	const result = buildModel(records, rejected);
	return { model: result.model, problems: [...problems, ...result.problems] };
}

/** A fingerprint of every file under a folder: relative path, size and modification time. */
function fingerprint(dir: string): string {
	const parts: string[] = [];
	const walk = (folder: string): void => {
		if (!existsSync(folder)) return;
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			const stat = statSync(path);
			if (stat.isDirectory()) walk(path);
			else parts.push(`${relative(dir, path)}:${stat.size}:${stat.mtimeMs}`);
		}
	};
	walk(dir);
	return parts.join('\n');
}

const readCache = new Map<string, { key: string; result: ReturnType<typeof readContent> }>();

/**
 * `readContent`, read once per process while no file of the folder changes. The six table loaders
 * of content.config.ts each need the whole folder; at national scale reading it six times cost
 * seconds. The fingerprint (paths, sizes, times) keeps the dev server's reloads correct.
 */
export function readContentCached(dir: string): ReturnType<typeof readContent> {
	const key = fingerprint(dir);
	const hit = readCache.get(dir);
	if (hit && hit.key === key) return hit.result;
	const result = readContent(dir);
	readCache.set(dir, { key, result });
	return result;
}

/** The fields of an assignment row that pass their own schema, for checking the references of a rejected row. */
function validFields(cells: Record<string, string>): Partial<AssignmentRow> {
	const shape = AssignmentRowSchema.shape as Record<string, z.ZodType>;
	const valid: Record<string, unknown> = {};
	for (const [column, value] of Object.entries(cells)) {
		const result = shape[column]?.safeParse(value);
		if (result?.success && result.data !== undefined) valid[column] = result.data;
	}
	return valid as Partial<AssignmentRow>;
}
