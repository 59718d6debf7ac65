import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/io/read-content.ts';
import { MESSAGES } from '../../src/lib/validate/messages.ts';
import { asOfOf, materializeCase, reportOf, REPORT } from './fixture.ts';

/**
 * One case per error path: `tests/fixtures/malformed-<name>/` holds the files that differ from
 * `tests/fixtures/minimal` (and `remove.txt` for files it deletes). Each case names the problem codes
 * it must produce (and no others), and its full report — file, row, column, Vietnamese and English —
 * is pinned in `report.txt` beside the defect.
 */
const CASES: [name: string, codes: string[], defect: string][] = [
	// Files and CSV syntax
	['utf16', ['file.encoding'], 'a communes CSV saved as UTF-16 (what Excel calls "Unicode text")'],
	['not-utf8', ['file.encoding'], 'a specialties CSV saved in the Windows-1258 code page'],
	['file-unreadable', ['folder.nested'], 'a folder named like a CSV file inside communes/'],
	['csv-empty', ['csv.empty'], 'an empty needs CSV'],
	['csv-delimiter', ['csv.delimiter'], 'a communes CSV saved with semicolons between columns'],
	['csv-syntax', ['csv.syntax'], 'an agency row with an unclosed quote'],
	['csv-field-count', ['csv.field-count', 'assignment.person-without-source'], 'assignment rows with one cell too many and two too few'],
	['csv-duplicate-column', ['csv.duplicate-column'], 'an assignments header with "specialty" twice'],
	['missing-column', ['csv.missing-column'], 'a communes CSV without the required name_en column'],
	['unknown-column', ['csv.unknown-column'], 'an assignments CSV with a column the format does not have'],
	['missing-template-column', ['csv.missing-template-column'], 'an assignments CSV without its agency, specialty, person_name and note columns'],
	['independent-problems', ['date.format', 'assignment.person-without-source'], 'one row with an impossible date and a name without its source: both reported at once'],
	// Personal data
	['personal-column', ['personal.column'], 'phone-number and citizen-ID columns in an assignments CSV'],
	['personal-value', ['personal.value'], 'a 12-digit ID, phone numbers and an e-mail address in free-text cells'],
	['person-without-source', ['assignment.person-without-source'], 'a name and a post without the source that published them'],
	// Cell formats
	['missing-value', ['value.missing'], 'commune rows with empty required cells'],
	['bad-commune-code', ['code.commune'], 'a commune code that lost its leading zero'],
	['bad-date', ['date.format', 'date.partial'], 'impossible and unknown date forms in assignments and decisions'],
	['several-problems-one-row', ['date.format', 'ref.agency', 'ref.specialty'], 'one assignment row with an impossible date, a mistyped agency and a mistyped specialty: all three reported'],
	['id-format', ['id.format'], 'Vietnamese names where ids are expected'],
	['reference-formats', ['province.type', 'code.province', 'commune.type', 'number.decimal', 'count.format', 'agency.kind', 'url.format'], 'bad values in reference lists'],
	// Decision frontmatter
	['missing-frontmatter', ['frontmatter.missing'], 'a decision file without its opening "---"'],
	['missing-frontmatter-unclosed', ['frontmatter.missing'], 'a decision file without its closing "---"'],
	['yaml-syntax', ['yaml.syntax'], 'an unclosed quote, a bad indent and a key written twice'],
	['frontmatter-unknown-field', ['field.unknown'], 'a misspelt field at the top and inside a source'],
	['frontmatter-empty-text', ['text.empty'], 'empty and blank titles'],
	['frontmatter-wrong-type', ['value.type'], 'a number where text is expected, a list where a count is, numbers in a list of codes, text where a list is'],
	['frontmatter-enum', ['value.enum'], 'a source kind and a qualifier outside their lists'],
	['bad-decision-number', ['decision.number'], 'a decision number that is not in the official form'],
	['decision-kind', ['decision.kind'], 'a decision kind outside the list'],
	['decision-date-missing', ['decision.date-missing'], 'a decision with neither date nor announced'],
	['decision-end-and-duration', ['decision.end-and-duration'], 'a decision with both end and duration_months'],
	['decision-duration-without-start', ['decision.duration-without-start'], 'a duration with no start'],
	['decision-sources-min', ['sources.min'], 'a decision with no source'],
	['count-format', ['count.format'], 'counts written with words or a minus sign'],
	['source-format', ['sha256.format', 'url.format', 'lang.format'], 'a short checksum, an address without https:// and a 3-letter language code'],
	['decision-duplicate-source-category', ['decision.duplicate-source', 'decision.duplicate-category'], 'a source id and a category id used twice'],
	// Decisions together
	['file-name', ['decision.file-name'], 'a decision file not named by its id'],
	['duplicate-decision-number', ['decision.duplicate-number'], 'two decisions of one province with one number in one year'],
	['duplicate-decision-id', ['decision.duplicate-id'], 'two unnumbered decisions of one province on one day'],
	['unknown-decision-reference', ['decision.unknown-reference'], 'a decision that extends and amends decisions that do not exist'],
	['unknown-source', ['decision.unknown-source'], 'source ids that the decision does not list'],
	// References and integrity
	['assignments-unknown-decision', ['assignment.unknown-decision'], 'an assignments file named after no decision'],
	['unknown-commune', ['ref.commune'], 'unknown commune codes and a commune of another province'],
	['commune-not-covered', ['assignment.commune-not-covered'], 'a row for a commune the decision does not name'],
	['unknown-agency', ['ref.agency'], 'a mistyped and an unknown agency'],
	['unknown-parent-agency', ['ref.parent-agency'], 'an agency whose parent is not listed'],
	['unknown-specialty', ['ref.specialty'], 'unknown specialties in assignments, needs and shortages'],
	['unknown-province', ['ref.province'], 'a commune and an agency of provinces not listed'],
	['category-required', ['assignment.category-required'], 'a row without category in a decision with two'],
	['category-unknown', ['assignment.unknown-category'], 'rows with categories their decisions do not declare'],
	['end-before-start', ['period.end-before-start'], 'rows and a decision that end before they start'],
	['outside-decision-period', ['period.outside-decision'], 'rows that start before or end after their decision'],
	['duplicate-row', ['assignment.duplicate-row'], 'the same assignment twice (once with a trailing space)'],
	['duplicate-code', ['duplicate.code'], 'a commune code in two files and a specialty id twice in one'],
	['slug-collision', ['duplicate.slug'], 'two communes of one province whose names give one path'],
	['duplicate-need', ['duplicate.need'], 'two needs for one commune, specialty and assessment date'],
	['area-without-source', ['commune.area-without-source'], 'an area and a population without their source'],
	['empty-content', ['content.missing'], 'a content folder with nothing in it'],
	// Content is data, never code: narratives, one reading of YAML, the file system, every text, plausibility
	['narrative-code', ['narrative.esm', 'narrative.expression'], 'export, import and {expressions} that would read a deploy token, a file outside content/ and write a marker'],
	['narrative-html', ['narrative.html', 'narrative.comment'], 'a script, an image with onerror, an iframe, a javascript: link, a comment, <br> and a component in a narrative'],
	['narrative-links', ['narrative.image', 'narrative.link'], 'a portrait, javascript:, relative, data: and vbscript: links in a narrative'],
	['personal-free-text', ['personal.value'], 'ID, phone, landline, birth year, home address, e-mail and passport numbers in CSV notes, frontmatter and narrative'],
	['contradictions', ['decision.extends-and-ends', 'csv.excel-separator', 'csv.header-repeated', 'id.reserved'], 'a decision that extends and ends one decision, Excel\'s sep= first line, a header repeated as a row, an agency id Windows refuses'],
	['misplaced', ['file.folder', 'csv.header-empty', 'file.encoding'], 'provinces.csv as a folder, an empty line above a header, and a decision saved as UTF-16'],
	['names-in-notes', ['assignment.name-outside-column', 'personal.value'], 'a person named in the role and the note of a row, with an age, and no source'],
	['personal-in-addresses', ['personal.value', 'text.character'], 'ID and phone numbers in a source URL\'s query and path, private mailto: addresses, an e-mail in an agency\'s source, a phone and an ID split by bold, a right-to-left override encoded in a link'],
	['yaml-one-reading', ['yaml.alias', 'yaml.tag', 'yaml.number'], 'an alias bomb, a type tag and counts written 0x5 and 3.0e0'],
	['files-layout', ['file.extension', 'folder.nested', 'file.unknown', 'folder.unknown', 'file.hidden', 'folder.expected'], 'a decision saved as .md, a CSV with an upper-case extension, assignments in a sub-folder, a stray text file, a photo folder, a .DS_Store and needs as a file'],
	['text-hygiene', ['text.character', 'text.foreign-letter'], 'NUL, a zero-width space in a code, right-to-left override, a Cyrillic letter in an id, BOM inside text, an isolate in a narrative'],
	['plausibility', ['count.range', 'date.range'], 'a 17-digit total, 1,000 months, and assignment periods from 1900 and to 2999'],
	['plausibility-relations', ['date.after-as-of', 'decision.self-reference', 'decision.cycle'], 'a source dated 18/10/2098 on the as-of day 01/04/2026, a decision that amends itself and two that end each other'],
	['lengths', ['text.too-long', 'decision.number'], 'a 300-character agency id, commune name and decision number'],
	['paths', ['path.empty', 'path.reserved', 'path.collision', 'path.chart-collision', 'area.range', 'agency.parent-cycle', 'decision.announced-before-date'], 'names without letters, a province named like a site page or like another province, a commune whose chart would replace its province\'s, a 400-digit area, bodies under each other or themselves, an announcement before the signature'],
	['deep', ['content.too-deep'], 'a narrative quoted 200 deep and listed 300 deep, and a frontmatter list 40 deep'],
	// The broken copy the command-line tests run: problems in several files at once
	['several-files', ['code.commune', 'ref.agency', 'date.format', 'commune.type', 'ref.specialty'], 'broken rows in assignments, communes and needs'],
];

/**
 * Codes no content file can produce: zod issue kinds our schemas never raise, and a Markdown construct
 * the parser's options leave out (footnotes, math), and an I/O error the tests cannot provoke as root,
 * kept as safety nets.
 */
const UNREACHABLE_FROM_FILES = ['value.too-small', 'value.invalid', 'narrative.unsupported', 'file.unreadable'];

/** Codes that need what a fixture folder cannot hold (links, pipes, names git would mangle): tests/lib/io/content-files.test.ts makes them. */
const MADE_AT_RUN_TIME = ['file.symlink', 'file.special', 'file.name-collision', 'file.name-too-long', 'file.too-large', 'file.name-characters'];

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('malformed content', () => {
	test.each(CASES)('malformed-%s reports exactly %j (%s)', async (name, codes) => {
		const dir = materializeCase(name);
		dirs.push(dir);
		const { problems } = checkContent(dir, asOfOf(name));
		expect([...new Set(problems.map((p) => p.code))].sort()).toEqual([...codes].sort());
		await expect(`${reportOf(dir, asOfOf(name))}\n`).toMatchFileSnapshot(`../fixtures/malformed-${name}/${REPORT}`);
	});

	test('every problem code in the catalogue is produced by a malformed case or listed as unreachable from files', () => {
		const covered = new Set([...CASES.flatMap(([, codes]) => codes), ...UNREACHABLE_FROM_FILES, ...MADE_AT_RUN_TIME]);
		expect(Object.keys(MESSAGES).filter((code) => !covered.has(code))).toEqual([]);
	});

	test('every problem of every case names its file, and every CSV problem below the header names a column or is a whole-row problem', () => {
		const wholeRow = new Set(['csv.field-count', 'assignment.duplicate-row', 'duplicate.need', 'csv.syntax', 'csv.header-repeated']);
		for (const [name] of CASES) {
			const dir = materializeCase(name);
			dirs.push(dir);
			for (const problem of checkContent(dir, asOfOf(name)).problems) {
				expect(problem.file).toMatch(/\S/u);
				if (problem.file.endsWith('.csv') && (problem.row ?? 0) > 1 && !wholeRow.has(problem.code)) expect(problem.column, `${name}: ${problem.code}`).toBeDefined();
			}
		}
	});
});
