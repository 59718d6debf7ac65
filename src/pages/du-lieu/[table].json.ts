import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_NAMES } from '../../lib/datasets/tables.ts';
import { siteFileResponse } from '../../site/datasets.ts';

/** Every whole-site table as JSON, with the same fields as its CSV. */
export const getStaticPaths = (() => TABLE_NAMES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => siteFileResponse(`${params.table}.json`);
