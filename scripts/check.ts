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
import { bilingual, joinLanguages, t } from '../src/lib/i18n.ts';

const AS_OF_BASIS = {
	config: 'site.config.ts',
	'source-date-epoch': 'SOURCE_DATE_EPOCH',
	git: joinLanguages(bilingual('command.check.basis.git')),
	content: joinLanguages(bilingual('command.check.basis.content')),
} as const;

const { values: options } = parseArgs({ options: { report: { type: 'string' }, format: { type: 'string', default: 'text' } } });
const FORMATS = ['text', 'github', 'gitlab', 'json'];
if (!FORMATS.includes(options.format)) {
	console.error(`--format ${joinLanguages(bilingual('command.check.format'))}: ${FORMATS.join(', ')}`);
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
	// "5 tỉnh/provinces": the count once, then the word in each language.
	const count = (n: number, key: `command.check.${'provinces' | 'communes' | 'decisions' | 'assignments' | 'findings'}`): string =>
		`${n} ${t('vi', key)}/${t('en', key)}`;
	const counts = [
		count(model.provinces.length, 'command.check.provinces'),
		count(model.communes.length, 'command.check.communes'),
		count(model.decisions.length, 'command.check.decisions'),
		count(model.assignments.length, 'command.check.assignments'),
		count(model.findings.length, 'command.check.findings'),
	];
	out(`${displayPath(dir)}: ${counts.join(', ')} (${seconds}s)`);
	out(`${joinLanguages(bilingual('command.check.as-of'))}: ${asOf.day} (${AS_OF_BASIS[asOf.basis]})`);
	out(summarizeProblems(problems));
}
