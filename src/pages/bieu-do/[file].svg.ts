import { chartFileRoutes, serveChartFile } from '../../site/chart-files.ts';

export const getStaticPaths = () => chartFileRoutes('vi');
export const GET = serveChartFile;
