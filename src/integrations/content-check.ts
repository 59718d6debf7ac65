import type { AstroIntegration } from 'astro';
import { site } from '../../site.config.ts';
import { checkContent, listContentFiles, resolveContentDir } from '../lib/io/read-content.ts';
import { formatReport, summarizeProblems } from '../lib/validate/problem.ts';

/**
 * Runs the same content check as `npm run check` before Astro renders anything, and stops a build with
 * every problem printed, so the guarantee holds whoever runs `astro build` and however. The pages then
 * read the model this check built (src/site/model.ts), never the files again by another road. In dev
 * the report is printed, the server keeps running, and a change to any content file restarts it.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'minh-bach:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger, addWatchFile }) => {
				if (command === 'preview') return;
				const dir = resolveContentDir();
				const { problems, asOf } = checkContent(dir, site.asOf);
				if (command === 'dev') for (const path of listContentFiles(dir)) addWatchFile(path);
				if (asOf.basis === 'content')
					logger.warn(
						`Ngày tính trạng thái là ngày muộn nhất trong nội dung (${asOf.day}) vì không có SOURCE_DATE_EPOCH và không đọc được lịch sử git. / ` +
							`The as-of day is the latest content date (${asOf.day}): SOURCE_DATE_EPOCH is not set and there is no git history.`,
					);
				if (problems.length === 0) return;
				const report = `${formatReport(problems)}\n\n${summarizeProblems(problems)}`;
				if (command === 'dev') {
					logger.warn(`\n${report}`);
					return;
				}
				logger.error(`\n${report}`);
				throw new Error(summarizeProblems(problems));
			},
		},
	};
}
