import { max, tickStep } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { bilingual, joinLanguages, type Lang } from '../i18n.ts';
import { GRID, INK, MUTED, seriesStyle, type PatternKind } from './palette.ts';
import {
	attrs,
	escapeXml,
	FONT_SIZE,
	HALO_ATTRS,
	formatValue,
	patternDef,
	patternFill,
	svgDocument,
	textElement,
	textWidth,
	tickFormatter,
	truncateText,
	wrapText,
	type SvgText,
} from './svg.ts';

/**
 * Horizontal bar chart, single or stacked: d3 computes the geometry here, `barChartSvg` only maps it
 * to SVG elements. A datum without segments is a labelled gap ("not published"), never a zero bar.
 */

/** One bar: its segments in any order (stacked in series order), or none with a note for a gap. */
export interface BarDatum {
	id: string;
	label: string;
	/** Values per series key; an empty list means the value is not known (drawn as a gap). */
	segments: { key: string; value: number }[];
	/** Shown instead of a bar when there are no segments, after the value otherwise (e.g. "tối thiểu"). */
	note?: string;
}

/** A series: its key in the segments and its name in the legend; the array order is stacking and legend order. */
export interface SeriesSpec {
	key: string;
	label: string;
}

/** Layout options; every size is in SVG user units. */
export interface BarOptions {
	/** Language of the numbers (1.234 or 1,234). Default "vi". */
	lang?: Lang;
	/** Total width of the viewBox. Default 640. */
	width?: number;
	/** Width of the label column. Default: the longest label, at least 80 and at most 220 or 40 % of the width. */
	labelWidth?: number;
	/** Height of one bar. Default 20. */
	barHeight?: number;
	/** Upper end of the value axis, to share a scale between charts. Default: the largest total. */
	maxValue?: number;
	/** Approximate number of axis ticks. Default 5. */
	ticks?: number;
	/** Whether to draw the legend. Default true (also for a single series, which names the measure). */
	legend?: boolean;
	/**
	 * Put each label on its own line above its bar, the full width (the narrow layout for phones: a
	 * label column would squeeze both labels and bars). Default false.
	 */
	labelsAbove?: boolean;
}

/** A series as drawn: colour, pattern and legend position. */
export interface BarSeries extends SeriesSpec {
	color: string;
	pattern: PatternKind;
}

/** A legend entry: swatch at (x, y), text baseline at (textX, textY). */
export interface BarLegendItem {
	key: string;
	label: string;
	x: number;
	y: number;
	size: number;
	textX: number;
	textY: number;
}

/** A drawn segment. */
export interface BarSegment {
	key: string;
	series: number;
	value: number;
	x: number;
	width: number;
}

/** One row of the chart: label lines, the bar (or gap) and the text at its end. */
export interface BarRow {
	id: string;
	label: string;
	/** The label wrapped on at most two lines. */
	lines: string[];
	labelX: number;
	/** How the label lines are anchored at labelX: "end" in a label column, "start" above the bar. */
	labelAnchor: 'start' | 'end';
	/** Baseline of the first label line. */
	labelY: number;
	/** Top of the bar. */
	y: number;
	height: number;
	/** Sum of the segments; undefined for a gap. */
	total?: number;
	segments: BarSegment[];
	/**
	 * Text right of the bar end, baseline at y: the total, after the segment values in series order when
	 * stacked ("15 + 30 = 45"), then the note.
	 */
	end?: { x: number; y: number; value: string; parts?: string[]; note?: string };
	/** The gap's note, where the bar would start. */
	gap?: { x: number; y: number; text: string };
}

/** Everything `barChartSvg` needs: sizes, scale ticks, legend and rows. */
export interface BarGeometry {
	kind: 'bars';
	width: number;
	height: number;
	lang: Lang;
	plot: { x: number; y: number; width: number; height: number };
	series: BarSeries[];
	legend: BarLegendItem[];
	ticks: { x: number; value: number; label: string }[];
	tickLabelY: number;
	rows: BarRow[];
}

const LINE_HEIGHT = 15;
const ROW_GAP = 10;
const PAD = 8;
const SMALL = 12;

/**
 * Lays out a horizontal bar chart: rows in the given order, segments stacked in series order, value
 * labels at the bar ends, wrapped labels on the left, a legend on top and ticks below.
 * @example layoutBars([{ id: 'a', label: 'Sở Y tế', segments: [{ key: 'n', value: 45 }] }], [{ key: 'n', label: 'Người' }])
 */
export function layoutBars(data: readonly BarDatum[], series: readonly SeriesSpec[], opts: BarOptions = {}): BarGeometry {
	const lang = opts.lang ?? 'vi';
	const width = opts.width ?? 640;
	const barHeight = opts.barHeight ?? 20;
	const order = new Map(series.map((s, i) => [s.key, i]));
	for (const d of data) {
		for (const s of d.segments) {
			if (!order.has(s.key)) throw new Error(joinLanguages(bilingual('chart.bars.series', { bar: d.id, series: s.key })));
			if (!Number.isFinite(s.value) || s.value < 0) throw new Error(joinLanguages(bilingual('chart.bars.value', { bar: d.id, value: s.value })));
		}
	}
	const drawn: BarSeries[] = series.map((s, i) => ({ ...s, ...seriesStyle(i) }));

	// Legend: swatches and names flow left to right, wrapping to the width.
	const legend: BarLegendItem[] = [];
	let legendBottom = 0;
	if (opts.legend ?? true) {
		let lx = 0;
		let ly = 0;
		for (const s of drawn) {
			const label = truncateText(s.label, width - SMALL - 6);
			const itemWidth = SMALL + 6 + textWidth(label) + 16;
			if (lx > 0 && lx + itemWidth > width) {
				lx = 0;
				ly += LINE_HEIGHT + 4;
			}
			legend.push({ key: s.key, label, x: lx, y: ly + 2, size: SMALL, textX: lx + SMALL + 6, textY: ly + SMALL });
			lx += itemWidth;
		}
		legendBottom = legend.length > 0 ? ly + LINE_HEIGHT + PAD : 0;
	}

	// The label column takes what the longest label needs, within 80 units and 40 % of the width;
	// with labels above the bars there is no column, only room for half of the first tick label ("0").
	const above = opts.labelsAbove ?? false;
	const labelWidth = above ? 6 : (opts.labelWidth ?? Math.min(220, width * 0.4, Math.max(80, (max(data, (d) => textWidth(d.label)) ?? 0) + PAD)));
	const totals = data.map((d) => (d.segments.length === 0 ? undefined : d.segments.reduce((sum, s) => sum + s.value, 0)));
	// Stacked bars name every segment's value at the bar end, in legend order: a thin segment has no
	// room for a label inside, and the table's figures must all be readable in the chart.
	const endTexts = data.map((d, i) => {
		const total = totals[i];
		if (total === undefined) return undefined;
		const parts =
			d.segments.length > 1 ? [...d.segments].sort((a, b) => order.get(a.key)! - order.get(b.key)!).map((s) => formatValue(lang, s.value)) : undefined;
		return { value: formatValue(lang, total), parts, note: d.note };
	});
	const endWidth = (e: NonNullable<(typeof endTexts)[number]>) =>
		textWidth(e.value, FONT_SIZE, true) + (e.parts ? textWidth(`${e.parts.join(' + ')} = `, SMALL) : 0) + (e.note ? textWidth(` ${e.note}`, SMALL) : 0);
	// Room right of the longest bar for its value label (capped so the plot keeps half the width).
	const endRoom = Math.min((width - labelWidth) * (above ? 0.6 : 0.5), Math.max(24, (max(endTexts, (e) => (e ? endWidth(e) : 0)) ?? 0) + PAD));
	const plot = { x: labelWidth, y: legendBottom, width: Math.max(40, width - labelWidth - endRoom), height: 0 };
	const top = Math.max(opts.maxValue ?? 0, max(totals, (t) => t ?? 0) ?? 0, 1);
	const tickCount = opts.ticks ?? 5;
	const x = scaleLinear()
		.domain([0, top])
		.nice(tickCount)
		.range([plot.x, plot.x + plot.width]);

	const rows: BarRow[] = [];
	let y = plot.y + ROW_GAP / 2;
	data.forEach((d, i) => {
		const baseline = (center: number, size = FONT_SIZE) => center + size * 0.35;
		// Above: the label lines right of the axis, then the bar under them, clear of the descenders;
		// beside: the bar level with the label's middle.
		const lines = wrapText(d.label, above ? width - labelWidth - 4 : labelWidth - PAD, FONT_SIZE, 2);
		const labelHeight = above ? lines.length * LINE_HEIGHT + 4 : 0;
		const height = above ? labelHeight + barHeight : Math.max(barHeight, lines.length * LINE_HEIGHT);
		const barY = above ? y + labelHeight : y + (height - barHeight) / 2;
		const mid = above ? barY + barHeight / 2 : y + height / 2;
		const row: BarRow = {
			id: d.id,
			label: d.label,
			lines,
			labelX: above ? labelWidth + 4 : labelWidth - PAD,
			labelAnchor: above ? 'start' : 'end',
			labelY: above ? y + FONT_SIZE : baseline(mid) - ((lines.length - 1) * LINE_HEIGHT) / 2,
			y: barY,
			height: barHeight,
			segments: [],
		};
		const total = totals[i];
		if (total === undefined) {
			row.gap = { x: plot.x + 6, y: baseline(mid), text: truncateText(d.note ?? '—', width - plot.x - 6) };
		} else {
			row.total = total;
			let acc = 0;
			const sorted = [...d.segments].sort((a, b) => order.get(a.key)! - order.get(b.key)!);
			for (const s of sorted) {
				const x0 = x(acc);
				const x1 = x(acc + s.value);
				acc += s.value;
				row.segments.push({ key: s.key, series: order.get(s.key)!, value: s.value, x: x0, width: x1 - x0 });
			}
			const e = endTexts[i]!;
			row.end = {
				x: x(total) + 4,
				y: baseline(mid),
				value: e.value,
				...(e.parts ? { parts: e.parts } : {}),
				...(e.note === undefined ? {} : { note: e.note }),
			};
		}
		rows.push(row);
		y += height + ROW_GAP;
	});
	plot.height = y - ROW_GAP / 2 - plot.y;

	// Counts of people get whole-number ticks only: "0,5 người" means nothing.
	const integers = data.every((d) => d.segments.every((s) => Number.isInteger(s.value)));
	const step = tickStep(0, x.domain()[1]!, tickCount);
	const format = tickFormatter(lang, integers ? Math.max(1, step) : step);
	const ticks = x
		.ticks(tickCount)
		.filter((value) => !integers || Number.isInteger(value))
		.map((value) => ({ x: x(value), value, label: format(value) }));
	const tickLabelY = plot.y + plot.height + LINE_HEIGHT;
	return { kind: 'bars', width, height: tickLabelY + PAD, lang, plot, series: drawn, legend, ticks, tickLabelY, rows };
}

/**
 * Renders a bar chart's geometry as a standalone, accessible SVG string (also valid inline in HTML).
 * @example barChartSvg(layoutBars(data, series), { id: 'agencies', title: 'Cơ quan cử người', desc: '…', lang: 'vi' })
 */
export function barChartSvg(geometry: BarGeometry, text: SvgText): string {
	const { plot } = geometry;
	const patternId = (i: number) => `${text.id}-s${i}`;
	const fill = (i: number) => patternFill(patternId(i), geometry.series[i]!.pattern, geometry.series[i]!.color);
	const defs = geometry.series.map((s, i) => patternDef(patternId(i), s.pattern, s.color)).join('');

	const grid = geometry.ticks.map((t) => `<line${attrs({ x1: t.x, x2: t.x, y1: plot.y, y2: plot.y + plot.height })}/>`).join('');
	const tickLabels = geometry.ticks.map((t) => `<text${attrs({ x: t.x, y: geometry.tickLabelY })}>${escapeXml(t.label)}</text>`).join('');
	const legend = geometry.legend
		.map((item, i) => {
			const s = geometry.series[i]!;
			const swatch = `<rect${attrs({ x: item.x, y: item.y, width: item.size, height: item.size, fill: fill(i), stroke: s.color })}/>`;
			return swatch + `<text${attrs({ x: item.textX, y: item.textY })}>${escapeXml(item.label)}</text>`;
		})
		.join('');
	const labels = geometry.rows.map((r) => textElement(r.lines, r.labelX, r.labelY, 15)).join('');
	const labelAnchor = geometry.rows[0]?.labelAnchor ?? 'end';
	// What every row repeats, written once per chart.
	const fills = geometry.series.map((_, i) => fill(i));
	const small = attrs({ fill: MUTED, 'font-size': SMALL });
	const gapAttrs = attrs({ fill: MUTED, 'font-style': 'italic' }) + HALO_ATTRS;
	const bars = geometry.rows
		.map((r) => {
			const parts: string[] = [];
			for (const s of r.segments) {
				if (s.width <= 0) continue;
				// A 1-unit stroke in the series colour keeps each segment's edge at 3:1 even where the pattern is white.
				parts.push(`<rect${attrs({ x: s.x, y: r.y, width: s.width, height: r.height, fill: fills[s.series], stroke: geometry.series[s.series]!.color })}/>`);
			}
			if (r.end) {
				const sum = r.end.parts ? `<tspan${small}>${escapeXml(`${r.end.parts.join(' + ')} = `)}</tspan>` : '';
				const note = r.end.note ? `<tspan${small}> ${escapeXml(r.end.note)}</tspan>` : '';
				parts.push(`<text${attrs({ x: r.end.x, y: r.end.y })}${HALO_ATTRS}>${sum}<tspan font-weight="bold">${escapeXml(r.end.value)}</tspan>${note}</text>`);
			}
			if (r.gap) {
				// A gap: a thin marker on the axis and the note where the bar would be; never a zero-length bar.
				parts.push(`<rect${attrs({ x: plot.x, y: r.y, width: 2, height: r.height, fill: MUTED })}/>`);
				parts.push(`<text${attrs({ x: r.gap.x, y: r.gap.y })}${gapAttrs}>${escapeXml(r.gap.text)}</text>`);
			}
			return parts.join('');
		})
		.join('');
	const axis = `<line${attrs({ x1: plot.x, x2: plot.x, y1: plot.y, y2: plot.y + plot.height, stroke: INK })}/>`;
	const body = [
		legend ? `<g>${legend}</g>` : '',
		`<g stroke="${GRID}">${grid}</g>`,
		`<g text-anchor="${labelAnchor}">${labels}</g>`,
		`<g>${bars}</g>`,
		axis,
		`<g fill="${MUTED}" font-size="${SMALL}" text-anchor="middle">${tickLabels}</g>`,
	].join('');
	return svgDocument(text, geometry.width, geometry.height, defs, body);
}
