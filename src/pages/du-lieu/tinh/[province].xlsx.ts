import type { APIRoute, GetStaticPaths } from 'astro';
import type { ProvinceModel } from '../../../lib/model/types.ts';
import { fileResponse, MEDIA_TYPES, provinceWorkbook } from '../../../site/datasets.ts';
import { provinceRoutes } from '../../../site/routes.ts';

/** Every province page's workbook: each table limited to the province, typed as the whole-site workbook. */
export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ province: ProvinceModel }> = async ({ props }) => fileResponse(await provinceWorkbook(props.province.code), MEDIA_TYPES.xlsx);
