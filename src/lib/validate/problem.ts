import { formatNumber } from '../format.ts';
import { bilingual, joinLanguages, localize, t } from '../i18n.ts';

/**
 * A problem found in the content: where it is (file, row as a spreadsheet shows it, column or field),
 * and what was expected and found, in Vietnamese and English. Problems stop the build.
 */
export interface Problem {
	/** Path of the file, relative to the content folder's parent, with forward slashes. */
	file: string;
	/** Row as a spreadsheet shows it (header = row 1), or the line of a frontmatter field. */
	row?: number;
	/** Column of a CSV, or field path of a frontmatter (e.g. "declared[0].count"). */
	column?: string;
	/** Character within the row's line (1-based), where the problem is inside prose (a narrative). */
	col?: number;
	/** Stable identifier of the kind of problem, e.g. "code.commune" (used by tests and tooling). */
	code: string;
	/** The sentence in Vietnamese: what happened, what was expected, what to do. */
	vi: string;
	/** The same sentence in English. */
	en: string;
}

/** Bilingual text. */
export interface Bilingual {
	vi: string;
	en: string;
}

/** Compares by code point: the same order on every machine and locale, and fast on a million problems. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders problems by file, then row, then column, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			byCodePoint(a.file, b.file) ||
			(a.row ?? 0) - (b.row ?? 0) ||
			(a.col ?? 0) - (b.col ?? 0) ||
			byCodePoint(a.column ?? '', b.column ?? '') ||
			byCodePoint(a.code, b.code),
	);
}

/**
 * Formats problems as the report staff read: one block per problem, location first, then the
 * Vietnamese sentence, then the English one.
 * @example
 * content/assignments/2446-qd-ubnd-2025.csv, dòng 14, cột "commune":
 *   Mã xã "3127" không đúng dạng. …
 *   Commune code "3127" is not in the expected form. …
 */
export function formatProblems(problems: readonly Problem[]): string {
	return sortProblems(problems).map(formatProblem).join('\n\n');
}

/** One problem as staff read it: location, then the Vietnamese sentence, then the English one. */
function formatProblem(problem: Problem): string {
	// The location is written once, in Vietnamese, as staff read a spreadsheet's rows and columns.
	const where = [problem.file];
	if (problem.row !== undefined)
		where.push(`${t('vi', 'report.row', { row: problem.row })}${problem.col !== undefined ? t('vi', 'report.character', { col: problem.col }) : ''}`);
	if (problem.column !== undefined) where.push(t('vi', 'report.column', { column: problem.column }));
	return `${where.join(', ')}:\n  ${problem.vi}\n  ${problem.en}`;
}

/** How much of a long report is printed. */
export interface ReportLimits {
	/** Problems shown in full for one kind of problem in one file; the rest are counted. */
	perGroup: number;
	/** Problems shown in full in the whole report; the rest are counted, file by file. */
	total: number;
}

/**
 * The report as printed by `npm run check` and the build: every problem while there are few; past
 * that, the first few of each kind in each file in full and the rest counted ("và 49.990 dòng khác có
 * cùng loại lỗi trong tệp này"), so fifty thousand bad rows print a page, not two hundred thousand
 * lines. Nothing is dropped without being counted; `--report FILE` writes the whole list as JSON.
 */
export function formatReport(problems: readonly Problem[], limits: ReportLimits = { perGroup: 5, total: 200 }): string {
	if (problems.length <= limits.total) return formatProblems(problems);
	const groups = new Map<string, Problem[]>();
	for (const problem of sortProblems(problems)) {
		const key = `${problem.file}\u0000${problem.code}`;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = []));
		group.push(problem);
	}
	const blocks: string[] = [];
	let shown = 0;
	let hidden = 0;
	for (const group of groups.values()) {
		const room = Math.max(0, Math.min(limits.perGroup, limits.total - shown));
		const visible = group.slice(0, room);
		for (const problem of visible) blocks.push(formatProblem(problem));
		shown += visible.length;
		const rest = group.length - visible.length;
		if (rest > 0) {
			const first = group[0]!;
			const rows = group
				.slice(visible.length, visible.length + 8)
				.map((p) => p.row)
				.filter((row) => row !== undefined);
			const where = rows.length > 0 ? t('vi', 'report.rows', { rows: `${rows.join(', ')}${rest > rows.length ? ', …' : ''}` }) : '';
			// The rows left out are listed once, on the Vietnamese line.
			const more = bilingual(rest === 1 ? 'report.more-of-kind.one' : 'report.more-of-kind.other', {
				n: localize((lang) => formatNumber(lang, rest)),
				code: first.code,
				rows: { vi: where, en: '' },
			});
			blocks.push(`${first.file}:\n  ${more.vi}\n  ${more.en}`);
			hidden += rest;
		}
	}
	if (hidden > 0) {
		const shortened = bilingual('report.shortened', {
			shown: localize((lang) => formatNumber(lang, shown)),
			hidden: localize((lang) => formatNumber(lang, hidden)),
		});
		blocks.push(`${shortened.vi}\n${shortened.en}`);
	}
	return blocks.join('\n\n');
}

/** A one-line summary of a report in both languages, e.g. "3 lỗi / 3 problems". */
export function summarizeProblems(problems: readonly Problem[]): string {
	const summary =
		problems.length === 0
			? bilingual('report.none')
			: bilingual(problems.length === 1 ? 'report.found.one' : 'report.found.other', { n: localize((lang) => formatNumber(lang, problems.length)) });
	return joinLanguages(summary);
}
