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
import { displayPath } from '../src/lib/io/read-content.ts';
import { buildNewSite, laterChangeOf, type NewSite, type NewSiteProblem } from '../src/lib/scaffold/new-site.ts';

const USAGE = `Cách dùng / Usage:
  npm run new:site -- --province 11 --out ../minh-bach-dien-bien [--url https://sonoivu.dienbien.gov.vn] [--title-vi "Tiêu đề"] [--title-en "Title"]
  (--province: mã 2 chữ số của tỉnh, thành phố / the 2-digit province code; --out: một thư mục mới / a new folder)`;

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
	fail([{ vi: 'Tùy chọn không hợp lệ.', en: (error as Error).message }]);
}
const { province, out, url, help } = args!.values;
if (help) {
	console.log(USAGE);
	process.exit(0);
}
if (province === undefined || out === undefined) fail([{ vi: 'Cần --province và --out.', en: '--province and --out are required.' }]);

// Every problem at once: the options, then the folder.
const outDir = resolve(out!);
const built = buildNewSite(readNationalLists(), { province: province!, url, titleVi: args!.values['title-vi'], titleEn: args!.values['title-en'] });
const folderProblem = checkOutFolder(outDir);
if ('problems' in built || folderProblem) fail([...('problems' in built ? built.problems : []), ...(folderProblem ? [folderProblem] : [])]);
const { site } = built as { site: NewSite };

for (const path of writeNewSite(outDir, site)) console.log(`Đã tạo / Created: ${displayPath(path)}`);
const later = laterChangeOf(site.province.code);
if (later) console.warn(`\nChú ý: ${later.vi}\nNote: ${later.en}`);
const content = displayPath(join(outDir, 'content'));
console.log(`
${site.province.full_name}: ${site.communes} xã, phường, đặc khu / commune-level units.
Tiếp theo / Next:
  1. CONTENT_DIR=${content} npm run check
  2. Thay content/ và site.config.ts của bản sao kho mã bằng hai thứ này; điền mọi "CHƯA ĐIỀN" trong site.config.ts.
     Replace the copied repository's content/ and site.config.ts with these; fill in every "TO FILL IN" in site.config.ts.
  3. npm run new:decision -- --number …/QĐ-UBND --date dd/mm/yyyy --province ${site.province.code}`);
