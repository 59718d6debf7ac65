import type { APIRoute } from 'astro';
import { changesFeed } from '../../site/history-feed.ts';

/** The Atom feed of data changes, in Vietnamese. */
export const GET: APIRoute = async () => new Response(await changesFeed('vi'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
