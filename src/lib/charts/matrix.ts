import { max } from 'd3-array';
import { scaleThreshold } from 'd3-scale';
import { bilingual, joinLanguages, type Lang } from '../i18n.ts';
import { BACKGROUND, GRID, INK, MATRIX_RAMP, MUTED, NO_DATA_FILL } from './palette.ts';
import { attrs, escapeXml, FONT_SIZE, formatValue, num, svgDocument, textElement, textWidth, truncateText, wrapText, type SvgText } from './svg.ts';

/**
 * Commune × specialty matrix: a row per commune, a column per specialty, the count printed in each
 * cell. A zero is an empty white cell; "no data" is a hatched grey cell; the legend names all three.
 */

/** A row or column of the matrix. */
export interface MatrixAxisItem {
	id: string;
	label: string;
}

/** Layout options; sizes in SVG user units. */
export interface MatrixOptions {
	/** Language of the numbers. Default "vi". */
	lang?: Lang;
	/** Width (and minimum height) of a cell. Default 34. */
	cellSize?: number;
	/** Width of the row label column. Default: the longest label, between 80 and 200. */
	labelWidth?: number;
	/** Longest column header before it is cut with "…". Default 200. */
	headerMaxWidth?: number;
}

/** What a cell says: people counted, none, or no data. */
export type MatrixCellKind = 'count' | 'zero' | 'missing';

/** A drawn cell; `text` is the formatted count (only for "count"). */
export interface MatrixCell {
	rowId: string;
	colId: string;
	kind: MatrixCellKind;
	value?: number;
	x: number;
	y: number;
	width: number;
	height: number;
	fill: string;
	text?: string;
	textX: number;
	textY: number;
}

/** A legend entry: a sample cell at (x, y) and its text baseline. */
export interface MatrixLegendItem {
	kind: MatrixCellKind;
	x: number;
	y: number;
	size: number;
	textX: number;
	textY: number;
}

/** Everything `matrixSvg` needs. Column headers are rotated by `headerAngle` degrees around (x, y). */
export interface MatrixGeometry {
	kind: 'matrix';
	width: number;
	height: number;
	lang: Lang;
	grid: { x: number; y: number; width: number; height: number };
	headerAngle: number;
	rows: { id: string; label: string; lines: string[]; labelX: number; labelY: number; y: number; height: number }[];
	cols: { id: string; label: string; text: string; x: number; y: number }[];
	cells: MatrixCell[];
	legend: MatrixLegendItem[];
}

const LINE_HEIGHT = 15;
const PAD = 8;
const SMALL = 12;
const ANGLE = -45;

/**
 * Lays out the matrix: wrapped row labels, headers rotated 45°, one cell per row and column, a legend
 * below. `value` returns a count, 0 for none, or undefined where there is no data.
 * @example layoutMatrix(communes, specialties, (c, s) => counts.get(`${c}|${s}`) ?? 0)
 */
export function layoutMatrix(
	rows: readonly MatrixAxisItem[],
	cols: readonly MatrixAxisItem[],
	value: (rowId: string, colId: string) => number | undefined,
	opts: MatrixOptions = {},
): MatrixGeometry {
	const lang = opts.lang ?? 'vi';
	const cell = opts.cellSize ?? 34;
	const labelWidth = opts.labelWidth ?? Math.min(200, Math.max(80, (max(rows, (r) => textWidth(r.label)) ?? 0) + PAD));
	const headerMax = opts.headerMaxWidth ?? 200;
	const cos = Math.cos((ANGLE * Math.PI) / 180);
	const sin = Math.abs(Math.sin((ANGLE * Math.PI) / 180));

	// Headers: cut to the maximum, then the header band is as tall as the longest one needs.
	const headerTexts = cols.map((c) => truncateText(c.label, headerMax, SMALL));
	const headerHeight = (max(headerTexts, (t) => textWidth(t, SMALL)) ?? 0) * sin + SMALL + PAD;
	const grid = { x: labelWidth, y: headerHeight, width: cols.length * cell, height: 0 };
	const colItems = cols.map((c, j) => ({ id: c.id, label: c.label, text: headerTexts[j]!, x: grid.x + j * cell + cell / 2 - 3, y: headerHeight - 6 }));
	// Rotated headers reach right of the last column; widen the viewBox to keep them inside.
	const rightmost = max(colItems, (c) => c.x + textWidth(c.text, SMALL) * cos + SMALL) ?? 0;

	// Fill by count with thresholds 1, 2, 3+; the number is printed too, so colour is not the only cue.
	const ramp = scaleThreshold<number, string>()
		.domain([2, 3])
		.range([...MATRIX_RAMP]);
	const rowItems: MatrixGeometry['rows'] = [];
	const cells: MatrixCell[] = [];
	let y = grid.y;
	for (const r of rows) {
		const lines = wrapText(r.label, labelWidth - PAD, FONT_SIZE, 2);
		const height = Math.max(cell, lines.length * LINE_HEIGHT + 4);
		const mid = y + height / 2;
		rowItems.push({
			id: r.id,
			label: r.label,
			lines,
			labelX: labelWidth - PAD,
			labelY: mid + FONT_SIZE * 0.35 - ((lines.length - 1) * LINE_HEIGHT) / 2,
			y,
			height,
		});
		cols.forEach((c, j) => {
			const v = value(r.id, c.id);
			if (v !== undefined && (!Number.isFinite(v) || v < 0))
				throw new Error(joinLanguages(bilingual('chart.matrix.value', { row: r.id, column: c.id, value: v })));
			const kind: MatrixCellKind = v === undefined ? 'missing' : v === 0 ? 'zero' : 'count';
			const x = grid.x + j * cell;
			const drawn: MatrixCell = {
				rowId: r.id,
				colId: c.id,
				kind,
				x: x + 1,
				y: y + 1,
				width: cell - 2,
				height: height - 2,
				fill: kind === 'count' ? ramp(v!) : kind === 'zero' ? BACKGROUND : NO_DATA_FILL,
				textX: x + cell / 2,
				textY: mid + FONT_SIZE * 0.35,
			};
			if (v !== undefined) drawn.value = v;
			if (kind === 'count') drawn.text = formatValue(lang, v!);
			cells.push(drawn);
		});
		y += height;
	}
	grid.height = y - grid.y;

	// Legend below the grid, one entry per line; "no data" only when some cell has none.
	const kinds: MatrixCellKind[] = cells.some((c) => c.kind === 'missing') ? ['count', 'zero', 'missing'] : ['count', 'zero'];
	let ly = grid.y + grid.height + PAD * 2;
	const legend = kinds.map((kind) => {
		const item = { kind, x: 0, y: ly, size: 18, textX: 26, textY: ly + 9 + FONT_SIZE * 0.35 };
		ly += 24;
		return item;
	});
	const width = Math.max(grid.x + grid.width, rightmost) + PAD;
	return { kind: 'matrix', width, height: ly, lang, grid, headerAngle: ANGLE, rows: rowItems, cols: colItems, cells, legend };
}

/** The legend strings of the matrix, in the reader's language. */
export interface MatrixLegendText {
	/** Meaning of a number in a cell, e.g. "Số người được cử". */
	count: string;
	/** Meaning of an empty white cell, e.g. "Không có ai được cử (0)". */
	zero: string;
	/** Meaning of a hatched cell, e.g. "Chưa có dữ liệu". */
	missing: string;
}

/**
 * Renders the matrix geometry as a standalone, accessible SVG string.
 * @example matrixSvg(layoutMatrix(rows, cols, value), { id: 'matrix', title: '…', desc: '…', lang: 'vi', legend: { count: '…', zero: '…', missing: '…' } })
 */
export function matrixSvg(geometry: MatrixGeometry, text: SvgText & { legend: MatrixLegendText }): string {
	const hatchId = `${text.id}-nodata`;
	const defs = `<pattern id="${escapeXml(hatchId)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${NO_DATA_FILL}"/><path d="M0 0V6" stroke="${MUTED}" stroke-width="1.5"/></pattern>`;
	const fillOf = (kind: MatrixCellKind, fill: string) => (kind === 'missing' ? `url(#${hatchId})` : fill);

	const headers = geometry.cols
		.map((c) => `<text${attrs({ x: c.x, y: c.y, transform: `rotate(${num(geometry.headerAngle)} ${num(c.x)} ${num(c.y)})` })}>${escapeXml(c.text)}</text>`)
		.join('');
	const labels = geometry.rows.map((r) => textElement(r.lines, r.labelX, r.labelY, LINE_HEIGHT)).join('');
	// Cells grouped by fill keeps the file small: 45 communes × 12 specialties is 540 cells.
	const groups = new Map<string, string[]>();
	for (const c of geometry.cells) {
		const fill = fillOf(c.kind, c.fill);
		const list = groups.get(fill) ?? [];
		list.push(`<rect${attrs({ x: c.x, y: c.y, width: c.width, height: c.height })}/>`);
		groups.set(fill, list);
	}
	const cellRects = [...groups].map(([fill, rects]) => `<g fill="${fill}">${rects.join('')}</g>`).join('');
	const counts = geometry.cells
		.filter((c) => c.text !== undefined)
		.map((c) => `<text${attrs({ x: c.textX, y: c.textY })}>${escapeXml(c.text!)}</text>`)
		.join('');
	const legend = geometry.legend
		.map((item) => {
			const fill = item.kind === 'count' ? MATRIX_RAMP[0] : fillOf(item.kind, item.kind === 'zero' ? BACKGROUND : NO_DATA_FILL);
			const sample = `<rect${attrs({ x: item.x + 0.5, y: item.y + 0.5, width: item.size - 1, height: item.size - 1, fill, stroke: GRID })}/>`;
			const digit = item.kind === 'count' ? `<text${attrs({ x: item.x + item.size / 2, y: item.textY, 'text-anchor': 'middle' })}>1</text>` : '';
			return `${sample}${digit}<text${attrs({ x: item.textX, y: item.textY })}>${escapeXml(text.legend[item.kind])}</text>`;
		})
		.join('');
	const { grid } = geometry;
	const body = [
		`<g font-size="${SMALL}">${headers}</g>`,
		`<g text-anchor="end">${labels}</g>`,
		`<g stroke="${GRID}">${cellRects}</g>`,
		`<g text-anchor="middle" font-weight="bold">${counts}</g>`,
		`<rect${attrs({ x: grid.x, y: grid.y, width: grid.width, height: grid.height, fill: 'none', stroke: INK })}/>`,
		`<g>${legend}</g>`,
	].join('');
	return svgDocument(text, geometry.width, geometry.height, defs, body);
}
