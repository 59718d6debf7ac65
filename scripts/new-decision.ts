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
import { bilingual, joinLanguages, t, type Localized } from '../src/lib/i18n.ts';
import { buildDecisionSkeleton } from '../src/lib/scaffold/decision-skeleton.ts';
import { decisionId, slugify } from '../src/lib/slug.ts';

const USAGE = `${joinLanguages(bilingual('command.usage'))}:
  npm run new:decision -- --number 123/QĐ-UBND --date 01/02/2026 --province 11 [--title "Tiêu đề"]
  (${joinLanguages(bilingual('scaffold.decision.usage.number'))})`;

const fail = ({ vi, en }: Localized): never => {
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
	// Node's own message says what is wrong, in English.
	fail({ vi: t('vi', 'scaffold.options.invalid'), en: (error as Error).message });
}
const { number, date, province, title, help } = args!.values;
if (help) {
	console.log(USAGE);
	process.exit(0);
}
if (date === undefined || province === undefined) fail(bilingual('scaffold.decision.options.required'));
const iso = parseDate(date!);
if (!iso) fail(bilingual('scaffold.decision.date', { date: date! }));
const parsedNumber = number === undefined ? undefined : DecisionNumberSchema.safeParse(number);
if (parsedNumber && !parsedNumber.success) {
	fail(bilingual('scaffold.decision.number', { number: number! }));
}

const contentDir = resolveContentDir();
const { records } = readContent(contentDir);
const provinceRecord = records.provinces.find((record) => record.data.code === province)?.data;
if (!provinceRecord) {
	// The Vietnamese sentence names the file, the English one does not: two keys, not one.
	fail({
		vi: t('vi', 'scaffold.decision.province.in', { province: province!, path: displayPath(join(contentDir, CONTENT_LAYOUT.provinces)) }),
		en: t('en', 'scaffold.decision.province', { province: province! }),
	});
}
const { name, type } = provinceRecord!;
const issuer = bilingual(type.toLowerCase().startsWith('thành phố') ? 'scaffold.decision.issuer.city' : 'scaffold.decision.issuer.province', { name });
const id = decisionId({ number: parsedNumber?.data, date: iso! }, slugify(name));
const path = join(contentDir, CONTENT_LAYOUT.decisions, `${id}.mdx`);
const values = {
	...(parsedNumber?.data === undefined ? {} : { number: parsedNumber.data }),
	province: province!,
	date: date!,
	issuer: issuer.vi,
	issuer_en: issuer.en,
	...(title === undefined ? {} : { title }),
};
if (!writeNewFile(path, buildDecisionSkeleton(values))) {
	fail(bilingual('scaffold.decision.exists', { path: displayPath(path) }));
}
console.log(`${joinLanguages(bilingual('scaffold.created'))}: ${displayPath(path)}`);
console.log(joinLanguages(bilingual('scaffold.decision.next')));
