import { describe, expect, test } from 'vitest';
import { atomDate, buildAtomFeed } from '../../../src/lib/datasets/atom.ts';
import { datasetJsonLd, temporalCoverage } from '../../../src/lib/datasets/json-ld.ts';

const info = {
	lang: 'vi',
	title: 'Thử & "nghiệm"',
	feedUrl: 'https://example.org/feed.xml',
	homeUrl: 'https://example.org/',
	updated: '2026-01-15',
	author: 'Nhóm <thử>',
	rights: 'CC BY 4.0',
};

describe('buildAtomFeed', () => {
	const entries = [
		{ url: 'https://example.org/quyet-dinh/b/', title: 'B', updated: '2025-10', summary: 'tháng 10' },
		{ url: 'https://example.org/quyet-dinh/c/', title: 'C', updated: '2026-01-14', summary: 'mới nhất' },
		{ url: 'https://example.org/quyet-dinh/a/', title: 'A', updated: '2025-10-01', summary: 'cùng ngày với B' },
	];

	test('lists entries newest first, equal dates by address', () => {
		const feed = buildAtomFeed(info, entries);
		expect([...feed.matchAll(/<entry>\s*<id>([^<]+)</gu)].map((m) => m[1])).toEqual([
			'https://example.org/quyet-dinh/c/',
			'https://example.org/quyet-dinh/a/',
			'https://example.org/quyet-dinh/b/',
		]);
	});

	test('gives the feed its language, its own address and the content date', () => {
		const feed = buildAtomFeed(info, entries);
		expect(feed).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="vi">/u);
		expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>');
		expect(feed).toContain('<updated>2026-01-15T00:00:00Z</updated>');
		expect(feed).toContain('<title>Thử &amp; &quot;nghiệm&quot;</title>');
		expect(feed).toContain('<author><name>Nhóm &lt;thử&gt;</name></author>');
	});

	test.each([
		['2025-10-17', '2025-10-17T00:00:00Z'],
		['2025-10', '2025-10-01T00:00:00Z'],
		['2025', '2025-01-01T00:00:00Z'],
	])('dates %s as %s', (date, stamp) => {
		expect(atomDate(date)).toBe(stamp);
	});
});

describe('datasetJsonLd', () => {
	test('describes a schema.org Dataset with its downloads, and no value can close the script element', () => {
		const text = datasetJsonLd({
			name: 'Dữ liệu </script><script>alert(1)</script>',
			description: 'Mô tả',
			url: 'https://example.org/du-lieu/',
			lang: 'vi',
			version: '2026-01-15.abcdef12',
			dateModified: '2026-01-15',
			licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
			publisher: 'Nhóm',
			publisherUrl: 'https://example.org/',
			citation: 'Nguồn: Nhóm',
			keywords: ['xã'],
			temporalCoverage: '2025-10-20/2026-04-19',
			places: [{ name: 'Tỉnh Điện Biên', code: '11' }],
			distributions: [{ url: 'https://example.org/du-lieu/a.csv', mediaType: 'text/csv', name: 'a.csv', bytes: 12 }],
		});
		expect(text).not.toContain('<');
		const data = JSON.parse(text) as Record<string, unknown>;
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Dataset',
			name: 'Dữ liệu </script><script>alert(1)</script>',
			version: '2026-01-15.abcdef12',
			license: 'https://creativecommons.org/licenses/by/4.0/',
			temporalCoverage: '2025-10-20/2026-04-19',
			spatialCoverage: [
				{
					'@type': 'AdministrativeArea',
					name: 'Tỉnh Điện Biên',
					identifier: '11',
					containedInPlace: { '@type': 'Country', name: 'Việt Nam', identifier: 'VN' },
				},
			],
			distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://example.org/du-lieu/a.csv', contentSize: '12 B' }],
		});
	});
});

describe('temporalCoverage', () => {
	test.each([
		[
			'the earliest start to the latest end',
			[
				{ start: '2025-10-20', end: '2026-04-19' },
				{ start: '2025-08-01', end: '2025-12-31' },
			],
			'2025-08-01/2026-04-19',
		],
		['an open end when a begun period has no published end', [{ start: '2025-10-20', end: '2026-04-19' }, { start: '2026-01-15' }], '2025-10-20/..'],
		['nothing when no start is published', [{ end: '2026-04-19' }, {}], undefined],
		['periods without a start left out', [{ start: '2025-10-20', end: '2026-04-19' }, { end: '2027-01-01' }], '2025-10-20/2026-04-19'],
	])('gives %s', (_name, periods, expected) => {
		expect(temporalCoverage(periods)).toBe(expected);
	});
});
