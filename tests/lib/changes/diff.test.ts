import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { describeChange, diffSnapshots, summarizeModel, type Change, type ModelSnapshot } from '../../../src/lib/changes/diff.ts';
import { readContent } from '../../../src/lib/io/read-content.ts';
import { buildModel } from '../../../src/lib/model/build-model.ts';
import { MINIMAL } from '../../content/fixture.ts';

/**
 * The change log compares models, not lines: each case edits a copy of the minimal fixture before and
 * after, builds both models and pins the changes between their snapshots.
 */
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

type Edit = (dir: string) => void;

/** Replaces text in a file of a content copy, failing loudly when the text is not there (a fixture moved). */
const replace =
	(file: string, from: string, to: string): Edit =>
	(dir) => {
		const path = join(dir, file);
		const text = readFileSync(path, 'utf8');
		if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
		writeFileSync(path, text.replace(from, to));
	};

/** Re-orders the data rows of a CSV file (header first, then the rows reversed). */
const reverseRows =
	(file: string): Edit =>
	(dir) => {
		const path = join(dir, file);
		const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
		writeFileSync(path, `${[header, ...rows.reverse()].join('\n')}\n`);
	};

/** Appends a line to a file. */
const append =
	(file: string, line: string): Edit =>
	(dir) => {
		const path = join(dir, file);
		writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n${line}\n`);
	};

const write =
	(file: string, text: string): Edit =>
	(dir) =>
		writeFileSync(join(dir, file), text);

const DECISION = 'decisions/123-qd-ubnd-2025.mdx';
const ROWS = 'assignments/123-qd-ubnd-2025.csv';
const NAMED_ROW = '03127,so-xay-dung-dien-bien,xay-dung,so-nganh,Phòng Kinh tế,Nguyễn Văn Giả,Chuyên viên,,,bao-chi,Tên người là giả lập (synthetic).';
const UNNAMED_ROW = '03160,trung-tam-dich-vu-viec-lam-dien-bien,cntt,so-nganh,"Văn phòng HĐND và UBND",,,,,,';
const NEW_ROW = '03151,so-noi-vu-dien-bien,cntt,so-nganh,Văn phòng,,,,,,';
const EXTRA_SOURCE = `sources:
  - id: cong-thong-tin
    url: https://example.org/cong-thong-tin/biet-phai
    title: Thông cáo của tỉnh (giả lập)
    publisher: Cổng thông tin Ví Dụ (example.org)
    date: 03/10/2025
    kind: official-announcement
`;
const NEW_DECISION = `---
number: 45/QĐ-UBND
province: "12"
date: 15/11/2025
issuer: Ủy ban nhân dân tỉnh Lai Châu
issuer_en: Lai Châu Provincial People's Committee
kind: secondment
title: Biệt phái 1 công chức (dữ liệu giả lập / synthetic)
title_en: Secondment of 1 civil servant (dữ liệu giả lập / synthetic)
declared_total: 1
communes: ["03388"]
sources:
  - id: quyet-dinh
    url: https://example.org/quyet-dinh/45-qd-ubnd-2025.pdf
    title: Quyết định số 45/QĐ-UBND (giả lập)
    publisher: Ví dụ (example.org)
    date: 15/11/2025
    kind: official-text
---

Quyết định **giả lập**.
`;

const snapshots = new Map<string, ModelSnapshot>();

/** The snapshot of a copy of the minimal fixture after some edits. */
function snapshotAfter(...edits: Edit[]): ModelSnapshot {
	const dir = mkdtempSync(join(tmpdir(), 'minh-bach-diff-'));
	made.push(dir);
	cpSync(MINIMAL, dir, { recursive: true });
	for (const edit of edits) edit(dir);
	const { records, rejected } = readContent(dir);
	return summarizeModel(buildModel(records, rejected).model);
}

/** The minimal fixture's own snapshot, built once. */
function minimal(): ModelSnapshot {
	let snapshot = snapshots.get('minimal');
	if (!snapshot) snapshots.set('minimal', (snapshot = snapshotAfter()));
	return snapshot;
}

describe('summarizeModel', () => {
	test('keeps no file path, row number or narrative HTML', () => {
		const text = JSON.stringify(minimal());
		expect(text).not.toMatch(/\.csv|\.mdx|"row"|"file"|<p>|<strong>/u);
	});

	test('survives a JSON round trip unchanged, as the cache stores it', () => {
		const snapshot = minimal();
		expect(diffSnapshots(JSON.parse(JSON.stringify(snapshot)) as ModelSnapshot, snapshot)).toEqual([]);
		expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
	});

	test('keeps declared figures per decision and category, and sources by id', () => {
		expect(minimal().decisions['123-qd-ubnd-2025']).toMatchObject({
			label: '123/QĐ-UBND',
			total: { count: 5, qualifier: 'exact' },
			categories: { 'so-nganh': { count: 3, qualifier: 'exact' }, 'tram-y-te': { count: 2, qualifier: 'exact' } },
			sources: { 'quyet-dinh': { kind: 'official-text' }, 'bao-chi': { kind: 'press' } },
		});
	});

	test('keeps a row’s dates only where they differ from its decision’s', () => {
		const rows = minimal().assignments.filter((a) => a.decision === '123-qd-ubnd-2025');
		expect(rows.filter((a) => a.start !== undefined || a.end !== undefined)).toEqual([
			expect.objectContaining({ commune: '03158', start: '2025-11-01', end: '2026-01-31' }),
		]);
	});
});

/** A change reduced to what the cases pin. */
const brief = (change: Change) => {
	const { decisionLabel: _l, communeLabel: _c, ...rest } = change;
	return rest;
};

describe('diffSnapshots', () => {
	test.each<[string, Edit[], Edit[], unknown[]]>([
		['a re-ordered assignments CSV gives no change', [], [reverseRows(ROWS)], []],
		['a re-ordered reference list gives no change', [], [reverseRows('communes/11-dien-bien.csv'), reverseRows('agencies/11-dien-bien.csv')], []],
		['a re-wrapped narrative line gives no change', [], [replace(DECISION, 'mọi số liệu, tên người', 'mọi số liệu,\ntên người')], []],
		['a note next to the content (README.md) gives no change', [], [write('README.md', '# Ghi chú khác\n')], []],
		[
			'a declared total revised from 97 to 95 is a decrease with both values',
			[replace(DECISION, 'declared_total: 5', 'declared_total: 97')],
			[replace(DECISION, 'declared_total: 5', 'declared_total: 95')],
			[
				{
					kind: 'declared-changed',
					decision: '123-qd-ubnd-2025',
					before: { count: 97, qualifier: 'exact' },
					after: { count: 95, qualifier: 'exact' },
					delta: -2,
				},
			],
		],
		[
			'a category’s figure that went up names the category',
			[],
			[replace(DECISION, 'count: 2\n', 'count: 4\n')],
			[
				{
					kind: 'declared-changed',
					decision: '123-qd-ubnd-2025',
					category: 'tram-y-te',
					categoryLabel: { vi: 'Trưởng trạm y tế xã được giao nhiệm vụ', en: 'Heads of commune health stations assigned' },
					before: { count: 2, qualifier: 'exact' },
					after: { count: 4, qualifier: 'exact' },
					delta: 2,
				},
			],
		],
		[
			'a named assignment whose agency changed is one change with that field',
			[],
			[replace(ROWS, NAMED_ROW, NAMED_ROW.replace('so-xay-dung-dien-bien', 'so-tai-chinh-dien-bien'))],
			[
				{
					kind: 'assignment-changed',
					decision: '123-qd-ubnd-2025',
					commune: '03127',
					fields: [
						{
							field: 'agency',
							before: 'so-xay-dung-dien-bien',
							after: 'so-tai-chinh-dien-bien',
							beforeLabel: { vi: 'Sở Xây dựng tỉnh Điện Biên', en: 'Điện Biên Department of Construction' },
							afterLabel: { vi: 'Sở Tài chính tỉnh Điện Biên', en: 'Điện Biên Department of Finance' },
						},
					],
				},
			],
		],
		[
			'an unnamed assignment whose agency changed is one change (the rows differ in that field only)',
			[],
			[replace(ROWS, UNNAMED_ROW, UNNAMED_ROW.replace('trung-tam-dich-vu-viec-lam-dien-bien', 'so-noi-vu-dien-bien'))],
			[
				{
					kind: 'assignment-changed',
					commune: '03160',
					fields: [expect.objectContaining({ field: 'agency', before: 'trung-tam-dich-vu-viec-lam-dien-bien', after: 'so-noi-vu-dien-bien' })],
				},
			],
		],
		[
			'an unnamed assignment with a new note keeps its agency, specialty and role: one change',
			[],
			[replace(ROWS, UNNAMED_ROW, UNNAMED_ROW.replace(/,$/u, ',Ghi chú mới'))],
			[{ kind: 'assignment-changed', commune: '03160', fields: [{ field: 'note', after: 'Ghi chú mới' }] }],
		],
		[
			'an added row is an addition in its commune',
			[],
			[append(ROWS, NEW_ROW)],
			[
				{
					kind: 'assignment-added',
					decision: '123-qd-ubnd-2025',
					commune: '03151',
					assignment: {
						decision: '123-qd-ubnd-2025',
						commune: '03151',
						agency: 'so-noi-vu-dien-bien',
						specialty: 'cntt',
						category: 'so-nganh',
						role: 'Văn phòng',
					},
					agencyLabel: { vi: 'Sở Nội vụ tỉnh Điện Biên', en: 'Điện Biên Department of Home Affairs' },
					specialtyLabel: { vi: 'Công nghệ thông tin, chuyển đổi số', en: 'IT and digital transformation' },
				},
			],
		],
		[
			'a removed row is a removal',
			[],
			[replace(ROWS, `${NAMED_ROW}\n`, '')],
			[{ kind: 'assignment-removed', decision: '123-qd-ubnd-2025', commune: '03127', assignment: expect.objectContaining({ person_name: 'Nguyễn Văn Giả' }) }],
		],
		[
			'one of two identical rows removed is one removal (rows are a multiset)',
			[append(ROWS, NEW_ROW), append(ROWS, NEW_ROW)],
			[append(ROWS, NEW_ROW)],
			[{ kind: 'assignment-removed', commune: '03151', assignment: expect.objectContaining({ agency: 'so-noi-vu-dien-bien' }) }],
		],
		[
			'a row moved to another commune is removed from one and added to the other',
			[],
			[replace(ROWS, `${NAMED_ROW}\n`, `${NAMED_ROW.replace('03127', '03162')}\n`)],
			[
				{ kind: 'assignment-removed', commune: '03127' },
				{ kind: 'assignment-added', commune: '03162' },
			].map((change) => expect.objectContaining(change)),
		],
		[
			'a new decision is an addition with its figures, and its rows are additions',
			[],
			[write('decisions/45-qd-ubnd-2025.mdx', NEW_DECISION), write('assignments/45-qd-ubnd-2025.csv', 'commune,specialty\n03388,cntt\n')],
			[
				{
					kind: 'decision-added',
					decision: '45-qd-ubnd-2025',
					title: { vi: 'Biệt phái 1 công chức (dữ liệu giả lập / synthetic)', en: 'Secondment of 1 civil servant (dữ liệu giả lập / synthetic)' },
					total: { count: 1, qualifier: 'exact' },
					assignments: 1,
				},
				{
					kind: 'assignment-added',
					decision: '45-qd-ubnd-2025',
					commune: '03388',
					assignment: { decision: '45-qd-ubnd-2025', commune: '03388', specialty: 'cntt' },
				},
			].map((change) => expect.objectContaining(change)),
		],
		[
			'a removed source is a removal with its title',
			[replace(DECISION, 'sources:\n', EXTRA_SOURCE)],
			[],
			[
				{
					kind: 'source-removed',
					decision: '123-qd-ubnd-2025',
					source: 'cong-thong-tin',
					title: 'Thông cáo của tỉnh (giả lập)',
					url: 'https://example.org/cong-thong-tin/biet-phai',
				},
			],
		],
		[
			'a renamed commune is a change of its names, for that commune',
			[],
			[replace('communes/11-dien-bien.csv', '03158,xã,Sín Thầu,Xã Sín Thầu', '03158,xã,Sín Thầu Mới,Xã Sín Thầu Mới')],
			[
				{
					kind: 'reference-changed',
					collection: 'communes',
					key: '03158',
					commune: '03158',
					label: { vi: 'Xã Sín Thầu Mới', en: 'Sin Thau Commune' },
					fields: [
						{ field: 'name', before: 'Sín Thầu', after: 'Sín Thầu Mới' },
						{ field: 'full_name', before: 'Xã Sín Thầu', after: 'Xã Sín Thầu Mới' },
					],
				},
			],
		],
		[
			'a longer duration changes the decision’s fields, not its rows that inherit the period',
			[],
			[replace(DECISION, 'duration_months: 6', 'duration_months: 7')],
			[
				{
					kind: 'decision-changed',
					decision: '123-qd-ubnd-2025',
					fields: [
						{ field: 'end', before: '2026-04-05', after: '2026-05-05' },
						{ field: 'duration_months', before: 6, after: 7 },
					],
				},
			],
		],
		[
			'an edited narrative is a narrative change',
			[],
			[replace(DECISION, 'mọi số liệu, tên người', 'mọi con số, tên người')],
			[{ kind: 'narrative-changed', decision: '123-qd-ubnd-2025' }],
		],
		[
			'a need revised down is a change with both values',
			[],
			[replace('needs/11-dien-bien.csv', '03160,cntt,3,', '03160,cntt,2,')],
			[{ kind: 'need-changed', commune: '03160', fields: [{ field: 'needed', before: 3, after: 2 }] }],
		],
		[
			'a need assessed again is a change of its date and figure',
			[],
			[replace('needs/11-dien-bien.csv', '03160,cntt,3,09/2025', '03160,cntt,4,11/2025')],
			[
				{
					kind: 'need-changed',
					commune: '03160',
					fields: [
						{ field: 'needed', before: 3, after: 4 },
						{ field: 'assessed', before: '2025-09', after: '2025-11' },
					],
				},
			],
		],
	])('%s', (_name, beforeEdits, afterEdits, expected) => {
		const before = beforeEdits.length === 0 ? minimal() : snapshotAfter(...beforeEdits);
		const after = afterEdits.length === 0 ? minimal() : snapshotAfter(...afterEdits);
		expect(diffSnapshots(before, after).map(brief)).toMatchObject(expected);
	});

	test('without a before, everything is an addition: the first publication', () => {
		const changes = diffSnapshots(undefined, minimal());
		const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
		expect({
			decisions: count('decision-added'),
			assignments: count('assignment-added'),
			needs: count('need-added'),
			references: count('reference-added'),
			other: changes.filter((c) => !['decision-added', 'assignment-added', 'need-added', 'reference-added'].includes(c.kind)).length,
		}).toEqual({ decisions: 3, assignments: 6, needs: 3, references: 2 + 9 + 5 + 5, other: 0 });
	});

	test('lists changes in a fixed order: decisions by id with their rows by commune, then needs, then reference lists', () => {
		const changes = diffSnapshots(undefined, minimal());
		expect(changes.slice(0, 6).map((c) => [c.kind, c.decision, c.commune])).toEqual([
			['decision-added', '123-qd-ubnd-2025', undefined],
			['assignment-added', '123-qd-ubnd-2025', '03127'],
			['assignment-added', '123-qd-ubnd-2025', '03158'],
			['assignment-added', '123-qd-ubnd-2025', '03160'],
			['assignment-added', '123-qd-ubnd-2025', '03160'],
			['decision-added', 'dien-bien-2026-04-01', undefined],
		]);
		expect(changes.at(-1)).toMatchObject({ kind: 'reference-added', collection: 'specialties', key: 'y-te' });
		expect(diffSnapshots(undefined, minimal())).toEqual(changes);
	});

	test('names the decision and the commune of every change that has them', () => {
		const after = snapshotAfter(append(ROWS, NEW_ROW), replace('needs/11-dien-bien.csv', '03160,cntt,3,', '03160,cntt,2,'));
		for (const change of diffSnapshots(minimal(), after)) {
			if (change.kind.startsWith('assignment-')) expect(change).toMatchObject({ decision: expect.any(String), commune: expect.any(String) });
			if (change.kind.startsWith('need-')) expect(change.commune).toBe('03160');
			expect(change.communeLabel ?? { vi: 'x', en: 'x' }).toEqual({ vi: expect.any(String), en: expect.any(String) });
		}
	});
});

describe('describeChange', () => {
	const total = (before: number | undefined, after: number | undefined): Change => ({
		kind: 'declared-changed',
		decision: '2446-qd-ubnd-2025',
		decisionLabel: '2446/QĐ-UBND',
		...(before === undefined ? {} : { before: { count: before, qualifier: 'exact' as const } }),
		...(after === undefined ? {} : { after: { count: after, qualifier: 'exact' as const } }),
	});

	test.each<[string, Change, string, string]>([
		[
			'a declared total that went down',
			{ ...total(97, 95), delta: -2 } as Change,
			'Tổng số công bố của 2446/QĐ-UBND giảm từ 97 xuống 95.',
			'The declared total of 2446/QĐ-UBND went down from 97 to 95.',
		],
		[
			'a declared total that went up',
			{ ...total(95, 1250), delta: 1155 } as Change,
			'Tổng số công bố của 2446/QĐ-UBND tăng từ 95 lên 1.250.',
			'The declared total of 2446/QĐ-UBND went up from 95 to 1,250.',
		],
		[
			'a declared total that became “at least”',
			{
				kind: 'declared-changed',
				decision: 'd',
				decisionLabel: '12/QĐ-UBND',
				before: { count: 250, qualifier: 'exact' },
				after: { count: 250, qualifier: 'at-least' },
				delta: 0,
			},
			'Tổng số công bố của 12/QĐ-UBND đổi từ 250 thành ít nhất 250.',
			'The declared total of 12/QĐ-UBND changed from 250 to at least 250.',
		],
		[
			'a declared total no longer given',
			{ kind: 'declared-changed', decision: 'd', decisionLabel: '12/QĐ-UBND', before: { count: 97, qualifier: 'exact' }, after: { qualifier: 'exact' } },
			'Tổng số công bố của 12/QĐ-UBND không còn được ghi (trước đó: 97).',
			'The declared total of 12/QĐ-UBND is no longer given (was 97).',
		],
		[
			'a removed category',
			{
				kind: 'declared-changed',
				decision: 'd',
				decisionLabel: '12/QĐ-UBND',
				category: 'tram-y-te',
				categoryLabel: { vi: 'Trưởng trạm y tế', en: 'Health-station heads' },
				before: { count: 2, qualifier: 'exact' },
			},
			'Bỏ nhóm công bố “Trưởng trạm y tế” của 12/QĐ-UBND (trước đó: 2).',
			'Declared category “Health-station heads” removed from 12/QĐ-UBND (was 2).',
		],
		[
			'a removed assignment',
			{
				kind: 'assignment-removed',
				decision: 'd',
				decisionLabel: '2446/QĐ-UBND',
				commune: '03127',
				communeLabel: { vi: 'Phường Điện Biên Phủ', en: 'Dien Bien Phu Ward' },
				assignment: { decision: 'd', commune: '03127', specialty: 'cntt', person_name: 'Nguyễn Văn Giả', person_title: 'Chuyên viên' },
				specialtyLabel: { vi: 'Công nghệ thông tin', en: 'IT' },
			},
			'Bỏ một phân công theo 2446/QĐ-UBND tại Phường Điện Biên Phủ: một người được nêu tên, lĩnh vực Công nghệ thông tin.',
			'Assignment removed under 2446/QĐ-UBND in Dien Bien Phu Ward: a named person, field: IT.',
		],
		[
			'an assignment whose agency changed',
			{
				kind: 'assignment-changed',
				decision: 'd',
				decisionLabel: '2446/QĐ-UBND',
				commune: '03160',
				before: { decision: 'd', commune: '03160', agency: 'a' },
				after: { decision: 'd', commune: '03160', agency: 'b' },
				fields: [{ field: 'agency', before: 'a', after: 'b', beforeLabel: { vi: 'Sở A', en: 'Department A' }, afterLabel: { vi: 'Sở B', en: 'Department B' } }],
				agencyLabel: { vi: 'Sở B', en: 'Department B' },
			},
			'Phân công theo 2446/QĐ-UBND tại xã mã 03160 (từ Sở B): cơ quan cử đổi từ Sở A thành Sở B.',
			'Assignment under 2446/QĐ-UBND in commune 03160 (from Department B): sending body changed from Department A to Department B.',
		],
		[
			'a need revised down',
			{
				kind: 'need-changed',
				commune: '03160',
				communeLabel: { vi: 'Xã Mường Nhé', en: 'Muong Nhe Commune' },
				before: { commune: '03160', specialty: 'cntt', needed: 3, assessed: '2025-09', source: 'https://example.org', source_title: 'T' },
				after: { commune: '03160', specialty: 'cntt', needed: 2, assessed: '2025-09', source: 'https://example.org', source_title: 'T' },
				fields: [{ field: 'needed', before: 3, after: 2 }],
				specialtyLabel: { vi: 'Công nghệ thông tin', en: 'IT' },
			},
			'Nhu cầu lĩnh vực Công nghệ thông tin tại Xã Mường Nhé: số người cần giảm từ 3 xuống 2.',
			'Need for IT in Muong Nhe Commune: people needed went down from 3 to 2.',
		],
		[
			'a decision whose end moved',
			{ kind: 'decision-changed', decision: 'd', decisionLabel: 'dien-bien-2026-04-01', fields: [{ field: 'end', before: '2026-04-05', after: '2026-05-05' }] },
			'Quyết định dien-bien-2026-04-01: ngày kết thúc đổi từ 05/04/2026 thành 05/05/2026.',
			'Decision dien-bien-2026-04-01: end changed from 05/04/2026 to 05/05/2026.',
		],
		[
			'a renamed commune',
			{
				kind: 'reference-changed',
				collection: 'communes',
				key: '03158',
				commune: '03158',
				label: { vi: 'Xã Sín Thầu Mới', en: 'Sin Thau Commune' },
				fields: [{ field: 'name', before: 'Sín Thầu', after: 'Sín Thầu Mới' }],
			},
			'Danh mục xã, phường, Xã Sín Thầu Mới (03158): tên đổi từ “Sín Thầu” thành “Sín Thầu Mới”.',
			'List of communes and wards, Sin Thau Commune (03158): name (Vietnamese) changed from “Sín Thầu” to “Sín Thầu Mới”.',
		],
	])('says %s plainly in both languages', (_name, change, vi, en) => {
		expect(describeChange(change, 'vi')).toBe(vi);
		expect(describeChange(change, 'en')).toBe(en);
	});

	test('has a sentence for every change of the first publication, in both languages', () => {
		for (const change of diffSnapshots(undefined, minimal())) {
			for (const lang of ['vi', 'en'] as const) expect(describeChange(change, lang)).toMatch(/^[^{}]+\.$/u);
			expect(describeChange(change, 'vi')).not.toMatch(/undefined|\[object/u);
		}
	});
});

describe('a name in the change log', () => {
	test('is never quoted from history: a corrected or removed name says only that it changed', () => {
		const text = (lang: 'vi' | 'en') =>
			describeChange(
				{
					kind: 'assignment-changed',
					decision: 'd',
					decisionLabel: '2446/QĐ-UBND',
					commune: '03127',
					before: { decision: 'd', commune: '03127', person_name: 'Trần Thị Xóa', person_title: 'Chuyên viên' },
					after: { decision: 'd', commune: '03127' },
					fields: [
						{ field: 'person_name', before: 'Trần Thị Xóa' },
						{ field: 'person_title', before: 'Chuyên viên' },
					],
				} as Parameters<typeof describeChange>[0],
				lang,
			);
		for (const lang of ['vi', 'en'] as const) {
			expect(text(lang)).not.toContain('Xóa,');
			expect(text(lang)).not.toContain('Trần Thị');
			expect(text(lang)).not.toContain('Chuyên viên');
		}
	});
});
