// Imported by scripts/import.ts and the import tests only: reads the spreadsheet to import and writes the assignments CSV.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import type { SheetInput } from '../import/build.ts';
import { decodeCsvBytes, splitCsv } from '../import/csv-input.ts';
import { importProblem, type ImportProblemCode } from '../import/messages.ts';
import { repackParts, unpackWorkbook, WORKBOOK_LIMITS, type PackageRefusal, type WorkbookLimits } from '../import/xlsx-package.ts';
import { chooseSheet, decodePart, readWorkbookSheets, scanSheet, type SheetFacts, type SheetSummary } from '../import/xlsx-parts.ts';
import type { Problem } from '../validate/problem.ts';
import { CONTENT_LAYOUT, displayPath } from './read-content.ts';

/** What reading a spreadsheet gives: its rows and facts, or the problems that stopped it. */
export type SpreadsheetReading = { sheet?: SheetInput; problems: Problem[] };

/**
 * Reads the rows of a spreadsheet to import: a sheet of an .xlsx workbook (the one named, by name
 * or by its position among the visible tabs; else the first visible one), with what its XML says
 * that its values do not (hidden rows and columns, merged cells, formulas never computed), or a
 * .csv file in UTF-8 (with or without BOM) or UTF-16 with BOM. Never throws: a missing, empty,
 * oversized, truncated or damaged file gives a problem that says what to do. `limits` is for tests.
 */
export async function readSpreadsheet(path: string, sheetName?: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<SpreadsheetReading> {
	const file = displayPath(path);
	const problem = (code: ImportProblemCode, params: PackageRefusal['params'] = {}): SpreadsheetReading => ({
		problems: [importProblem(file, undefined, undefined, code, params)],
	});
	try {
		const extension = extname(path).toLowerCase();
		let bytes: Buffer;
		try {
			// The size first: a file too large to be a staffing list is not read into memory at all.
			const size = statSync(path).size;
			if (size > limits.maxFileBytes) return problem('import.file-too-large', { found: size, limit: limits.maxFileBytes });
			bytes = readFileSync(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return problem('import.file-missing', { found: file });
			return problem('import.unreadable', { detail: (error as Error).message });
		}
		if (extension === '.csv' || extension === '.txt' || extension === '.tsv') {
			if (bytes.length === 0) return problem('import.file-empty');
			const decoded = decodeCsvBytes(bytes);
			if (!decoded) return problem('import.encoding');
			return { sheet: { file, rows: splitCsv(decoded.text) }, problems: [] };
		}
		if (extension !== '.xlsx') return problem('import.file-type', { found: file });
		return await readWorkbook(file, bytes, sheetName, limits);
	} catch (error) {
		// Whatever the file holds, the import reports; it never stops with a stack trace.
		return problem('import.unreadable', { detail: (error as Error).message });
	}
}

/** Reads the chosen sheet of a workbook: checked unpacking, the facts from its XML, then its cell values. */
async function readWorkbook(file: string, bytes: Uint8Array, sheetName: string | undefined, limits: WorkbookLimits): Promise<SpreadsheetReading> {
	const refused = (refusal: PackageRefusal): SpreadsheetReading => ({ problems: [importProblem(file, undefined, undefined, refusal.code, refusal.params)] });
	// 1. Unpack within the limits, before any XML is parsed.
	const unpacked = unpackWorkbook(bytes, limits);
	if (unpacked.kind === 'refused') return refused(unpacked.refusal);
	const { parts } = unpacked;
	// 2. The sheets, which are hidden, which hold data; then the one to import.
	const listed = readWorkbookSheets(parts);
	if ('code' in listed) return refused(listed);
	const facts = new Map<string, SheetFacts>();
	const summaries: SheetSummary[] = listed.sheets.map((sheet) => {
		if (sheet.path === undefined) return { ...sheet, hasData: false };
		const scanned = scanSheet(decodePart(parts.get(sheet.path)!));
		facts.set(sheet.path, scanned);
		return { ...sheet, hasData: scanned.hasData };
	});
	const choice = chooseSheet(summaries, sheetName);
	if (choice.kind === 'refused') return refused(choice.refusal);
	const { sheet, others } = choice;
	// 3. The cell values, read from exactly the parts that were checked.
	let rows: SheetInput['rows'];
	try {
		rows = (await readSheet(Buffer.from(repackParts(parts)), sheet.name)) as unknown as SheetInput['rows'];
	} catch (error) {
		return { problems: [importProblem(file, undefined, undefined, 'import.unreadable', { detail: (error as Error).message })] };
	}
	const { hasData: _, ...sheetFacts } = facts.get(sheet.path!)!;
	return {
		sheet: {
			file,
			sheet: sheet.name,
			...(sheet.hidden ? { sheetHidden: true } : {}),
			rows,
			facts: sheetFacts,
			otherSheets: others.map((other) => ({ name: other.name, hidden: other.hidden })),
		},
		problems: [],
	};
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
