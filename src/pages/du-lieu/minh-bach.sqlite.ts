import type { APIRoute } from 'astro';
import { fileResponse, loadDatasets, SQLITE_FILE } from '../../site/datasets.ts';

/** The SQLite database of the whole data set: a table per table with keys and indexes, and the dictionary. */
export const GET: APIRoute = async () => {
	const file = (await loadDatasets()).files.get(SQLITE_FILE)!;
	return fileResponse(file.bytes, file.mediaType);
};
