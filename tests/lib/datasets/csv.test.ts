import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BOM, guardFormula, writeCsv, writeJson, type Row } from '../../../src/lib/datasets/csv.ts';
import { parseCsvBytes, unguard } from './helpers.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Any Unicode text that UTF-8 can carry: every code point except lone surrogate halves. */
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme-composite' }));
const guardedStart = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n');
const formulaShaped = fc.tuple(guardedStart, anyText).map(([start, rest]) => start + rest);
// -0 is written "0" like any spreadsheet would; every other number reads back exactly.
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).filter((n) => !Object.is(n, -0));

/** The rule as the issue and the download page state it, written out here rather than imported. */
const documented = (text: string): string => (['=', '+', '-', '@', '\t', '\r', '\n'].includes(text.charAt(0)) ? `'${text}` : text);

// Seeded so a failure reproduces; fast-check prints the seed and the shrunk case.
const params = { seed: 20251017, numRuns: 300 };

describe('writeCsv', () => {
	test('any Unicode text survives write and papaparse parse with only the documented guard added', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.oneof(anyText, formulaShaped), number, fc.oneof(anyText, formulaShaped)), { maxLength: 8 }), (records) => {
				const rows: Row[] = records.map(([a, n, b]) => ({ a, n, b }));
				const { header, rows: parsed, errors } = parseCsvBytes(encode(writeCsv(['a', 'n', 'b'], rows)));
				expect(errors).toEqual([]);
				expect(header).toEqual(['a', 'n', 'b']);
				expect(parsed).toHaveLength(rows.length);
				parsed.forEach((cells, i) => {
					const [a, n, b] = records[i]!;
					// Exactly the guard: an apostrophe before text that could run as a formula, nothing else.
					expect(cells[0]).toBe(documented(a));
					expect(cells[2]).toBe(documented(b));
					expect(guardFormula(a)).toBe(documented(a));
					expect(unguard(cells[0]!)).toBe(a);
					// Numbers stay numbers: never guarded, and read back to the same value.
					expect(Number(cells[1])).toBe(n);
				});
			}),
			params,
		);
	});

	test('text that begins with a guarded character always gets exactly one leading apostrophe', () => {
		fc.assert(
			fc.property(formulaShaped, (text) => {
				const { rows } = parseCsvBytes(encode(writeCsv(['x', 'y'], [{ x: text, y: 1 }])));
				expect(rows[0]![0]).toBe(`'${text}`);
			}),
			params,
		);
	});

	test('negative numbers are written as numbers, not guarded as text', () => {
		fc.assert(
			fc.property(fc.integer({ max: -1 }), (n) => {
				const { rows } = parseCsvBytes(encode(writeCsv(['n', 't'], [{ n, t: String(n) }])));
				expect(rows[0]).toEqual([String(n), `'${n}`]);
			}),
			params,
		);
	});

	test.each([
		['Vietnamese text', 'Xã Mường Ảng, Điện Biên', '"Xã Mường Ảng, Điện Biên"'],
		['a formula', '=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
		['a hyperlink formula with quotes', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['a plus sign', '+84', `"'+84"`],
		['an at sign', '@cmd', `"'@cmd"`],
		['a leading tab', '\tx', `"'\tx"`],
		['a leading line feed', '\nx', `"'\nx"`],
		['an inner equals sign', 'a=b', 'a=b'],
		['a quote', 'say "hi"', '"say ""hi"""'],
	])('writes %s as the RFC 4180 cell expected', (_name, value, cell) => {
		const csv = writeCsv(['v', 'w'], [{ v: value, w: null }]);
		expect(csv).toBe(`${BOM}v,w\r\n${cell},\r\n`);
	});

	test('starts with the byte-order mark and ends every line with CRLF', () => {
		const csv = writeCsv(
			['a', 'b'],
			[
				{ a: 'x', b: 1 },
				{ a: 'y', b: true },
			],
		);
		expect(encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(csv).toBe(`${BOM}a,b\r\nx,1\r\ny,true\r\n`);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
	});

	test('writes only the header of an empty table', () => {
		expect(writeCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
	});
});

describe('writeJson', () => {
	test('has the same fields in the same order, null for missing values and no formula guard', () => {
		const json = writeJson(['a', 'n', 'b'], [{ a: '=1+1', n: -2 }, { b: 'Điện Biên' }]);
		expect(json).toBe('[\n{"a":"=1+1","n":-2,"b":null},\n{"a":null,"n":null,"b":"Điện Biên"}\n]\n');
		expect(JSON.parse(json)).toEqual([
			{ a: '=1+1', n: -2, b: null },
			{ a: null, n: null, b: 'Điện Biên' },
		]);
	});

	test('round-trips any Unicode text unchanged', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expect(JSON.parse(writeJson(['t'], [{ t: text }]))).toEqual([{ t: text }]);
			}),
			params,
		);
	});

	test('writes each row as JSON.stringify writes the object of its fields, for any values', () => {
		const value = fc.oneof(anyText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
		fc.assert(
			fc.property(fc.array(fc.record({ a: value, 'b c': value, 'Điện "x"': value }), { minLength: 1, maxLength: 5 }), (rows) => {
				const columns = ['Điện "x"', 'a', 'b c'];
				const expected = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column as keyof typeof row] ?? null]))));
				expect(writeJson(columns, rows as Row[])).toBe(`[\n${expected.join(',\n')}\n]\n`);
			}),
			params,
		);
	});
});
