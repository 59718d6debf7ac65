import type { APIRoute, GetStaticPaths } from 'astro';
import type { CommuneModel } from '../../../../lib/model/types.ts';
import { fileResponse, MEDIA_TYPES, placeFile } from '../../../../site/datasets.ts';
import { communeRoutes } from '../../../../site/routes.ts';

/** Every commune page's assignments as CSV. */
export const getStaticPaths = communeRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ commune: CommuneModel }> = async ({ props }) =>
	fileResponse(await placeFile('csv', props.commune.province, props.commune.code), MEDIA_TYPES.csv);
