import { zipSync } from 'fflate';
import type { Lang } from '../i18n.ts';
import { writeCsv, writeJson } from './csv.ts';
import { buildDataPackage, fileFacts, tableFiles, writeDataPackage, type FileFacts, type PackageInfo } from './package.ts';
import { buildZipReadme } from './readme.ts';
import { buildSqlite, SQLITE_FILE, type SqliteInfo } from './sqlite.ts';
import { columnNames, type PublishedTable } from './table.ts';
import { buildWorkbook, type WorkbookInfo } from './workbook.ts';
import { zipEntries } from './zip.ts';

/** File name of the archive of every table. */
export const ZIP_FILE = 'minh-bach-du-lieu.zip';
/** File name of the data package descriptor, in English (the name data tools look for). */
export const PACKAGE_FILE = 'datapackage.json';
/** File name of the same descriptor in Vietnamese. */
export const PACKAGE_FILE_VI = 'datapackage.vi.json';
/** The descriptor's file name in a language. */
export const packageFile = (lang: Lang): string => (lang === 'vi' ? PACKAGE_FILE_VI : PACKAGE_FILE);
/** File name of the workbook of the whole data set. */
export const XLSX_FILE = 'minh-bach.xlsx';
export { SQLITE_FILE };

/** The media type an endpoint sends for a format. */
export const MEDIA_TYPES = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	zip: 'application/zip',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	// The media type IANA registered for SQLite database files (2019).
	sqlite: 'application/vnd.sqlite3',
} as const;

/** One published file: its bytes (computed once per build) and their size and checksum. */
export interface PublishedFile {
	/** Name under /du-lieu/, e.g. "assignments.csv". */
	name: string;
	bytes: Uint8Array;
	facts: FileFacts;
	mediaType: string;
}

/** What the whole-site files are written from: plain data, so the build can compute them on its worker thread. */
export interface SiteFilesInput {
	tables: PublishedTable[];
	/** The data package's facts in each language (its homepage, title and description differ). */
	packages: Record<Lang, PackageInfo>;
	/** What the workbook's guide sheet and the archive's README say. */
	publication: WorkbookInfo;
	sqlite: SqliteInfo;
	/** The content's SOURCES.md, added to the archive when the content has one. */
	sourcesNote: string | undefined;
	/** Latest content date (yyyy-mm-dd): the archive's file dates. */
	created: string;
}

const encoder = new TextEncoder();

function file(name: string, bytes: Uint8Array, mediaType: string): PublishedFile {
	return { name, bytes, facts: fileFacts(bytes), mediaType };
}

/**
 * Every whole-site file, in the order the download page and the archive list them: each table's CSV
 * and JSON, the data package in English and Vietnamese, the database, the workbook, and the archive
 * of all of them with the guide and the content's source notes. The same input gives the same bytes,
 * on whichever thread it runs (src/lib/io/worker.ts runs it beside the page rendering).
 */
export function buildSiteFiles(input: SiteFilesInput): PublishedFile[] {
	const { tables, created } = input;
	const files = new Map<string, PublishedFile>();
	const csv = new Map<string, Uint8Array>();
	for (const table of tables) {
		const names = tableFiles(table.name);
		const csvBytes = encoder.encode(writeCsv(columnNames(table), table.rows));
		csv.set(table.name, csvBytes);
		files.set(names.csv, file(names.csv, csvBytes, MEDIA_TYPES.csv));
		files.set(names.json, file(names.json, encoder.encode(writeJson(columnNames(table), table.rows)), MEDIA_TYPES.json));
	}
	for (const lang of ['en', 'vi'] as const) {
		const pkg = buildDataPackage(tables, csv, input.packages[lang], lang);
		files.set(packageFile(lang), file(packageFile(lang), encoder.encode(writeDataPackage(pkg)), MEDIA_TYPES.json));
	}
	// The database and the workbook: the same tables, typed for SQL and for spreadsheets.
	files.set(SQLITE_FILE, file(SQLITE_FILE, buildSqlite(tables, input.sqlite), MEDIA_TYPES.sqlite));
	files.set(XLSX_FILE, file(XLSX_FILE, buildWorkbook(tables, input.publication), MEDIA_TYPES.xlsx));

	// The archive: every table in both formats, the package, the workbook, the database, the guide and the content's source notes.
	const archive = new Map<string, Uint8Array>();
	for (const published of files.values()) archive.set(published.name, published.bytes);
	if (input.sourcesNote !== undefined) archive.set('SOURCES.md', encoder.encode(input.sourcesNote));
	const readme = buildZipReadme(tables, {
		...input.publication,
		hasSourcesNote: input.sourcesNote !== undefined,
		workbook: XLSX_FILE,
		database: SQLITE_FILE,
	});
	archive.set('README.md', encoder.encode(readme));
	files.set(ZIP_FILE, file(ZIP_FILE, zipSync(zipEntries(archive, created)), MEDIA_TYPES.zip));
	return [...files.values()];
}
