/**
 * `npm run check`: validates the content folder (CONTENT_DIR or content/) without rendering pages,
 * prints every problem in Vietnamese and English (a long report grouped by file and kind, the rest
 * counted), and exits 1 when there is any, 0 when clean. `--report FILE` also writes every problem, in
 * full, as JSON.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { site } from '../site.config.ts';
import { checkContent, displayPath, resolveContentDir } from '../src/lib/io/read-content.ts';
import { formatReport, sortProblems, summarizeProblems } from '../src/lib/validate/problem.ts';

const AS_OF_BASIS = {
	config: 'site.config.ts',
	'source-date-epoch': 'SOURCE_DATE_EPOCH',
	git: 'commit cuối / last commit',
	content: 'ngày muộn nhất trong nội dung / latest content date',
} as const;

const { values: options } = parseArgs({ options: { report: { type: 'string' } } });
const dir = resolveContentDir();
const started = performance.now();
const { model, problems, asOf } = checkContent(dir, site.asOf);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (options.report) writeFileSync(options.report, `${JSON.stringify(sortProblems(problems), null, 1)}\n`);
if (problems.length > 0) {
	console.error(formatReport(problems));
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
	console.log(`Ngày tính trạng thái / as-of day: ${asOf.day} (${AS_OF_BASIS[asOf.basis]})`);
	console.log(summarizeProblems(problems));
}
