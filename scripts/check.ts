/**
 * `npm run check`: validates the content folder (CONTENT_DIR or content/) without rendering pages,
 * prints every problem in Vietnamese and English (a long report grouped by file and kind, the rest
 * counted), and exits 1 when there is any, 0 when clean. `--report FILE` also writes every problem, in
 * full, as JSON. `--format github` prints GitHub workflow commands (an annotation per problem on the
 * pull request), `--format gitlab` a GitLab Code Quality report (JSON), `--format json` the problems as
 * JSON; the human report then goes to standard error.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { site } from '../site.config.ts';
import { checkContent, displayPath, resolveContentDir } from '../src/lib/io/read-content.ts';
import { formatReport, sortProblems, summarizeProblems } from '../src/lib/validate/problem.ts';
import { formatGithub, formatGitlab, formatJson } from '../src/lib/validate/report-formats.ts';

const AS_OF_BASIS = {
	config: 'site.config.ts',
	'source-date-epoch': 'SOURCE_DATE_EPOCH',
	git: 'commit cuối / last commit',
	content: 'ngày muộn nhất trong nội dung / latest content date',
} as const;

const { values: options } = parseArgs({ options: { report: { type: 'string' }, format: { type: 'string', default: 'text' } } });
const FORMATS = ['text', 'github', 'gitlab', 'json'];
if (!FORMATS.includes(options.format)) {
	console.error(`--format phải là một trong / must be one of: ${FORMATS.join(', ')}`);
	process.exit(2);
}
const dir = resolveContentDir();
const started = performance.now();
const { model, problems, asOf } = checkContent(dir, site.asOf);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (options.report) writeFileSync(options.report, `${JSON.stringify(sortProblems(problems), null, 1)}\n`);
// Machine formats on standard output (empty when clean, so a report file is always valid); the human report on standard error.
if (options.format === 'github' && problems.length > 0) console.log(formatGithub(problems));
if (options.format === 'gitlab') console.log(JSON.stringify(formatGitlab(problems), null, 1));
if (options.format === 'json') process.stdout.write(formatJson(problems));
const out = options.format === 'text' ? console.log : console.error;
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
	out(`${displayPath(dir)}: ${counts.join(', ')} (${seconds}s)`);
	out(`Ngày tính trạng thái / as-of day: ${asOf.day} (${AS_OF_BASIS[asOf.basis]})`);
	out(summarizeProblems(problems));
}
