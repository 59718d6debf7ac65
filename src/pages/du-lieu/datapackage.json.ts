import type { APIRoute } from 'astro';
import { siteFileResponse, PACKAGE_FILE } from '../../site/datasets.ts';

/** The Frictionless Data Package v2 descriptor of the whole-site tables. */
export const GET: APIRoute = () => siteFileResponse(PACKAGE_FILE);
