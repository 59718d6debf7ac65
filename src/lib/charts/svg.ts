import { formatLocale, precisionFixed, type FormatLocaleObject } from 'd3-format';
import { bilingual, joinLanguages, type Lang } from '../i18n.ts';
import { BACKGROUND, INK, MUTED, type PatternKind } from './palette.ts';
import { escapeXml } from '../escape.ts';

export { escapeXml };

/**
 * Shared pieces of the chart renderers: escaping, number rounding, text measurement without a DOM,
 * per-language number formats and the accessible SVG root. Pure string building; no DOM.
 */

/** System fonts that carry Vietnamese glyphs; no web font is ever downloaded. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Base font size of chart text, in SVG user units (the viewBox scales it with the chart). */
export const FONT_SIZE = 13;

/**
 * Glyph advance widths as a share of the font size, by character class. Measured text has no DOM
 * here, so the figures are those of the widest common system sans (DejaVu Sans, the Linux fallback),
 * which keeps labels inside the chart on narrower fonts (Roboto, San Francisco, Segoe UI) too.
 */
export const GLYPH_WIDTH_EM = { space: 0.32, narrow: 0.32, lower: 0.62, wide: 0.95, upper: 0.74, digit: 0.64, other: 0.6 } as const;

const NARROW = /[iljft.,:;'!|()[\]]/u;
const WIDE = /[mwMW…—]/u;

/** Strings and options every renderer takes. */
export interface SvgText {
	/** Id prefix, unique on the page; also names the title, desc and pattern ids. */
	id: string;
	/** Short accessible name of the chart. */
	title: string;
	/** One or two sentences saying what the chart shows and its main finding. */
	desc: string;
	/** Language of the chart's text. */
	lang: Lang;
}

/**
 * A coordinate as SVG text, rounded to at most 2 decimals, without trailing zeros or "-0".
 * @example num(1.005) // '1.01'
 */
export function num(value: number): string {
	const rounded = Math.round((value + Number.EPSILON) * 100) / 100;
	return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Widths in em of characters already classified: a few hundred distinct ones in a national build. */
const GLYPH_WIDTHS = new Map<string, number>();

/** A character's advance width in em, by its class in GLYPH_WIDTH_EM. */
function glyphWidth(ch: string): number {
	let em = GLYPH_WIDTHS.get(ch);
	if (em === undefined) {
		if (ch === ' ') em = GLYPH_WIDTH_EM.space;
		else if (WIDE.test(ch)) em = GLYPH_WIDTH_EM.wide;
		else if (NARROW.test(ch)) em = GLYPH_WIDTH_EM.narrow;
		else if (/\p{Nd}/u.test(ch)) em = GLYPH_WIDTH_EM.digit;
		else if (/\p{Lu}/u.test(ch)) em = GLYPH_WIDTH_EM.upper;
		else if (/\p{Ll}/u.test(ch)) em = GLYPH_WIDTH_EM.lower;
		else em = GLYPH_WIDTH_EM.other;
		if (GLYPH_WIDTHS.size < 10_000) GLYPH_WIDTHS.set(ch, em);
	}
	return em;
}

/**
 * `em` plus the width in em of each base letter of a text, added one character at a time (diacritics
 * stripped: "Ấ" is as wide as "A", "ở" as "o"). Adding a word to a measured line this way gives the
 * very same number as measuring the longer line afresh, so wrapping can grow a line word by word.
 */
function addWidths(em: number, text: string): number {
	let sum = em;
	for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) sum += glyphWidth(ch);
	return sum;
}

/** Widths in em of texts already measured: chart labels repeat on every page (names, numbers, dates). */
const EM_WIDTHS = new Map<string, number>();

/**
 * Estimated width of a text in SVG user units at a font size, from GLYPH_WIDTH_EM; bold adds 10 %.
 * @example textWidth('Sở Y tế', 10) // about 40
 */
export function textWidth(text: string, fontSize: number = FONT_SIZE, bold = false): number {
	let em = EM_WIDTHS.get(text);
	if (em === undefined) {
		em = addWidths(0, text);
		// Bounded: a national build measures some tens of thousands of distinct labels.
		if (EM_WIDTHS.size < 200_000) EM_WIDTHS.set(text, em);
	}
	return em * fontSize * (bold ? 1.1 : 1);
}

/** Cuts a text to a width, ending with "…" when anything was cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number = FONT_SIZE): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	const chars = [...text.normalize('NFC')];
	while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > maxWidth) chars.pop();
	return `${chars.join('').trimEnd()}…`;
}

/**
 * Wraps a text on spaces into at most `maxLines` lines of `maxWidth`; the last line ends with "…"
 * when the text does not fit.
 * @example wrapText('Phường Điện Biên Phủ', 90, 13, 2) // ['Phường Điện', 'Biên Phủ']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number = FONT_SIZE, maxLines = 2): string[] {
	// A pure function of its arguments, asked again and again for the same texts (every chart file's
	// source and licence lines, the names on every chart): each is wrapped once.
	// Keyed by the text itself within its width and size, not by a new string joining them, which
	// would be built and hashed again on every call.
	const box = `${maxWidth}|${fontSize}|${maxLines}`;
	let wrapped = WRAPPED.get(box);
	if (!wrapped) WRAPPED.set(box, (wrapped = new Map()));
	let lines = wrapped.get(text);
	if (!lines) {
		lines = wrapLines(text, maxWidth, fontSize, maxLines);
		if (wrappedCount < 100_000) {
			wrapped.set(text, lines);
			wrappedCount++;
		}
	}
	return [...lines];
}

const WRAPPED = new Map<string, Map<string, readonly string[]>>();
let wrappedCount = 0;

function wrapLines(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
	const words = text.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
	const lines: string[] = [];
	let current = '';
	// The width in em of `current`, grown word by word rather than measuring each longer candidate again.
	let currentEm = 0;
	for (let i = 0; i < words.length; i++) {
		const candidate = current ? `${current} ${words[i]}` : words[i]!;
		const candidateEm = current ? addWidths(addWidths(currentEm, ' '), words[i]!) : addWidths(0, words[i]!);
		if (candidateEm * fontSize <= maxWidth || !current) {
			current = candidate;
			currentEm = candidateEm;
			continue;
		}
		lines.push(current);
		current = words[i]!;
		currentEm = addWidths(0, current);
		if (lines.length === maxLines - 1) {
			// Last allowed line: everything left goes here, cut if needed.
			current = words.slice(i).join(' ');
			break;
		}
	}
	if (current) lines.push(current);
	return lines.map((line) => truncateText(line, maxWidth, fontSize));
}

const LOCALES: Record<Lang, FormatLocaleObject> = {
	vi: formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0₫'] }),
	en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] }),
};

/** The value format per language, parsed once (charts format every bar's value). */
const VALUE_FORMATS: Record<Lang, (value: number) => string> = { vi: LOCALES.vi.format(',~f'), en: LOCALES.en.format(',~f') };

/**
 * Formats a count or amount the reader's way (1.234 in Vietnamese, 1,234 in English), with d3-format.
 * @example formatValue('vi', 1234.5) // '1.234,5'
 */
export function formatValue(lang: Lang, value: number): string {
	return VALUE_FORMATS[lang](Math.round(value * 100) / 100);
}

/** A formatter for axis ticks spaced `step` apart: as many decimals as the step needs, grouped per language. */
export function tickFormatter(lang: Lang, step: number): (value: number) => string {
	return LOCALES[lang].format(`,.${precisionFixed(step)}f`);
}

/** A white outline under text that crosses grid or reference lines, so the lines never cut through letters. */
export const HALO = { 'paint-order': 'stroke', stroke: BACKGROUND, 'stroke-width': 3, 'stroke-linejoin': 'round' } as const;

/** HALO as attributes, written once: charts put it on every value label. */
export const HALO_ATTRS = attrs(HALO);

/** Renders an attribute list, skipping undefined values and escaping the rest. */
export function attrs(values: Record<string, string | number | undefined>): string {
	// A loop rather than entries/filter/map/join: charts render hundreds of thousands of attributes a build.
	let out = '';
	for (const key of Object.keys(values)) {
		const value = values[key];
		if (value !== undefined) out += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
	}
	return out;
}

/** A `<text>` element with one `<tspan>` per line, `lineHeight` apart. */
export function textElement(lines: string[], x: number, y: number, lineHeight: number, extra: Record<string, string | number | undefined> = {}): string {
	if (lines.length === 1) return `<text${attrs({ x, y, ...extra })}>${escapeXml(lines[0]!)}</text>`;
	const spans = lines.map((line, i) => `<tspan${attrs({ x, dy: i === 0 ? undefined : lineHeight })}>${escapeXml(line)}</tspan>`).join('');
	return `<text${attrs({ x, y, ...extra })}>${spans}</text>`;
}

/** A `<pattern>` of white marks over a colour; "solid" needs none and returns ''. */
export function patternDef(id: string, kind: PatternKind, color: string): string {
	if (kind === 'solid') return '';
	const marks: Record<Exclude<PatternKind, 'solid'>, string> = {
		diagonal: `<path d="M0 0V6" stroke="${BACKGROUND}" stroke-width="2"/>`,
		dots: `<circle cx="3" cy="3" r="1.3" fill="${BACKGROUND}"/>`,
		crosshatch: `<path d="M0 0V6M0 0H6" stroke="${BACKGROUND}" stroke-width="1.5"/>`,
		horizontal: `<path d="M0 3H6" stroke="${BACKGROUND}" stroke-width="2"/>`,
	};
	const rotate = kind === 'diagonal' || kind === 'crosshatch' ? ' patternTransform="rotate(45)"' : '';
	return `<pattern id="${escapeXml(id)}" width="6" height="6" patternUnits="userSpaceOnUse"${rotate}><rect width="6" height="6" fill="${color}"/>${marks[kind]}</pattern>`;
}

/** The fill attribute value for a colour drawn with a pattern defined under `patternId`. */
export function patternFill(patternId: string, kind: PatternKind, color: string): string {
	return kind === 'solid' ? color : `url(#${patternId})`;
}

const ROOT_XMLNS = attrs({ xmlns: 'http://www.w3.org/2000/svg' });
const ROOT_ROLE = attrs({ role: 'img' });
const ROOT_FONT = attrs({ 'font-family': FONT_STACK, 'font-size': FONT_SIZE, fill: INK });

/**
 * A complete standalone SVG document: namespace, viewBox without fixed size, `role="img"`, title and
 * description referenced by `aria-labelledby`, the language and the system font stack. Valid both as
 * a `.svg` file and inline in HTML. Its only style is a max-width: it shrinks to fit, never grows.
 */
export function svgDocument(text: SvgText, width: number, height: number, defs: string, body: string): string {
	const titleId = `${text.id}-title`;
	const descId = `${text.id}-desc`;
	// The attributes in this order; the ones every chart shares are written once (ROOT_FONT).
	const root =
		ROOT_XMLNS +
		attrs({ viewBox: `0 0 ${num(width)} ${num(height)}` }) +
		ROOT_ROLE +
		attrs({ 'aria-labelledby': `${titleId} ${descId}`, lang: text.lang }) +
		ROOT_FONT +
		// Scales down to narrow screens but never up past its drawn size, where 13-unit text would grow huge.
		attrs({ style: `max-width:${num(width)}px` });
	const head = `<title id="${escapeXml(titleId)}">${escapeXml(text.title)}</title><desc id="${escapeXml(descId)}">${escapeXml(text.desc)}</desc>`;
	return `<svg${root}>${head}${defs ? `<defs>${defs}</defs>` : ''}<rect width="${num(width)}" height="${num(height)}" fill="${BACKGROUND}"/>${body}</svg>`;
}

/** What a standalone chart file says around its chart, in the chart's language. */
export interface ChartFrame {
	/** The chart's title, drawn large on top. */
	title: string;
	/** One or two sentences under the title: what is counted. */
	subtitle: string;
	/** Lines at the foot: source, as-of day, licence, the page's address; each wrapped to the width. */
	footer: string[];
}

/**
 * Wraps a chart's SVG document in a standalone one that carries its own title, subtitle, source,
 * as-of day, licence and address as visible text (as OWID's downloaded charts do), so an embedded
 * or copied chart still says what it is and where it comes from. The chart itself is nested unchanged.
 * @example framedSvg(barChartSvg(geometry, text), { title: 'Cơ quan cử người', subtitle: '…', footer: ['Nguồn: …', 'https://…'] })
 */
export function framedSvg(chartSvg: string, frame: ChartFrame): string {
	const root = /^<svg([^>]*)>/u.exec(chartSvg);
	const viewBox = root ? /viewBox="0 0 ([\d.]+) ([\d.]+)"/u.exec(root[1]!) : null;
	if (!root || !viewBox) throw new Error(joinLanguages(bilingual('chart.viewbox')));
	const width = Number(viewBox[1]);
	const chartHeight = Number(viewBox[2]);
	const lang = /lang="([^"]+)"/u.exec(root[1]!)?.[1] === 'en' ? 'en' : 'vi';
	const id = (/aria-labelledby="([^" ]+)-title/u.exec(root[1]!)?.[1] ?? 'chart') + '-file';
	const PAD = 8;
	const TITLE = 17;
	// Bold runs about 10 % wider than the measured regular weight.
	const titleLines = wrapText(frame.title, width / 1.1, TITLE, 3);
	const subtitleLines = wrapText(frame.subtitle, width, FONT_SIZE, 3);
	let y = TITLE;
	const title = textElement(titleLines, 0, y, TITLE + 4, { 'font-size': TITLE, 'font-weight': 'bold' });
	y += (titleLines.length - 1) * (TITLE + 4) + FONT_SIZE + 6;
	const subtitle = textElement(subtitleLines, 0, y, FONT_SIZE + 3, { fill: MUTED });
	y += (subtitleLines.length - 1) * (FONT_SIZE + 3) + PAD;
	const chartY = y;
	y += chartHeight + PAD + 12;
	const footLines = frame.footer.flatMap((line) => wrapText(line, width, 12, 3));
	const footer = textElement(footLines, 0, y, 15, { 'font-size': 12, fill: MUTED });
	const height = y + (footLines.length - 1) * 15 + PAD;
	// The nested chart keeps its own title and description; the file is named by its own, which say the same.
	const inner = chartSvg.replace(
		/^<svg([^>]*)>/u,
		(_, a: string) =>
			`<svg${a.replace(/ xmlns="[^"]*"| role="img"| aria-labelledby="[^"]*"| style="[^"]*"/gu, '')} x="0" y="${num(chartY)}" width="${num(width)}" height="${num(chartHeight)}">`,
	);
	const text: SvgText = { id, title: frame.title, desc: [frame.subtitle, ...frame.footer].join(' '), lang };
	return svgDocument(text, width, height, '', `${title}${subtitle}${inner}${footer}`);
}
