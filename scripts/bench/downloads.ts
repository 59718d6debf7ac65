/**
 * What the journalist downloads cost on a content folder, measured in this process:
 * `node scripts/bench/downloads.ts CONTENT_DIR` prints one JSON line with the seconds to compute the
 * tables, the whole-site workbook, every province's workbook and the SQLite database, and their sizes.
 * `npm run bench` runs it on the national set; the build does the same work once per build.
 */
import { performance } from 'node:perf_hooks';
import { provinceTables } from '../../src/lib/datasets/subset.ts';
import { buildSqlite } from '../../src/lib/datasets/sqlite.ts';
import { buildTables } from '../../src/lib/datasets/tables.ts';
import { buildWorkbook } from '../../src/lib/datasets/workbook.ts';
import { checkContent } from '../../src/lib/io/read-content.ts';

/** Runs a step and returns its result with its duration in seconds (two decimals). */
function timed<T>(step: () => T): [T, number] {
	const start = performance.now();
	const value = step();
	return [value, Math.round(performance.now() - start) / 1000];
}

const dir = process.argv[2];
if (!dir) throw new Error('Usage: node scripts/bench/downloads.ts CONTENT_DIR');
const { model, problems } = checkContent(dir);
if (problems.length > 0) throw new Error(`${dir}: ${problems.length} content problem(s); run npm run check.`);
const publication = {
	title: { vi: 'Minh Bạch', en: 'Minh Bạch' },
	publisher: { vi: 'Bench', en: 'Bench' },
	version: 'bench',
	created: model.latestContentDate,
	homepage: { vi: 'https://example.org/du-lieu/', en: 'https://example.org/en/du-lieu/' },
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
const [tables, tablesS] = timed(() => buildTables(model, model.latestContentDate));
const [workbook, workbookS] = timed(() => buildWorkbook(tables, publication));
const [provinceBytes, provincesS] = timed(() =>
	model.provinces.reduce(
		(sum, p) => sum + buildWorkbook(provinceTables(tables, p.code), { ...publication, province: { vi: p.full_name, en: p.name_en } }).byteLength,
		0,
	),
);
const [database, sqliteS] = timed(() =>
	buildSqlite(tables, {
		title: 'Minh Bạch',
		version: 'bench',
		created: model.latestContentDate,
		homepage: publication.homepage.en,
		licence: publication.licence,
		citation: 'bench',
	}),
);
console.log(
	JSON.stringify({
		tables_s: tablesS,
		workbook_s: workbookS,
		province_workbooks_s: provincesS,
		sqlite_s: sqliteS,
		workbook_bytes: workbook.byteLength,
		province_workbooks_bytes: provinceBytes,
		sqlite_bytes: database.byteLength,
	}),
);
