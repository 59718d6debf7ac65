import { zipSync, type Zippable } from 'fflate';

/**
 * Builds a ZIP archive that is byte-identical for the same files: entries sorted by name, one fixed
 * modification time for all of them (the content's date, never the clock), fixed compression level.
 *
 * ZIP stores local wall-clock time (MS-DOS format) and fflate reads it with the local-time getters,
 * so the date is constructed in local time too: the archive says noon of that day in every time zone.
 */
export function buildZip(files: ReadonlyMap<string, Uint8Array>, day: string): Uint8Array {
	return zipSync(zipEntries(files, day));
}

/** What `buildZip` hands to fflate's `zipSync`: the entries in name order, each with the fixed time and level. */
export function zipEntries(files: ReadonlyMap<string, Uint8Array>, day: string): Zippable {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const mtime = new Date(y, m - 1, d, 12, 0, 0);
	const entries: Zippable = {};
	for (const name of [...files.keys()].sort()) entries[name] = [files.get(name)!, { mtime, level: 9 }];
	return entries;
}
