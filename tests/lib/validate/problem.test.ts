import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { DecisionSchema } from '../../../src/schemas/decision.ts';
import { validateDecisionFile } from '../../../src/lib/validate/decision-file.ts';
import { describe as describeProblem, MESSAGES, type ProblemCode } from '../../../src/lib/validate/messages.ts';
import { formatProblems, sortProblems, summarizeProblems, type Problem } from '../../../src/lib/validate/problem.ts';
import { expectedOf, formatPath, objectKeysAt, problemsFromZod, showValue, valueAt } from '../../../src/lib/validate/zod-issues.ts';

describe('zod issues become bilingual problems', () => {
	test.each([
		[['declared', 0, 'count'], 'declared[0].count'],
		[['sources', 1, 'url'], 'sources[1].url'],
		[['title'], 'title'],
		[[], ''],
	])('formatPath(%j) is %j', (path, text) => {
		expect(formatPath(path)).toBe(text);
	});

	test.each([
		['text', 'text'],
		[2025, '2025'],
		[new Date(Date.UTC(2025, 9, 20)), '2025-10-20'],
		[[3], '[3]'],
		[null, undefined],
		[undefined, undefined],
	])('showValue(%j) is %j', (value, shown) => {
		expect(showValue(value)).toBe(shown);
	});

	test('valueAt reads through objects and arrays and stops at a missing step', () => {
		const input = { declared: [{ count: 52 }] };
		expect(valueAt(input, ['declared', 0, 'count'])).toBe(52);
		expect(valueAt(input, ['declared', 3, 'count'])).toBeUndefined();
	});

	test.each([
		[[], ['number', 'province', 'date', 'announced', 'issuer']],
		[
			['sources', 0],
			['id', 'url', 'title', 'publisher', 'date', 'kind', 'lang', 'sha256', 'note'],
		],
		[
			['declared', 2],
			['id', 'label', 'label_en', 'count', 'qualifier', 'source', 'note'],
		],
		[['signer'], ['name', 'title']],
		[['nowhere'], []],
	] as const)('objectKeysAt(DecisionSchema, %j) lists the allowed fields', (path, keys) => {
		const found = objectKeysAt(DecisionSchema, path);
		if (keys.length === 0) expect(found).toEqual([]);
		else expect(found.slice(0, keys.length)).toEqual(keys);
	});

	test.each([
		[z.string(), 5, { en: 'text', vi: 'văn bản' }],
		[z.array(z.string()), 'a', { en: 'a list', vi: 'một danh sách' }],
		[z.union([z.literal('all'), z.array(z.string())]), 'x', { en: '"all" or a list', vi: '"all" hoặc một danh sách' }],
		[z.union([z.number(), z.string()]), [1], { en: 'a number or text', vi: 'một số hoặc văn bản' }],
	])('expectedOf names what %# expected', (schema, input, expected) => {
		const issue = schema.safeParse(input).error?.issues[0];
		expect(issue && expectedOf(issue)).toEqual(expected);
	});

	const where = { file: 'f.csv', row: 7 };
	test.each([
		['an absent required value', z.strictObject({ a: z.string() }), {}, 'value.missing', 'A required value is missing. Fill in this cell.'],
		['a value of the wrong type', z.strictObject({ a: z.string() }), { a: 5 }, 'value.type', 'Value "5" has the wrong type: expected text.'],
		['a value outside an enum', z.strictObject({ a: z.enum(['x', 'y']) }), { a: 'z' }, 'value.enum', 'Value "z" is not allowed. Allowed values: x, y.'],
		['a list that is too short', z.strictObject({ a: z.array(z.string()).min(2) }), { a: ['x'] }, 'value.too-small', 'At least 2 item(s) are needed; found 1.'],
		['an unknown key', z.strictObject({ a: z.string() }), { a: 'x', b: 'y' }, 'field.unknown', 'Field "b" is not part of the format. Allowed fields: a.'],
		[
			'an issue with no catalogue entry',
			z.strictObject({ a: z.string().refine(() => false, 'Something else') }),
			{ a: 'x' },
			'value.invalid',
			'Value "x" is not valid (Something else).',
		],
		['a catalogue key as message', z.strictObject({ a: z.string().regex(/^\d+$/u, { error: 'count.format' }) }), { a: 'x' }, 'count.format', 'Count "x"'],
	])('maps %s to its code and sentence', (_, schema, input, code, en) => {
		const result = schema.safeParse(input);
		const problems = problemsFromZod(result.error!, input, where, schema);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'f.csv', row: 7, code });
		expect(problems[0]?.en).toContain(en);
	});

	test('points inside a union alternative whose type matched: a list of numbers where codes are expected', () => {
		const schema = z.strictObject({ communes: z.union([z.literal('all'), z.array(z.string())]) });
		const input = { communes: ['03158', 3160] };
		const problems = problemsFromZod(schema.safeParse(input).error!, input, where, schema);
		expect(problems.map((p) => [p.column, p.code, p.en])).toEqual([
			['communes[1]', 'value.type', 'Value "3160" has the wrong type: expected text. Put the value in quotes so YAML keeps it as written: "3160".'],
		]);
	});

	test('suggests quoting a YAML number where text is expected', () => {
		const schema = z.strictObject({ title: z.string() });
		const [problem] = problemsFromZod(schema.safeParse({ title: 2025 }).error!, { title: 2025 }, where, schema);
		expect(problem?.vi).toBe('Giá trị "2025" không đúng kiểu: cần văn bản. Đặt giá trị trong dấu ngoặc kép để YAML giữ nguyên: title: "2025".');
	});
});

describe('the message catalogue', () => {
	test.each(Object.keys(MESSAGES) as ProblemCode[])('%s gives a Vietnamese and an English sentence that end with a full stop', (code) => {
		const { vi, en } = describeProblem(code, {
			found: 'x',
			allowed: 'a, b',
			expected: 'e',
			other: '2',
			start: 's',
			period: 'p',
			detail: 'd',
			minimum: '1',
			slug: 's',
			suggestion: 'x-2',
			what: 'w',
			what_vi: 'w',
			limit: '10',
			position: '3',
			length: '12',
			character: 'U+200B ZERO WIDTH SPACE',
			kind_vi: 'vô hình',
			kind_en: 'an invisible',
			script: 'Cyrillic',
			looksLike: 'o',
			from: '01/01/2000',
			to: '31/12/2099',
			asOf: '01/12/2026',
			relation: 'amend',
			relation_vi: 'sửa đổi',
			cycle: 'a → b → a',
			header: 'commune,agency',
			date: '17/10/2025',
		});
		expect(vi).toMatch(/[.?]$/u);
		expect(en).toMatch(/[.?]$/u);
		expect(vi).not.toBe(en);
		expect(`${vi} ${en}`).not.toMatch(/undefined|!|Oops/u);
	});

	test('an unknown code is a bug and throws', () => {
		expect(() => describeProblem('no.such-code' as ProblemCode)).toThrow('No message for problem code "no.such-code"');
	});
});

describe('decision files', () => {
	const text = [
		'---',
		'province: "11"',
		'date: 17/10/2025',
		'issuer: I',
		'issuer_en: I',
		'kind: secondment',
		'title: T',
		'title_en: T',
		'sources:',
		'  - id: s',
		'    url: https://example.org',
		'    title: S',
		'    publisher: P',
		'---',
		'',
		'Nội dung.',
		'',
	].join('\n');

	test('reads frontmatter and body, and records the line of every field', () => {
		const { record, body, problems } = validateDecisionFile('decisions/dien-bien-2025-10-17.mdx', text);
		expect(problems).toEqual([]);
		expect(body).toBe('\nNội dung.\n');
		expect(record?.data).toMatchObject({ fileStem: 'dien-bien-2025-10-17', date: '2025-10-17' });
		expect(record?.data.lines).toMatchObject({ province: 2, date: 3, sources: 9, 'sources[0]': 10, 'sources[0].id': 10, 'sources[0].url': 11 });
	});

	test.each([
		[
			'province: "11"',
			'province: 11',
			'province',
			'Value "11" has the wrong type: expected text. Put the value in quotes so YAML keeps it as written: province: "11".',
		],
		['title: T', 'title: 2025', 'title', 'Value "2025" has the wrong type: expected text. Put the value in quotes so YAML keeps it as written: title: "2025".'],
		['title: T', 'title: [a, b]', 'title', 'Value "["a","b"]" has the wrong type: expected text.'],
		[
			'    title: S',
			'    title: 0012',
			'sources[0].title',
			'Value "0012" has the wrong type: expected text. Put the value in quotes so YAML keeps it as written: title: "0012".',
		],
	])('quotes back a value YAML did not read as text (%s → %s) as it was written', (from, to, column, en) => {
		const { problems } = validateDecisionFile('d.mdx', text.replace(from, to));
		expect(problems.map((p) => [p.column, p.en])).toEqual([[column, en]]);
	});

	test('reads a file that starts with a byte-order mark and has Windows line ends', () => {
		expect(validateDecisionFile('d.mdx', `\uFEFF${text.replaceAll('\n', '\r\n')}`).problems).toEqual([]);
	});

	test('points a schema problem at the line of its field, and an absent field at its parent', () => {
		const broken = text.replace('    url: https://example.org', '    url: example.org').replace('kind: secondment\n', '');
		expect(validateDecisionFile('d.mdx', broken).problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[2, 'kind', 'decision.kind'],
			[10, 'sources[0].url', 'url.format'],
		]);
	});
});

describe('the report', () => {
	const problems: Problem[] = [
		{ file: 'b.csv', row: 3, column: 'x', code: 'c', vi: 'V3.', en: 'E3.' },
		{ file: 'a.mdx', code: 'c', vi: 'V.', en: 'E.' },
		{ file: 'b.csv', row: 2, column: 'y', code: 'c', vi: 'V2y.', en: 'E2y.' },
		{ file: 'b.csv', row: 2, column: 'x', code: 'c', vi: 'V2x.', en: 'E2x.' },
	];

	test('orders problems by file, row and column', () => {
		expect(sortProblems(problems).map((p) => p.vi)).toEqual(['V.', 'V2x.', 'V2y.', 'V3.']);
	});

	test('formats each problem as location, Vietnamese sentence, English sentence', () => {
		expect(formatProblems(problems.slice(0, 2))).toBe('a.mdx:\n  V.\n  E.\n\nb.csv, dòng 3, cột "x":\n  V3.\n  E3.');
	});

	test.each([
		[0, 'Không có lỗi. / No problems found.'],
		[1, 'Tìm thấy 1 lỗi; bản dựng dừng lại. / Found 1 problem; the build stops.'],
		[4, 'Tìm thấy 4 lỗi; bản dựng dừng lại. / Found 4 problems; the build stops.'],
	])('summarises %i problems', (n, summary) => {
		expect(summarizeProblems(problems.slice(0, n))).toBe(summary);
	});
});
