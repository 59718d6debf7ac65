// Imported by the /bieu-do/ endpoints (both languages): standalone SVG files of every chart.
import type { APIRoute } from 'astro';
import { communeCoverage } from '../lib/aggregate/index.ts';
import type { Lang } from '../lib/i18n.ts';
import { lookup } from '../lib/present.ts';
import { allCharts } from './charts.ts';
import { siteFacts } from './facts.ts';
import { loadModel } from './model.ts';

/** Static paths of every chart file in a language, each with its SVG. */
export async function chartFileRoutes(lang: Lang) {
	const model = await loadModel();
	const { asOf } = siteFacts(model);
	const find = lookup(model);
	const charts = allCharts(model, lang, asOf, (code) => communeCoverage(model, find.commune(code)!, asOf));
	return charts.map((chart) => ({ params: { file: chart.file }, props: { svg: chart.svg } }));
}

/** Serves a chart's SVG, as journalists embed it. */
export const serveChartFile: APIRoute = ({ props }) =>
	new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${(props as { svg: string }).svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
