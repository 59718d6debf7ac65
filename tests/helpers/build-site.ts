import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Result of building a content folder into a temporary output folder. */
export interface BuiltSite {
	outDir: string;
	status: number | null;
	output: string;
}

/**
 * Builds the site for a content folder (CONTENT_DIR) into a fresh temporary folder, with the content
 * cache cleared so a previous build of other content cannot leak in.
 */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuiltSite {
	const outDir = mkdtempSync(join(tmpdir(), 'minh-bach-build-'));
	const result = spawnSync(resolve('node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
		// A test build publishes nothing: the placeholder address is allowed (MINH_BACH_PREVIEW) even under CI=true.
		env: { ...childEnv(), CONTENT_DIR: resolve(contentDir), ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', MINH_BACH_PREVIEW: '1', ...env },
		encoding: 'utf8',
		// Put the pinned Node first, as npm scripts do.
		cwd: process.cwd(),
	});
	return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The environment for a child build: vitest sets BASE_URL, MODE and NODE_ENV for its own Vite, and a
 * child `astro build` would take them as its own (BASE_URL overrides the configured base path).
 */
function childEnv(): NodeJS.ProcessEnv {
	const { BASE_URL: _base, MODE: _mode, NODE_ENV: _nodeEnv, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
	return rest;
}
