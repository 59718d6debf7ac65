// Imported by pages and the /bieu-do/ endpoints: every chart of the site, built from the model.
import type { Lang } from '../lib/i18n.ts';
import type { Model, ProvinceModel } from '../lib/model/types.ts';
import type { CommuneCoverage } from '../lib/aggregate/index.ts';

/** A chart ready to render: its standalone SVG, the table with the same figures, and its file name. */
export interface ChartSpec {
	/** File name under /bieu-do/ without extension, unique per language. */
	file: string;
	caption: string;
	svg: string;
	table: { caption: string; columns: { label: string; numeric?: boolean }[]; rows: (string | number)[][] };
}

/** Charts of the overview page. */
export function overviewCharts(_model: Model, _lang: Lang, _asOf: string): ChartSpec[] {
	return [];
}

/** Charts of a province page. */
export function provinceCharts(_model: Model, _province: ProvinceModel, _lang: Lang, _asOf: string): ChartSpec[] {
	return [];
}

/** The small chart of a commune page. */
export function communeCharts(_model: Model, _coverage: CommuneCoverage, _lang: Lang): ChartSpec[] {
	return [];
}
