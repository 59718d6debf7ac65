import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_NAMES } from '../../lib/datasets/tables.ts';
import { fileResponse, loadDatasets } from '../../site/datasets.ts';

/** Every whole-site table as JSON, with the same fields as its CSV. */
export const getStaticPaths = (() => TABLE_NAMES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const file = (await loadDatasets()).files.get(`${params.table}.json`);
	if (!file) throw new Error(`No table "${params.table}".`);
	return fileResponse(file.bytes, file.mediaType);
};
