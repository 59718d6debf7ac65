import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { buildEn } from '../../src/i18n/build.en.ts';
import { buildVi } from '../../src/i18n/build.vi.ts';
import { commandsEn } from '../../src/i18n/commands.en.ts';
import { commandsVi } from '../../src/i18n/commands.vi.ts';
import { vi, type MessageKey } from '../../src/i18n/vi.ts';
import { changeNamesEn, changePartsEn, changesEn } from '../../src/i18n/changes.en.ts';
import { changeNamesVi, changePartsVi, changesVi } from '../../src/i18n/changes.vi.ts';
import { findingsEn } from '../../src/i18n/findings.en.ts';
import { findingsVi } from '../../src/i18n/findings.vi.ts';
import { reportEn } from '../../src/i18n/report.en.ts';
import { reportVi } from '../../src/i18n/report.vi.ts';
import { scaffoldEn } from '../../src/i18n/scaffold.en.ts';
import { scaffoldVi } from '../../src/i18n/scaffold.vi.ts';
import { importPartsEn, importProblemsEn } from '../../src/i18n/import.en.ts';
import { importPartsVi, importProblemsVi } from '../../src/i18n/import.vi.ts';
import { problemPartsEn, problemsEn } from '../../src/i18n/problems.en.ts';
import { problemPartsVi, problemsVi } from '../../src/i18n/problems.vi.ts';
import { bilingual, catalogue, localize, t, template, type TextKey } from '../../src/lib/i18n.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!).sort();

describe('UI strings', () => {
	test('English has every Vietnamese key and nothing else', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
	});

	test.each(Object.keys(vi) as MessageKey[])('%s: both languages name the same placeholders', (key) => {
		expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
	});

	test('fills every placeholder, in both languages', () => {
		expect(t('vi', 'decisions.all', { n: 10 })).toBe(vi['decisions.all'].replace('{n}', '10'));
		expect(t('en', 'decisions.all', { n: 10 })).not.toMatch(/\{n\}/u);
	});

	test('a missing or misspelt placeholder value does not compile (npm run check:types fails on an unused expectation)', () => {
		// @ts-expect-error: "decisions.all" names {n}.
		expect(t('vi', 'decisions.all')).toContain('{n}');
		// @ts-expect-error: there is no {count} in it.
		expect(t('vi', 'decisions.all', { count: 3 })).toContain('{n}');
		// @ts-expect-error: "nav.home" takes nothing.
		expect(t('en', 'nav.home', { n: 1 })).not.toContain('{');
	});

	test("leaves placeholders in for the search page's script when asked for the template", () => {
		expect(template('vi', 'decisions.all')).toContain('{n}');
	});
});

/** Each area's catalogue in both languages: they make one key space with the UI strings. */
const AREAS: [name: string, vi: Readonly<Record<string, string>>, en: Readonly<Record<string, string>>][] = [
	['UI strings', vi, en],
	['problems', problemsVi, problemsEn],
	['parts of problems', problemPartsVi, problemPartsEn],
	['import problems', importProblemsVi, importProblemsEn],
	['parts of import problems and notes', importPartsVi, importPartsEn],
	['findings and figures', findingsVi, findingsEn],
	['change log sentences', changesVi, changesEn],
	['change log clauses and words', changePartsVi, changePartsEn],
	['names of fields and lists in the change log', changeNamesVi, changeNamesEn],
	['reports of problems', reportVi, reportEn],
	['scaffolding commands', scaffoldVi, scaffoldEn],
	['what a build says about publishing', buildVi, buildEn],
	['what the command-line tools print', commandsVi, commandsEn],
];

describe('the catalogues', () => {
	test.each(AREAS)('%s: English has every Vietnamese key and nothing else', (_, viTexts, enTexts) => {
		expect(Object.keys(enTexts).sort()).toEqual(Object.keys(viTexts).sort());
	});

	test('no two areas use the same key, so the one key space holds them all', () => {
		expect(Object.keys(catalogue('vi'))).toHaveLength(AREAS.reduce((sum, [, viTexts]) => sum + Object.keys(viTexts).length, 0));
		expect(Object.keys(catalogue('en')).sort()).toEqual(Object.keys(catalogue('vi')).sort());
	});

	test.each(Object.keys(catalogue('vi')) as TextKey[])('%s: both languages name the same placeholders', (key) => {
		expect(placeholders(catalogue('en')[key])).toEqual(placeholders(catalogue('vi')[key]));
	});

	test('renders a key in both languages at once, a value given per language filling each with its own', () => {
		expect(bilingual('problem.csv.delimiter', { separator: { vi: 'phím Tab', en: 'tabs' } })).toEqual({
			vi: 'Tệp dùng phím Tab để ngăn cách cột, không phải dấu phẩy. Trong bảng tính, lưu lại tệp dưới dạng "CSV UTF-8 (Comma delimited)".',
			en: 'The file separates columns with tabs, not commas. Save it again from the spreadsheet as "CSV UTF-8 (Comma delimited)".',
		});
	});

	test('a key of any area checks its placeholders as the UI strings do (npm run check:types fails on an unused expectation)', () => {
		// @ts-expect-error: "finding.named" names {n}.
		expect(bilingual('finding.named', {}).en).toContain('{n}');
		// @ts-expect-error: "change.row.named" takes nothing.
		expect(t('vi', 'change.row.named', { n: 1 })).toBe('một người được nêu tên');
		expect(t('en', 'change.rows.other', { n: 3 })).toBe('3 itemized assignments');
	});

	test('formats a value per language with one function', () => {
		expect(localize((lang) => (lang === 'vi' ? 'một' : 'one'))).toEqual({ vi: 'một', en: 'one' });
	});

	test('a brace in prose is not a placeholder: it takes no value', () => {
		// @ts-expect-error: "problem.narrative.expression" names {found} only, not the "{ và \\}" of its advice.
		expect(bilingual('problem.narrative.expression', { found: '{', other: 'x' }).vi).toContain('\\{ và \\}');
		expect(bilingual('problem.narrative.expression', { found: '{' }).en).toContain('A curly brace { in the narrative');
	});
});
