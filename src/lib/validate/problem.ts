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

/** Orders problems by file, then row, then column, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? '') || a.code.localeCompare(b.code),
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
	return sortProblems(problems)
		.map((problem) => {
			const where = [problem.file];
			if (problem.row !== undefined) where.push(`dòng ${problem.row}`);
			if (problem.column !== undefined) where.push(`cột "${problem.column}"`);
			return `${where.join(', ')}:\n  ${problem.vi}\n  ${problem.en}`;
		})
		.join('\n\n');
}

/** A one-line summary of a report in both languages, e.g. "3 lỗi / 3 problems". */
export function summarizeProblems(problems: readonly Problem[]): string {
	if (problems.length === 0) return 'Không có lỗi. / No problems found.';
	return `Tìm thấy ${problems.length} lỗi; bản dựng dừng lại. / Found ${problems.length} problem${problems.length === 1 ? '' : 's'}; the build stops.`;
}
