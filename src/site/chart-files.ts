// Imported by the /bieu-do/ endpoints (both languages) and the download page: standalone SVG files of every chart.
import type { APIRoute } from 'astro';
import { site } from '../../site.config.ts';
import { communeCoverage } from '../lib/aggregate/index.ts';
import { framedSvg } from '../lib/charts/index.ts';
import { formatDate, localePath, t, withBase, type Lang } from '../lib/i18n.ts';
import type { Model } from '../lib/model/types.ts';
import { lookup } from '../lib/lookup.ts';
import { allCharts, type ChartSpec } from './charts.ts';
import { siteFacts } from './facts.ts';
import { loadModel } from './model.ts';

/** The path of a chart's file in a language, without base: "/bieu-do/toan-quoc.svg", "/en/bieu-do/toan-quoc.svg". */
export function chartFilePath(lang: Lang, file: string): string {
	return localePath(lang, `/bieu-do/${file}.svg`);
}

/** The public address of a page in a language, with the site's address and base path. */
export function publicAddress(lang: Lang, path: string): string {
	return new URL(withBase(site.base, localePath(lang, path)), site.url).href;
}

/**
 * A chart as its standalone file: the wide rendering framed by a visible title, subtitle, source
 * line, as-of day, licence and the address of the page it belongs to, in the chart's language.
 */
export function standaloneChartSvg(chart: ChartSpec, lang: Lang, asOf: string): string {
	return framedSvg(chart.svg(), {
		title: chart.caption,
		subtitle: chart.subtitle,
		footer: [
			t(lang, 'chart.file.source', { publisher: site.publisher[lang] }),
			`${t(lang, 'footer.asOf')} ${formatDate(asOf, lang)} · ${t(lang, 'footer.licence')}: ${site.licence.name} (${site.licence.url})`,
			publicAddress(lang, chart.page),
		],
	});
}

/** Every chart of the site in a language with its as-of day (the download page lists them). */
export async function siteCharts(lang: Lang): Promise<{ model: Model; asOf: string; charts: ChartSpec[] }> {
	const model = await loadModel();
	const { asOf } = siteFacts(model);
	const find = lookup(model);
	return { model, asOf, charts: allCharts(model, lang, asOf, (code) => communeCoverage(model, find.commune(code)!, asOf)) };
}

/** What a chart file's endpoint is given: the chart (built once, shared with its page) and how to frame it. */
interface ChartFileProps {
	chart: ChartSpec;
	lang: Lang;
	asOf: string;
}

/** Static paths of every chart file in a language; each file is framed when it is written, not held all build. */
export async function chartFileRoutes(lang: Lang) {
	const { asOf, charts } = await siteCharts(lang);
	return charts.map((chart) => ({ params: { file: chart.file }, props: { chart, lang, asOf } satisfies ChartFileProps }));
}

/** The drawn size of each chart file written so far, by language, file and day: the download page gives it. */
const BOXES = new Map<string, { width: number; height: number }>();

/** The size of a chart's standalone file, from its own viewBox (the download page's image keeps its layout while it loads). */
export function standaloneChartBox(chart: ChartSpec, lang: Lang, asOf: string): { width: number; height: number } {
	return BOXES.get(`${lang}|${chart.file}|${asOf}`) ?? boxOf(standaloneChartSvg(chart, lang, asOf));
}

function boxOf(svg: string): { width: number; height: number } {
	const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/u.exec(svg);
	return { width: Math.round(Number(box?.[1] ?? 640)), height: Math.round(Number(box?.[2] ?? 400)) };
}

const ENCODER = new TextEncoder();

/** Serves a chart's SVG, as journalists embed it. */
export const serveChartFile: APIRoute = ({ props }) => {
	const { chart, lang, asOf } = props as ChartFileProps;
	const svg = standaloneChartSvg(chart, lang, asOf);
	// Only the overview's and provinces' charts are listed with their size; a commune's is not kept.
	if (!chart.narrowOnly) BOXES.set(`${lang}|${chart.file}|${asOf}`, boxOf(svg));
	// Bytes, not a string: a string body is copied once more as it is checked for lone surrogates.
	return new Response(ENCODER.encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
};
