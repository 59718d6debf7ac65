import type { APIRoute } from 'astro';
import { siteFileResponse, XLSX_FILE } from '../../site/datasets.ts';

/** The workbook of the whole data set: a guide, a typed sheet per table, the dictionary. */
export const GET: APIRoute = () => siteFileResponse(XLSX_FILE);
