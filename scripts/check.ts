/**
 * `npm run check`: validates the content folder (CONTENT_DIR or content/) without rendering pages,
 * prints every problem in Vietnamese and English, and exits 1 when there is any, 0 when clean.
 */
import { checkContent, displayPath, resolveContentDir } from '../src/lib/io/read-content.ts';
import { formatProblems, summarizeProblems } from '../src/lib/validate/problem.ts';

const dir = resolveContentDir();
const started = performance.now();
const { model, problems } = checkContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
	console.error(formatProblems(problems));
	console.error(`\n${summarizeProblems(problems)}`);
	process.exitCode = 1;
} else {
	const counts = [
		`${model.provinces.length} tỉnh/provinces`,
		`${model.communes.length} xã/communes`,
		`${model.decisions.length} quyết định/decisions`,
		`${model.assignments.length} phân công/assignments`,
		`${model.findings.length} phát hiện/findings`,
	];
	console.log(`${displayPath(dir)}: ${counts.join(', ')} (${seconds}s)`);
	console.log(summarizeProblems(problems));
}
