import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, MEDIA_TYPES, placeFile } from '../../../../site/datasets.ts';
import { loadModel } from '../../../../site/model.ts';

/** Every commune's assignments as JSON: linked from the commune page. */
export const getStaticPaths = (async () => {
	const model = await loadModel();
	const slugs = new Map(model.provinces.map((p) => [p.code, p.slug]));
	return model.communes.map((commune) => ({
		params: { province: slugs.get(commune.province) ?? commune.province, commune: commune.slug },
		props: { province: commune.province, code: commune.code },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ province: string; code: string }> = async ({ props }) =>
	fileResponse(await placeFile('json', props.province, props.code), MEDIA_TYPES.json);
