// Imported by pages and the /bieu-do/ endpoints: every chart of the site, built from the model.
import { agencyCounts, communeSpecialtyMatrix, decisionStatus, nationalPanel, specialtyGaps, type CommuneCoverage } from '../lib/aggregate/index.ts';
import { barChartSvg, layoutBars, layoutMatrix, layoutTimeline, matrixSvg, timelineSvg, type BarDatum } from '../lib/charts/index.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { Model, ProvinceModel } from '../lib/model/types.ts';
import { agencyName, communeName, decisionLabel, formatCount, formatPeriod, lookup, provinceName, specialtyName } from '../lib/present.ts';
import type { MessageKey } from '../i18n/vi.ts';

/** A chart ready to render: its standalone SVG, the table with the same figures, and its file name. */
export interface ChartSpec {
	/** File name under /bieu-do/ without extension, unique per language; also the SVG's id prefix. */
	file: string;
	caption: string;
	svg: string;
	table: { caption: string; columns: { label: string; numeric?: boolean }[]; rows: (string | number)[][] };
	/** The matrix turns into a list on narrow screens. */
	listOnNarrow?: boolean;
}

const text = (lang: Lang, file: string, title: MessageKey, desc: MessageKey, params: Record<string, string> = {}) => ({
	id: `c-${file}`,
	title: t(lang, title, params),
	desc: t(lang, desc, params),
	lang,
});

/** Specialty gap chart: communes that received a specialist, and communes short with nothing itemized. */
function gapChart(model: Model, lang: Lang, asOf: string, file: string, province?: ProvinceModel): ChartSpec | undefined {
	const find = lookup(model);
	const rows = specialtyGaps(model, asOf, province?.code);
	if (rows.length === 0) return undefined;
	const name = (id: string) => {
		const s = find.specialty(id);
		return s ? specialtyName(s, lang) : id;
	};
	const data: BarDatum[] = rows.map((r) => ({
		id: r.specialty,
		label: name(r.specialty),
		segments: [
			{ key: 'received', value: r.communesReceived },
			{ key: 'short', value: r.communesShortNotItemized },
		],
	}));
	const series = [
		{ key: 'received', label: t(lang, 'chart.gap.received') },
		{ key: 'short', label: t(lang, 'chart.gap.short') },
	];
	const where = province ? provinceName(province, lang) : t(lang, 'chart.allProvinces');
	return {
		file,
		caption: t(lang, 'chart.gap.title', { where }),
		svg: barChartSvg(layoutBars(data, series, { lang }), text(lang, file, 'chart.gap.title', 'chart.gap.desc', { where })),
		table: {
			caption: t(lang, 'chart.gap.title', { where }),
			columns: [{ label: t(lang, 'common.specialty') }, { label: series[0]!.label, numeric: true }, { label: series[1]!.label, numeric: true }],
			rows: rows.map((r) => [name(r.specialty), r.communesReceived, r.communesShortNotItemized]),
		},
	};
}

/** Where staff came from: sending bodies by number of itemized people. */
function agencyChart(model: Model, lang: Lang, file: string, province?: ProvinceModel): ChartSpec | undefined {
	const find = lookup(model);
	const rows = agencyCounts(model, province?.code);
	if (rows.length === 0) return undefined;
	const name = (id: string) => {
		const a = find.agency(id);
		return a ? agencyName(a, lang) : id;
	};
	const where = province ? provinceName(province, lang) : t(lang, 'chart.allProvinces');
	return {
		file,
		caption: t(lang, 'chart.agencies.title', { where }),
		svg: barChartSvg(
			layoutBars(
				rows.map((r) => ({ id: r.agency, label: name(r.agency), segments: [{ key: 'people', value: r.people }] })),
				[{ key: 'people', label: t(lang, 'chart.agencies.people') }],
				{ lang, legend: false },
			),
			text(lang, file, 'chart.agencies.title', 'chart.agencies.desc', { where }),
		),
		table: {
			caption: t(lang, 'chart.agencies.title', { where }),
			columns: [{ label: t(lang, 'common.agency') }, { label: t(lang, 'chart.agencies.people'), numeric: true }],
			rows: rows.map((r) => [name(r.agency), r.people]),
		},
	};
}

/** Timeline of decisions and batches, with the as-of line. */
function timelineChart(model: Model, lang: Lang, asOf: string, file: string, province?: ProvinceModel, newest?: number): ChartSpec | undefined {
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
	const where = province ? provinceName(province, lang) : t(lang, 'chart.allProvinces');
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
	return {
		file,
		caption: t(lang, 'chart.timeline.title', { where }),
		svg: timelineSvg(layoutTimeline(items, asOf, { lang }), {
			...text(lang, file, 'chart.timeline.title', 'chart.timeline.desc', { where }),
			asOfLabel: t(lang, 'footer.asOf'),
			unknownHeading: t(lang, 'status.unknown'),
			openEnd: t(lang, 'chart.timeline.openEnd'),
			status,
		}),
		table: {
			caption: t(lang, 'chart.timeline.title', { where }),
			columns: [{ label: t(lang, 'common.decision') }, { label: t(lang, 'common.period') }, { label: t(lang, 'common.status') }],
			rows: items.map((i) => [i.label, formatPeriod(lang, i.start, i.end), status[i.status]]),
		},
	};
}

/** Commune × specialty matrix of one province. */
function matrixChart(model: Model, lang: Lang, file: string, province: ProvinceModel): ChartSpec | undefined {
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
		listOnNarrow: true,
		caption: t(lang, 'chart.matrix.title', { where }),
		svg: matrixSvg(
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
function nationalChart(model: Model, lang: Lang, file: string): ChartSpec | undefined {
	const rows = nationalPanel(model);
	if (rows.length === 0) return undefined;
	const data: BarDatum[] = rows.map((r) => {
		const datum: BarDatum = { id: r.province.code, label: r.province.name, segments: r.declared === undefined ? [] : [{ key: 'declared', value: r.declared }] };
		if (r.declared === undefined) datum.note = t(lang, 'common.notPublished');
		else if (r.declaredAtLeast) datum.note = t(lang, 'chart.national.atLeast');
		return datum;
	});
	return {
		file,
		caption: t(lang, 'chart.national.title'),
		svg: barChartSvg(
			layoutBars(data, [{ key: 'declared', label: t(lang, 'common.declared') }], { lang, legend: false }),
			text(lang, file, 'chart.national.title', 'chart.national.desc'),
		),
		table: {
			caption: t(lang, 'chart.national.title'),
			columns: [{ label: t(lang, 'common.province') }, { label: t(lang, 'common.declared'), numeric: true }],
			rows: rows.map((r) => [
				provinceName(r.province, lang),
				r.declared === undefined ? t(lang, 'common.notPublished') : formatCount(lang, r.declared, r.declaredAtLeast ? 'at-least' : 'exact'),
			]),
		},
	};
}

const present = (charts: (ChartSpec | undefined)[]): ChartSpec[] => charts.filter((c): c is ChartSpec => c !== undefined);

/** How many of the newest decisions the overview lists and draws on its timeline. */
export const OVERVIEW_DECISIONS = 12;

/** Charts of the overview page. */
export function overviewCharts(model: Model, lang: Lang, asOf: string): ChartSpec[] {
	return present([
		gapChart(model, lang, asOf, 'tong-quan-linh-vuc'),
		timelineChart(model, lang, asOf, 'tong-quan-moc-thoi-gian', undefined, OVERVIEW_DECISIONS),
		agencyChart(model, lang, 'tong-quan-co-quan'),
		nationalChart(model, lang, 'toan-quoc'),
	]);
}

/** Charts of a province page. */
export function provinceCharts(model: Model, province: ProvinceModel, lang: Lang, asOf: string): ChartSpec[] {
	return present([
		gapChart(model, lang, asOf, `${province.slug}-linh-vuc`, province),
		matrixChart(model, lang, `${province.slug}-ma-tran`, province),
		agencyChart(model, lang, `${province.slug}-co-quan`, province),
		timelineChart(model, lang, asOf, `${province.slug}-moc-thoi-gian`, province),
	]);
}

/** The small chart of a commune page: itemized people per specialty, for the specialties it received and those the province named as lacking. */
export function communeCharts(model: Model, coverage: CommuneCoverage, lang: Lang): ChartSpec[] {
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
	const commune = communeName(coverage.commune, lang);
	const data: BarDatum[] = counts.map((c) => {
		const datum: BarDatum = { id: c.id, label: name(c.id), segments: c.people > 0 ? [{ key: 'people', value: c.people }] : [] };
		if (c.people === 0) datum.note = t(lang, 'commune.notReceived');
		return datum;
	});
	return [
		{
			file,
			caption: t(lang, 'chart.commune.title', { commune }),
			svg: barChartSvg(
				layoutBars(data, [{ key: 'people', label: t(lang, 'chart.agencies.people') }], { lang, legend: false, width: 400 }),
				text(lang, file, 'chart.commune.title', 'chart.commune.desc', { commune }),
			),
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
	return [
		...overviewCharts(model, lang, asOf),
		...model.provinces.flatMap((p) => provinceCharts(model, p, lang, asOf)),
		...model.communes.flatMap((c) => communeCharts(model, coverageOf(c.code), lang)),
	];
}
