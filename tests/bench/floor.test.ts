import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareTrees, isSameTree, listTree, planFloor, startsWithDoctype, writeFloorProject } from '../../scripts/bench/floor.ts';

describe('planFloor', () => {
	test('maps every kind of file to the route that writes it', () => {
		const paths = [
			'404.html',
			'_headers',
			'du-lieu/a.csv',
			'en/index.html',
			'favicon.svg',
			'feed.xml',
			'hn/ba-dinh/index.html',
			'index.html',
			'in/notice.html',
		];
		expect(planFloor(paths, { publicPaths: new Set(['favicon.svg']) })).toEqual({
			pages: [
				{ param: 'en', path: 'en/index.html' },
				{ param: 'hn/ba-dinh', path: 'hn/ba-dinh/index.html' },
				{ param: undefined, path: 'index.html' },
			],
			statusPages: [{ name: '404', path: '404.html' }],
			endpoints: [
				{ param: '_headers', path: '_headers' },
				{ param: 'du-lieu/a.csv', path: 'du-lieu/a.csv' },
				{ param: 'feed.xml', path: 'feed.xml' },
				{ param: 'in/notice.html', path: 'in/notice.html' },
			],
			publicFiles: ['favicon.svg'],
		});
	});

	test('writes a page without a doctype through the endpoint, since Astro would add one', () => {
		const plan = planFloor(['index.html', 'en/index.html', '404.html'], { hasDoctype: (path) => path === 'index.html' });
		expect(plan.pages).toEqual([{ param: undefined, path: 'index.html' }]);
		expect(plan.endpoints.map((e) => e.path)).toEqual(['en/index.html', '404.html']);
	});

	test('copies a file of public/ as a file, even when its name looks like a page', () => {
		expect(planFloor(['google1234.html', 'x/index.html'], { publicPaths: new Set(['x/index.html', 'google1234.html']) }).publicFiles).toEqual([
			'google1234.html',
			'x/index.html',
		]);
	});
});

describe('compareTrees', () => {
	test('lists the missing, the extra and the files whose sizes differ', () => {
		const difference = compareTrees(
			[
				{ path: 'a', bytes: 1 },
				{ path: 'b', bytes: 2 },
				{ path: 'c', bytes: 3 },
			],
			[
				{ path: 'a', bytes: 1 },
				{ path: 'c', bytes: 4 },
				{ path: 'd', bytes: 5 },
			],
		);
		expect(difference).toEqual({ missing: ['b'], extra: ['d'], sizeDiffers: [{ path: 'c', expected: 3, found: 4 }] });
		expect(isSameTree(difference)).toBe(false);
		expect(isSameTree(compareTrees([{ path: 'a', bytes: 1 }], [{ path: 'a', bytes: 1 }]))).toBe(true);
	});
});

describe('the floor project', () => {
	const dir = mkdtempSync(join(tmpdir(), 'minh-bach-floor-test-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	/** A tiny finished build: a few files of each kind our dist/ has, and a few that it might. */
	const input: Record<string, string | Uint8Array> = {
		'index.html':
			'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang đầu</title></head><body><h1>{x} &amp; <b>bạn</b></h1></body></html>\n',
		'dien-bien/muong-thanh/index.html': '<!DOCTYPE html><html lang="vi"><body><p>Mường Thanh</p><script type="module">let a = 1 < 2;</script></body></html>',
		'en/index.html': '<!doctype html><html lang="en"><body>English</body></html>',
		'no-doctype/index.html': '<p>a fragment</p>',
		'404.html': '<!DOCTYPE html><html lang="vi"><body>Không tìm thấy trang</body></html>',
		'du-lieu/phan-cong.csv': '\uFEFFcommune,role\n"03127","=1+1"\r\n',
		'du-lieu/datapackage.json': '{"name":"minh-bach","resources":[]}\n',
		'du-lieu/bieu-do.svg': '<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>Biểu đồ</title></svg>',
		'feed.xml': '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"/>',
		'du-lieu/minh-bach.sqlite': Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256),
		'in/ban-in.html': '<p>printed notice</p>',
		_headers: '/*\n  X-Frame-Options: DENY\n',
		'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	};
	const inputDir = join(dir, 'input');
	const publicDir = join(dir, 'public');
	for (const [path, content] of Object.entries(input)) {
		mkdirSync(dirname(join(inputDir, path)), { recursive: true });
		writeFileSync(join(inputDir, path), content);
	}
	mkdirSync(publicDir);
	writeFileSync(join(publicDir, 'favicon.svg'), input['favicon.svg'] as string);

	test('tells a page with a doctype from one without', () => {
		expect(startsWithDoctype(join(inputDir, 'en/index.html'))).toBe(true);
		expect(startsWithDoctype(join(inputDir, 'no-doctype/index.html'))).toBe(false);
	});

	test('builds the same paths with the same bytes as its input', () => {
		const project = join(dir, 'project');
		const plan = writeFloorProject(project, { inputDir, publicDir, nodeModules: resolve('node_modules') });
		expect([plan.pages.length, plan.statusPages.length, plan.endpoints.length, plan.publicFiles.length]).toEqual([3, 1, 8, 1]);
		// vitest's own Vite variables would leak into the child's Vite (BASE_URL is its base path).
		const { BASE_URL: _base, MODE: _mode, NODE_ENV: _nodeEnv, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
		const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: project,
			env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
			encoding: 'utf8',
		});
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
		const output = join(project, 'dist');
		const expected = listTree(inputDir);
		expect(compareTrees(expected, listTree(output))).toEqual({ missing: [], extra: [], sizeDiffers: [] });
		// Same sizes could hide other bytes: compare every file.
		for (const { path } of expected) expect(readFileSync(join(output, path)).equals(readFileSync(join(inputDir, path))), path).toBe(true);
	});
});
