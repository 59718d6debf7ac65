import type { APIRoute } from 'astro';
import { changesFeed } from '../../../site/history-feed.ts';

/** The Atom feed of data changes, in English. */
export const GET: APIRoute = async () => new Response(await changesFeed('en'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
