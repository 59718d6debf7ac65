import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeChange, type ModelSnapshot } from '../../../src/lib/changes/diff.ts';
import { readContentHistory, snapshotOfFolder, type ContentHistory } from '../../../src/lib/io/history.ts';
import { MINIMAL } from '../../content/fixture.ts';

/**
 * A repository with a scripted history, made in a temporary folder: the minimal fixture as its
 * content folder, then one commit per kind of edit, each with a fixed date, so the change log it
 * gives is pinned entry by entry.
 */
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const temporary = (name: string): string => {
	const dir = mkdtempSync(join(tmpdir(), `minh-bach-history-${name}-`));
	made.push(dir);
	return dir;
};

/** git with no user or system configuration, a fixed identity and, for commits, a fixed date. */
function git(cwd: string, args: string[], date = '2026-01-01T10:00:00Z'): string {
	return execFileSync('git', args, {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...process.env,
			GIT_CONFIG_GLOBAL: '/dev/null',
			GIT_CONFIG_NOSYSTEM: '1',
			GIT_AUTHOR_NAME: 'Biên tập viên',
			GIT_AUTHOR_EMAIL: 'bien-tap@example.org',
			GIT_COMMITTER_NAME: 'Biên tập viên',
			GIT_COMMITTER_EMAIL: 'bien-tap@example.org',
			GIT_AUTHOR_DATE: date,
			GIT_COMMITTER_DATE: date,
		},
	});
}

function commit(repo: string, date: string, subject: string): void {
	git(repo, ['add', '-A'], date);
	git(repo, ['commit', '-q', '--allow-empty-message', '-m', subject], date);
}

/** Replaces text in a file, failing loudly when the text is not there. */
function replace(path: string, from: string, to: string): void {
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
	writeFileSync(path, text.replace(from, to));
}

const DECISION = 'content/decisions/123-qd-ubnd-2025.mdx';
const ROWS = 'content/assignments/123-qd-ubnd-2025.csv';
const NAMED_ROW = '03127,so-xay-dung-dien-bien,xay-dung,so-nganh,Phòng Kinh tế,Nguyễn Văn Giả,Chuyên viên,,,bao-chi,Tên người là giả lập (synthetic).\n';

/** Builds the scripted repository and returns its folder. */
function scriptedRepository(): string {
	const repo = temporary('repo');
	const at = (path: string) => join(repo, path);
	git(repo, ['-c', 'init.defaultBranch=main', 'init', '-q']);
	cpSync(MINIMAL, at('content'), { recursive: true });
	writeFileSync(at('README.md'), '# Kho dữ liệu thử\n');
	commit(repo, '2026-01-01T09:00:00Z', 'Công bố dữ liệu đầu tiên');

	replace(at(DECISION), 'declared_total: 5', 'declared_total: 4');
	commit(repo, '2026-01-02T09:00:00Z', 'Sửa tổng số của 123/QĐ-UBND theo văn bản gốc');

	const [header, ...rows] = readFileSync(at(ROWS), 'utf8').trimEnd().split('\n');
	writeFileSync(at(ROWS), `${[header, ...rows.reverse()].join('\n')}\n`);
	commit(repo, '2026-01-03T09:00:00Z', 'Sắp xếp lại các dòng');

	writeFileSync(at(ROWS), `${readFileSync(at(ROWS), 'utf8')}03151,so-noi-vu-dien-bien,cntt,so-nganh,Văn phòng,,,,,,\n`);
	commit(repo, '2026-01-04T09:00:00Z', 'Thêm một phân công');

	replace(at(ROWS), NAMED_ROW, '');
	commit(repo, '2026-01-05T09:00:00Z', 'Bỏ một phân công');

	replace(at(DECISION), 'mọi số liệu, tên người', 'mọi số liệu,\ntên người');
	commit(repo, '2026-01-06T09:00:00Z', 'Ngắt dòng phần mô tả');

	replace(at(DECISION), 'mọi số liệu,\ntên người', 'mọi con số,\ntên người');
	// 01:00 in Hà Nội is the evening before in UTC: the entry's day is the UTC one.
	commit(repo, '2026-01-08T01:00:00+07:00', 'Sửa phần mô tả');

	writeFileSync(at('content/README.md'), '# Ghi chú cho người biên tập\n');
	commit(repo, '2026-01-08T09:00:00Z', 'Cập nhật ghi chú trong thư mục nội dung');

	writeFileSync(at('README.md'), '# Kho dữ liệu thử (sửa)\n');
	commit(repo, '2026-01-09T09:00:00Z', 'README của kho');

	replace(at(ROWS), '03160,trung-tam-dich-vu-viec-lam-dien-bien,cntt', '03160,so-noi-vu-dien-bien,cntt');
	commit(repo, '2026-01-10T09:00:00Z', 'Đổi cơ quan cử, SĐT 0912 345 678\u200b');

	// A branch merged into main: its commit is not listed, the merge is, with what it brought.
	git(repo, ['checkout', '-q', '-b', 'nhu-cau']);
	replace(at('content/needs/11-dien-bien.csv'), '03160,cntt,3,', '03160,cntt,2,');
	commit(repo, '2026-01-11T09:00:00Z', 'Giảm nhu cầu trên nhánh');
	git(repo, ['checkout', '-q', 'main']);
	writeFileSync(at('content/SOURCES.md'), '# Nguồn\n\nGhi chú về nguồn.\n');
	commit(repo, '2026-01-12T09:00:00Z', 'Thêm SOURCES.md');
	git(repo, ['merge', '-q', '--no-ff', '-m', 'Hợp nhất nhánh nhu-cau', 'nhu-cau'], '2026-01-13T09:00:00Z');
	return repo;
}

/** An entry reduced to what the test pins. */
const outline = (history: ContentHistory) =>
	history.entries.map((entry) => ({ date: entry.date, subject: entry.subject, kinds: [...new Set(entry.changes.map((c) => c.kind))] }));

let repo: string;
beforeAll(() => {
	repo = scriptedRepository();
});

describe('readContentHistory on a scripted repository', () => {
	test('gives one entry per commit that changed the model, newest first, with its UTC day and subject', () => {
		const history = readContentHistory(join(repo, 'content'), { cacheDir: temporary('cache') });
		expect(history).toMatchObject({ complete: true, earliest: '2026-01-01' });
		expect(history.reason).toBeUndefined();
		expect(outline(history)).toEqual([
			{ date: '2026-01-13', subject: 'Hợp nhất nhánh nhu-cau', kinds: ['need-changed'] },
			{ date: '2026-01-10', subject: 'Đổi cơ quan cử, •', kinds: ['assignment-changed'] },
			{ date: '2026-01-07', subject: 'Sửa phần mô tả', kinds: ['narrative-changed'] },
			{ date: '2026-01-05', subject: 'Bỏ một phân công', kinds: ['assignment-removed'] },
			{ date: '2026-01-04', subject: 'Thêm một phân công', kinds: ['assignment-added'] },
			{ date: '2026-01-02', subject: 'Sửa tổng số của 123/QĐ-UBND theo văn bản gốc', kinds: ['declared-changed'] },
			{ date: '2026-01-01', subject: 'Công bố dữ liệu đầu tiên', kinds: ['decision-added', 'assignment-added', 'need-added', 'reference-added'] },
		]);
	});

	test('says a decrease plainly, with both values', () => {
		const history = readContentHistory(join(repo, 'content'), { cacheDir: temporary('cache') });
		const total = history.entries.find((e) => e.date === '2026-01-02')!;
		expect(total.changes).toMatchObject([{ kind: 'declared-changed', decision: '123-qd-ubnd-2025', before: { count: 5 }, after: { count: 4 }, delta: -1 }]);
		expect(total.changes.map((c) => describeChange(c, 'vi'))).toEqual(['Tổng số công bố của 123/QĐ-UBND giảm từ 5 xuống 4.']);
		expect(total.changes.map((c) => describeChange(c, 'en'))).toEqual(['The declared total of 123/QĐ-UBND went down from 5 to 4.']);
	});

	test('marks the first commit as the first publication, with the commit hash and time', () => {
		const history = readContentHistory(join(repo, 'content'), { cacheDir: temporary('cache') });
		const first = history.entries.at(-1)!;
		expect(first).toMatchObject({ firstPublished: true, time: Date.parse('2026-01-01T09:00:00Z') / 1000 });
		expect(first.commit).toBe(git(repo, ['rev-list', '--max-parents=0', 'HEAD']).trim());
		expect(history.entries.filter((e) => e.firstPublished)).toHaveLength(1);
	});

	test('reads a cut history up to maxCommits, comparing the oldest commit read with the one before it', () => {
		const history = readContentHistory(join(repo, 'content'), { cacheDir: temporary('cache'), maxCommits: 3 });
		expect(history).toMatchObject({ complete: false, reason: 'truncated', earliest: '2026-01-10' });
		expect(outline(history).map((e) => e.date)).toEqual(['2026-01-13', '2026-01-10']);
		expect(history.entries.some((e) => e.firstPublished)).toBe(false);
	});
});

describe('the snapshot cache', () => {
	test('builds each content tree once, and nothing on a second read', () => {
		const cacheDir = temporary('cache');
		let built = 0;
		const snapshotOf = (dir: string): ModelSnapshot => {
			built++;
			return snapshotOfFolder(dir);
		};
		const cold = readContentHistory(join(repo, 'content'), { cacheDir, snapshotOf });
		// Eleven commits on the first-parent line touch the content folder, each with its own tree.
		expect(built).toBe(11);
		expect(readdirSync(cacheDir).filter((name) => name.endsWith('.json'))).toHaveLength(11);
		built = 0;
		const warm = readContentHistory(join(repo, 'content'), { cacheDir, snapshotOf });
		expect(built).toBe(0);
		expect(warm).toEqual(cold);
	});

	test('builds only the new tree after a new commit', () => {
		const copy = temporary('copy');
		git(copy, ['clone', '-q', `file://${repo}`, 'repo']);
		const clone = join(copy, 'repo');
		const cacheDir = temporary('cache');
		let built = 0;
		const snapshotOf = (dir: string): ModelSnapshot => {
			built++;
			return snapshotOfFolder(dir);
		};
		readContentHistory(join(clone, 'content'), { cacheDir, snapshotOf });
		replace(join(clone, 'content/needs/11-dien-bien.csv'), '03158,cntt,2,', '03158,cntt,1,');
		commit(clone, '2026-01-14T09:00:00Z', 'Giảm nhu cầu của xã Sín Thầu');
		built = 0;
		const history = readContentHistory(join(clone, 'content'), { cacheDir, snapshotOf });
		expect(built).toBe(1);
		expect(history.entries[0]).toMatchObject({
			date: '2026-01-14',
			changes: [{ kind: 'need-changed', commune: '03158', fields: [{ field: 'needed', before: 2, after: 1 }] }],
		});
	});

	test('rebuilds a cache file that cannot be read', () => {
		const cacheDir = temporary('cache');
		readContentHistory(join(repo, 'content'), { cacheDir, maxCommits: 1 });
		for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), '{ not json');
		let built = 0;
		const history = readContentHistory(join(repo, 'content'), {
			cacheDir,
			maxCommits: 1,
			snapshotOf: (dir) => (built++, snapshotOfFolder(dir)),
		});
		expect(built).toBe(2);
		expect(outline(history).map((e) => e.date)).toEqual(['2026-01-13']);
	});
});

describe('commits whose content has problems', () => {
	test('reads a commit the check would refuse, with whatever model it builds', () => {
		const repo = temporary('problems');
		git(repo, ['-c', 'init.defaultBranch=main', 'init', '-q']);
		cpSync(MINIMAL, join(repo, 'content'), { recursive: true });
		commit(repo, '2026-02-01T09:00:00Z', 'Công bố');
		writeFileSync(join(repo, ROWS), `${readFileSync(join(repo, ROWS), 'utf8')}09999,,cntt,so-nganh,,,,,,,\n`);
		commit(repo, '2026-02-02T09:00:00Z', 'Thêm một dòng có mã xã sai');
		const [entry] = readContentHistory(join(repo, 'content'), { cacheDir: temporary('cache') }).entries;
		expect(entry?.changes).toMatchObject([{ kind: 'assignment-added', commune: '09999' }]);
		expect(entry?.changes.map((c) => describeChange(c, 'vi'))).toEqual([
			'Thêm một phân công theo 123/QĐ-UBND tại xã mã 09999: lĩnh vực Công nghệ thông tin, chuyển đổi số.',
		]);
	});

	test('skips a commit whose content cannot be built, and compares the next one with the last that could', () => {
		const snapshotOf = (dir: string): ModelSnapshot => {
			const rows = readFileSync(join(dir, 'assignments/123-qd-ubnd-2025.csv'), 'utf8');
			// The state of "Thêm một phân công": the new row, and the named row not yet removed.
			if (rows.includes('03151,') && rows.includes('Nguyễn Văn Giả')) throw new Error('cannot build');
			return snapshotOfFolder(dir);
		};
		const history = readContentHistory(join(repo, 'content'), { cacheDir: temporary('cache'), snapshotOf });
		expect(outline(history).slice(3, 5)).toEqual([
			{ date: '2026-01-05', subject: 'Bỏ một phân công', kinds: ['assignment-removed', 'assignment-added'] },
			{ date: '2026-01-02', subject: 'Sửa tổng số của 123/QĐ-UBND theo văn bản gốc', kinds: ['declared-changed'] },
		]);
	});
});

describe('histories that cannot be complete', () => {
	test('a clone of depth 1 gives no entry: what its one commit changed is beyond its edge', () => {
		const copy = temporary('shallow');
		git(copy, ['clone', '-q', '--depth', '1', `file://${repo}`, 'repo']);
		expect(readContentHistory(join(copy, 'repo', 'content'), { cacheDir: temporary('cache') })).toEqual({
			entries: [],
			complete: false,
			reason: 'shallow',
			earliest: '2026-01-13',
		});
	});

	test('a clone of depth 2 gives the commits whose parent it holds', () => {
		const copy = temporary('shallow');
		git(copy, ['clone', '-q', '--depth', '2', `file://${repo}`, 'repo']);
		const history = readContentHistory(join(copy, 'repo', 'content'), { cacheDir: temporary('cache') });
		expect(history).toMatchObject({ complete: false, reason: 'shallow', earliest: '2026-01-12' });
		expect(outline(history)).toEqual([{ date: '2026-01-13', subject: 'Hợp nhất nhánh nhu-cau', kinds: ['need-changed'] }]);
	});

	test('a folder outside git has no history, and nothing throws', () => {
		const dir = temporary('no-git');
		cpSync(MINIMAL, dir, { recursive: true });
		expect(readContentHistory(dir, { cacheDir: temporary('cache') })).toEqual({ entries: [], complete: false, reason: 'no-git' });
		expect(readContentHistory(join(dir, 'missing'), { cacheDir: temporary('cache') })).toEqual({ entries: [], complete: false, reason: 'no-git' });
	});
});
