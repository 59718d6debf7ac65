// Imported by pages and the /bieu-do/ endpoints: every chart of the site, built from the model.
import { agencyCounts, communeSpecialtyMatrix, decisionStatus, nationalPanel, specialtyGaps, type CommuneCoverage } from '../lib/aggregate/index.ts';
import {
	barChartSvg,
	layoutBars,
	layoutMatrix,
	layoutTimeline,
	matrixSvg,
	timelineSvg,
	type BarDatum,
	type BarOptions,
	type SeriesSpec,
	type SvgText,
} from '../lib/charts/index.ts';
import { formatNumber, t, type Lang } from '../lib/i18n.ts';
import type { Model, ProvinceModel } from '../lib/model/types.ts';
import { lookup } from '../lib/lookup.ts';
import { communePath, provincePath } from '../lib/paths.ts';
import { agencyName, communeName, decisionLabel, provinceName, specialtyName } from '../lib/names.ts';
import { formatCount, formatPeriod } from '../lib/format.ts';
import type { MessageKey } from '../i18n/vi.ts';
import type { ChartTable } from './chart-table.ts';

/** A chart ready to render: its standalone SVG, the table with the same figures, and its file name. */
export interface ChartSpec {
	/** File name under /bieu-do/ without extension, unique per language; also the SVG's id prefix. */
	file: string;
	caption: string;
	/** One or two sentences under the title: what the chart counts (the SVG's description too). */
	subtitle: string;
	/** The page the chart belongs to, without base or language prefix, e.g. "/dien-bien/". */
	page: string;
	/**
	 * The wide rendering (640 units): desktop pages and the standalone file. Drawn when asked, not held:
	 * a national build has some 7,000 charts, each drawn by its page and its file (and the download page).
	 */
	svg: () => string;
	/**
	 * The narrow rendering, 288 units wide (a 320 px phone less the page's margins), labels above the
	 * bars, so every text is at least 12 CSS px there. Commune pages carry only this one (their byte budget).
	 */
	svgNarrow?: () => string;
	/** Draw only the narrow rendering, at every width (a small chart: the commune page's). */
	narrowOnly?: boolean;
	table: ChartTable;
	/** The matrix turns into a list on narrow screens. */
	listOnNarrow?: boolean;
}

/** Width of the narrow rendering: 320 px less the page's 16 px margins, so one unit is one CSS px on a 320 px phone. */
export const NARROW_WIDTH = 288;

const text = (lang: Lang, file: string, title: MessageKey, desc: MessageKey, params: Record<string, string> = {}) => ({
	id: `c-${file}`,
	title: t(lang, title, params),
	desc: t(lang, desc, params),
	lang,
});

/** Where a chart's figures come from, in its title: a province's name or "all provinces". */
const whereOf = (lang: Lang, province: ProvinceModel | undefined): string => (province ? provinceName(province, lang) : t(lang, 'chart.allProvinces'));

/** A bar chart's spec: both renderings, titled and described by `svgText`, with the table of the same figures. */
function barChart(
	file: string,
	page: string,
	svgText: SvgText,
	bar: { data: BarDatum[]; series: SeriesSpec[]; lang: Lang },
	table: Omit<ChartSpec['table'], 'caption'>,
): ChartSpec {
	return {
		file,
		page,
		caption: svgText.title,
		subtitle: svgText.desc,
		...bars(bar.data, bar.series, { lang: bar.lang, legend: false }, svgText),
		table: { caption: svgText.title, ...table },
	};
}

/** Both renderings of a bar chart: wide (label column) and narrow (labels above the bars), ids kept apart. */
function bars(data: BarDatum[], series: SeriesSpec[], opts: BarOptions, svgText: SvgText): Pick<ChartSpec, 'svg' | 'svgNarrow'> {
	return {
		svg: () => barChartSvg(layoutBars(data, series, opts), svgText),
		svgNarrow: () => barChartSvg(layoutBars(data, series, { ...opts, width: NARROW_WIDTH, labelsAbove: true }), { ...svgText, id: `${svgText.id}-n` }),
	};
}

/**
 * Specialty chart: communes that received an itemized specialist, per field; a field a province said
 * it lacks carries that statement as a note. A press line saying communes "most lack" five fields is
 * a statement of the province, not a count of communes, so it is never drawn as a number of communes.
 */
function gapChart(model: Model, lang: Lang, asOf: string, file: string, page: string, province?: ProvinceModel): ChartSpec | undefined {
	const find = lookup(model);
	const rows = specialtyGaps(model, asOf, province?.code);
	const decisions = model.decisions.filter((d) => !province || d.province === province.code);
	const statedBy = (id: string) => new Set(decisions.filter((d) => d.shortages.includes(id)).map((d) => d.province)).size;
	const shown = rows.filter((r) => r.communesReceived > 0 || statedBy(r.specialty) > 0);
	if (shown.length === 0) return undefined;
	const name = (id: string) => {
		const s = find.specialty(id);
		return s ? specialtyName(s, lang) : id;
	};
	const statement = (id: string) => {
		const n = statedBy(id);
		if (n === 0) return undefined;
		return province ? t(lang, 'chart.gap.stated') : t(lang, 'chart.gap.statedBy', { n: formatNumber(lang, n) });
	};
	const data: BarDatum[] = shown.map((r) => {
		const note = statement(r.specialty);
		const datum: BarDatum = {
			id: r.specialty,
			label: name(r.specialty),
			segments: r.communesReceived > 0 ? [{ key: 'received', value: r.communesReceived }] : [],
		};
		if (note) datum.note = note;
		return datum;
	});
	const series = [{ key: 'received', label: t(lang, 'chart.gap.received') }];
	const svgText = text(lang, file, 'chart.gap.title', 'chart.gap.desc', { where: whereOf(lang, province) });
	return barChart(
		file,
		page,
		svgText,
		{ data, series, lang },
		{
			columns: [{ label: t(lang, 'common.specialty') }, { label: series[0]!.label, numeric: true }, { label: t(lang, 'chart.gap.statement') }],
			rows: shown.map((r) => [name(r.specialty), r.communesReceived, statement(r.specialty) ?? '—']),
		},
	);
}

/** Where staff came from: sending bodies by number of itemized people. */
function agencyChart(model: Model, lang: Lang, file: string, page: string, province?: ProvinceModel): ChartSpec | undefined {
	const find = lookup(model);
	const rows = agencyCounts(model, province?.code);
	if (rows.length === 0) return undefined;
	const name = (id: string) => {
		const a = find.agency(id);
		return a ? agencyName(a, lang) : id;
	};
	const svgText = text(lang, file, 'chart.agencies.title', 'chart.agencies.desc', { where: whereOf(lang, province) });
	const series = [{ key: 'people', label: t(lang, 'chart.agencies.people') }];
	return barChart(
		file,
		page,
		svgText,
		{ data: rows.map((r) => ({ id: r.agency, label: name(r.agency), segments: [{ key: 'people', value: r.people }] })), series, lang },
		{
			columns: [{ label: t(lang, 'common.agency') }, { label: series[0]!.label, numeric: true }],
			rows: rows.map((r) => [name(r.agency), r.people]),
		},
	);
}

/** Timeline of decisions and batches, with the as-of line. */
function timelineChart(model: Model, lang: Lang, asOf: string, file: string, page: string, province?: ProvinceModel, newest?: number): ChartSpec | undefined {
	const all = model.decisions.filter((d) => !province || d.province === province.code);
	// Decisions are in date order; the overview draws only the newest ones.
	const decisions = newest === undefined ? all : all.slice(-newest);
	if (decisions.length === 0) return undefined;
	const find = lookup(model);
	const label = (id: string) => {
		const d = find.decision(id)!;
		const p = find.province(d.province);
		return province || !p ? decisionLabel(d, lang) : `${p.name}: ${decisionLabel(d, lang)}`;
	};
	const status = { active: t(lang, 'status.active'), ended: t(lang, 'status.ended'), upcoming: t(lang, 'status.upcoming'), unknown: t(lang, 'status.unknown') };
	const where = whereOf(lang, province);
	const items = decisions.map((d) => {
		const item: { id: string; label: string; start?: string; end?: string; status: ReturnType<typeof decisionStatus> } = {
			id: d.id,
			label: label(d.id),
			status: decisionStatus(d, asOf),
		};
		if (d.start) item.start = d.start;
		if (d.end) item.end = d.end;
		return item;
	});
	const svgText = {
		...text(lang, file, 'chart.timeline.title', 'chart.timeline.desc', { where }),
		asOfLabel: t(lang, 'footer.asOf'),
		unknownHeading: t(lang, 'status.unknown'),
		openEnd: t(lang, 'chart.timeline.openEnd'),
		status,
	};
	return {
		file,
		page,
		caption: svgText.title,
		subtitle: svgText.desc,
		svg: () => timelineSvg(layoutTimeline(items, asOf, { lang }), svgText),
		svgNarrow: () => timelineSvg(layoutTimeline(items, asOf, { lang, width: NARROW_WIDTH, labelsAbove: true }), { ...svgText, id: `${svgText.id}-n` }),
		table: {
			caption: svgText.title,
			columns: [{ label: t(lang, 'common.decision') }, { label: t(lang, 'common.period') }, { label: t(lang, 'common.status') }],
			rows: items.map((i) => [i.label, formatPeriod(lang, i.start, i.end), status[i.status]]),
		},
	};
}

/** Commune × specialty matrix of one province. */
function matrixChart(model: Model, lang: Lang, file: string, page: string, province: ProvinceModel): ChartSpec | undefined {
	const find = lookup(model);
	const m = communeSpecialtyMatrix(model, province.code);
	if (m.communes.length === 0 || m.specialties.length === 0) return undefined;
	const cols = m.specialties.map((id) => {
		const s = find.specialty(id);
		return { id, label: s ? specialtyName(s, lang) : id };
	});
	const rows = m.communes.map((c) => ({ id: c.code, label: communeName(c, lang) }));
	const where = provinceName(province, lang);
	return {
		file,
		page,
		listOnNarrow: true,
		caption: t(lang, 'chart.matrix.title', { where }),
		subtitle: t(lang, 'chart.matrix.desc'),
		svg: () =>
			matrixSvg(
				layoutMatrix(rows, cols, (r, c) => m.counts.get(`${r}|${c}`) ?? 0, { lang }),
				{
					...text(lang, file, 'chart.matrix.title', 'chart.matrix.desc', { where }),
					legend: { count: t(lang, 'chart.matrix.count'), zero: t(lang, 'chart.matrix.zero'), missing: t(lang, 'chart.matrix.missing') },
				},
			),
		table: {
			caption: t(lang, 'chart.matrix.title', { where }),
			columns: [{ label: t(lang, 'common.commune') }, ...cols.map((c) => ({ label: c.label, numeric: true }))],
			rows: rows.map((r) => [r.label, ...cols.map((c) => m.counts.get(`${r.id}|${c.id}`) ?? 0)]),
		},
	};
}

/** National panel: declared people per province, "not published" where no figure was. */
function nationalChart(model: Model, lang: Lang, file: string, page: string): ChartSpec | undefined {
	const rows = nationalPanel(model);
	if (rows.length === 0) return undefined;
	const data: BarDatum[] = rows.map((r) => {
		const datum: BarDatum = { id: r.province.code, label: r.province.name, segments: r.declared === undefined ? [] : [{ key: 'declared', value: r.declared }] };
		if (r.declared === undefined) datum.note = t(lang, 'common.notPublished');
		else if (r.declaredAtLeast) datum.note = t(lang, 'chart.national.atLeast');
		return datum;
	});
	const svgText = text(lang, file, 'chart.national.title', 'chart.national.desc');
	return barChart(
		file,
		page,
		svgText,
		{ data, series: [{ key: 'declared', label: t(lang, 'common.declared') }], lang },
		{
			columns: [{ label: t(lang, 'common.province') }, { label: t(lang, 'common.declared'), numeric: true }],
			rows: rows.map((r) => [
				provinceName(r.province, lang),
				r.declared === undefined ? t(lang, 'common.notPublished') : formatCount(lang, r.declared, r.declaredAtLeast ? 'at-least' : 'exact'),
			]),
		},
	);
}

const present = (charts: (ChartSpec | undefined)[]): ChartSpec[] => charts.filter((c): c is ChartSpec => c !== undefined);

/**
 * Charts already built, per model: a page, its /bieu-do/ file and the download page's list draw the
 * same chart, so each is built once per build (and language) rather than three times.
 */
const BUILT = new WeakMap<Model, Map<string, ChartSpec[]>>();
function buildOnce(model: Model, key: string, build: () => ChartSpec[]): ChartSpec[] {
	let built = BUILT.get(model);
	if (!built) BUILT.set(model, (built = new Map()));
	let charts = built.get(key);
	if (!charts) built.set(key, (charts = build()));
	return charts;
}

/** How many of the newest decisions the overview lists and draws on its timeline. */
export const OVERVIEW_DECISIONS = 12;

/** Charts of the overview page. */
export function overviewCharts(model: Model, lang: Lang, asOf: string): ChartSpec[] {
	return buildOnce(model, `overview|${lang}|${asOf}`, () =>
		present([
			gapChart(model, lang, asOf, 'tong-quan-linh-vuc', '/'),
			timelineChart(model, lang, asOf, 'tong-quan-moc-thoi-gian', '/', undefined, OVERVIEW_DECISIONS),
			agencyChart(model, lang, 'tong-quan-co-quan', '/'),
			nationalChart(model, lang, 'toan-quoc', '/'),
		]),
	);
}

/** Charts of a province page. */
export function provinceCharts(model: Model, province: ProvinceModel, lang: Lang, asOf: string): ChartSpec[] {
	const page = provincePath(province);
	return buildOnce(model, `province|${province.code}|${lang}|${asOf}`, () =>
		present([
			gapChart(model, lang, asOf, `${province.slug}-linh-vuc`, page, province),
			matrixChart(model, lang, `${province.slug}-ma-tran`, page, province),
			agencyChart(model, lang, `${province.slug}-co-quan`, page, province),
			timelineChart(model, lang, asOf, `${province.slug}-moc-thoi-gian`, page, province),
		]),
	);
}

/** The small chart of a commune page: itemized people per specialty, for the specialties it received and those the province named as lacking. */
export function communeCharts(model: Model, coverage: CommuneCoverage, lang: Lang): ChartSpec[] {
	// The commune's chart counts all its itemized rows and its province's statements: it does not depend on the day.
	return buildOnce(model, `commune|${coverage.commune.code}|${lang}`, () => buildCommuneCharts(model, coverage, lang));
}

function buildCommuneCharts(model: Model, coverage: CommuneCoverage, lang: Lang): ChartSpec[] {
	const find = lookup(model);
	const ids = [...new Set([...coverage.specialtiesReceived, ...coverage.shortages])];
	if (ids.length === 0) return [];
	const province = coverage.province;
	const file = `${province?.slug ?? coverage.commune.province}-${coverage.commune.slug}`;
	const name = (id: string) => {
		const s = find.specialty(id);
		return s ? specialtyName(s, lang) : id;
	};
	const counts = ids.map((id) => ({ id, people: coverage.assignments.filter((a) => a.specialty === id).length }));
	// Nothing itemized in any field: a chart would be an empty axis from 0 to 1; the page says it in words.
	if (counts.every((c) => c.people === 0)) return [];
	const commune = communeName(coverage.commune, lang);
	const data: BarDatum[] = counts.map((c) => {
		const datum: BarDatum = { id: c.id, label: name(c.id), segments: c.people > 0 ? [{ key: 'people', value: c.people }] : [] };
		if (c.people === 0) datum.note = t(lang, 'commune.notReceived');
		return datum;
	});
	const svgText = text(lang, file, 'chart.commune.title', 'chart.commune.desc', { commune });
	const series = [{ key: 'people', label: t(lang, 'chart.agencies.people') }];
	return [
		{
			file,
			page: communePath(model, coverage.commune),
			caption: svgText.title,
			subtitle: svgText.desc,
			// The wide rendering is the standalone file; the page draws the narrow one only (its byte budget).
			svg: () => barChartSvg(layoutBars(data, series, { lang, legend: false, width: 400 }), svgText),
			svgNarrow: () =>
				barChartSvg(layoutBars(data, series, { lang, legend: false, width: NARROW_WIDTH, labelsAbove: true }), { ...svgText, id: `${svgText.id}-n` }),
			narrowOnly: true,
			table: {
				caption: t(lang, 'chart.commune.title', { commune }),
				columns: [{ label: t(lang, 'common.specialty') }, { label: t(lang, 'chart.agencies.people'), numeric: true }],
				rows: counts.map((c) => [name(c.id), c.people > 0 ? c.people : t(lang, 'commune.notReceived')]),
			},
		},
	];
}

/** Every chart of the site in a language, for the standalone files under /bieu-do/. */
export function allCharts(model: Model, lang: Lang, asOf: string, coverageOf: (code: string) => CommuneCoverage): ChartSpec[] {
	return buildOnce(model, `all|${lang}|${asOf}`, () => [
		...overviewCharts(model, lang, asOf),
		...model.provinces.flatMap((p) => provinceCharts(model, p, lang, asOf)),
		...model.communes.flatMap((c) => communeCharts(model, coverageOf(c.code), lang)),
	]);
}
