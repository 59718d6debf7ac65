import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { vi, type MessageKey } from '../../src/i18n/vi.ts';
import { t, template } from '../../src/lib/i18n.ts';

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
