import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lastCommitSeconds, resolveAsOf } from '../../../src/lib/io/as-of.ts';
import { decisionStatus } from '../../../src/lib/aggregate/index.ts';
import { checkContent } from '../../../src/lib/io/read-content.ts';

const outside = mkdtempSync(join(tmpdir(), 'minh-bach-no-git-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('the as-of day', () => {
	test('is the day pinned in site.config.ts before anything else', () => {
		expect(resolveAsOf('content', '2026-02-01', { SOURCE_DATE_EPOCH: '1772323200' })).toEqual({ day: '2026-02-01', basis: 'config' });
	});

	test('is SOURCE_DATE_EPOCH (UTC) when it is set', () => {
		// 1772323200 is 2026-03-01T00:00:00Z; one second before midnight stays on the previous day.
		expect(resolveAsOf('content', undefined, { SOURCE_DATE_EPOCH: '1772323200' })).toEqual({ day: '2026-03-01', basis: 'source-date-epoch' });
		expect(resolveAsOf('content', undefined, { SOURCE_DATE_EPOCH: '1772323199' }).day).toBe('2026-02-28');
	});

	test('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
		expect(() => resolveAsOf('content', undefined, { SOURCE_DATE_EPOCH: '2026-03-01' })).toThrow(/whole seconds/u);
	});

	test('is the date of the last commit in a repository, never the clock', () => {
		const seconds = lastCommitSeconds('content');
		expect(seconds).toBeTypeOf('number');
		expect(resolveAsOf('content', undefined, {})).toEqual({ day: new Date(seconds! * 1000).toISOString().slice(0, 10), basis: 'git' });
	});

	test('falls back to the content (the caller fills the day in) outside git', () => {
		expect(resolveAsOf(outside, undefined, {})).toEqual({ day: undefined, basis: 'content' });
	});
});

describe('statuses of the bundled content on the day they are read', () => {
	const find = (asOf: string, id: string) => {
		const { model } = checkContent('content', asOf);
		const decision = model.decisions.find((d) => d.id === id)!;
		return { status: decisionStatus(decision, asOf), end: decision.end, computed: decision.endComputed };
	};

	test('2446/QĐ-UBND ran six months from 20/10/2025: active on 01/03/2026, ended (computed) on 19/04/2026 and after', () => {
		expect(find('2026-03-01', '2446-qd-ubnd-2025')).toEqual({ status: 'active', end: '2026-04-19', computed: true });
		expect(find('2026-04-19', '2446-qd-ubnd-2025').status).toBe('active');
		expect(find('2026-04-20', '2446-qd-ubnd-2025')).toEqual({ status: 'ended', end: '2026-04-19', computed: true });
	});

	test('the batch of 14/01/2026 is active on 01/03/2026 and ended after 31/03/2026', () => {
		expect(find('2026-03-01', 'dien-bien-2026-01-14')).toMatchObject({ status: 'active', end: '2026-03-31' });
		expect(find('2026-04-01', 'dien-bien-2026-01-14')).toMatchObject({ status: 'ended', end: '2026-03-31' });
	});
});
