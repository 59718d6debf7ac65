import { describe, expect, test } from 'vitest';
import { site } from '../../site.config.ts';
import { defineSite } from '../../src/schemas/site-config.ts';

const good = {
	url: 'https://sonoivu.dienbien.gov.vn',
	base: '/',
	title: { vi: 'Minh Bạch Điện Biên', en: 'Minh Bach Dien Bien' },
	publisher: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' },
	contact: 'sonoivu@dienbien.gov.vn',
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

describe('site.config.ts', () => {
	test("the project's own configuration passes its schema", () => {
		expect(site.base).toBe(process.env['BASE_PATH'] ?? '/');
		expect(site.licence.name).toBe('CC BY 4.0');
	});

	test('accepts a complete configuration, with or without a pinned as-of day', () => {
		expect(defineSite(good)).toEqual(good);
		expect(defineSite({ ...good, base: '/minh-bach/', asOf: '2026-01-14', contact: 'https://example.org/lien-he' }).asOf).toBe('2026-01-14');
	});

	test.each([
		['an as-of day written the Vietnamese way', { asOf: '20/10/2025' }, /asOf: expected a real day written yyyy-mm-dd/u],
		['an impossible as-of day', { asOf: '2026-02-30' }, /asOf: expected a real day/u],
		['a base path without its slashes', { base: 'minh-bach' }, /base: expected a path that starts and ends with "\/"/u],
		['an address without its scheme', { url: 'sonoivu.dienbien.gov.vn' }, /url: expected a full http\(s\) address/u],
		['an empty publisher', { publisher: { vi: ' ', en: 'x' } }, /publisher\.vi: must not be empty/u],
		['a contact that is neither a mailbox nor a page', { contact: '0912 345 678' }, /contact: expected an e-mail address or an http\(s\) web page/u],
		['an unknown setting (a typo)', { titel: 'x' }, /titel|Unrecognized key/u],
	])('refuses %s, naming the field in both languages', (_name, change, message) => {
		expect(() => defineSite({ ...good, ...change } as typeof good)).toThrow(message);
		expect(() => defineSite({ ...good, ...change } as typeof good)).toThrow(/site\.config\.ts có 1 lỗi \/ has 1 problem/u);
	});

	test('reports every problem at once', () => {
		expect(() => defineSite({ ...good, asOf: '20/10/2025', base: 'x' })).toThrow(/có 2 lỗi \/ has 2 problem/u);
	});
});
