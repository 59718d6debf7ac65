import { createHash } from 'node:crypto';
import { sortProblems, type Problem } from './problem.ts';

/**
 * The check's report in the forms that code hosts and tools read, so that staff editing a file on the
 * GitHub or GitLab web page see each problem next to its line: GitHub workflow commands (annotations
 * on the pull request's diff), a GitLab Code Quality report (shown in the merge request), and JSON.
 */

/** Escapes the message of a GitHub workflow command (%, CR, LF). */
const escapeData = (text: string): string => text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');

/** Escapes a property of a GitHub workflow command (also ":" and ","). */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

/**
 * One `::error` workflow command per problem, Vietnamese then English in the message; a problem
 * without a row points at the file's first line.
 * @example formatGithub([{ file: 'content/a.csv', row: 3, column: 'commune', code: 'code.commune', vi: 'Mã…', en: 'Code…' }])
 * // '::error file=content/a.csv,line=3,title=code.commune (commune)::Mã… / Code…'
 */
export function formatGithub(problems: readonly Problem[]): string {
	return sortProblems(problems)
		.map((problem) => {
			const properties = [`file=${escapeProperty(problem.file)}`, `line=${problem.row ?? 1}`];
			if (problem.col !== undefined) properties.push(`col=${problem.col}`);
			properties.push(`title=${escapeProperty(problem.column === undefined ? problem.code : `${problem.code} (${problem.column})`)}`);
			return `::error ${properties.join(',')}::${escapeData(`${problem.vi} / ${problem.en}`)}`;
		})
		.join('\n');
}

/** One issue of a GitLab Code Quality report (the subset of Code Climate's format that GitLab reads). */
export interface CodeQualityIssue {
	description: string;
	check_name: string;
	fingerprint: string;
	severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
	location: { path: string; lines: { begin: number } };
}

/**
 * A GitLab Code Quality report: every problem as a "major" issue at its file and line, with a
 * fingerprint that stays the same while the problem does (GitLab compares reports by it).
 */
export function formatGitlab(problems: readonly Problem[]): CodeQualityIssue[] {
	const seen = new Map<string, number>();
	return sortProblems(problems).map((problem) => {
		const key = [problem.file, problem.row ?? '', problem.col ?? '', problem.column ?? '', problem.code, problem.en].join('\u0000');
		// Two identical problems in one place would share a fingerprint; GitLab would show one.
		const n = (seen.get(key) ?? 0) + 1;
		seen.set(key, n);
		return {
			description: `${problem.column === undefined ? '' : `${problem.column}: `}${problem.vi} / ${problem.en}`,
			check_name: problem.code,
			fingerprint: createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32),
			severity: 'major',
			location: { path: problem.file, lines: { begin: problem.row ?? 1 } },
		};
	});
}

/** Every problem as JSON, in report order, for tools. */
export function formatJson(problems: readonly Problem[]): string {
	return `${JSON.stringify(sortProblems(problems), null, 1)}\n`;
}
