import QRCode from 'qrcode';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { callInWorker, qrInWorker, zipGivenInWorker, zipInWorker } from '../../../src/lib/io/worker.ts';
import { buildZip, zipEntries } from '../../../src/lib/datasets/zip.ts';
import { buildSiteFiles, type SiteFilesInput } from '../../../src/lib/datasets/site-files.ts';
import { provinceTables } from '../../../src/lib/datasets/subset.ts';
import { buildWorkbook } from '../../../src/lib/datasets/workbook.ts';
import { FORMULA_FIXTURE, tablesOf, TEST_PUBLICATION } from '../datasets/helpers.ts';

const encoder = new TextEncoder();

describe('the build worker', () => {
	it('deflates to the same bytes as zipSync on this thread, and leaves the caller its bytes', async () => {
		const big = encoder.encode('mã xã,họ tên,lĩnh vực\n'.repeat(20_000));
		const files = new Map([
			['assignments.csv', big],
			['README.md', encoder.encode('# Dữ liệu\n')],
		]);
		const inWorker = await zipInWorker('test.zip', zipEntries(files, '2026-01-15'));
		expect(inWorker).toEqual(buildZip(files, '2026-01-15'));
		expect(big.byteLength).toBeGreaterThan(0);
		expect(new TextDecoder().decode(unzipSync(inWorker)['README.md'])).toBe('# Dữ liệu\n');
	});

	it('keeps the zip-wide options (the workbook passes its time there)', async () => {
		const mtime = new Date(2026, 0, 15, 12);
		const entries: Zippable = { 'a.xml': [encoder.encode('<a/>'), { level: 6, mtime }] };
		expect(await zipInWorker('test.xlsx', entries, { mtime })).toEqual(zipSync(entries, { mtime }));
	});

	it('moves given bytes to the thread instead of copying them, with the same result', async () => {
		const mtime = new Date(2026, 0, 15, 12);
		const part = () => encoder.encode('<sheetData>'.repeat(10_000));
		const expected = zipSync({ 'xl/a.xml': [part(), { level: 6, mtime }] }, { mtime });
		const given = part();
		expect(await zipGivenInWorker('given.xlsx', { 'xl/a.xml': [given, { level: 6, mtime }] }, { mtime })).toEqual(expected);
		expect(given.byteLength).toBe(0);
	});

	it('draws the same QR code as qrcode on this thread', async () => {
		const options = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;
		const url = 'https://example.org/dien-bien/muong-thanh/';
		expect(await qrInWorker(url, options)).toBe(await QRCode.toString(url, options));
	});

	it('reports a failing job to its caller, naming it, and keeps working', async () => {
		await expect(qrInWorker('', { type: 'svg' })).rejects.toThrow(/Build worker: the QR code of  failed: .*No input text/u);
		expect(await qrInWorker('x', { type: 'svg' })).toContain('<svg');
	});

	it('fails a job that cannot be sent to the thread alone, and keeps working', async () => {
		const entries = { 'a.txt': [encoder.encode('a'), { mtime: (() => 0) as unknown as Date }] } as unknown as Zippable;
		await expect(zipInWorker('bad.zip', entries)).rejects.toThrow(/Build worker: bad.zip could not be sent/u);
		expect(await qrInWorker('y', { type: 'svg' })).toContain('<svg');
	});

	describe("the project's own functions, loaded by the thread from src/ with Node's type stripping", () => {
		const { model, tables } = tablesOf(FORMULA_FIXTURE);
		const info = (lang: 'vi' | 'en') => ({
			version: TEST_PUBLICATION.version,
			created: TEST_PUBLICATION.created,
			homepage: TEST_PUBLICATION.homepage[lang],
			title: TEST_PUBLICATION.title[lang],
			description: 'Synthetic fixture.',
			publisher: TEST_PUBLICATION.publisher[lang],
			licence: TEST_PUBLICATION.licence,
			sources: model.decisions.flatMap((d) => d.sources),
		});
		const input: SiteFilesInput = {
			tables,
			packages: { vi: info('vi'), en: info('en') },
			publication: TEST_PUBLICATION,
			sqlite: { ...info('en'), title: 'Minh Bạch', homepage: TEST_PUBLICATION.homepage.en, citation: 'Synthetic fixture.' },
			sourcesNote: '# Nguồn\n',
			created: TEST_PUBLICATION.created,
		};

		it('writes the whole-site files with the same bytes, names and checksums as this thread does', async () => {
			const here = buildSiteFiles(input);
			const there = await callInWorker('the test downloads', 'buildSiteFiles', input);
			expect(there.map((f) => f.name)).toEqual(here.map((f) => f.name));
			expect(there.map((f) => f.name)).toEqual(expect.arrayContaining(['minh-bach-du-lieu.zip', 'minh-bach.xlsx', 'minh-bach.sqlite', 'datapackage.vi.json']));
			for (const [i, file] of there.entries()) {
				expect(file.bytes, file.name).toEqual(here[i]?.bytes);
				expect(file.facts, file.name).toEqual(here[i]?.facts);
				expect(file.mediaType, file.name).toBe(here[i]?.mediaType);
			}
			expect(Object.keys(unzipSync(there.at(-1)!.bytes))).toEqual(expect.arrayContaining(['README.md', 'SOURCES.md', 'minh-bach.xlsx']));
		});

		it("writes a province's workbook with the same bytes as this thread does", async () => {
			const province = model.decisions[0]!.province;
			const subset = provinceTables(tables, province);
			const workbookInfo = { ...TEST_PUBLICATION, province: { vi: 'Tỉnh thử', en: 'Test province' } };
			expect(await callInWorker('the test workbook', 'buildWorkbook', subset, workbookInfo)).toEqual(buildWorkbook(subset, workbookInfo));
		});

		it('reports a function that throws to its caller, naming the job, and keeps working', async () => {
			const broken: SiteFilesInput = { ...input, tables: [{ ...tables[0]!, rows: undefined as unknown as [] }] };
			await expect(callInWorker('the broken downloads', 'buildSiteFiles', broken)).rejects.toThrow(/Build worker: the broken downloads failed: /u);
			expect(await qrInWorker('z', { type: 'svg' })).toContain('<svg');
		});
	});
});
