// Imported by scripts/new-site.ts and its tests only: reads the national lists the project carries and writes a new site's folder.
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NationalLists, NewSite, NewSiteProblem } from '../scaffold/new-site.ts';
import { bilingual } from '../i18n.ts';
import { displayPath } from './read-content.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The national lists of the benchmark (scripts/bench/data/NOTICE.md gives their source and licence). */
const DATA = join(ROOT, 'scripts', 'bench', 'data');

/** Reads the lists a new site is built from: the national provinces and communes, their notice, and the project's own content/specialties.csv. */
export function readNationalLists(): NationalLists {
	return {
		provincesCsv: readFileSync(join(DATA, 'vn-provinces-2025.csv'), 'utf8'),
		communesCsv: readFileSync(join(DATA, 'vn-communes-2025-07-01.csv'), 'utf8'),
		notice: readFileSync(join(DATA, 'NOTICE.md'), 'utf8'),
		specialtiesCsv: readFileSync(join(ROOT, 'content', 'specialties.csv'), 'utf8'),
	};
}

/** Why a folder cannot receive a new site (it is a file, a link, or a folder that is not empty), or undefined when it can. */
export function checkOutFolder(out: string): NewSiteProblem | undefined {
	let info;
	try {
		info = lstatSync(out);
	} catch {
		return undefined;
	}
	const shown = displayPath(out);
	if (!info.isDirectory()) {
		return bilingual('scaffold.out.not-folder', { path: shown });
	}
	if (readdirSync(out).length > 0) {
		return bilingual('scaffold.out.not-empty', { path: shown });
	}
	return undefined;
}

/** Writes every file of a new site under `out` (created if absent), never replacing a file; returns the paths written. */
export function writeNewSite(out: string, site: NewSite): string[] {
	const written: string[] = [];
	mkdirSync(out, { recursive: true });
	for (const [relative, text] of site.files) {
		const path = join(out, ...relative.split('/'));
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
		written.push(path);
	}
	return written;
}
