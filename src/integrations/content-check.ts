import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPreviewAddress, PLACEHOLDER_URL, site } from '../../site.config.ts';
import { writeEditorSchemas } from '../lib/io/editor-schemas.ts';
import { checkContent, listContentFiles, resolveContentDir } from '../lib/io/read-content.ts';
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
					const message =
						`Địa chỉ công khai của trang vẫn là địa chỉ mẫu ${PLACEHOLDER_URL}: mã QR trên mọi bản in, đường dẫn trích dẫn, sơ đồ trang và nguồn tin sẽ dẫn tới nơi không có thật. Đặt biến môi trường SITE_URL (ví dụ https://sonoivu.dienbien.gov.vn) hoặc sửa url trong site.config.ts. / ` +
						`The site's public address is still the placeholder ${PLACEHOLDER_URL}: the QR code on every printed notice, the citation, the sitemap and the feeds would lead nowhere. Set SITE_URL (e.g. https://sonoivu.dienbien.gov.vn) or the url in site.config.ts. (A test build that publishes nothing may set MINH_BACH_PREVIEW=1.)`;
					logger.error(message);
					throw new Error(message);
				}
				const dir = resolveContentDir();
				const { problems, asOf } = checkContent(dir, site.asOf);
				writeEditorSchemas(fileURLToPath(config.root), dir);
				if (command === 'dev') for (const path of listContentFiles(dir)) addWatchFile(path);
				if (asOf.basis === 'content')
					logger.warn(
						`Ngày tính trạng thái là ngày muộn nhất trong nội dung (${asOf.day}) vì không có SOURCE_DATE_EPOCH và không đọc được lịch sử git. / ` +
							`The as-of day is the latest content date (${asOf.day}): SOURCE_DATE_EPOCH is not set and there is no git history.`,
					);
				if (problems.length === 0) {
					// A published change log must be whole: a shallow clone (CI's default) or a copy without git
					// would show a truncated history as if it were complete.
					if (command === 'build' && isPublishingBuild()) {
						const history = loadHistory(dir);
						if (!history.complete) {
							const message =
								`Lịch sử thay đổi của thư mục nội dung không đầy đủ (${history.reason}${history.earliest ? `, từ ${history.earliest}` : ''}): bản công bố cần toàn bộ lịch sử git. Trên GitHub dùng actions/checkout với fetch-depth: 0, trên GitLab đặt GIT_DEPTH: 0. / ` +
								`The content folder's history is incomplete (${history.reason}${history.earliest ? `, from ${history.earliest}` : ''}): a published site needs the whole git history. On GitHub use actions/checkout with fetch-depth: 0; on GitLab set GIT_DEPTH: 0.`;
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
				if (isPreviewAddress())
					logger.warn(
						`Bản xem trước: địa chỉ công khai vẫn là ${PLACEHOLDER_URL}; mỗi trang ghi rõ điều đó. Đặt SITE_URL trước khi công bố. / ` +
							`Preview build: the public address is still ${PLACEHOLDER_URL}, and every page says so. Set SITE_URL before publishing.`,
					);
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
