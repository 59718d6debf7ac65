import type { APIRoute } from 'astro';
import { fileResponse, loadDatasets, PACKAGE_FILE_VI } from '../../site/datasets.ts';

/** The same descriptor with its titles and descriptions in Vietnamese. */
export const GET: APIRoute = async () => {
	const file = (await loadDatasets()).files.get(PACKAGE_FILE_VI)!;
	return fileResponse(file.bytes, file.mediaType);
};
