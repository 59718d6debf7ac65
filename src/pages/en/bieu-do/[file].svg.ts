import { chartFileRoutes, serveChartFile } from '../../../site/chart-files.ts';

export const getStaticPaths = () => chartFileRoutes('en');
export const GET = serveChartFile;
