// Imported by read-content.ts (and through it by the check, the build's guard and the pages): the one place that asks git for the date.
import { execFileSync } from 'node:child_process';

/** Where the as-of day came from, so pages and the build log can say so. */
export type AsOfBasis = 'config' | 'source-date-epoch' | 'git' | 'content';

/** The day statuses ("upcoming", "active", "ended") are computed for, and where it came from. */
export interface AsOf {
	/** ISO day, e.g. "2026-12-01"; undefined until the content is read when the basis is "content". */
	day: string | undefined;
	basis: AsOfBasis;
}

/**
 * The as-of day, by the reproducible-builds convention and never from the wall clock: a day pinned in
 * site.config.ts; else SOURCE_DATE_EPOCH (seconds since 1970, UTC) when it is set, as the daily
 * scheduled rebuild sets it to that day's start; else the date of the last commit of the repository
 * that holds the content folder; else (no git, no history) the latest date the content states, which
 * the caller fills in and the build warns about. The same commit with the same SOURCE_DATE_EPOCH
 * therefore always builds the same bytes.
 */
export function resolveAsOf(contentDir: string, pinned: string | undefined, env: Record<string, string | undefined> = process.env): AsOf {
	if (pinned) return { day: pinned, basis: 'config' };
	const epoch = env['SOURCE_DATE_EPOCH'];
	if (epoch !== undefined && epoch.trim() !== '') {
		if (!/^\d{1,12}$/u.test(epoch.trim())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (UTC); found "${epoch}".`);
		return { day: new Date(Number(epoch.trim()) * 1000).toISOString().slice(0, 10), basis: 'source-date-epoch' };
	}
	const committed = lastCommitSeconds(contentDir);
	if (committed !== undefined) return { day: new Date(committed * 1000).toISOString().slice(0, 10), basis: 'git' };
	return { day: undefined, basis: 'content' };
}

/** Seconds since 1970 of the last commit of the repository holding a folder, or undefined outside git. */
export function lastCommitSeconds(dir: string, ...paths: string[]): number | undefined {
	try {
		const out = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%ct', ...(paths.length > 0 ? ['--', ...paths] : [])], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			timeout: 10_000,
		}).trim();
		return /^\d+$/u.test(out) ? Number(out) : undefined;
	} catch {
		return undefined;
	}
}
