import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

/**
 * The publishing workflows do what the README promises: read the whole history (the as-of day and the
 * change log need it), rebuild daily with SOURCE_DATE_EPOCH at the day's start, and show content
 * problems where staff look (GitHub annotations, a GitLab Code Quality report).
 */
const github = parse(readFileSync('.github/workflows/publish.yml', 'utf8')) as {
	on: Record<string, unknown>;
	jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown>; run?: string; name?: string }[] }>;
};
const gitlab = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<string, unknown> & { variables: Record<string, unknown> };

describe('the GitHub workflow', () => {
	const steps = github.jobs['build']?.steps ?? [];
	test('checks out the whole history', () => {
		expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
	});
	test('rebuilds every day with SOURCE_DATE_EPOCH at the start of the day (UTC)', () => {
		expect(github.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/u) }]);
		expect(steps.some((s) => s.run?.includes('SOURCE_DATE_EPOCH=$(date -u -d "$(date -u +%F)" +%s)'))).toBe(true);
	});
	test('annotates the pull request with every content problem', () => {
		expect(steps.some((s) => s.run?.includes('npm run --silent check -- --format github'))).toBe(true);
	});
});

describe('the GitLab pipeline', () => {
	test('clones the whole history', () => {
		expect(gitlab.variables['GIT_DEPTH']).toBe(0);
	});
	test('sets SOURCE_DATE_EPOCH on a scheduled pipeline and attaches a Code Quality report', () => {
		const pages = gitlab['pages'] as { script: unknown[]; artifacts: { reports: { codequality: string } } };
		expect(JSON.stringify(pages.script)).toContain('CI_PIPELINE_SOURCE');
		expect(pages.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
		expect(JSON.stringify(gitlab)).toContain('--format gitlab > gl-code-quality-report.json');
	});
});
