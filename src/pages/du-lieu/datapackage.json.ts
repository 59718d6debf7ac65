import type { APIRoute } from 'astro';
import { fileResponse, loadDatasets, PACKAGE_FILE } from '../../site/datasets.ts';

/** The Frictionless Data Package v2 descriptor of the whole-site tables. */
export const GET: APIRoute = async () => {
	const file = (await loadDatasets()).files.get(PACKAGE_FILE)!;
	return fileResponse(file.bytes, file.mediaType);
};
