import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generateNationalContent, NATIONAL_SCALE } from '../../scripts/bench/generate.ts';

describe('the benchmark generator at several scales', () => {
	const dir = mkdtempSync(join(tmpdir(), 'minh-bach-generate-test-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const generate = (rowScale: number) => {
		const out = join(dir, String(rowScale));
		const counts = generateNationalContent(out, { ...NATIONAL_SCALE, rowScale, provinces: ['11', '01'] });
		const files = Object.fromEntries(
			readdirSync(join(out, 'assignments'))
				.sort()
				.map((name) => [
					name,
					readFileSync(join(out, 'assignments', name), 'utf8')
						.trimEnd()
						.split('\n'),
				]),
		);
		return { counts, files };
	};
	const half = generate(0.5);
	const one = generate(1);
	const double = generate(2);

	test('takes the provinces share of the national figures', () => {
		expect(one.counts).toMatchObject({ provinces: 2, communes: 171 });
		// 171 of 3,321 communes: about 5 % of 1,000 decisions and of 30,000 rows.
		expect(one.counts.decisions).toBe(51);
		expect(one.counts.assignments).toBeGreaterThan(1200);
		expect(one.counts.assignments).toBeLessThan(1900);
	});

	test('keeps the same decisions at every scale', () => {
		expect(Object.keys(half.files)).toEqual(Object.keys(one.files));
		expect(Object.keys(double.files)).toEqual(Object.keys(one.files));
	});

	test('keeps the first rows of each decision below scale 1 and adds rows after them above it', () => {
		for (const [name, lines] of Object.entries(one.files)) {
			const rows = lines.length - 1;
			expect(half.files[name], name).toEqual(lines.slice(0, 1 + Math.max(1, Math.round(rows * 0.5))));
			expect(double.files[name]?.slice(0, lines.length), name).toEqual(lines);
		}
		expect(double.counts.assignments).toBeGreaterThan(1.9 * one.counts.assignments);
	});

	test('covers the same communes at every scale and puts every row in them', () => {
		for (const name of Object.keys(one.files)) {
			const covered = (scale: number): string[] | 'all' => {
				const text = readFileSync(join(dir, String(scale), 'decisions', name.replace(/\.csv$/u, '.mdx')), 'utf8');
				return (parse(text.split('---\n')[1] ?? '') as { communes: string[] | 'all' }).communes;
			};
			expect(covered(0.5), name).toEqual(covered(1));
			expect(covered(2), name).toEqual(covered(1));
			const communes = covered(1);
			if (communes === 'all') continue;
			for (const line of double.files[name]?.slice(1) ?? []) expect(communes, `${name}: ${line}`).toContain(line.split(',')[0]);
		}
	});

	test('refuses a province code that is not in the list', () => {
		expect(() => generateNationalContent(join(dir, 'bad'), { ...NATIONAL_SCALE, provinces: ['11', '99'] })).toThrow('Unknown province code(s): 99.');
	});
});
