import type { APIRoute } from 'astro';
import { fileResponse, loadDatasets, XLSX_FILE } from '../../site/datasets.ts';

/** The workbook of the whole data set: a guide, a typed sheet per table, the dictionary. */
export const GET: APIRoute = async () => {
	const file = (await loadDatasets()).files.get(XLSX_FILE)!;
	return fileResponse(file.bytes, file.mediaType);
};
