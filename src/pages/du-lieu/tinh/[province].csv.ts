import type { APIRoute, GetStaticPaths } from 'astro';
import type { ProvinceModel } from '../../../lib/model/types.ts';
import { fileResponse, MEDIA_TYPES, placeFile } from '../../../site/datasets.ts';
import { provinceRoutes } from '../../../site/routes.ts';

/** Every province page's assignments as CSV, with commune names. */
export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ province: ProvinceModel }> = async ({ props }) => fileResponse(await placeFile('csv', props.province.code), MEDIA_TYPES.csv);
