// Imported by the change-log pages, the decision and commune pages, the changes feed and datasets, and the build's guard.
import type { Change } from '../lib/changes/diff.ts';
import { readContentHistory, type ContentHistory, type HistoryEntry } from '../lib/io/history.ts';
import { resolveContentDir } from '../lib/io/read-content.ts';

const CACHE_KEY = Symbol.for('minh-bach.history');

/**
 * The git history of the content folder, read once per build and shared through globalThis by the
 * build's guard (which refuses to publish an incomplete history) and the pages. Snapshots of past
 * commits are cached by tree in .astro/cache/history, so a rebuild only builds models for new trees.
 */
export function loadHistory(dir: string = resolveContentDir()): ContentHistory {
	const store = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<string, ContentHistory>()) as Map<string, ContentHistory>;
	let history = store.get(dir);
	if (!history) {
		history = readContentHistory(dir);
		store.set(dir, history);
	}
	return history;
}

/** The entries of a history that concern one decision, newest first, with only their changes to it. */
export function historyOfDecision(history: ContentHistory, decision: string): HistoryEntry[] {
	return keep(history, (change) => change.decision === decision);
}

/** The entries of a history that concern one commune or one of its decisions, newest first. */
export function historyOfCommune(history: ContentHistory, commune: string, decisions: ReadonlySet<string>): HistoryEntry[] {
	return keep(
		history,
		(change) => change.commune === commune || (change.commune === undefined && change.decision !== undefined && decisions.has(change.decision)),
	);
}

function keep(history: ContentHistory, wanted: (change: Change) => boolean): HistoryEntry[] {
	return history.entries.flatMap((entry) => {
		const changes = entry.changes.filter(wanted);
		return changes.length > 0 ? [{ ...entry, changes }] : [];
	});
}

/** Counts of the kinds of change in a list, largest first, for an entry too long to list in full. */
export function countKinds(changes: readonly Change[]): [kind: Change['kind'], count: number][] {
	const counts = new Map<Change['kind'], number>();
	for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Path (without base or language) of the change log. */
export const CHANGES_PATH = '/thay-doi/';

/** Commits on one page of the change log. */
export const CHANGES_PAGE_SIZE = 25;

/** Path of a page of the change log: /thay-doi/, /thay-doi/2/… */
export function changesPagePath(page: number): string {
	return page <= 1 ? CHANGES_PATH : `${CHANGES_PATH}${page}/`;
}

/** Path of a commit's entry in the change log, on the page that lists it: /thay-doi/2/#c-1a2b3c4d. */
export function entryPath(history: ContentHistory, commit: string): string {
	const index = Math.max(
		0,
		history.entries.findIndex((entry) => entry.commit === commit),
	);
	return `${changesPagePath(Math.floor(index / CHANGES_PAGE_SIZE) + 1)}#c-${commit.slice(0, 8)}`;
}
