import QRCode from 'qrcode';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { qrInWorker, zipGivenInWorker, zipInWorker } from '../../../src/lib/io/worker.ts';
import { buildZip, zipEntries } from '../../../src/lib/datasets/zip.ts';

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
});
