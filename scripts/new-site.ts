/**
 * `npm run new:site -- --province 11 --out ../minh-bach-dien-bien [--url https://…] [--title-vi "…"] [--title-en "…"]`:
 * writes a new province's site skeleton into a new folder: content/ with only the official lists
 * (34 provinces, the province's communes, the project's fields of expertise, an agencies file with its
 * header row, empty decisions/ and assignments/, SOURCES.md) and a site.config.ts. Invents nothing;
 * never writes into a folder that is not empty.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkOutFolder, readNationalLists, writeNewSite } from '../src/lib/io/new-site-files.ts';
import { bilingual, joinLanguages, t } from '../src/lib/i18n.ts';
import { displayPath } from '../src/lib/io/read-content.ts';
import { buildNewSite, laterChangeOf, type NewSite, type NewSiteProblem } from '../src/lib/scaffold/new-site.ts';

const USAGE = `${joinLanguages(bilingual('command.usage'))}:
  npm run new:site -- --province 11 --out ../minh-bach-dien-bien [--url https://sonoivu.dienbien.gov.vn] [--title-vi "Tiêu đề"] [--title-en "Title"]
  (--province: ${joinLanguages(bilingual('scaffold.usage.province'))}; --out: ${joinLanguages(bilingual('scaffold.usage.out'))})`;

const fail = (problems: readonly NewSiteProblem[]): never => {
	console.error(`${problems.map((p) => `${p.vi}\n${p.en}`).join('\n\n')}\n\n${USAGE}`);
	process.exit(1);
};

let args;
try {
	args = parseArgs({
		options: {
			province: { type: 'string' },
			out: { type: 'string' },
			url: { type: 'string' },
			'title-vi': { type: 'string' },
			'title-en': { type: 'string' },
			help: { type: 'boolean', default: false },
		},
	});
} catch (error) {
	// Node's own message says what is wrong, in English.
	fail([{ vi: t('vi', 'scaffold.options.invalid'), en: (error as Error).message }]);
}
const { province, out, url, help } = args!.values;
if (help) {
	console.log(USAGE);
	process.exit(0);
}
if (province === undefined || out === undefined) fail([bilingual('scaffold.options.required')]);

// Every problem at once: the options, then the folder.
const outDir = resolve(out!);
const built = buildNewSite(readNationalLists(), { province: province!, url, titleVi: args!.values['title-vi'], titleEn: args!.values['title-en'] });
const folderProblem = checkOutFolder(outDir);
if ('problems' in built || folderProblem) fail([...('problems' in built ? built.problems : []), ...(folderProblem ? [folderProblem] : [])]);
const { site } = built as { site: NewSite };

for (const path of writeNewSite(outDir, site)) console.log(`${joinLanguages(bilingual('scaffold.created'))}: ${displayPath(path)}`);
const later = laterChangeOf(site.province.code);
if (later) console.warn(`\n${t('vi', 'scaffold.note')}: ${later.vi}\n${t('en', 'scaffold.note')}: ${later.en}`);
const content = displayPath(join(outDir, 'content'));
const replace = bilingual('scaffold.next.replace', { fill: bilingual('scaffold.fill-in') });
console.log(`
${site.province.full_name}: ${site.communes} ${joinLanguages(bilingual('scaffold.units'))}.
${joinLanguages(bilingual('scaffold.next'))}:
  1. CONTENT_DIR=${content} npm run check
  2. ${replace.vi}
     ${replace.en}
  3. npm run new:decision -- --number …/QĐ-UBND --date dd/mm/yyyy --province ${site.province.code}`);
