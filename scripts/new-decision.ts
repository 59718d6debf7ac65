/**
 * `npm run new:decision -- --number 123/QĐ-UBND --date 01/02/2026 --province 11 [--title "…"]`: writes
 * the skeleton of content/decisions/<id>.mdx (under CONTENT_DIR), every frontmatter field with a comment
 * saying what goes there. Asks nothing; never replaces an existing file.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDate } from '../src/schemas/common.ts';
import { DecisionNumberSchema } from '../src/schemas/decision.ts';
import { writeNewFile } from '../src/lib/io/new-decision-files.ts';
import { CONTENT_LAYOUT, displayPath, readContent, resolveContentDir } from '../src/lib/io/read-content.ts';
import { buildDecisionSkeleton } from '../src/lib/scaffold/decision-skeleton.ts';
import { decisionId, slugify } from '../src/lib/slug.ts';

const USAGE = `Cách dùng / Usage:
  npm run new:decision -- --number 123/QĐ-UBND --date 01/02/2026 --province 11 [--title "Tiêu đề"]
  (--number có thể bỏ nếu quyết định chưa công bố số hiệu / leave out --number when none was published)`;

const fail = (vi: string, en: string): never => {
	console.error(`${vi}\n${en}\n\n${USAGE}`);
	process.exit(1);
};

let args;
try {
	args = parseArgs({
		options: {
			number: { type: 'string' },
			date: { type: 'string' },
			province: { type: 'string' },
			title: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
	});
} catch (error) {
	fail('Tùy chọn không hợp lệ.', (error as Error).message);
}
const { number, date, province, title, help } = args!.values;
if (help) {
	console.log(USAGE);
	process.exit(0);
}
if (date === undefined || province === undefined) fail('Cần --date và --province.', '--date and --province are required.');
const iso = parseDate(date!);
if (!iso) fail(`Ngày "${date}" không đúng dạng dd/mm/yyyy.`, `Date "${date}" is not in the form dd/mm/yyyy.`);
const parsedNumber = number === undefined ? undefined : DecisionNumberSchema.safeParse(number);
if (parsedNumber && !parsedNumber.success) {
	fail(`Số hiệu "${number}" không đúng dạng, ví dụ "2446/QĐ-UBND".`, `Number "${number}" is not in the official form, e.g. "2446/QĐ-UBND".`);
}

const contentDir = resolveContentDir();
const { records } = readContent(contentDir);
const provinceRecord = records.provinces.find((record) => record.data.code === province)?.data;
if (!provinceRecord) {
	fail(`Không có tỉnh mã "${province}" trong ${displayPath(join(contentDir, CONTENT_LAYOUT.provinces))}.`, `There is no province with code "${province}".`);
}
const { name, type } = provinceRecord!;
const city = type.toLowerCase().startsWith('thành phố');
const id = decisionId({ number: parsedNumber?.data, date: iso! }, slugify(name));
const path = join(contentDir, CONTENT_LAYOUT.decisions, `${id}.mdx`);
const values = {
	...(parsedNumber?.data === undefined ? {} : { number: parsedNumber.data }),
	province: province!,
	date: date!,
	issuer: `Ủy ban nhân dân ${city ? 'thành phố' : 'tỉnh'} ${name}`,
	issuer_en: `${name} ${city ? 'City' : 'Provincial'} People's Committee`,
	...(title === undefined ? {} : { title }),
};
if (!writeNewFile(path, buildDecisionSkeleton(values))) {
	fail(`Tệp ${displayPath(path)} đã có; không ghi đè. Mở tệp đó để sửa.`, `${displayPath(path)} already exists and is not replaced. Open it to edit it.`);
}
console.log(`Đã tạo / Created: ${displayPath(path)}`);
console.log('Điền các ô "" rồi chạy "npm run check". / Fill in every "", then run "npm run check".');
