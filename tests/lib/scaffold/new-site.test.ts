import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { AgencySchema } from '../../../src/schemas/agency.ts';
import { checkOutFolder, readNationalLists, writeNewSite } from '../../../src/lib/io/new-site-files.ts';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import { buildNewSite, checkSiteUrl, type NewSite } from '../../../src/lib/scaffold/new-site.ts';
import { buildSite } from '../../helpers/build-site.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const lists = readNationalLists();
const temp = mkdtempSync(join(tmpdir(), 'minh-bach-new-site-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Rows of a CSV text, by header. */
const rows = (text: string): Record<string, string>[] => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

/** The province's rows in the national list the project carries. */
const nationalCount = (code: string): number => rows(lists.communesCsv).filter((row) => row['province_code'] === code).length;

/** Builds a site, failing the test with its problems if there are any. */
function build(options: Parameters<typeof buildNewSite>[1]): NewSite {
	const result = buildNewSite(lists, options);
	if ('problems' in result) throw new Error(result.problems.map((p) => p.en).join('\n'));
	return result.site;
}

describe.each([
	{ code: '11', communesFile: 'communes/11-dien-bien.csv', agenciesFile: 'agencies/11-dien-bien.csv', communes: 45 },
	// Hồ Chí Minh City has two names that fold to one path (Thanh An / Thạnh An): the slug column appears.
	{ code: '79', communesFile: 'communes/79-ho-chi-minh.csv', agenciesFile: 'agencies/79-ho-chi-minh.csv', communes: nationalCount('79') },
])('a new site for province $code', ({ code, communesFile, agenciesFile, communes }) => {
	const out = join(temp, `site-${code}`);
	const site = build({ province: code });
	writeNewSite(out, site);
	const content = join(out, 'content');
	const { model, problems } = checkContent(content);

	test('passes the content check with no problems', () => {
		expect(problems).toEqual([]);
	});

	test("lists the 34 provinces and exactly the province's communes of the national list", () => {
		expect(model.provinces).toHaveLength(34);
		expect(site.communes).toBe(communes);
		expect(model.communes).toHaveLength(nationalCount(code));
		expect(model.communes.every((c) => c.province === code)).toBe(true);
		expect(new Set(model.communes.map((c) => c.slug)).size).toBe(communes);
	});

	test('invents nothing: no agency, decision, assignment or person', () => {
		expect(readFileSync(join(content, agenciesFile), 'utf8')).toBe(`${Object.keys(AgencySchema.shape).join(',')}\n`);
		expect(model.agencies).toEqual([]);
		expect(model.decisions).toEqual([]);
		expect(readdirSync(join(content, 'decisions'))).toEqual(['.gitkeep']);
		expect(readdirSync(join(content, 'assignments'))).toEqual(['.gitkeep']);
		expect(readFileSync(join(content, 'decisions', '.gitkeep'), 'utf8')).toBe('');
	});

	test('writes the content folder, SOURCES.md with the licence notice, and site.config.ts', () => {
		expect([...site.files.keys()].sort()).toEqual(
			[
				'content/SOURCES.md',
				`content/${agenciesFile}`,
				'content/assignments/.gitkeep',
				`content/${communesFile}`,
				'content/decisions/.gitkeep',
				'content/provinces.csv',
				'content/specialties.csv',
				'site.config.ts',
			].sort(),
		);
		expect(readFileSync(join(content, 'specialties.csv'), 'utf8')).toBe(readFileSync(join(ROOT, 'content/specialties.csv'), 'utf8'));
		const sources = readFileSync(join(content, 'SOURCES.md'), 'utf8');
		expect(sources).toContain('thanglequoc/vietnamese-provinces-database v3.0.2');
		expect(sources).toContain('Copyright (c) 2021 Thang Le Quoc');
		expect(sources).toContain(`\`${communesFile}\` | ${communes} đơn vị cấp xã`);
	});
});

describe('the lists of the new site', () => {
	test("the provinces are the project's own content/provinces.csv", () => {
		expect(build({ province: '11' }).files.get('content/provinces.csv')).toBe(readFileSync(join(ROOT, 'content/provinces.csv'), 'utf8'));
	});

	test("Điện Biên's communes have the codes, names and types of the project's sourced list", () => {
		const pick = (row: Record<string, string>) => [row['code'], row['type'], row['name'], row['full_name'], row['name_en'], row['province']];
		const built = rows(build({ province: '11' }).files.get('content/communes/11-dien-bien.csv')!).map(pick);
		const bundled = rows(readFileSync(join(ROOT, 'content/communes/11-dien-bien.csv'), 'utf8')).map(pick);
		expect(built).toEqual(bundled);
	});
});

test('warns in SOURCES.md that Đồng Nai changed after the list was made', () => {
	expect(build({ province: '75' }).files.get('content/SOURCES.md')).toContain('Resolution 30/2026/QH16');
	expect(build({ province: '11' }).files.get('content/SOURCES.md')).not.toContain('30/2026/QH16');
});

describe('site.config.ts of the new site', () => {
	test('has the default titles, a publisher to fill in, and the placeholder address with the reason', () => {
		const config = build({ province: '01' }).files.get('site.config.ts')!;
		expect(config).toContain("title: { vi: 'Minh Bạch: Thành phố Hà Nội', en: 'Minh Bạch: Ha Noi City' }");
		expect(config).toContain("publisher: { vi: 'CHƯA ĐIỀN:");
		expect(config).toContain("url: process.env['SITE_URL'] || PLACEHOLDER_URL,");
		expect(config).toContain('A publishing build (CI=true or');
		for (const shape of [
			"export const PLACEHOLDER_URL = 'https://minh-bach.example.org';",
			'export const site = defineSite({',
			'export const isPreviewAddress = (): boolean =>',
		]) {
			expect(config).toContain(shape);
		}
	});

	test('takes the address and titles given, quoted as TypeScript strings', () => {
		const config = build({ province: '11', url: 'https://sonoivu.dienbien.gov.vn/', titleVi: "Minh Bạch 'Điện Biên'", titleEn: 'Dien Bien' }).files.get(
			'site.config.ts',
		)!;
		expect(config).toContain("url: process.env['SITE_URL'] || 'https://sonoivu.dienbien.gov.vn',");
		expect(config).toContain("title: { vi: 'Minh Bạch \\'Điện Biên\\'', en: 'Dien Bien' }");
	});

	test.each([
		['sonoivu.dienbien.gov.vn', 'is not a full web address'],
		['ftp://example.gov.vn', 'is not a full web address'],
		['https://example.github.io/minh-bach/', 'must be only the scheme and host'],
		['https://minh-bach.example.org', 'is the placeholder'],
	])('refuses the address %s', (url, message) => {
		const result = checkSiteUrl(url);
		expect('problem' in result && result.problem.en).toContain(message);
	});
});

describe('what the command refuses', () => {
	test.each(['99', '1', 'dien-bien', ''])('reports province code "%s" as unknown, with the known codes', (code) => {
		const result = buildNewSite(lists, { province: code });
		expect(result).toEqual({ problems: [expect.objectContaining({ en: expect.stringContaining(`There is no province with code "${code}"`) })] });
		expect('problems' in result && result.problems[0]?.vi).toContain('11 Điện Biên');
	});

	test('reports every problem of the options at once', () => {
		const result = buildNewSite(lists, { province: '99', url: 'example.org', titleEn: ' ' });
		expect('problems' in result && result.problems.map((p) => p.en.split(' ').slice(0, 3).join(' '))).toEqual([
			'There is no',
			'Address "example.org" is',
			'--title-en must not',
		]);
	});

	test('accepts a folder that is absent or empty, and refuses a non-empty folder or a file', () => {
		const empty = join(temp, 'empty');
		mkdirSync(empty);
		const full = join(temp, 'full');
		mkdirSync(full);
		writeFileSync(join(full, 'notes.txt'), 'x');
		expect(checkOutFolder(join(temp, 'absent'))).toBeUndefined();
		expect(checkOutFolder(empty)).toBeUndefined();
		expect(checkOutFolder(full)?.en).toContain('exists and is not empty');
		expect(checkOutFolder(join(full, 'notes.txt'))?.en).toContain('exists and is not a folder');
	});
});

describe('npm run new:site (node scripts/new-site.ts)', () => {
	const run = (...args: string[]) => {
		const result = spawnSync('npm', ['exec', '--', 'node', 'scripts/new-site.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	};

	test('writes a site into a new folder and exits 0', () => {
		const out = join(temp, 'cli-new');
		const { status, output } = run('--province', '11', '--out', out);
		expect(status).toBe(0);
		expect(output).toContain('Tỉnh Điện Biên: 45');
		expect(existsSync(join(out, 'content', 'communes', '11-dien-bien.csv'))).toBe(true);
	});

	test('exits 1 and writes nothing for an unknown province', () => {
		const out = join(temp, 'cli-unknown');
		const { status, output } = run('--province', '99', '--out', out);
		expect(status).toBe(1);
		expect(output).toContain('Không có tỉnh, thành phố mã "99"');
		expect(output).toContain('There is no province with code "99"');
		expect(existsSync(out)).toBe(false);
	});

	test('exits 1 and leaves a non-empty folder as it was', () => {
		const out = join(temp, 'cli-full');
		mkdirSync(out);
		writeFileSync(join(out, 'keep.txt'), 'x');
		const { status, output } = run('--province', '11', '--out', out);
		expect(status).toBe(1);
		expect(output).toContain('is not empty');
		expect(readdirSync(out)).toEqual(['keep.txt']);
	});
});

describe('a new site without any decision', () => {
	test('builds: with no content date yet, the data package and archive take the start of the date window', () => {
		const out = join(temp, 'site-build');
		writeNewSite(out, build({ province: '11' }));
		const site = buildSite(join(out, 'content'));
		rmSync(site.outDir, { recursive: true, force: true });
		expect(site.status, site.output).toBe(0);
	});
});
