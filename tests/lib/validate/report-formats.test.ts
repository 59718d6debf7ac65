import { rmSync } from 'node:fs';
import Ajv from 'ajv';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import { formatGithub, formatGitlab, formatJson } from '../../../src/lib/validate/report-formats.ts';
import type { Problem } from '../../../src/lib/validate/problem.ts';
import { materializeCase } from '../../content/fixture.ts';

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The problems of a malformed case, with its temporary folder shown as `content`, as in the pinned reports. */
function problemsOf(name: string): Problem[] {
	const dir = materializeCase(name);
	dirs.push(dir);
	return checkContent(dir).problems.map((p) => ({ ...p, file: p.file.replace(dir, 'content') }));
}

/**
 * GitLab's Code Quality report format, as GitLab documents it (a Code Climate subset): the fields
 * GitLab requires to show an issue in a merge request.
 */
const CODE_QUALITY_SCHEMA = {
	type: 'array',
	items: {
		type: 'object',
		required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
		properties: {
			description: { type: 'string', minLength: 1 },
			check_name: { type: 'string', minLength: 1 },
			fingerprint: { type: 'string', minLength: 1 },
			severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
			location: {
				type: 'object',
				required: ['path', 'lines'],
				properties: {
					path: { type: 'string', minLength: 1 },
					lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
				},
			},
		},
	},
} as const;

describe('the report for code hosts', () => {
	test('prints one GitHub annotation per problem, at its file, line and column', async () => {
		await expect(`${formatGithub(problemsOf('several-problems-one-row'))}\n`).toMatchFileSnapshot('__snapshots__/several-problems-one-row.github.txt');
	});

	test('puts a narrative problem at its line and character', () => {
		const lines = formatGithub(problemsOf('narrative-html')).split('\n');
		expect(lines[0]).toMatch(/^::error file=content\/decisions\/123-qd-ubnd-2025\.mdx,line=\d+,col=\d+,title=narrative\.html::/u);
	});

	test('escapes what would end a workflow command early', () => {
		const line = formatGithub([{ file: 'content/a,b:c.csv', row: 2, code: 'x.y', vi: '100% dòng\nhai', en: 'line\r\ntwo' }]);
		expect(line).toBe('::error file=content/a%2Cb%3Ac.csv,line=2,title=x.y::100%25 dòng%0Ahai / line%0D%0Atwo');
	});

	test('writes a GitLab Code Quality report that validates against its format, one issue per problem with distinct fingerprints', () => {
		const problems = problemsOf('several-files');
		const report = formatGitlab(problems);
		const validate = new Ajv().compile(CODE_QUALITY_SCHEMA);
		expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
		expect(report).toHaveLength(problems.length);
		expect(new Set(report.map((issue) => issue.fingerprint)).size).toBe(report.length);
		expect(report[0]!.location.path).toMatch(/^content\//u);
	});

	test('keeps a fingerprint while the problem stays the same', () => {
		expect(formatGitlab(problemsOf('unknown-agency')).map((i) => i.fingerprint)).toEqual(formatGitlab(problemsOf('unknown-agency')).map((i) => i.fingerprint));
	});

	test('writes every problem as JSON for tools', () => {
		const problems = problemsOf('unknown-agency');
		expect(JSON.parse(formatJson(problems))).toHaveLength(problems.length);
	});
});
