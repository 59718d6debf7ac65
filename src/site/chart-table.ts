// Imported by ChartFigure.astro and src/site/charts.ts: a chart's table of numbers, and its body rows written as one string (src/lib/html.ts).
import { attr, markup, type Html } from '../lib/html.ts';
import { formatNumber, type Lang } from '../lib/i18n.ts';

/** A chart's numbers as a table: the first cell of each row is its header. */
export interface ChartTable {
	caption: string;
	columns: { label: string; numeric?: boolean }[];
	rows: (string | number)[][];
}

/**
 * The body rows of a chart's table, each cell naming its column for the phone layout; in a table
 * that becomes a list on narrow screens (`listOnNarrow`), a zero cell is marked `data-zero` and hidden
 * there. A province's commune × field table alone has thousands of cells.
 */
export function chartTableRows(table: ChartTable, lang: Lang, listOnNarrow: boolean): Html[] {
	const cell = (value: string | number) => (typeof value === 'number' ? formatNumber(lang, value) : value);
	const labels = table.columns.map((c) => attr('data-label', c.label));
	const numeric = table.columns.map((c) => attr('class', c.numeric === true ? 'num' : undefined));
	const rows = table.rows.map(
		(row) =>
			markup`<tr>${row.map((value, i) =>
				i === 0
					? markup`<th scope="row">${cell(value)}</th>`
					: markup`<td${numeric[i]}${labels[i]}${attr('data-zero', listOnNarrow && value === 0 ? '' : undefined)}>${cell(value)}</td>`,
			)}</tr>`,
	);
	return rows;
}
