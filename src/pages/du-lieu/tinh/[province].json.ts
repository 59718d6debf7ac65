import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, MEDIA_TYPES, placeFile } from '../../../site/datasets.ts';
import { loadModel } from '../../../site/model.ts';

/** Every province's assignments as JSON, with commune names: linked from the province page. */
export const getStaticPaths = (async () =>
	(await loadModel()).provinces.map((province) => ({ params: { province: province.slug }, props: { code: province.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: string }> = async ({ props }) => fileResponse(await placeFile('json', props.code), MEDIA_TYPES.json);
