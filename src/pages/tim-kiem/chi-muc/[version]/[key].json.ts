import { searchShardRoutes, serveSearchShard } from '../../../../site/search-index.ts';

export const getStaticPaths = () => searchShardRoutes('vi');
export const GET = serveSearchShard;
