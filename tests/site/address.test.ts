import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PLACEHOLDER_URL } from '../../site.config.ts';
import { buildSite } from '../helpers/build-site.ts';

/** The public address: a publishing build refuses the placeholder; a preview says on every page that it is one. */
const FIXTURE = 'tests/fixtures/minimal';
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A repository of its own whose whole history holds the fixture as its content folder, whatever clone the tests run in. */
function repositoryWithHistory(): string {
	const repo = mkdtempSync(join(tmpdir(), 'minh-bach-repo-'));
	made.push(repo);
	cpSync(FIXTURE, join(repo, 'content'), { recursive: true });
	rmSync(join(repo, 'content', 'README.md'));
	const git = (...args: string[]): void => {
		execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
			env: { ...process.env, GIT_AUTHOR_DATE: '2026-04-02T00:00:00Z', GIT_COMMITTER_DATE: '2026-04-02T00:00:00Z' },
			stdio: 'ignore',
		});
	};
	git('init', '-q');
	git('add', '.');
	git('commit', '-q', '-m', 'Nội dung thử nghiệm');
	return join(repo, 'content');
}

describe('the public address', () => {
	test('a publishing build (CI=true) with the placeholder address fails and says what to set', () => {
		const site = buildSite(FIXTURE, { CI: 'true', MINH_BACH_PREVIEW: '', SITE_URL: '' });
		made.push(site.outDir);
		expect(site.status).not.toBe(0);
		expect(site.output).toContain(`The site's public address is still the placeholder ${PLACEHOLDER_URL}`);
		expect(site.output).toContain('SITE_URL');
	});

	test('a publishing build of content without its git history fails and says how to fetch it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'minh-bach-no-history-'));
		made.push(dir);
		cpSync(FIXTURE, dir, { recursive: true });
		rmSync(join(dir, 'README.md'));
		const site = buildSite(dir, { CI: 'true', MINH_BACH_PREVIEW: '', SITE_URL: 'https://sonoivu.example.gov.vn' });
		made.push(site.outDir);
		expect(site.status).not.toBe(0);
		expect(site.output).toContain("The content folder's history is incomplete (no-git)");
		expect(site.output).toContain('fetch-depth: 0');
	});

	test('a build with a real address and the whole history uses the address for the canonical link and says nothing about a preview', () => {
		const site = buildSite(repositoryWithHistory(), { CI: 'true', MINH_BACH_PREVIEW: '', SITE_URL: 'https://sonoivu.example.gov.vn' });
		made.push(site.outDir);
		expect(site.status, site.output).toBe(0);
		const page = readFileSync(join(site.outDir, 'index.html'), 'utf8');
		expect(page).toContain('<link rel="canonical" href="https://sonoivu.example.gov.vn/"');
		expect(page).not.toContain('class="preview-note"');
		expect(site.output).not.toContain('Preview build');
	});

	test('a preview build says so on every page and once at the end of the build', () => {
		const site = buildSite(FIXTURE, { SITE_URL: '' });
		made.push(site.outDir);
		expect(site.status, site.output).toBe(0);
		for (const page of ['index.html', 'en/index.html', 'dien-bien/index.html'])
			expect(readFileSync(join(site.outDir, page), 'utf8'), page).toContain('class="preview-note"');
		expect(site.output.match(/Preview build: the public address is still/gu)).toHaveLength(1);
	});
});
