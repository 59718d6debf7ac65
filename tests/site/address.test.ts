import { readFileSync, rmSync } from 'node:fs';
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

describe('the public address', () => {
	test('a publishing build (CI=true) with the placeholder address fails and says what to set', () => {
		const site = buildSite(FIXTURE, { CI: 'true', MINH_BACH_PREVIEW: '', SITE_URL: '' });
		made.push(site.outDir);
		expect(site.status).not.toBe(0);
		expect(site.output).toContain(`The site's public address is still the placeholder ${PLACEHOLDER_URL}`);
		expect(site.output).toContain('SITE_URL');
	});

	test('a build with a real address uses it for the canonical link and says nothing about a preview', () => {
		const site = buildSite(FIXTURE, { CI: 'true', MINH_BACH_PREVIEW: '', SITE_URL: 'https://sonoivu.example.gov.vn' });
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
