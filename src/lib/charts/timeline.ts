import { max, min } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { Status } from '../dates.ts';
import { bilingual, joinLanguages, type Lang } from '../i18n.ts';
import { GRID, INK, MUTED, STATUS_COLORS } from './palette.ts';
import {
	attrs,
	escapeXml,
	FONT_SIZE,
	HALO,
	patternDef,
	patternFill,
	svgDocument,
	textElement,
	textWidth,
	truncateText,
	wrapText,
	type SvgText,
} from './svg.ts';

/**
 * Timeline of decisions and batches: a bar from start to end (both inclusive) on a UTC time axis, an
 * open end drawn as an arrow to the edge, a labelled as-of line, and items with no start listed apart
 * as "unknown dates" rather than placed anywhere.
 */

/** A period's status on the as-of day, as `statusOn` in src/lib/dates.ts computes it. */
export type TimelineStatus = Status;

/** One decision or batch; dates are ISO days (`yyyy-mm-dd`) or months (`yyyy-mm`). */
export interface TimelineItem {
	id: string;
	label: string;
	start?: string | undefined;
	end?: string | undefined;
	status: TimelineStatus;
}

/** Layout options; sizes in SVG user units. */
export interface TimelineOptions {
	/** Language (kept in the geometry; dates are dd/mm/yyyy in both). Default "vi". */
	lang?: Lang;
	/** Total width of the viewBox. Default 640. */
	width?: number;
	/** Width of the label column. Default: the longest label, at least 80 and at most 200 or 40 % of the width. */
	labelWidth?: number;
	/** Approximate number of axis ticks. Default: one per 90 units of plot width. */
	ticks?: number;
	/** Each label on its own line above its bar, the full width (the narrow layout for phones). Default false. */
	labelsAbove?: boolean;
}

/** A placed item: label, bar, and the line of dates under the bar. */
export interface TimelineRow {
	id: string;
	label: string;
	lines: string[];
	labelX: number;
	labelY: number;
	/** "end" in a label column, "start" above the bar. */
	labelAnchor: 'start' | 'end';
	status: TimelineStatus;
	bar: { x: number; y: number; width: number; height: number };
	/** An item with no end runs to the edge, drawn with an arrow (`arrow` is its path). */
	openEnd: boolean;
	arrow?: string;
	/** Start and end as dd/mm/yyyy (end undefined when open), on the baseline `y` under the bar; the status on `statusY` when it needs a line of its own. */
	dates: { y: number; start: string; end?: string; statusY?: number };
}

/** Everything `timelineSvg` needs. */
export interface TimelineGeometry {
	kind: 'timeline';
	width: number;
	height: number;
	lang: Lang;
	plot: { x: number; y: number; width: number; height: number };
	ticks: { x: number; label: string }[];
	tickLabelY: number;
	asOf: { x: number; date: string; labelY: number; anchor: 'start' | 'end' };
	rows: TimelineRow[];
	/** Items without a start: listed under a heading at `headingY`, one per line. */
	unknown: { headingY: number; items: { id: string; label: string; status: TimelineStatus; y: number }[] };
}

const LINE_HEIGHT = 15;
const PAD = 8;
const SMALL = 12;
const BAR = 14;
const DAY_MS = 86_400_000;

/** Parses `yyyy-mm-dd` or `yyyy-mm` to a UTC instant at the start (or, with `end`, just after the end) of that day or month. */
function parseIso(value: string, end: boolean): Date {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(value);
	if (!match) throw new Error(joinLanguages(bilingual('chart.date', { value })));
	const [y, m, d] = [Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
	// Both ends are inclusive: an end day lasts until the start of the next day, an end month until the next month.
	if (d === undefined) return new Date(Date.UTC(y, m - 1 + (end ? 1 : 0), 1));
	return new Date(Date.UTC(y, m - 1, d + (end ? 1 : 0)));
}

/**
 * An ISO day or month the way the site writes it: `2025-10-20` → `20/10/2025`, `2025-10` → `10/2025`.
 * @example formatIsoDate('2026-04-19') // '19/04/2026'
 */
export function formatIsoDate(value: string): string {
	return value.split('-').reverse().join('/');
}

/** A tick date as dd/mm/yyyy, or mm/yyyy when every tick falls on the first of a month. */
function tickLabels(dates: Date[]): string[] {
	const pad = (n: number) => String(n).padStart(2, '0');
	const monthly = dates.every((d) => d.getUTCDate() === 1);
	return dates.map((d) => `${monthly ? '' : `${pad(d.getUTCDate())}/`}${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`);
}

/**
 * Lays out a timeline on a UTC scale spanning every dated item and the as-of day, with the as-of line
 * labelled by its date. Items keep their given order; those with no start go to the "unknown dates" list.
 * @example layoutTimeline([{ id: '2446', label: 'QĐ 2446', start: '2025-10-20', end: '2026-04-19', status: 'active' }], '2025-12-01')
 */
export function layoutTimeline(items: readonly TimelineItem[], asOf: string, opts: TimelineOptions = {}): TimelineGeometry {
	const lang = opts.lang ?? 'vi';
	const width = opts.width ?? 640;
	const placed = items.filter((i) => i.start !== undefined);
	const unplaced = items.filter((i) => i.start === undefined);
	const above = opts.labelsAbove ?? false;
	// Above: no label column, only room for half of the first tick label ("10/2025") at the left edge.
	const labelWidth = above
		? textWidth('00/00/0000', SMALL) / 2 + 2
		: (opts.labelWidth ?? Math.min(200, width * 0.4, Math.max(80, (max(placed, (i) => textWidth(i.label)) ?? 0) + PAD)));
	const asOfDate = parseIso(asOf, false);

	// Domain: every start and end and the as-of day, at least a month wide, rounded to nice dates.
	const instants = [asOfDate, ...placed.flatMap((i) => [parseIso(i.start!, false), ...(i.end ? [parseIso(i.end, true)] : [])])];
	let lo = min(instants, (d) => d.getTime())!;
	let hi = max(instants, (d) => d.getTime())!;
	if (hi - lo < 30 * DAY_MS) {
		lo -= 15 * DAY_MS;
		hi += 15 * DAY_MS;
	}
	const top = LINE_HEIGHT + PAD;
	const arrowRoom = 10;
	// Right margin: the arrow of an open end and half of the last tick label ("04/2026" or "20/12/2026").
	const plot = { x: labelWidth, y: top, width: width - labelWidth - Math.max(arrowRoom + PAD, textWidth('00/00/0000', SMALL) / 2 + 4), height: 0 };
	const tickCount = opts.ticks ?? Math.max(2, Math.floor(plot.width / 90));
	const x = scaleUtc()
		.domain([new Date(lo), new Date(hi)])
		.range([plot.x, plot.x + plot.width])
		.nice(tickCount);

	const arrowPath = line().digits(2);
	const rows: TimelineRow[] = [];
	let y = plot.y + PAD;
	for (const item of placed) {
		const lines = wrapText(item.label, above ? width - 2 : labelWidth - PAD, FONT_SIZE, 2);
		// A row holds the bar and, under it, its dates; the label sits level with the bar, or above it.
		// Above (narrow), the status goes on a line of its own when dates and status do not fit one.
		const start = formatIsoDate(item.start!);
		const end = item.end === undefined ? undefined : formatIsoDate(item.end);
		const statusLine = above && textWidth(`${start} – ${end ?? '00/00/0000'} · ${'m'.repeat(12)}`, SMALL) > width;
		const labelHeight = above ? lines.length * LINE_HEIGHT : 0;
		const height = labelHeight + Math.max(BAR + LINE_HEIGHT + 2 + (statusLine ? LINE_HEIGHT : 0), above ? 0 : lines.length * LINE_HEIGHT);
		const x0 = x(parseIso(item.start!, false));
		const openEnd = item.end === undefined;
		const x1 = openEnd ? plot.x + plot.width : x(parseIso(item.end!, true));
		const barY = y + labelHeight;
		const datesY = barY + BAR + SMALL + 1;
		const row: TimelineRow = {
			id: item.id,
			label: item.label,
			lines,
			labelX: above ? 1 : labelWidth - PAD,
			labelY: above ? y + FONT_SIZE - 2 : barY + BAR / 2 + FONT_SIZE * 0.35 - ((lines.length - 1) * LINE_HEIGHT) / 2 + (lines.length > 1 ? LINE_HEIGHT / 2 : 0),
			labelAnchor: above ? 'start' : 'end',
			status: item.status,
			bar: { x: x0, y: barY, width: Math.max(2, x1 - x0), height: BAR },
			openEnd,
			dates: { y: datesY, start, ...(end === undefined ? {} : { end }), ...(statusLine ? { statusY: datesY + LINE_HEIGHT } : {}) },
		};
		if (openEnd) {
			const tip = x1 + arrowRoom;
			row.arrow =
				arrowPath([
					[x1, barY - 2],
					[tip, barY + BAR / 2],
					[x1, barY + BAR + 2],
				]) + 'Z';
		}
		rows.push(row);
		y += height + PAD;
	}
	plot.height = y - plot.y;

	const tickDates = x.ticks(tickCount);
	const labels = tickLabels(tickDates);
	const ticks = tickDates.map((d, i) => ({ x: x(d), label: labels[i]! }));
	const asOfX = x(asOfDate);
	const tickLabelY = plot.y + plot.height + LINE_HEIGHT;

	// Unknown dates: a heading then one line per item, full width.
	let uy = tickLabelY + PAD * 2 + LINE_HEIGHT;
	const headingY = uy;
	// Narrow: each item gets two lines, as its label and status wrap there; wide: one line, cut to fit.
	const unknownItems = unplaced.map((item, i) => {
		uy += (above && i > 0 ? 2 * LINE_HEIGHT : LINE_HEIGHT) + 4;
		return { id: item.id, label: above ? item.label : truncateText(item.label, width - 2 * PAD), status: item.status, y: uy };
	});
	if (above && unplaced.length > 0) uy += LINE_HEIGHT;
	const height = unplaced.length > 0 ? uy + PAD : tickLabelY + PAD;
	return {
		kind: 'timeline',
		width,
		height,
		lang,
		plot,
		ticks,
		tickLabelY,
		asOf: { x: asOfX, date: formatIsoDate(asOf), labelY: LINE_HEIGHT - 2, anchor: asOfX > plot.x + plot.width / 2 ? 'end' : 'start' },
		rows,
		unknown: { headingY, items: unknownItems },
	};
}

/** The strings of the timeline, in the reader's language. */
export interface TimelineText {
	/** Before the as-of date, e.g. "Số liệu đến" / "Data as of". */
	asOfLabel: string;
	/** Heading of the list of items without dates, e.g. "Chưa rõ thời gian" / "Unknown dates". */
	unknownHeading: string;
	/** Written where an open end's date would be, e.g. "chưa có ngày kết thúc" / "no end date". */
	openEnd: string;
	/** Status names, e.g. { active: 'Đang hiệu lực', ended: 'Đã kết thúc', upcoming: 'Sắp bắt đầu', unknown: 'Chưa rõ' }. */
	status: Record<TimelineStatus, string>;
}

/**
 * Renders the timeline geometry as a standalone, accessible SVG string.
 * @example timelineSvg(layoutTimeline(items, asOf), { id: 'timeline', title: '…', desc: '…', lang: 'vi', asOfLabel: 'Số liệu đến', unknownHeading: 'Chưa rõ thời gian', openEnd: 'chưa có ngày kết thúc', status })
 */
export function timelineSvg(geometry: TimelineGeometry, text: SvgText & TimelineText): string {
	const { plot } = geometry;
	// Status is told by pattern and by the words under each bar, not by colour alone.
	const patterns = { active: 'solid', ended: 'crosshatch', upcoming: 'diagonal', unknown: 'dots' } as const;
	const patternId = (status: TimelineStatus) => `${text.id}-${status}`;
	const used = [...new Set(geometry.rows.map((r) => r.status))];
	const defs = used.map((s) => patternDef(patternId(s), patterns[s], STATUS_COLORS[s])).join('');

	const grid = geometry.ticks.map((t) => `<line${attrs({ x1: t.x, x2: t.x, y1: plot.y, y2: plot.y + plot.height })}/>`).join('');
	const tickLabels = geometry.ticks.map((t) => `<text${attrs({ x: t.x, y: geometry.tickLabelY })}>${escapeXml(t.label)}</text>`).join('');
	const labels = geometry.rows.map((r) => textElement(r.lines, r.labelX, r.labelY, LINE_HEIGHT)).join('');
	const labelAnchor = geometry.rows[0]?.labelAnchor ?? 'end';
	const bars = geometry.rows
		.map((r) => {
			const color = STATUS_COLORS[r.status];
			const rect = `<rect${attrs({ x: r.bar.x, y: r.bar.y, width: r.bar.width, height: r.bar.height, fill: patternFill(patternId(r.status), patterns[r.status], color), stroke: color })}/>`;
			const arrow = r.arrow ? `<path${attrs({ d: r.arrow, fill: color })}/>` : '';
			const period = `${r.dates.start} – ${r.dates.end ?? text.openEnd}`;
			const dates = r.dates.statusY === undefined ? `${period} · ${text.status[r.status]}` : period;
			// The dates run right from the bar's start when they fit, else left from its end, else from the plot's left edge.
			const room = textWidth(dates, SMALL);
			const end = r.bar.x + r.bar.width;
			const place = r.bar.x + room <= geometry.width ? { x: r.bar.x } : end - room >= plot.x ? { x: end, 'text-anchor': 'end' } : { x: plot.x };
			const status =
				r.dates.statusY === undefined ? '' : `<text${attrs({ x: plot.x, y: r.dates.statusY, ...HALO })}>${escapeXml(text.status[r.status])}</text>`;
			return `${rect}${arrow}<text${attrs({ ...place, y: r.dates.y, ...HALO })}>${escapeXml(dates)}</text>${status}`;
		})
		.join('');
	const a = geometry.asOf;
	// The as-of label stays inside the view: it runs away from the line on the side with room, and is
	// pushed back from an edge when neither side has enough.
	const asOfText = `${text.asOfLabel} ${a.date}`;
	const asOfWidth = textWidth(asOfText, FONT_SIZE, true);
	const asOfX = a.anchor === 'end' ? Math.min(geometry.width, Math.max(asOfWidth, a.x - 4)) : Math.max(0, Math.min(geometry.width - asOfWidth, a.x + 4));
	// The line is drawn under the bars and dates, whose white outline keeps it from crossing their letters.
	const asOfLine = `<line${attrs({ x1: a.x, x2: a.x, y1: a.labelY + 4, y2: plot.y + plot.height, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': '4 3' })}/>`;
	const asOf = `<text${attrs({ x: asOfX, y: a.labelY, 'text-anchor': a.anchor, 'font-weight': 'bold', ...HALO })}>${escapeXml(asOfText)}</text>`;
	const unknown =
		geometry.unknown.items.length === 0
			? ''
			: `<text${attrs({ x: 0, y: geometry.unknown.headingY, 'font-weight': 'bold' })}>${escapeXml(text.unknownHeading)}</text>` +
				geometry.unknown.items
					.map((item) => textElement(wrapText(`${item.label} · ${text.status[item.status]}`, geometry.width - PAD, FONT_SIZE, 2), PAD, item.y, LINE_HEIGHT))
					.join('');
	const body = [
		`<g stroke="${GRID}">${grid}</g>`,
		`<g fill="${MUTED}" font-size="${SMALL}" text-anchor="middle">${tickLabels}</g>`,
		`<line${attrs({ x1: plot.x, x2: plot.x + plot.width, y1: plot.y + plot.height, y2: plot.y + plot.height, stroke: INK })}/>`,
		asOfLine,
		`<g${attrs({ 'text-anchor': labelAnchor, ...HALO })}>${labels}</g>`,
		`<g font-size="${SMALL}">${bars}</g>`,
		asOf,
		unknown,
	].join('');
	return svgDocument(text, geometry.width, geometry.height, defs, body);
}
