import type { reportVi } from './report.vi.ts';

/** How a report of problems is laid out, in English: every key of report.vi.ts. */
export const reportEn: Record<keyof typeof reportVi, string> = {
	'report.row': 'row {row}',
	'report.character': ', character {col}',
	'report.column': 'column "{column}"',
	'report.more-of-kind.one': '… and {n} more problem of the kind "{code}" in this file{rows}.',
	'report.more-of-kind.other': '… and {n} more problems of the kind "{code}" in this file{rows}.',
	'report.rows': ' (dòng / rows {rows})',
	'report.shortened': 'Shortened report: {shown} problems printed in full, {hidden} counted. Use "npm run check -- --report problems.json" for the whole list.',
	'report.none': 'No problems found.',
	'report.found.one': 'Found {n} problem; the build stops.',
	'report.found.other': 'Found {n} problems; the build stops.',
};
