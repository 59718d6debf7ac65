import type { APIRoute, GetStaticPaths } from 'astro';
import type { ProvinceModel } from '../../lib/model/types.ts';
import { decisionFeed } from '../../site/feed.ts';
import { provinceRoutes } from '../../site/routes.ts';

/** Each province's Atom feed of decisions, in Vietnamese. */
export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ province: ProvinceModel }> = async ({ props }) =>
	new Response(await decisionFeed('vi', props.province), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
