import type { APIRoute } from 'astro';
import { siteFileResponse, PACKAGE_FILE_VI } from '../../site/datasets.ts';

/** The same descriptor with its titles and descriptions in Vietnamese. */
export const GET: APIRoute = () => siteFileResponse(PACKAGE_FILE_VI);
