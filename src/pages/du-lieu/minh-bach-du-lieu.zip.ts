import type { APIRoute } from 'astro';
import { fileResponse, loadDatasets, ZIP_FILE } from '../../site/datasets.ts';

/** Every table, the data package and a short guide in one deterministic ZIP. */
export const GET: APIRoute = async () => {
	const file = (await loadDatasets()).files.get(ZIP_FILE)!;
	return fileResponse(file.bytes, file.mediaType);
};
