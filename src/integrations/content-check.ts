import type { AstroIntegration } from 'astro';
import { checkContent, resolveContentDir } from '../lib/io/read-content.ts';
import { formatProblems, summarizeProblems } from '../lib/validate/problem.ts';

/**
 * Runs the same content check as `npm run check` before Astro loads any collection, and stops a build
 * with every problem printed. Astro's own reference checks let a broken reference build with exit
 * code 0; this guard does not. In dev the report is printed and the server keeps running.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'minh-bach:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command === 'preview') return;
				const { problems } = checkContent(resolveContentDir());
				if (problems.length === 0) return;
				const report = `${formatProblems(problems)}\n\n${summarizeProblems(problems)}`;
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
