// Imported by the dataset endpoints, the download page and pages that link to per-place files.
import { site } from '../../site.config.ts';
import { ASSIGNMENTS_TABLE, buildTables } from '../lib/datasets/tables.ts';
import { writeCsv, writeJson, type Cell, type Row } from '../lib/datasets/csv.ts';
import type { PackageInfo } from '../lib/datasets/package.ts';
import { buildSiteFiles, type PublishedFile, type SiteFilesInput } from '../lib/datasets/site-files.ts';
import { provinceTables } from '../lib/datasets/subset.ts';
import { buildWorkbook, type WorkbookInfo } from '../lib/datasets/workbook.ts';
import { columnNames, type PublishedTable } from '../lib/datasets/table.ts';
import { callInWorker } from '../lib/io/worker.ts';
import { temporalCoverage } from '../lib/datasets/json-ld.ts';
import { formatDate, formatNumber, localePath, t, withBase, type Lang } from '../lib/i18n.ts';
import { localized } from '../lib/names.ts';
import { readSourcesNote } from '../lib/io/content-notes.ts';
import { resolveContentDir } from '../lib/io/read-content.ts';
import type { Model, ProvinceModel } from '../lib/model/types.ts';
import { provincesWithPages } from '../lib/paths.ts';
import { siteFacts } from './facts.ts';
import { loadHistory } from './history.ts';
import { loadModel } from './model.ts';

/** Where the downloads live, without base path. */
export const DATA_PATH = '/du-lieu/';
export { MEDIA_TYPES, PACKAGE_FILE, PACKAGE_FILE_VI, packageFile, SQLITE_FILE, XLSX_FILE, ZIP_FILE, type PublishedFile } from '../lib/datasets/site-files.ts';

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

/**
 * Whether the downloads are written on the build worker. `astro dev` writes them on its own thread:
 * the worker keeps the modules it first imported, so an edit to src/lib/datasets would not show.
 */
const IN_WORKER = !import.meta.env.DEV;

/** The download page's address in a language: the data package's and the workbook's homepage. */
const dataHomepage = (lang: Lang): string => absoluteUrl(localePath(lang, DATA_PATH));

/** What every download is made from: the model's published tables and what the workbooks' guide says. */
type SiteTables = Omit<SiteDatasets, 'files'> & { facts: ReturnType<typeof siteFacts> };

let tablesOnce: Promise<SiteTables> | undefined;

/** The published tables, built once per build on this thread (the per-place files need no more). */
function loadTables(): Promise<SiteTables> {
	tablesOnce ??= (async () => {
		const model = await loadModel();
		const facts = siteFacts(model);
		const changes = loadHistory().entries.flatMap((entry) =>
			entry.changes.map((change, i) => ({ commit: entry.commit, date: entry.date, subject: entry.subject, seq: i + 1, change })),
		);
		const created = model.latestContentDate;
		const workbookInfo: WorkbookInfo = {
			title: { vi: datasetTitle('vi'), en: datasetTitle('en') },
			publisher: site.publisher,
			version: facts.dataVersion,
			created,
			homepage: { vi: dataHomepage('vi'), en: dataHomepage('en') },
			licence: site.licence,
		};
		return { model, facts, tables: buildTables(model, facts.asOf, changes), version: facts.dataVersion, created, workbookInfo };
	})();
	return tablesOnce;
}

let cached: Promise<SiteDatasets> | undefined;

/**
 * Computes every whole-site file once per build: the endpoints serve these bytes and the data
 * package hashes the same bytes, so a published checksum always matches its file.
 */
export function loadDatasets(): Promise<SiteDatasets> {
	cached ??= (async () => {
		const { facts, ...base } = await loadTables();
		const { model, tables, created } = base;
		const packageInfo = (lang: Lang): PackageInfo => ({
			version: facts.dataVersion,
			created,
			homepage: dataHomepage(lang),
			title: datasetTitle(lang),
			description: t(lang, 'data.readme.intro', { publisher: site.publisher[lang] }),
			publisher: site.publisher[lang],
			licence: site.licence,
			sources: model.decisions.flatMap((d) => d.sources),
		});
		// Written on the build worker (src/lib/io/worker.ts) while this thread lists and renders pages;
		// the tables stay here for the per-place files and the download page.
		const input: SiteFilesInput = {
			tables,
			packages: { en: packageInfo('en'), vi: packageInfo('vi') },
			publication: base.workbookInfo,
			sqlite: {
				title: datasetTitle('en'),
				version: facts.dataVersion,
				created,
				homepage: dataHomepage('en'),
				licence: site.licence,
				citation: citationLine('en', facts.dataVersion),
			},
			sourcesNote: readSourcesNote(resolveContentDir()),
			created,
		};
		const written = IN_WORKER ? await callInWorker('the whole-site downloads (/du-lieu/)', 'buildSiteFiles', input) : buildSiteFiles(input);
		return { ...base, files: new Map(written.map((published) => [published.name, published])) };
	})();
	return cached;
}

/** The assignments table of the whole site. */
export function assignmentsTable(datasets: Pick<SiteDatasets, 'tables'>): PublishedTable {
	const table = datasets.tables.find((candidate) => candidate.name === ASSIGNMENTS_TABLE);
	if (!table) throw new Error('The assignments table is missing.');
	return table;
}

let placeIndex: Promise<{ table: PublishedTable; byProvince: Map<string, Row[]>; byCommune: Map<string, Row[]> }> | undefined;

/** The assignments rows grouped by province and by commune once, so thousands of commune files stay cheap. */
function loadPlaceIndex() {
	placeIndex ??= loadTables().then((datasets) => {
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
	const datasets = await loadTables();
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

function startProvinceWorkbook(datasets: SiteTables, place: ProvinceModel): Promise<Uint8Array> {
	const label = `du-lieu/tinh/${place.slug}.xlsx`;
	let bytes: Promise<Uint8Array>;
	try {
		const tables = provinceTables(datasets.tables, place.code);
		const info = { ...datasets.workbookInfo, province: { vi: place.full_name, en: place.name_en } };
		bytes = IN_WORKER ? callInWorker(label, 'buildWorkbook', tables, info) : Promise.resolve(buildWorkbook(tables, info));
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
