import { bilingual, joinLanguages } from '../i18n.ts';

/**
 * The chart palette in one place: Okabe–Ito colours (safe for the common colour-vision deficiencies)
 * restricted to those with at least 3:1 contrast against white, a pattern per series so colour is
 * never the only cue, and the WCAG contrast arithmetic the tests use to prove it.
 */

/** Page background the charts are drawn on. */
export const BACKGROUND = '#ffffff';

/** Text colour (the site's ink); 19:1 on white. */
export const INK = '#0b0c0c';

/** Secondary text (axis ticks, notes); at least 4.5:1 on white. */
export const MUTED = '#484949';

/** Grid lines and empty-cell borders: decoration only, never the sole carrier of meaning. */
export const GRID = '#b1b4b6';

/** Series colours in stacking order: Okabe–Ito blue, vermillion, bluish green, reddish purple, black. */
export const SERIES_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#000000'] as const;

/** Fill patterns that pair with the series colours, so print in grey and colour-blind readers still tell series apart. */
export const SERIES_PATTERNS = ['solid', 'diagonal', 'dots', 'crosshatch', 'horizontal'] as const;

/** A pattern drawn in white over a series colour. */
export type PatternKind = (typeof SERIES_PATTERNS)[number];

/** Matrix cell fills for 1, 2 and 3 or more people (ink text on each keeps 4.5:1). */
export const MATRIX_RAMP = ['#deebf7', '#9ecae1', '#6baed6'] as const;

/** Fill behind the hatch of a "no data" matrix cell. */
export const NO_DATA_FILL = '#f3f2f1';

/** Timeline bar colours by status: active in blue, the rest in grey, each also told apart by pattern and text. */
export const STATUS_COLORS = { active: '#0072b2', upcoming: '#0072b2', ended: '#6f7273', unknown: '#6f7273' } as const;

/** The colour and pattern of the n-th series, cycling when there are more series than colours. */
export function seriesStyle(index: number): { color: string; pattern: PatternKind } {
	const i = ((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length;
	// The pattern cycles on a different period so that the 6th series differs from the 1st.
	const p = Math.floor(index / SERIES_COLORS.length) + i;
	return { color: SERIES_COLORS[i]!, pattern: SERIES_PATTERNS[p % SERIES_PATTERNS.length]! };
}

/**
 * The WCAG 2 relative luminance of a `#rrggbb` colour.
 * @example relativeLuminance('#ffffff') // 1
 */
export function relativeLuminance(hex: string): number {
	const match = /^#([0-9a-f]{6})$/iu.exec(hex);
	if (!match) throw new Error(joinLanguages(bilingual('chart.colour', { hex })));
	const channel = (offset: number) => {
		const v = parseInt(match[1]!.slice(offset, offset + 2), 16) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * The WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21.
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
