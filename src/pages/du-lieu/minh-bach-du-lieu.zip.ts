import type { APIRoute } from 'astro';
import { siteFileResponse, ZIP_FILE } from '../../site/datasets.ts';

/** Every table, the data package and a short guide in one deterministic ZIP. */
export const GET: APIRoute = () => siteFileResponse(ZIP_FILE);
