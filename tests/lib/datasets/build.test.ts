import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileFacts } from '../../../src/lib/datasets/package.ts';
import type { ColumnDefinition } from '../../../src/lib/datasets/table.ts';
import type { TableSchemaField } from '../../../src/lib/datasets/table-schema.ts';
import { TABLE_NAMES, TABLES } from '../../../src/lib/datasets/tables.ts';
import { foreignKeyProblems, frictionlessValidators, parseCsvBytes, primaryKeyProblems, rowProblems, typedCell } from './helpers.ts';

/**
 * Builds the bundled content twice with Astro (the second time in another time zone) and checks
 * what a journalist downloads: every CSV parses, every JSON value passes its content schema, the data
 * package states the true size and hash of each file, and the two builds give identical data files.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const outDirs: string[] = [];

function build(timeZone: string): string {
	const outDir = mkdtempSync(join(tmpdir(), 'minh-bach-datasets-'));
	outDirs.push(outDir);
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
		ASTRO_TELEMETRY_DISABLED: '1',
		TZ: timeZone,
		MINH_BACH_PREVIEW: '1',
	};
	// The bundled content at the default address, whatever the calling shell set.
	for (const name of ['CONTENT_DIR', 'SITE_URL', 'BASE_PATH']) delete env[name];
	const result = spawnSync('./node_modules/.bin/astro', ['build', '--outDir', outDir], { cwd: ROOT, env, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	return outDir;
}

/** Every file under a folder, as paths relative to it. */
function listTree(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

let first = '';
let second = '';
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(join(first, path)));
const readText = (path: string): string => readFileSync(join(first, path), 'utf8');

beforeAll(() => {
	first = build('UTC');
	second = build('Asia/Ho_Chi_Minh');
});

afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

interface PackageJson {
	version: string;
	resources: { name: string; path: string; bytes: number; hash: string; schema: { fields: TableSchemaField[]; primaryKey?: string[] } }[];
}

describe('a build of the bundled content', () => {
	test('publishes every table as CSV and JSON, the data package, the ZIP, both download pages, both feeds and the sitemap', () => {
		const expected = [
			...TABLE_NAMES.flatMap((name) => [`du-lieu/${name}.csv`, `du-lieu/${name}.json`]),
			'du-lieu/datapackage.json',
			'du-lieu/minh-bach-du-lieu.zip',
			'du-lieu/minh-bach.xlsx',
			'du-lieu/minh-bach.sqlite',
			'du-lieu/index.html',
			'en/du-lieu/index.html',
			'feed.xml',
			'en/feed.xml',
			'sitemap-index.xml',
		];
		for (const path of expected) expect(existsSync(join(first, path)), path).toBe(true);
	});

	test('states in datapackage.json the true size and SHA-256 of every CSV, and is valid against the profiles', () => {
		const pkg = JSON.parse(readText('du-lieu/datapackage.json')) as PackageJson;
		expect(pkg.resources.map((r) => r.path)).toEqual(TABLE_NAMES.map((name) => `${name}.csv`));
		for (const resource of pkg.resources) {
			const facts = fileFacts(read(`du-lieu/${resource.path}`));
			expect(resource.bytes, resource.path).toBe(facts.bytes);
			expect(resource.hash, resource.path).toBe(`sha256:${facts.sha256}`);
		}
		const validate = frictionlessValidators();
		expect(validate.datapackage(pkg), JSON.stringify(validate.datapackage.errors)).toBe(true);
	});

	test('parses every CSV with papaparse: BOM, CRLF only, header equal to the package fields, values as the fields say, keys that resolve', () => {
		const pkg = JSON.parse(readText('du-lieu/datapackage.json')) as PackageJson;
		const tables = pkg.resources.map((resource) => {
			const bytes = read(`du-lieu/${resource.path}`);
			expect([...bytes.slice(0, 3)], resource.path).toEqual([0xef, 0xbb, 0xbf]);
			const text = new TextDecoder().decode(bytes);
			// Outside quoted cells every line ends with CRLF; no bare CR or LF separates records.
			expect(text.replace(/"(?:[^"]|"")*"/gu, '').replaceAll('\r\n', ''), resource.path).not.toMatch(/[\r\n]/u);
			const { header, rows, errors } = parseCsvBytes(bytes);
			expect(errors, resource.path).toEqual([]);
			expect(header, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
			const typed = rows.map((cells) => Object.fromEntries(resource.schema.fields.map((f, i) => [f.name, typedCell(f, cells[i] ?? '')])));
			expect(rowProblems(resource.schema.fields, typed), resource.path).toEqual([]);
			const definition = TABLES.find((t) => t.name === resource.name)!;
			return {
				name: resource.name,
				rows: typed,
				...(definition.primaryKey ? { primaryKey: definition.primaryKey } : {}),
				foreignKeys: definition.foreignKeys ?? [],
			};
		});
		expect(foreignKeyProblems(tables)).toEqual([]);
		expect(tables.flatMap(primaryKeyProblems)).toEqual([]);
	});

	test('parses every JSON with the content schemas its columns come from, and finds the same rows as the CSV', () => {
		for (const definition of TABLES) {
			const rows = JSON.parse(readText(`du-lieu/${definition.name}.json`)) as Record<string, unknown>[];
			const { header, rows: cells } = parseCsvBytes(read(`du-lieu/${definition.name}.csv`));
			const pkg = JSON.parse(readText('du-lieu/datapackage.json')) as PackageJson;
			const fields = pkg.resources.find((r) => r.name === definition.name)!.schema.fields;
			expect(rows.map((row) => Object.keys(row))).toEqual(rows.map(() => header));
			expect(rows).toEqual(cells.map((line) => Object.fromEntries(fields.map((f, i) => [f.name, typedCell(f, line[i] ?? '')]))));
			for (const column of definition.columns as readonly ColumnDefinition<never>[]) {
				// Columns whose type the schema cannot show (a transform from text) or that join a list are checked by their Table Schema above.
				if (!column.schema || column.shape || column.list) continue;
				const schema = column.schema.schema.shape[column.schema.field]!;
				for (const row of rows) {
					const value = row[column.name];
					if (value === null) continue;
					const parsed = schema.safeParse(value);
					expect(parsed.success, `${definition.name}.${column.name} = ${JSON.stringify(value)}`).toBe(true);
					expect(parsed.data, `${definition.name}.${column.name}`).toEqual(value);
				}
			}
		}
	});

	test('publishes a file for each province and commune page, with the assignments columns and exactly its own rows', () => {
		const assignments = JSON.parse(readText('du-lieu/assignments.json')) as Record<string, unknown>[];
		const provinces = JSON.parse(readText('du-lieu/provinces.json')) as { code: string; slug: string }[];
		const communes = JSON.parse(readText('du-lieu/communes.json')) as { code: string; slug: string; province: string }[];
		const header = parseCsvBytes(read('du-lieu/assignments.csv')).header;
		const withPages = provinces.filter((p) => existsSync(join(first, p.slug, 'index.html')));
		expect(withPages.length).toBeGreaterThan(0);
		expect(listTree(join(first, 'du-lieu/tinh'))).toEqual(withPages.flatMap((p) => [`${p.slug}.csv`, `${p.slug}.json`, `${p.slug}.xlsx`]).sort());
		for (const province of withPages) {
			const rows = JSON.parse(readText(`du-lieu/tinh/${province.slug}.json`)) as Record<string, unknown>[];
			expect(rows).toEqual(assignments.filter((a) => a['province'] === province.code));
			expect(parseCsvBytes(read(`du-lieu/tinh/${province.slug}.csv`)).header).toEqual(header);
		}
		const itemized = withPages.reduce((sum, p) => sum + (JSON.parse(readText(`du-lieu/tinh/${p.slug}.json`)) as unknown[]).length, 0);
		expect(itemized).toBe(assignments.length);
		for (const commune of communes) {
			const slug = provinces.find((p) => p.code === commune.province)!.slug;
			const rows = JSON.parse(readText(`du-lieu/xa/${slug}/${commune.slug}.json`)) as Record<string, unknown>[];
			expect(rows).toEqual(assignments.filter((a) => a['commune'] === commune.code));
			expect(parseCsvBytes(read(`du-lieu/xa/${slug}/${commune.slug}.csv`)).rows).toHaveLength(rows.length);
		}
	});

	test('puts every table, the package and the guide in the ZIP, byte for byte', () => {
		const entries = unzipSync(read('du-lieu/minh-bach-du-lieu.zip'));
		for (const name of [...TABLE_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]), 'datapackage.json', 'minh-bach.xlsx', 'minh-bach.sqlite']) {
			expect(entries[name], name).toEqual(read(`du-lieu/${name}`));
		}
		expect(new TextDecoder().decode(entries['README.md'])).toContain('phiên bản');
	});

	test('shows the same data version in the page footer, the package and the download page JSON-LD', () => {
		const pkg = JSON.parse(readText('du-lieu/datapackage.json')) as PackageJson;
		for (const page of ['index.html', 'du-lieu/index.html', 'en/du-lieu/index.html']) {
			expect(readText(page), page).toContain(`<code>${pkg.version}</code>`);
		}
	});

	test.each(['du-lieu/index.html', 'en/du-lieu/index.html'])('gives %s one script element, and it is schema.org Dataset JSON-LD', (page) => {
		const html = readText(page);
		const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)];
		expect(scripts).toHaveLength(1);
		expect(scripts[0]![1]).toMatch(/^\s*type="application\/ld\+json"\s*$/u);
		const data = JSON.parse(scripts[0]![2]!) as { '@type': string; version: string; distribution: { contentUrl: string }[] };
		expect(data['@type']).toBe('Dataset');
		const urls = data.distribution.map((d) => new URL(d.contentUrl).pathname);
		for (const name of TABLE_NAMES) expect(urls).toContain(`/du-lieu/${name}.csv`);
		for (const name of ['datapackage.json', 'minh-bach.xlsx', 'minh-bach.sqlite', 'minh-bach-du-lieu.zip']) expect(urls).toContain(`/du-lieu/${name}`);
	});

	test.each(['du-lieu/index.html', 'en/du-lieu/index.html'])('describes in %s the data: what, where (the provinces) and when (the periods)', (page) => {
		const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(readText(page))![1]!;
		const data = JSON.parse(json) as { description: string; temporalCoverage: string; spatialCoverage: { name: string; identifier: string }[] };
		const decisions = JSON.parse(readText('du-lieu/decisions.json')) as { province: string; start: string | null; end: string | null }[];
		const provinces = JSON.parse(readText('du-lieu/provinces.json')) as { code: string; full_name: string; name_en: string }[];
		const starts = decisions.flatMap((d) => (d.start ? [d.start] : [])).sort();
		const open = decisions.some((d) => d.start && !d.end);
		const ends = decisions.flatMap((d) => (d.start && d.end ? [d.end] : [])).sort();
		expect(data.temporalCoverage).toBe(`${starts[0]}/${open ? '..' : ends.at(-1)}`);
		const codes = [...new Set(decisions.map((d) => d.province))].sort();
		expect(data.spatialCoverage.map((p) => p.identifier)).toEqual(codes);
		const name = (code: string) => provinces.find((p) => p.code === code)!;
		expect(data.spatialCoverage.map((p) => p.name)).toEqual(codes.map((c) => (page.startsWith('en/') ? name(c).name_en : name(c).full_name)));
		// The description is about the data, not the page.
		expect(data.description).not.toMatch(/^Tải|^Download/u);
		expect(data.description).toContain(String(decisions.length));
	});

	test('publishes a feed per province page in both languages, with only that province’s decisions', () => {
		const provinces = JSON.parse(readText('du-lieu/provinces.json')) as { code: string; slug: string }[];
		const decisions = JSON.parse(readText('du-lieu/decisions.json')) as { id: string; province: string; number: string | null }[];
		const withPages = provinces.filter((p) => existsSync(join(first, p.slug, 'index.html')));
		for (const province of withPages) {
			for (const prefix of ['', 'en/']) {
				const feed = readText(`${prefix}${province.slug}/feed.xml`);
				const ids = [...feed.matchAll(/<entry>\s*<id>[^<]*\/quyet-dinh\/([^/<]+)\/<\/id>/gu)].map((m) => m[1]).sort();
				expect(ids, `${prefix}${province.slug}`).toEqual(
					decisions
						.filter((d) => d.province === province.code)
						.map((d) => d.id)
						.sort(),
				);
				expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="https://minh-bach.example.org/${prefix}${province.slug}/feed.xml"/>`);
			}
		}
	});

	test('gives each feed entry a summary of facts, not its title again', () => {
		for (const path of ['feed.xml', 'en/feed.xml']) {
			const entries = [...readText(path).matchAll(/<entry>[\s\S]*?<title>([^<]*)<\/title>[\s\S]*?<summary>([^<]*)<\/summary>/gu)];
			expect(entries.length).toBeGreaterThan(0);
			for (const [, title, summary] of entries) {
				const what = title!.slice(title!.indexOf(': ') + 2);
				expect(summary, path).not.toContain(what);
				expect(summary, path).toMatch(path.startsWith('en/') ? /^(Decision No\. |Decision number not found)/u : /^(Quyết định số |Chưa rõ số hiệu)/u);
			}
		}
	});

	test('lists decisions newest first in the Atom feed, dated from the content', () => {
		const feed = readText('feed.xml');
		const decisions = JSON.parse(readText('du-lieu/decisions.json')) as { id: string }[];
		const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/gu)].map((m) => m[1]!);
		expect(updated).toHaveLength(decisions.length);
		expect(updated).toEqual([...updated].sort().reverse());
	});

	test('lists both languages of the download page in the sitemap, each with its hreflang alternate', () => {
		const index = readText('sitemap-index.xml');
		const child = /<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/u.exec(index)?.[1];
		expect(child).toBeDefined();
		const sitemap = readText(child!);
		expect(sitemap).toContain('<loc>https://minh-bach.example.org/du-lieu/</loc><xhtml:link rel="alternate" hreflang="vi"');
		expect(sitemap).toContain('hreflang="en" href="https://minh-bach.example.org/en/du-lieu/"');
		expect(sitemap).not.toMatch(/<loc>[^<]*\.(csv|json|zip|xml|xlsx|sqlite)<\/loc>/u);
	});

	test('gives byte-identical data files, feeds and sitemaps in a second build in another time zone', () => {
		const data = (dir: string) => listTree(dir).filter((path) => path.startsWith('du-lieu/') || path.endsWith('.xml'));
		const paths = data(first);
		expect(paths.length).toBeGreaterThan(TABLE_NAMES.length * 2);
		expect(data(second)).toEqual(paths);
		const differing = paths.filter((path) => !readFileSync(join(first, path)).equals(readFileSync(join(second, path))));
		expect(differing).toEqual([]);
	});
});
