import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { unpackWorkbook, WORKBOOK_LIMITS } from '../../../src/lib/import/xlsx-package.ts';
import { buildWorkbook, crcOf, workbookParts, zipBomb, zipRaw, type RawEntry } from './xlsx-builder.ts';

const WORKBOOK = buildWorkbook([
	{
		name: 'Danh sách',
		rows: [
			['STT', 'Nơi biệt phái'],
			[1, 'Xã Thanh Nưa'],
		],
	},
]);

/** The parts of a small workbook as hand-made zip entries, stored; `change` alters the entry of the sheet. */
function rawWorkbook(change: (entry: RawEntry) => RawEntry = (entry) => entry): Uint8Array {
	return zipRaw(
		Object.entries(workbookParts([{ name: 'Danh sách', rows: [['STT'], [1]] }])).map(([name, text]) => {
			const bytes = Buffer.from(text, 'utf8');
			const entry: RawEntry = { name, data: bytes, method: 0, declaredBytes: bytes.length, crc: crcOf(bytes) };
			return name === 'xl/worksheets/sheet1.xml' ? change(entry) : entry;
		}),
	);
}

/** The same bytes with some of them overwritten. */
const damaged = (bytes: Uint8Array, at: number, length: number): Uint8Array => {
	const copy = bytes.slice();
	copy.fill(0x55, at, at + length);
	return copy;
};

describe('unpackWorkbook', () => {
	test('unpacks the XML parts of a workbook', () => {
		const unpacked = unpackWorkbook(WORKBOOK);
		expect(unpacked.kind === 'ok' && [...unpacked.parts.keys()].sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml',
		]);
	});

	test('never unpacks a picture, however large it claims to be', () => {
		const picture: RawEntry = { name: 'xl/media/image1.png', data: new Uint8Array(10), declaredBytes: 4_000_000_000 };
		expect(unpackWorkbook(zipRaw([picture]))).toEqual({ kind: 'ok', parts: new Map() });
	});

	test.each([
		['an empty file', new Uint8Array(0), 'import.file-empty'],
		['a CSV renamed to .xlsx', Buffer.from('STT,Họ tên\r\n1,Nguyễn Văn Mẫu\r\n'), 'import.not-zip-text'],
		['an HTML page renamed to .xlsx', Buffer.from('<!DOCTYPE html><html><body><table></table></body></html>'), 'import.not-zip-text'],
		[
			'a legacy .xls or a password-protected workbook',
			Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)),
			'import.xls-or-password',
		],
		['binary bytes that are not a zip', Uint8Array.from({ length: 600 }, (_, i) => (i * 7) % 256), 'import.not-zip'],
		['the first bytes of a zip only', WORKBOOK.subarray(0, 10), 'import.zip-truncated'],
		['a workbook cut in half', WORKBOOK.subarray(0, Math.floor(WORKBOOK.length / 2)), 'import.zip-truncated'],
		['a workbook missing its last 30 bytes', WORKBOOK.subarray(0, WORKBOOK.length - 30), 'import.zip-truncated'],
		['a workbook whose packed data is overwritten', damaged(WORKBOOK, 200, 400), 'import.zip-corrupt'],
		['an entry marked as encrypted', rawWorkbook((entry) => ({ ...entry, flags: 1 })), 'import.xls-or-password'],
		['an entry packed with a method Excel does not use', rawWorkbook((entry) => ({ ...entry, method: 12 })), 'import.zip-corrupt'],
		['a stored entry whose sizes disagree', rawWorkbook((entry) => ({ ...entry, declaredBytes: entry.declaredBytes + 5 })), 'import.zip-corrupt'],
		[
			'a deflated entry shorter than it declares',
			rawWorkbook((entry) => ({ ...entry, method: 8, data: deflateRawSync(entry.data), declaredBytes: entry.declaredBytes + 100 })),
			'import.zip-corrupt',
		],
	])('refuses %s with a message, never a stack trace', (_name, bytes, code) => {
		const unpacked = unpackWorkbook(bytes);
		expect(unpacked.kind === 'refused' && unpacked.refusal.code).toBe(code);
	});

	test('refuses a 500 KB workbook that unpacks to 500 MB within a second, from its declared sizes', () => {
		const bomb = zipBomb(500);
		expect(bomb.length).toBeLessThan(600 * 1024);
		const started = performance.now();
		const unpacked = unpackWorkbook(bomb);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(unpacked).toEqual({
			kind: 'refused',
			refusal: { code: 'import.zip-bomb', params: { reason: 'total', found: 524_289_585, limit: WORKBOOK_LIMITS.maxUnpackedBytes, packed: bomb.length } },
		});
	});

	test.each([
		['a few bytes', 1_000],
		['1 MB', 1_000_000],
		['20 MB', 20_000_000],
	])('stops a bomb that lies about its size (claims %s) while inflating, within a second', (_name, claim) => {
		// No ratio limit here: the guard while inflating must stop it on its own.
		const limits = { ...WORKBOOK_LIMITS, maxRatio: Infinity };
		const started = performance.now();
		const unpacked = unpackWorkbook(zipBomb(500, claim), limits);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(unpacked.kind === 'refused' && unpacked.refusal).toEqual({
			code: 'import.zip-bomb',
			params: { reason: 'lying', part: 'xl/worksheets/sheet1.xml', found: claim },
		});
	});

	test('refuses a part compressed far more than sheet XML ever is, under the total limit', () => {
		const unpacked = unpackWorkbook(zipBomb(40));
		expect(unpacked.kind === 'refused' && unpacked.refusal.params).toMatchObject({ reason: 'ratio', part: 'xl/worksheets/sheet1.xml', limit: 100 });
	});

	test('refuses a zip that lists more entries than a workbook has', () => {
		const limits = { ...WORKBOOK_LIMITS, maxEntries: 4 };
		const unpacked = unpackWorkbook(WORKBOOK, limits);
		expect(unpacked.kind === 'refused' && unpacked.refusal).toEqual({ code: 'import.zip-bomb', params: { reason: 'entries', found: 5, limit: 4 } });
	});

	test('accepts a large honest workbook within the limits', () => {
		const rows = Array.from({ length: 20_000 }, (_, i) => [i + 1, `Người ${i + 1}`, 'Xã Thanh Nưa', 'Xây dựng']);
		const unpacked = unpackWorkbook(buildWorkbook([{ name: 'Danh sách', rows }], { shared: true }));
		expect(unpacked.kind).toBe('ok');
	});
});
