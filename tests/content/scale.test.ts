import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/io/read-content.ts';
import { formatReport } from '../../src/lib/validate/problem.ts';
import { MINIMAL } from './fixture.ts';

/**
 * Large files are checked without a stack overflow, and a report of tens of thousands of problems stays
 * a page long while counting every one. (Time and memory on a million rows: `npm run bench:check`.)
 */
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The minimal fixture with its first decision's assignments replaced by `rows` synthetic rows. */
function withRows(rows: number, commune: (i: number) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'minh-bach-scale-'));
	made.push(dir);
	cpSync(MINIMAL, dir, { recursive: true });
	rmSync(join(dir, 'README.md'));
	const lines = ['commune,agency,specialty,category,role,person_name,person_title,start,end,source,note'];
	for (let i = 0; i < rows; i++) lines.push(`${commune(i)},so-xay-dung-dien-bien,cntt,so-nganh,Phòng Kinh tế ${i},,,,,,`);
	writeFileSync(join(dir, 'assignments', '123-qd-ubnd-2025.csv'), `${lines.join('\n')}\n`);
	return dir;
}

describe('content at scale', () => {
	test('checks one assignments file of 200,000 rows without a stack overflow', () => {
		const { problems, model } = checkContent(withRows(200_000, (i) => ['03127', '03151', '03158', '03160'][i % 4]!));
		expect(problems).toEqual([]);
		expect(model.assignments.filter((a) => a.decision === '123-qd-ubnd-2025')).toHaveLength(200_000);
	});

	test('groups 50,000 rows with an unknown commune into a bounded report that counts them all', () => {
		const { problems } = checkContent(withRows(50_000, () => '09999'));
		expect(problems.filter((p) => p.code === 'ref.commune')).toHaveLength(50_000);
		const report = formatReport(problems);
		expect(report.split('\n').length).toBeLessThan(80);
		expect(report).toContain('… và 49.995 lỗi khác cùng loại "ref.commune" trong tệp này');
		expect(report).toContain('… and 49,995 more problems of the kind "ref.commune" in this file.');
	});
});
