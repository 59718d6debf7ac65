/**
 * `npm run import -- <file.xlsx|file.csv> --decision <decision-id> [--sheet NAME] [--source ID]
 * [--category ID] [--dry-run] [--force]`: turns a staff spreadsheet into
 * content/assignments/<decision-id>.csv (under CONTENT_DIR) and prints what it did in Vietnamese and
 * English. A workbook is read from its first visible sheet unless --sheet names another (by name,
 * or by its position among the visible tabs). Exits 1 when anything is unresolved (a hidden row or
 * column that holds data, a formula without a computed value, a file over the size limits of
 * src/lib/import/xlsx-package.ts, a damaged file included); then nothing is written.
 */
import { parseArgs } from 'node:util';
import { buildImport, formatImportReport, toAssignmentsCsv } from '../src/lib/import/build.ts';
import { importProblem } from '../src/lib/import/messages.ts';
import { assignmentsPath, fileExists, readSpreadsheet, writeTextFile } from '../src/lib/io/import-files.ts';
import { displayPath, readContent, resolveContentDir } from '../src/lib/io/read-content.ts';
import { bilingual, joinLanguages, t } from '../src/lib/i18n.ts';

const USAGE = `${joinLanguages(bilingual('command.usage'))}:
  npm run import -- <tệp.xlsx|tệp.csv> --decision <mã quyết định> [--sheet TÊN] [--source MÃ-NGUỒN] [--category MÃ-NHÓM] [--dry-run] [--force]
  --sheet: ${t('vi', 'command.import.sheet')}
           ${t('en', 'command.import.sheet')}
${joinLanguages(bilingual('command.example'))}:
  npm run import -- danh-sach.xlsx --decision 2446-qd-ubnd-2025 --source qdnd-2025-10 --dry-run`;

const OPTIONS = {
	decision: { type: 'string' },
	sheet: { type: 'string' },
	source: { type: 'string' },
	category: { type: 'string' },
	'dry-run': { type: 'boolean', default: false },
	force: { type: 'boolean', default: false },
	help: { type: 'boolean', default: false },
} as const;
let args;
try {
	args = parseArgs({ allowPositionals: true, options: OPTIONS });
} catch (error) {
	console.error(`${(error as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
const input = args.positionals[0];
const decision = args.values.decision;
if (args.values.help || input === undefined || decision === undefined || args.positionals.length > 1) {
	console.error(USAGE);
	process.exit(args.values.help ? 0 : 2);
}

const contentDir = resolveContentDir();
const output = assignmentsPath(contentDir, decision);
const { sheet, problems: readProblems } = await readSpreadsheet(input, args.values.sheet);
if (!sheet) {
	console.log(
		formatImportReport(
			{ file: displayPath(input), decision, headerRow: 1, headers: [], rows: [], changes: [], notes: [], problems: readProblems },
			{ kind: 'blocked', output: displayPath(output) },
		),
	);
	process.exit(1);
}
const { records } = readContent(contentDir);
const result = buildImport(sheet, records, decision, { source: args.values.source, category: args.values.category });
if (fileExists(output) && !args.values.force && !args.values['dry-run']) {
	result.problems.push(importProblem(displayPath(output), undefined, undefined, 'import.exists', { found: displayPath(output) }));
}
const blocked = result.problems.length > 0;
const kind = blocked ? 'blocked' : args.values['dry-run'] ? 'dry-run' : 'written';
if (kind === 'written') writeTextFile(output, toAssignmentsCsv(result.rows));
console.log(formatImportReport(result, { kind, output: displayPath(output) }));
process.exitCode = blocked ? 1 : 0;
