// Imported by the dataset endpoints, the download page and pages that link to per-place files.
import { site } from '../../site.config.ts';
import { ASSIGNMENTS_TABLE, buildTables } from '../lib/datasets/tables.ts';
import { writeCsv, writeJson, type Cell, type Row } from '../lib/datasets/csv.ts';
import { buildDataPackage, fileFacts, tableFiles, writeDataPackage, type FileFacts } from '../lib/datasets/package.ts';
import { buildZipReadme } from '../lib/datasets/readme.ts';
import { buildSqlite, SQLITE_FILE } from '../lib/datasets/sqlite.ts';
import { provinceTables } from '../lib/datasets/subset.ts';
import { workbookZipInput, type WorkbookInfo } from '../lib/datasets/workbook.ts';
import { columnNames, type PublishedTable } from '../lib/datasets/table.ts';
import { zipEntries } from '../lib/datasets/zip.ts';
import { zipGivenInWorker, zipInWorker } from '../lib/io/worker.ts';
import { temporalCoverage } from '../lib/datasets/json-ld.ts';
import { formatDate, formatNumber, localePath, t, withBase, type Lang } from '../lib/i18n.ts';
import { localized } from '../lib/names.ts';
import { readSourcesNote } from '../lib/io/content-notes.ts';
import { resolveContentDir } from '../lib/io/read-content.ts';
import type { PublicationInfo } from '../lib/datasets/publication.ts';
import type { Model, ProvinceModel } from '../lib/model/types.ts';
import { provincesWithPages } from '../lib/paths.ts';
import { siteFacts } from './facts.ts';
import { loadHistory } from './history.ts';
import { loadModel } from './model.ts';

/** Where the downloads live, without base path. */
export const DATA_PATH = '/du-lieu/';
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

/** A download format of a table. */
export type DataFormat = 'csv' | 'json';

/** A download format of a province's data: its assignments (CSV, JSON) or its workbook of every table. */
export type PlaceFormat = DataFormat | 'xlsx';

/**
 * Path (without base) of a province's assignments file, for links from the province page.
 * @example provinceDataPath('dien-bien', 'csv') // '/du-lieu/tinh/dien-bien.csv'
 */
export function provinceDataPath(provinceSlug: string, format: PlaceFormat): string {
	return `${DATA_PATH}tinh/${provinceSlug}.${format}`;
}

/**
 * Path (without base) of a commune's assignments file, for links from the commune page.
 * @example communeDataPath('dien-bien', 'muong-thanh', 'json') // '/du-lieu/xa/dien-bien/muong-thanh.json'
 */
export function communeDataPath(provinceSlug: string, communeSlug: string, format: DataFormat): string {
	return `${DATA_PATH}xa/${provinceSlug}/${communeSlug}.${format}`;
}

/** The media type an endpoint sends for a format. */
export const MEDIA_TYPES: Readonly<Record<DataFormat | 'zip' | 'xlsx' | 'sqlite', string>> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	zip: 'application/zip',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	// The media type IANA registered for SQLite database files (2019).
	sqlite: 'application/vnd.sqlite3',
};

/** One published file: its bytes (computed once per build) and their size and checksum. */
export interface PublishedFile {
	/** Name under /du-lieu/, e.g. "assignments.csv". */
	name: string;
	bytes: Uint8Array;
	facts: FileFacts;
	mediaType: string;
}

/** Everything the download page and the endpoints publish, computed once per build. */
export interface SiteDatasets {
	model: Model;
	tables: PublishedTable[];
	/** Whole-site files by name: every table's CSV and JSON, the data package and the ZIP. */
	files: Map<string, PublishedFile>;
	version: string;
	/** Latest content date (yyyy-mm-dd): the package's `created` and the ZIP's file dates. */
	created: string;
	/** What the guide sheet of every workbook says (the whole-site one; a province's adds its name). */
	workbookInfo: WorkbookInfo;
}

/** What the data set covers: its provinces (those with decisions, in code order) and its period (an ISO 8601 interval). */
export function datasetCoverage(model: Model): { places: { name: string; code: string; name_en: string }[]; period: string | undefined } {
	const codes = new Set(model.decisions.map((d) => d.province));
	const places = model.provinces.filter((p) => codes.has(p.code)).map((p) => ({ name: p.full_name, name_en: p.name_en, code: p.code }));
	return { places, period: temporalCoverage(model.decisions.map((d) => ({ start: d.start, end: d.end }))) };
}

/**
 * What the data set holds, in a sentence (the JSON-LD description): what, where and when, with
 * its figures; the page's own description says what the page offers.
 */
export function datasetDescription(model: Model, lang: Lang): string {
	const { places, period } = datasetCoverage(model);
	const names = places.map((p) => localized(p, 'name', lang));
	const [start, end] = (period ?? '').split('/');
	return t(lang, 'data.dataset.description', {
		places: names.length <= 6 ? names.join(', ') : t(lang, 'data.dataset.provinces', { n: formatNumber(lang, names.length) }),
		period: !start
			? t(lang, 'common.unknown').toLocaleLowerCase(lang)
			: end === '..'
				? t(lang, 'data.dataset.periodOpen', { start: formatDate(start, lang) })
				: t(lang, 'data.dataset.period', { start: formatDate(start, lang), end: formatDate(end, lang) }),
		decisions: formatNumber(lang, model.decisions.length),
		assignments: formatNumber(lang, model.assignments.length),
	});
}

/** The citation line of the data set in a language, as the download page, the workbook and the database give it. */
export function citationLine(lang: Lang, version: string): string {
	return t(lang, 'data.cite.line', { publisher: site.publisher[lang], title: datasetTitle(lang), url: absoluteUrl(localePath(lang, DATA_PATH)), version });
}

/** The title of the site's data set, as citations and dataset search engines give it. */
export function datasetTitle(lang: Lang): string {
	return `${site.title[lang]} — ${t(lang, 'data.title')}`;
}

/** An absolute address of a path of the site (without base), e.g. for the data package's homepage. */
export function absoluteUrl(path: string): string {
	return new URL(withBase(import.meta.env.BASE_URL, path), site.url).href;
}

const encoder = new TextEncoder();

function file(name: string, bytes: Uint8Array, mediaType: string): PublishedFile {
	return { name, bytes, facts: fileFacts(bytes), mediaType };
}

let cached: Promise<SiteDatasets> | undefined;

/**
 * Computes every whole-site file once per build: the endpoints serve these bytes and the data
 * package hashes the same bytes, so a published checksum always matches its file.
 */
export function loadDatasets(): Promise<SiteDatasets> {
	cached ??= (async () => {
		const model = await loadModel();
		const facts = siteFacts(model);
		const changes = loadHistory().entries.flatMap((entry) =>
			entry.changes.map((change, i) => ({ commit: entry.commit, date: entry.date, subject: entry.subject, seq: i + 1, change })),
		);
		const tables = buildTables(model, facts.asOf, changes);
		const files = new Map<string, PublishedFile>();
		const csv = new Map<string, Uint8Array>();
		for (const table of tables) {
			const names = tableFiles(table.name);
			const csvBytes = encoder.encode(writeCsv(columnNames(table), table.rows));
			csv.set(table.name, csvBytes);
			files.set(names.csv, file(names.csv, csvBytes, MEDIA_TYPES.csv));
			files.set(names.json, file(names.json, encoder.encode(writeJson(columnNames(table), table.rows)), MEDIA_TYPES.json));
		}
		const created = model.latestContentDate;
		for (const lang of ['en', 'vi'] as const) {
			const pkg = buildDataPackage(
				tables,
				csv,
				{
					version: facts.dataVersion,
					created,
					homepage: absoluteUrl(localePath(lang, DATA_PATH)),
					title: datasetTitle(lang),
					description: t(lang, 'data.readme.intro', { publisher: site.publisher[lang] }),
					publisher: site.publisher[lang],
					licence: site.licence,
					sources: model.decisions.flatMap((d) => d.sources),
				},
				lang,
			);
			files.set(packageFile(lang), file(packageFile(lang), encoder.encode(writeDataPackage(pkg)), MEDIA_TYPES.json));
		}

		// The workbook and the database: the same tables, typed for spreadsheets and for SQL.
		const homepage = (lang: Lang): string => absoluteUrl(localePath(lang, DATA_PATH));
		const publication: PublicationInfo = {
			title: { vi: datasetTitle('vi'), en: datasetTitle('en') },
			publisher: site.publisher,
			version: facts.dataVersion,
			created,
			homepage: { vi: homepage('vi'), en: homepage('en') },
			licence: site.licence,
		};
		// Deflated on the build worker while this thread goes on with the database (src/lib/io/worker.ts).
		const workbookInput = workbookZipInput(tables, publication);
		const workbook = zipGivenInWorker(XLSX_FILE, workbookInput.entries, workbookInput.options);
		const sqlite = buildSqlite(tables, {
			title: datasetTitle('en'),
			version: facts.dataVersion,
			created,
			homepage: homepage('en'),
			licence: site.licence,
			citation: citationLine('en', facts.dataVersion),
		});
		files.set(SQLITE_FILE, file(SQLITE_FILE, sqlite, MEDIA_TYPES.sqlite));
		files.set(XLSX_FILE, file(XLSX_FILE, await workbook, MEDIA_TYPES.xlsx));

		// The archive: every table in both formats, the package, the workbook, the database, the guide and the content's source notes.
		const archive = new Map<string, Uint8Array>();
		for (const published of files.values()) archive.set(published.name, published.bytes);
		const sourcesNote = readSourcesNote(resolveContentDir());
		if (sourcesNote !== undefined) archive.set('SOURCES.md', encoder.encode(sourcesNote));
		const readme = buildZipReadme(tables, {
			...publication,
			hasSourcesNote: sourcesNote !== undefined,
			workbook: XLSX_FILE,
			database: SQLITE_FILE,
		});
		archive.set('README.md', encoder.encode(readme));
		files.set(ZIP_FILE, file(ZIP_FILE, await zipInWorker(ZIP_FILE, zipEntries(archive, created)), MEDIA_TYPES.zip));
		return { model, tables, files, version: facts.dataVersion, created, workbookInfo: publication };
	})();
	return cached;
}

/** The assignments table of the whole site. */
export function assignmentsTable(datasets: SiteDatasets): PublishedTable {
	const table = datasets.tables.find((candidate) => candidate.name === ASSIGNMENTS_TABLE);
	if (!table) throw new Error('The assignments table is missing.');
	return table;
}

let placeIndex: Promise<{ table: PublishedTable; byProvince: Map<string, Row[]>; byCommune: Map<string, Row[]> }> | undefined;

/** The assignments rows grouped by province and by commune once, so thousands of commune files stay cheap. */
function loadPlaceIndex() {
	placeIndex ??= loadDatasets().then((datasets) => {
		const table = assignmentsTable(datasets);
		const byProvince = new Map<string, Row[]>();
		const byCommune = new Map<string, Row[]>();
		for (const row of table.rows) {
			const push = (index: Map<string, Row[]>, key: Cell): void => {
				if (typeof key !== 'string') return;
				const rows = index.get(key) ?? [];
				rows.push(row);
				index.set(key, rows);
			};
			push(byProvince, row['province'] ?? null);
			push(byCommune, row['commune'] ?? null);
		}
		return { table, byProvince, byCommune };
	});
	return placeIndex;
}

/**
 * The bytes of a province's assignments file, or of a commune's when a commune code is given: the
 * assignments table's columns and order, limited to that place (a header only where nothing is itemized).
 */
export async function placeFile(format: DataFormat, province: string, commune?: string): Promise<Uint8Array> {
	const { table, byProvince, byCommune } = await loadPlaceIndex();
	const rows = (commune === undefined ? byProvince.get(province) : byCommune.get(commune)) ?? [];
	const columns = columnNames(table);
	return encoder.encode(format === 'csv' ? writeCsv(columns, rows) : writeJson(columns, rows));
}

/**
 * The bytes of a province's workbook: every table limited to that province (see provinceTables),
 * with the guide sheet naming it.
 */
export async function provinceWorkbook(province: string): Promise<Uint8Array> {
	const datasets = await loadDatasets();
	const queue = (workbooks ??= { order: provincesWithPages(datasets.model), started: new Map(), taken: new Set() });
	const place = datasets.model.provinces.find((p) => p.code === province);
	if (!place) throw new Error(`No province "${province}".`);
	const bytes = queue.started.get(province) ?? startProvinceWorkbook(datasets, place);
	queue.started.delete(province);
	queue.taken.add(province);
	// The next provinces in page order are started now, so the worker deflates them while this thread
	// writes; a few at a time, so the build does not hold every province's workbook at once.
	const at = queue.order.findIndex((p) => p.code === province);
	for (const next of queue.order.slice(at + 1, at + 1 + WORKBOOKS_AHEAD))
		if (!queue.started.has(next.code) && !queue.taken.has(next.code)) queue.started.set(next.code, startProvinceWorkbook(datasets, next));
	return bytes;
}

/** How many provinces' workbooks are started ahead of the one asked for (none in `astro dev`, which asks for one file at a time). */
const WORKBOOKS_AHEAD = import.meta.env.DEV ? 0 : 3;

let workbooks: { order: ProvinceModel[]; started: Map<string, Promise<Uint8Array>>; taken: Set<string> } | undefined;

function startProvinceWorkbook(datasets: SiteDatasets, place: ProvinceModel): Promise<Uint8Array> {
	const label = `du-lieu/tinh/${place.slug}.xlsx`;
	let bytes: Promise<Uint8Array>;
	try {
		const input = workbookZipInput(provinceTables(datasets.tables, place.code), {
			...datasets.workbookInfo,
			province: { vi: place.full_name, en: place.name_en },
		});
		bytes = zipGivenInWorker(label, input.entries, input.options);
	} catch (error) {
		// Started ahead of its own route, so its error says which workbook it is and reaches that route.
		bytes = Promise.reject(new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
	}
	// A failure reaches the endpoint that takes these bytes, not the process as an unhandled rejection.
	bytes.catch(() => undefined);
	return bytes;
}

/** A static endpoint's response for published bytes. */
export function fileResponse(bytes: Uint8Array, mediaType: string): Response {
	return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': mediaType } });
}

/**
 * The response of a whole-site file's endpoint (/du-lieu/NAME). A build writes each file once, so
 * the bytes are let go as they are handed to Astro (about 80 MB at national scale, held to the end of
 * the build otherwise; the download pages read only sizes and checksums), and reading them again
 * fails loudly. `astro dev` keeps them for the next request.
 */
export async function siteFileResponse(name: string): Promise<Response> {
	const file = (await loadDatasets()).files.get(name);
	if (!file) throw new Error(`No published file "${name}".`);
	const response = fileResponse(file.bytes, file.mediaType);
	if (!import.meta.env.DEV) {
		Object.defineProperty(file, 'bytes', {
			get: () => {
				throw new Error(`/du-lieu/${name}: its bytes were already written by this build.`);
			},
		});
	}
	return response;
}
