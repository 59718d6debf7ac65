// Imported by scripts/import.ts and the import tests only: reads the spreadsheet to import and writes the assignments CSV.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { foldKey } from '../../schemas/common.ts';
import type { SheetInput } from '../import/build.ts';
import { decodeCsvBytes, splitCsv } from '../import/csv-input.ts';
import { importProblem } from '../import/messages.ts';
import type { Problem } from '../validate/problem.ts';
import { CONTENT_LAYOUT, displayPath } from './read-content.ts';

/**
 * Reads the rows of a spreadsheet to import: the first sheet of an .xlsx workbook (or the one named,
 * by name or number), or a .csv file in UTF-8 (with or without BOM) or UTF-16 with BOM.
 */
export async function readSpreadsheet(path: string, sheetName?: string): Promise<{ sheet?: SheetInput; problems: Problem[] }> {
	const file = displayPath(path);
	const extension = extname(path).toLowerCase();
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		return { problems: [importProblem(file, undefined, undefined, 'import.unreadable', { detail: (error as Error).message })] };
	}
	if (extension === '.csv' || extension === '.txt' || extension === '.tsv') {
		const decoded = decodeCsvBytes(bytes);
		if (!decoded) return { problems: [importProblem(file, undefined, undefined, 'import.encoding')] };
		return { sheet: { file, rows: splitCsv(decoded.text) }, problems: [] };
	}
	if (extension !== '.xlsx') return { problems: [importProblem(file, undefined, undefined, 'import.file-type', { found: file })] };
	let sheets: { sheet: string; data: unknown[][] }[];
	try {
		sheets = (await readXlsxFile(bytes)) as unknown as { sheet: string; data: unknown[][] }[];
	} catch (error) {
		return { problems: [importProblem(file, undefined, undefined, 'import.unreadable', { detail: (error as Error).message })] };
	}
	const wanted =
		sheetName === undefined
			? sheets[0]
			: (sheets.find((sheet) => sheet.sheet === sheetName) ??
				sheets.find((sheet) => foldKey(sheet.sheet) === foldKey(sheetName)) ??
				(/^\d+$/u.test(sheetName) ? sheets[Number(sheetName) - 1] : undefined));
	if (!wanted) {
		const allowed = sheets.map((sheet) => `"${sheet.sheet}"`).join(', ');
		return { problems: [importProblem(file, undefined, undefined, 'import.sheet-missing', { found: sheetName, allowed })] };
	}
	return { sheet: { file, sheet: wanted.sheet, rows: wanted.data as SheetInput['rows'] }, problems: [] };
}

/** Where the assignments of a decision live in a content folder. */
export function assignmentsPath(contentDir: string, decisionId: string): string {
	return join(contentDir, CONTENT_LAYOUT.assignments, `${decisionId}.csv`);
}

/** Whether a file exists already (the importer never overwrites one without --force). */
export function fileExists(path: string): boolean {
	return existsSync(path);
}

/** Writes a text file as UTF-8 without BOM, creating its folder. */
export function writeTextFile(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text, 'utf8');
}
