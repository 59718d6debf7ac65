import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeCsvBytes, splitCsv } from '../../../src/lib/import/csv-input.ts';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));

describe('decodeCsvBytes', () => {
	test.each([
		['danh-sach-utf8-bom.csv', 'utf-8-bom'],
		['danh-sach-unicode.txt', 'utf-16le'],
		['danh-sach-utf16be.csv', 'utf-16be'],
	])('decodes %s as %s with its Vietnamese letters intact', (name, encoding) => {
		const decoded = decodeCsvBytes(fixture(name));
		expect(decoded?.encoding).toBe(encoding);
		expect(splitCsv(decoded!.text)[1]).toEqual(['1', 'Nguyễn Văn Mẫu', 'Sở Xây dựng', 'Xã Thanh Nưa', 'Xây dựng', '02/02/2026', '01/08/2026']);
	});

	test('decodes UTF-8 without a byte-order mark', () => {
		expect(decodeCsvBytes(new TextEncoder().encode('Xã,Phường\n'))).toEqual({ text: 'Xã,Phường\n', encoding: 'utf-8' });
	});

	test.each([
		['a Windows-1258 file', fixture('danh-sach-windows-1258.csv')],
		['UTF-16 without a byte-order mark', new Uint8Array([0x58, 0x00, 0xe3, 0x00])],
	])('refuses %s', (_name, bytes) => {
		expect(decodeCsvBytes(bytes)).toBeUndefined();
	});
});

describe('splitCsv', () => {
	test.each([
		[
			'commas',
			'a,b\n1,"x, y"\n',
			[
				['a', 'b'],
				['1', 'x, y'],
			],
		],
		[
			'tabs',
			'a\tb\r\n1\tx, y\r\n',
			[
				['a', 'b'],
				['1', 'x, y'],
			],
		],
		[
			'semicolons',
			'a;b\n1;2\n',
			[
				['a', 'b'],
				['1', '2'],
			],
		],
	])('splits cells separated by %s', (_name, text, rows) => {
		expect(splitCsv(text)).toEqual(rows);
	});
});
