import type { APIRoute } from 'astro';
import { decisionFeed } from '../../site/feed.ts';

/** The Atom feed of decisions, in English. */
export const GET: APIRoute = async () => new Response(await decisionFeed('en'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
