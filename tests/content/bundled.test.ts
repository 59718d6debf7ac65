import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, resolveContentDir } from '../../src/lib/io/read-content.ts';
import { MINIMAL } from './fixture.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

describe('the bundled Điện Biên content', () => {
	const { model, problems } = checkContent(CONTENT);

	test('validates with zero problems', () => {
		expect(problems).toEqual([]);
	});

	test('lists the 34 provinces and the 45 communes and wards of province 11 (42 xã, 3 phường)', () => {
		expect(model.provinces).toHaveLength(34);
		const dienBien = model.communes.filter((c) => c.province === '11');
		expect(dienBien).toHaveLength(45);
		expect(dienBien.filter((c) => c.type === 'phường')).toHaveLength(3);
		expect(new Set(dienBien.map((c) => c.slug)).size).toBe(45);
		expect(model.communes.find((c) => c.code === '03127')).toMatchObject({ full_name: 'Phường Điện Biên Phủ', slug: 'dien-bien-phu' });
	});

	test('holds decision 2446/QĐ-UBND: 97 declared = 52 seconded + 45 health-station heads, 6 months from 20/10/2025', () => {
		const decision = model.decisions.find((d) => d.id === '2446-qd-ubnd-2025');
		expect(decision).toMatchObject({ number: '2446/QĐ-UBND', province: '11', date: '2025-10-17', start: '2025-10-20', end: '2026-04-19', endComputed: true });
		expect(decision?.declared_total).toBe(97);
		expect(decision?.declared.map((c) => [c.id, c.count])).toEqual([
			['so-nganh', 52],
			['tram-y-te', 45],
		]);
		expect(decision?.reported_figures.map((f) => f.count)).toContain(86);
	});

	test('sets the declared 97 against what sources itemize, as a finding and not an error', () => {
		const total = model.reconciliations.find((r) => r.decision === '2446-qd-ubnd-2025' && r.category === undefined);
		expect(total?.declared).toBe(97);
		expect(total!.itemized).toBeLessThan(97);
		expect(total?.notItemized).toBe(97 - total!.itemized);
		expect(model.findings.some((f) => f.decision === '2446-qd-ubnd-2025' && f.kind === 'declared-vs-itemized')).toBe(true);
	});

	test('itemizes the January 2026 election-support batch: 27 communes, number not published', () => {
		const decision = model.decisions.find((d) => d.id === 'dien-bien-2026-01-14');
		expect(decision?.number).toBeUndefined();
		expect(decision).toMatchObject({ start: '2026-01-15', end: '2026-03-31', declared_total: 27 });
		expect(model.assignments.filter((a) => a.decision === 'dien-bien-2026-01-14')).toHaveLength(27);
	});

	test('names a person only with the source that published the name', () => {
		for (const a of model.assignments.filter((a) => a.person_name || a.person_title)) expect(a.source?.url, a.id).toMatch(/^https:\/\//u);
	});

	test('has no synthetic data: no example.org source and no "giả lập" anywhere in the model', () => {
		const text = JSON.stringify(model);
		expect(text).not.toContain('example.org');
		expect(text).not.toMatch(/giả lập|synthetic/iu);
	});
});

describe('the minimal fixture', () => {
	test('validates with zero problems', () => {
		expect(checkContent(MINIMAL).problems).toEqual([]);
	});

	test('is marked synthetic in every decision title and uses example.org for every decision source', () => {
		const { model } = checkContent(MINIMAL);
		for (const d of model.decisions) {
			expect(d.title).toContain('(dữ liệu giả lập / synthetic)');
			for (const s of d.sources) expect(new URL(s.url).hostname).toBe('example.org');
		}
	});
});

describe('the content folder', () => {
	test.each([
		[{}, resolve('content')],
		[{ CONTENT_DIR: '' }, resolve('content')],
		[{ CONTENT_DIR: 'tests/fixtures/minimal' }, resolve('tests/fixtures/minimal')],
		[{ CONTENT_DIR: '/srv/other' }, '/srv/other'],
	])('with environment %j is %s', (env, dir) => {
		expect(resolveContentDir(env)).toBe(dir);
	});
});
