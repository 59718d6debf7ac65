// Imported by read-content.ts only: the one walk over the content folder, which decides what is read.
import type { ProblemCode } from '../validate/messages.ts';
import { lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../validate/problem.ts';
import { problemAt } from '../validate/table.ts';
import { showInvisible } from '../validate/text-checks.ts';
import { describeCodePoint, findUnsafeCharacters } from '../validate/text-hygiene.ts';

/**
 * What a content folder may hold. Every entry under it is either one of these (and read), a note for
 * maintainers (Markdown at the top level, never published), or a problem: nothing is skipped quietly.
 */
export const CONTENT_LAYOUT = {
	provinces: 'provinces.csv',
	communes: 'communes',
	agencies: 'agencies',
	specialties: 'specialties.csv',
	decisions: 'decisions',
	assignments: 'assignments',
	needs: 'needs',
} as const;

/** The folders of the content and the one extension each holds. */
const FOLDERS: Readonly<Record<string, { collection: FolderCollection; extension: string }>> = {
	communes: { collection: 'communes', extension: '.csv' },
	agencies: { collection: 'agencies', extension: '.csv' },
	decisions: { collection: 'decisions', extension: '.mdx' },
	assignments: { collection: 'assignments', extension: '.csv' },
	needs: { collection: 'needs', extension: '.csv' },
};

/** Collections read from a folder of files. */
export type FolderCollection = 'communes' | 'agencies' | 'decisions' | 'assignments' | 'needs';

/** Where the check found each kind of file: absolute paths, in a stable order. */
export interface ContentFiles {
	provinces: string[];
	specialties: string[];
	communes: string[];
	agencies: string[];
	decisions: string[];
	assignments: string[];
	needs: string[];
	/** A fingerprint of the folder (paths, sizes, modification times), for caching a read. */
	fingerprint: string;
	/** Reference lists whose file is there but was refused (a folder or a link in its place): references to them are uncertain. */
	refused: ('provinces' | 'specialties')[];
}

/**
 * The longest file name (without its extension) the content may use. File names become ids and URL
 * paths; a longer one would make the build fail with ENAMETOOLONG on some file systems.
 */
export const MAX_FILE_STEM = 100;

/** The largest file the check reads (256 MiB): larger ones are refused before they are read. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Empty marker files that keep a folder in git; they hold nothing and need no report. */
const MARKERS = new Set(['.gitkeep', '.keep']);

/**
 * Walks a content folder without following symbolic links and sorts what it finds into the files each
 * collection reads. Reports, each once and all together: symbolic links (never followed, so nothing
 * outside the folder is read), special files, unknown files and folders, sub-folders, wrong or
 * upper-case extensions (a decision saved as `.md`), hidden files, over-long names, files over the size
 * limit, and names that collide when case and Unicode normalisation are ignored (`x.csv` and `X.csv`,
 * or an NFC and an NFD spelling of one name).
 */
export function walkContent(dir: string, display: (path: string) => string, maxFileBytes = MAX_FILE_BYTES): { files: ContentFiles; problems: Problem[] } {
	const problems: Problem[] = [];
	const files: ContentFiles = {
		provinces: [],
		specialties: [],
		communes: [],
		agencies: [],
		decisions: [],
		assignments: [],
		needs: [],
		fingerprint: '',
		refused: [],
	};
	const fingerprint: string[] = [];
	const report = (path: string, code: ProblemCode, params: Record<string, string> = {}): void => {
		// A name may hold a newline or a direction override: shown as code points, never printed raw.
		problems.push(problemAt(showInvisible(display(path)), undefined, undefined, code, params));
	};
	// The folder itself may be a link (a worktree's content, a test's temporary folder); what is inside may not.
	let root: string;
	try {
		root = realpathSync(dir);
	} catch {
		return { files, problems };
	}
	const list = (folder: string): string[] | undefined => {
		try {
			// Sorted by code point, so every machine walks (and reports) in the same order.
			return readdirSync(folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		} catch (error) {
			report(folder, 'file.unreadable', { detail: (error as Error).message });
			return undefined;
		}
	};
	const stat = (path: string): Stats | undefined => {
		try {
			return lstatSync(path);
		} catch (error) {
			report(path, 'file.unreadable', { detail: (error as Error).message });
			return undefined;
		}
	};
	/** Checks one entry's kind, size and name; true when it is a regular file that may be read. */
	const isReadableFile = (path: string, info: Stats): boolean => {
		if (info.isSymbolicLink()) {
			report(path, 'file.symlink');
			return false;
		}
		if (!info.isFile()) {
			report(path, 'file.special');
			return false;
		}
		if (info.size > maxFileBytes) {
			report(path, 'file.too-large', { found: mebibytes(info.size), limit: mebibytes(maxFileBytes) });
			return false;
		}
		fingerprint.push(`${display(path)}:${info.size}:${info.mtimeMs}`);
		return true;
	};
	// Names that fold to one key within a folder: case and Unicode normalisation do not tell them apart
	// on every system (macOS, Windows, a zip of the data), so the second is a problem.
	const collisions = (folder: string, names: string[]): Set<string> => {
		const seen = new Map<string, string>();
		const colliding = new Set<string>();
		for (const name of names) {
			const key = name.normalize('NFC').toLowerCase();
			const first = seen.get(key);
			if (first === undefined) seen.set(key, name);
			else {
				report(join(folder, name), 'file.name-collision', { found: name, other: first });
				colliding.add(name);
			}
		}
		return colliding;
	};
	const checkName = (path: string, name: string, extension: string): boolean => {
		const unsafe = findUnsafeCharacters(name, { allowNewlines: false });
		if (unsafe.length > 0) {
			report(path, 'file.name-characters', { character: describeCodePoint(unsafe[0]!.codePoint) });
			return false;
		}
		if (name.startsWith('.')) {
			report(path, 'file.hidden', { found: name });
			return false;
		}
		const dot = name.lastIndexOf('.');
		const actual = dot > 0 ? name.slice(dot) : '';
		if (actual !== extension) {
			report(path, 'file.extension', {
				found: actual || '(không có / none)',
				expected: extension,
				suggestion: `${dot > 0 ? name.slice(0, dot) : name}${extension}`,
			});
			return false;
		}
		const stem = name.slice(0, dot);
		if ([...stem].length > MAX_FILE_STEM) {
			report(path, 'file.name-too-long', { found: String([...stem].length), limit: String(MAX_FILE_STEM) });
			return false;
		}
		return true;
	};

	const top = list(root);
	if (!top) return { files, problems };
	const topColliding = collisions(root, top);
	for (const name of top) {
		if (topColliding.has(name)) continue;
		const path = join(root, name);
		const info = stat(path);
		if (!info) continue;
		if (MARKERS.has(name) && info.isFile() && info.size === 0) continue;
		if (name === CONTENT_LAYOUT.provinces || name === CONTENT_LAYOUT.specialties) {
			const collection = name === CONTENT_LAYOUT.provinces ? 'provinces' : 'specialties';
			if (info.isDirectory()) {
				report(path, 'file.folder', { found: name });
				files.refused.push(collection);
			} else if (isReadableFile(path, info)) files[collection].push(path);
			else files.refused.push(collection);
			continue;
		}
		const folder = FOLDERS[name];
		if (folder) {
			if (info.isSymbolicLink()) report(path, 'file.symlink');
			else if (!info.isDirectory()) report(path, 'folder.expected', { found: name });
			else walkFolder(path, folder.collection, folder.extension);
			continue;
		}
		// Notes for maintainers (SOURCES.md, README.md) live at the top level and are never published.
		if (name.endsWith('.md') && !name.startsWith('.')) {
			isReadableFile(path, info);
			continue;
		}
		if (info.isSymbolicLink()) report(path, 'file.symlink');
		else report(path, info.isDirectory() ? 'folder.unknown' : 'file.unknown', { found: name, allowed: Object.values(CONTENT_LAYOUT).join(', ') });
	}

	function walkFolder(folder: string, collection: FolderCollection, extension: string): void {
		const names = list(folder);
		if (!names) return;
		const colliding = collisions(folder, names);
		for (const name of names) {
			if (colliding.has(name)) continue;
			const path = join(folder, name);
			const info = stat(path);
			if (!info) continue;
			if (MARKERS.has(name) && info.isFile() && info.size === 0) continue;
			if (info.isDirectory()) {
				// Not walked: a sub-folder is a mistake to fix, and its files would otherwise go unread.
				report(path, 'folder.nested', { found: name, expected: extension });
				continue;
			}
			if (!isReadableFile(path, info)) continue;
			if (checkName(path, name, extension)) files[collection].push(path);
		}
	}

	files.fingerprint = fingerprint.join('\n');
	return { files, problems };
}

function mebibytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
