import { searchShardRoutes, serveSearchShard } from '../../../../../site/search-index.ts';

export const getStaticPaths = () => searchShardRoutes('en');
export const GET = serveSearchShard;
