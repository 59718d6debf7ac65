import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { DecisionSchema } from '../../../src/schemas/decision.ts';
import { checkContent } from '../../../src/lib/io/read-content.ts';
import { buildDecisionSkeleton, SKELETON_DOCS } from '../../../src/lib/scaffold/decision-skeleton.ts';
import { validateDecisionFile } from '../../../src/lib/validate/decision-file.ts';

const docs = SKELETON_DOCS;
const VALUES = {
	number: '123/QĐ-UBND',
	province: '11',
	date: '01/02/2026',
	issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
	issuer_en: "Điện Biên Provincial People's Committee",
};
const skeleton = buildDecisionSkeleton(VALUES, docs);

/** Fills the placeholders of a skeleton as a staff member would. */
function fill(text: string): string {
	const answers: Record<string, string> = {
		kind: 'secondment',
		title: 'Biệt phái công chức về xã (giả lập)',
		title_en: 'Secondment to communes (synthetic)',
		id: 'cong-bao',
		url: 'https://example.org/cong-bao',
		publisher: 'Cổng thông tin điện tử tỉnh (giả lập)',
	};
	let sourceTitle = false;
	return text.replace(/^(\s*)(\w+): ""$/gmu, (line, indent: string, key: string) => {
		// The second "title" is the source's.
		if (key === 'title' && sourceTitle) return `${indent}title: Quyết định 123/QĐ-UBND (giả lập)`;
		if (key === 'title') sourceTitle = true;
		return answers[key] === undefined ? line : `${indent}${key}: ${answers[key]}`;
	});
}

describe('the descriptions of a decision file', () => {
	test('describe every field of DecisionSchema in Vietnamese and English', () => {
		expect(Object.keys(docs.decision)).toEqual(Object.keys(DecisionSchema.shape));
		for (const [key, d] of Object.entries(docs.decision)) {
			expect(d.vi, key).toMatch(/\S/u);
			expect(d.en, key).toMatch(/\S/u);
			expect(d.vi, key).not.toBe(d.en);
		}
	});
});

describe('the decision skeleton', () => {
	test('shows every frontmatter field of the schema, each under its description in Vietnamese, then English', () => {
		const lines = skeleton.split('\n');
		for (const key of Object.keys(DecisionSchema.shape)) {
			const at = lines.findIndex((line) => new RegExp(`^(# )?${key}:`, 'u').test(line));
			const d = docs.decision[key as keyof typeof docs.decision]!;
			expect(at, key).toBeGreaterThan(1);
			expect(lines[at - 2], key).toBe(`# ${d.vi}`);
			expect(lines[at - 1], key).toBe(`# ${d.en}`);
		}
	});

	test('does not validate until its placeholders are filled, and names each one', () => {
		const result = validateDecisionFile('content/decisions/123-qd-ubnd-2026.mdx', skeleton);
		expect(result.problems.map((problem) => problem.column)).toEqual([
			'kind',
			'title',
			'title_en',
			'sources[0].id',
			'sources[0].url',
			'sources[0].title',
			'sources[0].publisher',
		]);
	});

	test('validates once its placeholders are filled', () => {
		const result = validateDecisionFile('content/decisions/123-qd-ubnd-2026.mdx', fill(skeleton));
		expect(result.problems).toEqual([]);
		expect(result.record?.data).toMatchObject({ number: '123/QĐ-UBND', province: '11', date: '2026-02-01', kind: 'secondment', fileStem: '123-qd-ubnd-2026' });
	});

	test('validates with the commented examples uncommented too', () => {
		const uncommented = fill(skeleton)
			.replace('# start: dd/mm/yyyy', 'start: 02/02/2026')
			.replace('# duration_months: 6', 'duration_months: 6')
			.replace(/^# signer:\n# {3}name: "".*\n# {3}title: "".*$/mu, 'signer:\n  name: Nguyễn Văn Ký (giả lập)\n  title: Phó Chủ tịch UBND tỉnh');
		const data = parse(uncommented.split('---')[1]!) as Record<string, unknown>;
		expect(data['signer']).toEqual({ name: 'Nguyễn Văn Ký (giả lập)', title: 'Phó Chủ tịch UBND tỉnh' });
		expect(validateDecisionFile('content/decisions/123-qd-ubnd-2026.mdx', uncommented).problems).toEqual([]);
	});
});

describe('npm run new:decision', () => {
	const work = mkdtempSync(join(tmpdir(), 'minh-bach-new-decision-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const content = join(work, 'content');
	cpSync('tests/fixtures/import/content', content, { recursive: true });
	const run = (...args: string[]) =>
		spawnSync(resolve('node_modules/.bin/node'), ['scripts/new-decision.ts', ...args], {
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: content },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	const path = join(content, 'decisions', '123-qd-ubnd-2026.mdx');

	test('writes the skeleton named by the decision id, with the issuer of the province, asking nothing', () => {
		const result = run('--number', '123/QĐ-UBND', '--date', '01/02/2026', '--province', '11', '--title', 'Biệt phái về xã (giả lập)');
		expect(result.status).toBe(0);
		const text = readFileSync(path, 'utf8');
		expect(text).toContain("issuer_en: Điện Biên Provincial People's Committee");
		expect(text).toContain('title: Biệt phái về xã (giả lập)');
		// The new file is reported by the content check until it is filled.
		expect(checkContent(content).problems.map((problem) => problem.column)).toContain('kind');
	});

	test('refuses to overwrite an existing decision', () => {
		const before = readFileSync(path, 'utf8');
		const result = run('--number', '123/QĐ-UBND', '--date', '01/02/2026', '--province', '11');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('already exists and is not replaced');
		expect(readFileSync(path, 'utf8')).toBe(before);
	});

	test.each([
		[['--date', '01/02/2026', '--province', '99'], 'There is no province with code "99"'],
		[['--number', '123-QĐ', '--date', '01/02/2026', '--province', '11'], 'is not in the official form'],
		[['--number', '124/QĐ-UBND', '--date', '31/02/2026', '--province', '11'], 'is not in the form dd/mm/yyyy'],
		[['--number', '124/QĐ-UBND'], '--date and --province are required'],
	])('refuses %j with a message', (args, message) => {
		const result = run(...args);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(message);
	});
});
