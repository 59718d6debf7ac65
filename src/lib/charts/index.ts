/** Chart geometry (d3) and SVG renderers, pure and DOM-free: bars, commune × specialty matrix, timeline. */
export { layoutBars, barChartSvg, type BarDatum, type SeriesSpec, type BarOptions, type BarGeometry } from './bars.ts';
export { layoutMatrix, matrixSvg, type MatrixAxisItem, type MatrixOptions, type MatrixGeometry, type MatrixLegendText } from './matrix.ts';
export {
	layoutTimeline,
	timelineSvg,
	formatIsoDate,
	type TimelineItem,
	type TimelineOptions,
	type TimelineGeometry,
	type TimelineText,
	type TimelineStatus,
} from './timeline.ts';
export { escapeXml, formatValue, framedSvg, type ChartFrame, type SvgText } from './svg.ts';
