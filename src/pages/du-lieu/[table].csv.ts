import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_NAMES } from '../../lib/datasets/tables.ts';
import { loadDatasets, siteFileResponse } from '../../site/datasets.ts';

/** Every whole-site table as CSV: the same bytes the data package hashes. */
export const getStaticPaths = (() => {
	// Astro lists every route's paths before it writes any: starting the whole-site files here lets the
	// build worker deflate the workbook and the archive while the first pages are written.
	loadDatasets().catch(() => undefined);
	return TABLE_NAMES.map((table) => ({ params: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => siteFileResponse(`${params.table}.csv`);
