// Imported by the change-log pages' build-time data, scripts/bench/history.ts and tests; never by pure lib code. The only module that reads the content's git history.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { diffSnapshots, emptySnapshot, SNAPSHOT_FORMAT, summarizeModel, type Change, type ModelSnapshot } from '../changes/diff.ts';
import { cleanSubject } from '../changes/subject.ts';
import { buildModel } from '../model/build-model.ts';
import { MAX_FILE_BYTES } from './content-files.ts';
import { readContent } from './read-content.ts';

/** One commit that changed what the content says. */
export interface HistoryEntry {
	/** Full commit hash. */
	commit: string;
	/** Commit day, ISO yyyy-mm-dd in UTC. */
	date: string;
	/** Commit time, seconds since 1970. */
	time: number;
	/** The commit's subject line, cleaned: no control or invisible characters, personal data masked with "•". */
	subject: string;
	/** What changed, in the order diffSnapshots gives. */
	changes: Change[];
	/** The commit that first published the content folder (every change an addition). */
	firstPublished?: true;
}

/** Why a history is incomplete. */
export type HistoryGap = 'no-git' | 'shallow' | 'truncated';

/** The content's history, newest first. */
export interface ContentHistory {
	entries: HistoryEntry[];
	/** Whether every commit since the content was first published was read. */
	complete: boolean;
	/** ISO day of the oldest commit read, where one was. */
	earliest?: string;
	/** Why the history is incomplete: no repository, a shallow clone, or more commits than `maxCommits`. */
	reason?: HistoryGap;
}

/** Options of readContentHistory. */
export interface HistoryOptions {
	/** Where snapshots are cached, one JSON file per content tree; default `.astro/cache/history/` in the working folder. */
	cacheDir?: string;
	/** How many commits that touch the content folder are read, newest first; default DEFAULT_MAX_COMMITS. */
	maxCommits?: number;
	/** Builds the snapshot of a content folder (tests count its calls); default readContent + buildModel + summarizeModel. */
	snapshotOf?: (contentDir: string) => ModelSnapshot;
}

/** How many commits are read by default: years of daily edits, and a bound on a cold build's time. */
export const DEFAULT_MAX_COMMITS = 1000;

/** The default cache folder, under Astro's own cache so `astro build --force` and a clean checkout drop it. */
export const DEFAULT_HISTORY_CACHE = '.astro/cache/history';

/** The largest content tree materialised for one commit (all its files together). */
const MAX_TREE_BYTES = 1024 * 1024 * 1024;

/**
 * The snapshot of a content folder as the site would build it. A historical commit may have problems
 * the check would now report: whatever model buildModel returns is used.
 */
export function snapshotOfFolder(contentDir: string): ModelSnapshot {
	const { records, rejected } = readContent(contentDir);
	return summarizeModel(buildModel(records, rejected).model);
}

/**
 * The change log of a content folder, from git: for each commit (newest first, first parents only,
 * renames of the folder not followed) whose content changed what the model says, the changes, with
 * the commit's day and cleaned subject. A commit that only touches notes (SOURCES.md), re-orders rows
 * or re-wraps a narrative gives no entry; the first commit gives "first published" additions.
 *
 * Each commit's content folder is materialised from git (its tree only, never a link out of it) into a
 * temporary folder and built; snapshots are cached by the folder's tree hash, so a rebuild builds only
 * new trees. Never throws: outside git the history is empty with reason "no-git"; a shallow clone or a
 * read cut at `maxCommits` is incomplete, and its oldest commit gives no entry unless it is the first.
 * @example readContentHistory('content').entries[0]?.changes[0] // { kind: 'declared-changed', … }
 */
export function readContentHistory(contentDir: string, options: HistoryOptions = {}): ContentHistory {
	const dir = resolve(contentDir);
	const maxCommits = Math.max(1, Math.floor(options.maxCommits ?? DEFAULT_MAX_COMMITS));
	const cacheDir = resolve(options.cacheDir ?? DEFAULT_HISTORY_CACHE);
	const snapshotOf = options.snapshotOf ?? snapshotOfFolder;
	const noGit: ContentHistory = { entries: [], complete: false, reason: 'no-git' };

	// 1. The repository and the content folder's path inside it ("" when it is the repository itself).
	const top = gitText(dir, ['rev-parse', '--show-toplevel']);
	const prefix = gitText(dir, ['rev-parse', '--show-prefix']);
	if (top === undefined || prefix === undefined) return noGit;
	const root = top.replace(/\n$/u, '');
	const path = prefix.replace(/\n$/u, '').replace(/\/$/u, '');
	// A path with a line break cannot be passed to git's line-based batch commands.
	if (/[\n\r]/u.test(path)) return noGit;
	const pathspec = path === '' ? '.' : `:(literal)${path}`;
	const shallow = gitText(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';

	// 2. The commits that touched the folder, newest first; one more than asked, to know whether there are more.
	const log = git(root, [
		'log',
		'--first-parent',
		'--no-color',
		'--no-notes',
		'--no-show-signature',
		'--encoding=UTF-8',
		'-z',
		'--format=%H%x00%ct%x00%s',
		`-n${maxCommits + 1}`,
		'--',
		pathspec,
	]);
	if (log === undefined) return noGit;
	const commits = parseLog(log.toString('utf8'));
	// A folder git does not track (ignored, or never committed) has no history either.
	if (commits.length === 0) return shallow ? { entries: [], complete: false, reason: 'shallow' } : noGit;
	const truncated = commits.length > maxCommits;
	const kept = commits.slice(0, maxCommits);
	const oldest = kept[kept.length - 1]!;

	// 3. The folder's tree at each commit, and what came before the oldest one read: the next commit
	// when the read was cut; nothing when the oldest is the repository's first commit or the folder did
	// not exist in its parent; unknown when the parent lies beyond a shallow clone's edge.
	const trees = treeIds(root, path, truncated ? [...kept, commits[maxCommits]!] : kept);
	let baseline: { tree: string | undefined } | 'unknown';
	if (truncated) baseline = { tree: trees.get(commits[maxCommits]!.hash) };
	else {
		const parent = firstParent(root, oldest.hash);
		if (parent === 'unreadable') baseline = 'unknown';
		else if (parent === undefined) baseline = { tree: undefined };
		else if (!objectExists(root, parent)) baseline = 'unknown';
		else baseline = { tree: treeIds(root, path, [{ hash: parent, time: 0, subject: '' }]).get(parent) };
	}

	// 4. Snapshots of trees, from the cache where it has one. Commits are compared newest to oldest, each
	// with the next, so only the last few are held: a national site's snapshot is megabytes.
	const recent = new Map<string, ModelSnapshot | undefined>();
	const snapshotOfTree = (tree: string | undefined): ModelSnapshot | undefined => {
		if (tree === undefined) return undefined;
		if (recent.has(tree)) return recent.get(tree);
		const snapshot = loadSnapshot(root, tree, cacheDir, snapshotOf);
		recent.set(tree, snapshot);
		if (recent.size > 3) recent.delete(recent.keys().next().value!);
		return snapshot;
	};

	// 5. Each commit against the state before it: the next older commit whose content could be built,
	// else what came before the oldest. A commit whose content cannot be built is skipped, so the next
	// one is compared with the last state that could; beyond a shallow clone's edge nothing is compared.
	const stateBefore = (i: number): { snapshot: ModelSnapshot | undefined; first: boolean } | 'unknown' => {
		for (let j = i + 1; j < kept.length; j++) {
			const olderTree = trees.get(kept[j]!.hash);
			// The folder did not exist at that commit: everything is new again, but not a first publication.
			if (olderTree === undefined) return { snapshot: undefined, first: false };
			const snapshot = snapshotOfTree(olderTree);
			if (snapshot !== undefined) return { snapshot, first: false };
		}
		if (baseline === 'unknown') return 'unknown';
		if (baseline.tree === undefined) return { snapshot: undefined, first: !truncated };
		const snapshot = snapshotOfTree(baseline.tree);
		return snapshot === undefined ? 'unknown' : { snapshot, first: false };
	};
	const entries: HistoryEntry[] = [];
	for (let i = 0; i < kept.length; i++) {
		const commit = kept[i]!;
		const tree = trees.get(commit.hash);
		const after = tree === undefined ? emptySnapshot() : snapshotOfTree(tree);
		if (after === undefined) continue;
		const before = stateBefore(i);
		if (before === 'unknown') continue;
		// A commit that deleted the folder (no tree) removes everything it held.
		const changes = diffSnapshots(before.snapshot, after);
		if (changes.length === 0) continue;
		const entry: HistoryEntry = { commit: commit.hash, date: isoDay(commit.time), time: commit.time, subject: cleanSubject(commit.subject), changes };
		if (before.first) entry.firstPublished = true;
		entries.push(entry);
	}

	const history: ContentHistory = { entries, complete: !truncated && !shallow, earliest: isoDay(oldest.time) };
	if (truncated) history.reason = 'truncated';
	else if (shallow) history.reason = 'shallow';
	return history;
}

/** A commit as the log gives it. */
interface LogCommit {
	hash: string;
	time: number;
	subject: string;
}

/** Parses `git log -z --format=%H%x00%ct%x00%s`: three NUL-separated fields per commit. */
function parseLog(text: string): LogCommit[] {
	const fields = text.split('\0');
	const commits: LogCommit[] = [];
	for (let i = 0; i + 2 < fields.length; i += 3) {
		const hash = fields[i]!.replace(/^\n/u, '');
		const time = Number(fields[i + 1]);
		if (!/^[0-9a-f]{40,64}$/u.test(hash) || !Number.isSafeInteger(time)) continue;
		commits.push({ hash, time, subject: fields[i + 2]! });
	}
	return commits;
}

/** The content folder's tree id at each commit (absent where the folder did not exist), in one git call. */
function treeIds(root: string, path: string, commits: readonly LogCommit[]): Map<string, string> {
	const input = commits.map((commit) => `${commit.hash}:${path}\n`).join('');
	const out = git(root, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], input);
	const trees = new Map<string, string>();
	if (out === undefined) return trees;
	const lines = out.toString('utf8').split('\n');
	commits.forEach((commit, i) => {
		const match = /^([0-9a-f]{40,64}) tree$/u.exec(lines[i] ?? '');
		if (match) trees.set(commit.hash, match[1]!);
	});
	return trees;
}

/**
 * The first parent a commit object records, undefined for a root commit, or "unreadable". Read from the object
 * itself: in a shallow clone the log shows the edge commit as a root, but its object still names a parent.
 */
function firstParent(root: string, commit: string): string | undefined | 'unreadable' {
	const raw = git(root, ['cat-file', 'commit', commit]);
	if (raw === undefined) return 'unreadable';
	const header = raw.toString('utf8').split('\n\n', 1)[0] ?? '';
	return /^parent ([0-9a-f]{40,64})$/mu.exec(header)?.[1];
}

/** Whether the repository holds an object (a shallow clone lacks the commits beyond its edge). */
function objectExists(root: string, object: string): boolean {
	return git(root, ['cat-file', '-e', `${object}^{commit}`]) !== undefined;
}

/** A cached snapshot of a tree, or one built now and cached; undefined when it cannot be built. */
function loadSnapshot(root: string, tree: string, cacheDir: string, snapshotOf: (dir: string) => ModelSnapshot): ModelSnapshot | undefined {
	const file = join(cacheDir, `${SNAPSHOT_FORMAT}-${tree}.json`);
	const cached = readCached(file);
	if (cached) return cached;
	const folder = mkdtempSync(join(tmpdir(), 'minh-bach-history-'));
	try {
		if (!materializeTree(root, tree, folder)) return undefined;
		const snapshot = snapshotOf(folder);
		writeCached(file, snapshot);
		return snapshot;
	} catch {
		// A commit whose content cannot be read at all is left out of the history, not a failed build.
		return undefined;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** A snapshot from the cache, if the file is there, parses and has this version's shape. */
function readCached(file: string): ModelSnapshot | undefined {
	try {
		if (!existsSync(file)) return undefined;
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ModelSnapshot> | null;
		if (!parsed || parsed.format !== SNAPSHOT_FORMAT || !Array.isArray(parsed.assignments) || typeof parsed.decisions !== 'object') return undefined;
		return parsed as ModelSnapshot;
	} catch {
		return undefined;
	}
}

/** Writes a snapshot to the cache through a temporary file, so a reader never sees half of one; a cache that cannot be written is skipped. */
function writeCached(file: string, snapshot: ModelSnapshot): void {
	try {
		mkdirSync(dirname(file), { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(snapshot));
		renameSync(temporary, file);
	} catch {
		// The history is still right without its cache; the next build simply builds the tree again.
	}
}

/**
 * Writes the files of a tree into an empty folder: regular files only (links and submodules are left
 * out, so nothing is read through them), each path checked to stay inside the folder. False when the
 * tree cannot be listed or read, or is larger than MAX_TREE_BYTES.
 */
function materializeTree(root: string, tree: string, folder: string): boolean {
	const listing = git(root, ['ls-tree', '-r', '-z', '-l', '--full-tree', tree]);
	if (listing === undefined) return false;
	const files: { blob: string; path: string; size: number }[] = [];
	let total = 0;
	for (const line of listing.toString('utf8').split('\0')) {
		const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(\d+|-)\t(.+)$/su.exec(line);
		if (!match) continue;
		const [, mode, type, blob, size, path] = match;
		if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
		const segments = path!.split('/');
		if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) continue;
		// A file the check would refuse for its size is left out, as the walk would leave it unread.
		if (Number(size) > MAX_FILE_BYTES) continue;
		total += Number(size);
		if (total > MAX_TREE_BYTES) return false;
		files.push({ blob: blob!, path: path!, size: Number(size) });
	}
	if (files.length === 0) return true;
	const out = git(root, ['cat-file', '--batch'], files.map((file) => `${file.blob}\n`).join(''));
	if (out === undefined) return false;
	// `--batch` answers each line with "<id> blob <size>\n<content>\n".
	let offset = 0;
	for (const file of files) {
		const newline = out.indexOf(0x0a, offset);
		if (newline < 0) return false;
		const header = out.toString('utf8', offset, newline);
		const size = Number(/^[0-9a-f]+ blob (\d+)$/u.exec(header)?.[1]);
		if (!Number.isSafeInteger(size)) return false;
		const target = join(folder, ...file.path.split('/'));
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, out.subarray(newline + 1, newline + 1 + size));
		offset = newline + 1 + size + 1;
	}
	return true;
}

/** An ISO day in UTC from seconds since 1970. */
function isoDay(seconds: number): string {
	return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * The environment git runs in: the caller's, without the variables that would point it at another
 * repository than the one holding the folder (a git hook sets GIT_DIR, for one).
 */
function gitEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_PREFIX'])
		delete env[name];
	return env;
}

/** Runs git in a folder; its output, or undefined when git is missing or fails. Never throws. */
function git(cwd: string, args: readonly string[], input?: string): Buffer | undefined {
	try {
		return execFileSync('git', ['-C', cwd, '-c', 'core.quotePath=false', '-c', 'log.follow=false', ...args], {
			input: input ?? '',
			stdio: ['pipe', 'pipe', 'ignore'],
			maxBuffer: MAX_TREE_BYTES + 64 * 1024 * 1024,
			timeout: 120_000,
			env: gitEnv(),
		});
	} catch {
		return undefined;
	}
}

/** Runs git and decodes its output as UTF-8. */
function gitText(cwd: string, args: readonly string[]): string | undefined {
	return git(cwd, args)?.toString('utf8');
}
