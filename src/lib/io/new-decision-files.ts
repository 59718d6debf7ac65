// Imported by scripts/new-decision.ts and its tests only: writes a new decision file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a new file, refusing to replace one that exists; returns false when it existed. */
export function writeNewFile(path: string, text: string): boolean {
	if (existsSync(path)) return false;
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
	return true;
}
