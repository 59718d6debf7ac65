import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPreviewAddress, PLACEHOLDER_URL, site } from '../../site.config.ts';
import { bilingual, joinLanguages } from '../lib/i18n.ts';
import { writeEditorSchemas } from '../lib/io/editor-schemas.ts';
import { checkContent, listContentFiles, resolveContentDir } from '../lib/io/read-content.ts';
import { partIf } from '../lib/validate/messages.ts';
import { formatReport, summarizeProblems } from '../lib/validate/problem.ts';
import { loadHistory } from '../site/history.ts';

/**
 * Runs the same content check as `npm run check` before Astro renders anything, and stops a build with
 * every problem printed, so the guarantee holds whoever runs `astro build` and however. The pages then
 * read the model this check built (src/site/model.ts), never the files again by another road. In dev
 * the report is printed, the server keeps running, and a change to any content file restarts it.
 * Every command also refreshes the editors' JSON Schema of decision files (src/lib/io/editor-schemas.ts).
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'minh-bach:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger, addWatchFile }) => {
				if (command === 'preview') return;
				if (command === 'build' && isPreviewAddress() && isPublishingBuild()) {
					const message = joinLanguages(bilingual('build.placeholder-address', { placeholder: PLACEHOLDER_URL }));
					logger.error(message);
					throw new Error(message);
				}
				const dir = resolveContentDir();
				const { problems, asOf } = checkContent(dir, site.asOf);
				writeEditorSchemas(fileURLToPath(config.root), dir);
				if (command === 'dev') for (const path of listContentFiles(dir)) addWatchFile(path);
				if (asOf.basis === 'content') logger.warn(joinLanguages(bilingual('build.as-of-from-content', { day: asOf.day })));
				if (problems.length === 0) {
					// A published change log must be whole: a shallow clone (CI's default) or a copy without git
					// would show a truncated history as if it were complete.
					if (command === 'build' && isPublishingBuild()) {
						const history = loadHistory(dir);
						if (!history.complete) {
							const from = partIf(history.earliest, (earliest) => bilingual('build.history-incomplete.from', { earliest }));
							const message = joinLanguages(bilingual('build.history-incomplete', { reason: String(history.reason), from }));
							logger.error(message);
							throw new Error(message);
						}
					}
					return;
				}
				const report = `${formatReport(problems)}\n\n${summarizeProblems(problems)}`;
				if (command === 'dev') {
					logger.warn(`\n${report}`);
					return;
				}
				logger.error(`\n${report}`);
				throw new Error(summarizeProblems(problems));
			},
			'astro:build:done': ({ logger }) => {
				if (isPreviewAddress()) logger.warn(joinLanguages(bilingual('build.preview', { placeholder: PLACEHOLDER_URL })));
			},
		},
	};
}

/**
 * Whether this build publishes: on a CI server (CI=true, as GitHub Actions and GitLab CI set it) or
 * with MINH_BACH_PUBLISH=1, unless MINH_BACH_PREVIEW=1 says it is a test build that publishes nothing.
 */
function isPublishingBuild(env: Record<string, string | undefined> = process.env): boolean {
	if (env['MINH_BACH_PREVIEW'] === '1') return false;
	return env['CI'] === 'true' || env['MINH_BACH_PUBLISH'] === '1';
}
