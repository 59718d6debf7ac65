import type { APIRoute } from 'astro';
import { siteFileResponse, SQLITE_FILE } from '../../site/datasets.ts';

/** The SQLite database of the whole data set: a table per table with keys and indexes, and the dictionary. */
export const GET: APIRoute = () => siteFileResponse(SQLITE_FILE);
