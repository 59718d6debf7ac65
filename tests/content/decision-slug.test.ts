import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/io/read-content.ts';
import { decisionId } from '../../src/lib/slug.ts';
import { MINIMAL } from './fixture.ts';

/** A copy of the minimal fixture with a Lai Châu decision that has the same number and year as Điện Biên's 123/QĐ-UBND. */
function withClash(slug?: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'minh-bach-slug-'));
	cpSync(MINIMAL, dir, { recursive: true });
	rmSync(join(dir, 'README.md'));
	const source = readFileSync(join(dir, 'decisions', '123-qd-ubnd-2025.mdx'), 'utf8')
		.replace('province: "11"', 'province: "12"')
		.replace(/shortages:.*\n/u, '')
		.replace(/communes: all\n/u, '');
	const text = slug ? source.replace('province: "12"\n', `province: "12"\nslug: ${slug}\n`) : source;
	writeFileSync(join(dir, 'decisions', `${slug ?? '123-qd-ubnd-2025-lai-chau'}.mdx`), text);
	return dir;
}

describe('decisions of two provinces with the same number and year', () => {
	test('reports the clash and suggests a slug with the province', () => {
		const { problems } = checkContent(withClash());
		const clash = problems.find((p) => p.code === 'decision.duplicate-id');
		expect(clash?.en).toContain('slug: 123-qd-ubnd-2025-lai-chau');
	});

	test('accepts the clash once the second decision has that slug and file name', () => {
		const { problems, model } = checkContent(withClash('123-qd-ubnd-2025-lai-chau'));
		expect(problems.filter((p) => p.code.startsWith('decision.'))).toEqual([]);
		expect(model.decisions.map((d) => d.id)).toContain('123-qd-ubnd-2025-lai-chau');
	});

	test('uses an explicit slug as the id', () => {
		expect(decisionId({ number: '123/QĐ-UBND', date: '2025-10-01', slug: '123-qd-ubnd-2025-lai-chau' }, 'lai-chau')).toBe('123-qd-ubnd-2025-lai-chau');
	});
});
