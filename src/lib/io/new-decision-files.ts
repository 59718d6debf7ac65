// Imported by scripts/new-decision.ts and its tests only: reads the schema sources for their JSDoc and writes a new decision file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fieldDocs, SKELETON_SCHEMAS, type SkeletonDocs } from '../scaffold/decision-skeleton.ts';

const SCHEMA_DIR = join(import.meta.dirname, '..', '..', 'schemas');

/** Reads the JSDoc of every field a decision skeleton shows, from the schema sources themselves. */
export function readSkeletonDocs(): SkeletonDocs {
	const read = ({ file, name }: { file: string; name: string }): Map<string, string> => fieldDocs(readFileSync(join(SCHEMA_DIR, file), 'utf8'), name);
	return {
		decision: read(SKELETON_SCHEMAS.decision),
		signer: read(SKELETON_SCHEMAS.signer),
		declared: read(SKELETON_SCHEMAS.declared),
		reported: read(SKELETON_SCHEMAS.reported),
		source: read(SKELETON_SCHEMAS.source),
	};
}

/** Writes a new file, refusing to replace one that exists; returns false when it existed. */
export function writeNewFile(path: string, text: string): boolean {
	if (existsSync(path)) return false;
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
	return true;
}
