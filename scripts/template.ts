/**
 * `npm run template -- --decision <decision-id> [--out FILE] [--force]` or `npm run template --
 * --province <code> [--out FILE] [--force]`: writes an .xlsx template for `npm run import`, with a
 * guide, the headers the importer reads and drop-down lists of the province's communes, agencies and
 * specialties (and, for a decision, its categories and sources), from the content under CONTENT_DIR.
 * Writes `mau-phan-cong-<id>.xlsx` in the working folder by default; never overwrites without --force.
 */
import { parseArgs } from 'node:util';
import { TEMPLATE_SHEETS, templateFileName, type TemplateTarget } from '../src/lib/import/template.ts';
import { writeTemplateFile } from '../src/lib/io/template-files.ts';
import { displayPath, resolveContentDir } from '../src/lib/io/read-content.ts';
import { formatProblems } from '../src/lib/validate/problem.ts';
import { bilingual, joinLanguages } from '../src/lib/i18n.ts';

const USAGE = `${joinLanguages(bilingual('command.usage'))}:
  npm run template -- --decision <mã quyết định> [--out TỆP.xlsx] [--force]
  npm run template -- --province <mã tỉnh> [--out TỆP.xlsx] [--force]
${joinLanguages(bilingual('command.example'))}:
  npm run template -- --decision 2446-qd-ubnd-2025`;

const OPTIONS = {
	decision: { type: 'string' },
	province: { type: 'string' },
	out: { type: 'string' },
	force: { type: 'boolean', default: false },
	help: { type: 'boolean', default: false },
} as const;
let args;
try {
	args = parseArgs({ allowPositionals: false, options: OPTIONS });
} catch (error) {
	console.error(`${(error as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
const { decision, province } = args.values;
if (args.values.help || (decision === undefined) === (province === undefined)) {
	console.error(USAGE);
	process.exit(args.values.help ? 0 : 2);
}

const target: TemplateTarget = decision !== undefined ? { decision } : { province: province! };
const output = args.values.out ?? templateFileName(target);
const { lists, problems } = writeTemplateFile(resolveContentDir(), target, output, args.values.force);
if (!lists) {
	console.log(formatProblems(problems));
	console.log(`\n${joinLanguages(bilingual('command.nothing-written'))}`);
	process.exit(1);
}
const counts = lists.lists
	.filter((list) => list.column !== undefined)
	.map((list) => `${list.heading}: ${list.values.length}`)
	.join(', ');
const written = bilingual('command.template.written', {
	file: displayPath(output),
	counts,
	sheet: TEMPLATE_SHEETS.data,
	decision: lists.decision?.id ?? bilingual('template.decision-id'),
});
console.log(written.vi);
console.log(written.en);
