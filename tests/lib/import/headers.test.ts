import { describe, expect, test } from 'vitest';
import { findHeaderRow, mapHeader, mapHeaderPair, readHeaderRows } from '../../../src/lib/import/headers.ts';

describe('mapHeader', () => {
	test.each([
		['STT', 'ignore'],
		['Họ và tên', 'person_name'],
		['HỌ TÊN', 'person_name'],
		['Chức vụ', 'person_title'],
		['Cơ quan, đơn vị công tác', 'agency'],
		['Đơn vị cử đi', 'agency'],
		['Nơi biệt phái', 'commune'],
		['Xã/phường', 'commune'],
		['xã / phường', 'commune'],
		['Lĩnh vực', 'specialty'],
		['Chuyên môn', 'specialty'],
		['Từ ngày', 'start'],
		['Đến  ngày', 'end'],
		['Ghi chú', 'note'],
		['person_name', 'person_name'],
		['commune', 'commune'],
		['Ho va ten'.normalize('NFD'), 'person_name'],
		['Nơi biệt phái'.normalize('NFD'), 'commune'],
	])('maps the header "%s" to %s', (header, target) => {
		expect(mapHeader(header)).toEqual({ header, kind: 'mapped', target });
	});

	// Every label the site shows for a column (src/i18n/vi.ts, en.ts), and the variants staff write.
	test.each([
		['Xã, phường', 'commune'],
		['Commune or ward', 'commune'],
		['Xã nhận', 'commune'],
		['Xã, phường nhận', 'commune'],
		['Nơi đến', 'commune'],
		['Cơ quan cử', 'agency'],
		['Sending body', 'agency'],
		['Đơn vị cử', 'agency'],
		['Nơi công tác', 'agency'],
		['Lĩnh vực', 'specialty'],
		['Field', 'specialty'],
		['Lĩnh vực chuyên môn', 'specialty'],
		['Chuyên ngành', 'specialty'],
		['Nhóm', 'category'],
		['Category', 'category'],
		['Vị trí', 'role'],
		['Post', 'role'],
		['Người được cử', 'person_name'],
		['Person sent', 'person_name'],
		['Họ và tên', 'person_name'],
		['Họ tên', 'person_name'],
		['Name', 'person_name'],
		['Chức vụ', 'person_title'],
		['Official post', 'person_title'],
		['Thời gian bắt đầu', 'start'],
		['Từ ngày', 'start'],
		['Start date', 'start'],
		['Thời gian kết thúc', 'end'],
		['Đến ngày', 'end'],
		['End date', 'end'],
		['Thời gian', 'period'],
		['Period', 'period'],
		['Nguồn', 'source'],
		['Source', 'source'],
		['Ghi chú', 'note'],
		['Note', 'note'],
	])('maps the site label or variant "%s" to %s', (header, target) => {
		expect(mapHeader(header)).toEqual({ header, kind: 'mapped', target });
	});

	test.each([
		['Ngày sinh', 'birth-date'],
		['Số CCCD', 'citizen-id'],
		['Số điện thoại', 'phone'],
	])('flags the personal-data header "%s" so its column is never imported', (header, personal) => {
		expect(mapHeader(header)).toEqual({ header, kind: 'personal', personal });
	});

	test('reports an unknown header with the nearest known one as written, instead of guessing', () => {
		expect(mapHeader('Nơi biệt phá')).toEqual({ header: 'Nơi biệt phá', kind: 'unknown', suggestion: 'Nơi biệt phái' });
		expect(mapHeader('Nơi đến (biệt phá)')).toEqual({ header: 'Nơi đến (biệt phá)', kind: 'unknown', suggestion: 'Nơi đến (biệt phái)' });
		expect(mapHeader('Trình độ')).toEqual({ header: 'Trình độ', kind: 'unknown' });
	});

	test('treats an empty header as empty', () => {
		expect(mapHeader(' ')).toEqual({ header: ' ', kind: 'empty' });
	});
});

describe('findHeaderRow', () => {
	test.each([
		['the first row when it holds the headers', [['STT', 'Họ và tên', 'Nơi biệt phái']], 0],
		['the row under a title and a blank row', [['DANH SÁCH'], [], ['STT', 'Họ và tên', 'Nơi biệt phái'], ['1', 'A', 'B']], 2],
		[
			'the first row when no row has two known headers',
			[
				['a', 'b'],
				['c', 'd'],
			],
			0,
		],
	])('finds %s', (_name, rows, expected) => {
		expect(findHeaderRow(rows)).toBe(expected);
	});
});

describe('mapHeaderPair', () => {
	test.each([
		['the sub-label when the two together are unknown', 'Nơi đến (biệt phái)', 'Xã', { kind: 'mapped', target: 'commune' }],
		['"Đơn vị" under the receiving place as the unit in the commune', 'Nơi đến (biệt phái)', 'Đơn vị', { kind: 'mapped', target: 'role' }],
		['"Vị trí" under the receiving place as the post', 'Nơi biệt phái', 'Vị trí', { kind: 'mapped', target: 'role' }],
		['"Đơn vị" under another group as the sending body', 'Nơi công tác hiện nay', 'Đơn vị', { kind: 'mapped', target: 'agency' }],
		['"Từ" under "Thời gian" as the first day', 'Thời gian', 'Từ', { kind: 'mapped', target: 'start' }],
		['"Đến" under "Thời gian biệt phái" as the last day', 'Thời gian biệt phái', 'Đến', { kind: 'mapped', target: 'end' }],
		['the two together when they are known', 'Họ và', 'tên', { kind: 'mapped', target: 'person_name' }],
		['every column under a personal-data group as personal data', 'Ngày sinh', 'Nam', { kind: 'personal', personal: 'birth-date' }],
		['an unknown sub-label as unknown, with a suggestion as written', 'Nơi đến', 'Xa phuongg', { kind: 'unknown', suggestion: 'Xã/phường' }],
	])('reads %s', (_name, top, sub, expected) => {
		expect(mapHeaderPair(top, sub)).toEqual({ header: `${top} / ${sub}`, ...expected });
	});

	test('reads the top label alone when there is no sub-label', () => {
		expect(mapHeaderPair('Lĩnh vực', '')).toEqual({ header: 'Lĩnh vực', kind: 'mapped', target: 'specialty' });
	});
});

describe('readHeaderRows', () => {
	const TOP = ['STT', 'Họ và tên', 'Nơi đến (biệt phái)', '', 'Lĩnh vực'];
	const SUB = ['', '', 'Xã', 'Đơn vị', ''];
	const DATA = ['1', 'Nguyễn Văn Mẫu', 'Xã Thanh Nưa', 'Phòng Kinh tế', 'Xây dựng'];
	const MERGES = [
		{ top: 2, left: 1, bottom: 3, right: 1 },
		{ top: 2, left: 2, bottom: 3, right: 2 },
		{ top: 2, left: 3, bottom: 2, right: 4 },
		{ top: 2, left: 5, bottom: 3, right: 5 },
	];
	const headersOf = (result: ReturnType<typeof readHeaderRows>): string[] =>
		result.headers.map((mapping) => `${mapping.header} → ${mapping.kind === 'mapped' ? mapping.target : mapping.kind}`);

	test('reads a merged top label over its sub-labels as two header rows', () => {
		const result = readHeaderRows([['DANH SÁCH'], TOP, SUB, DATA], MERGES);
		expect([result.first, result.last]).toEqual([1, 2]);
		expect(headersOf(result)).toEqual([
			'STT → ignore',
			'Họ và tên → person_name',
			'Nơi đến (biệt phái) / Xã → commune',
			'Nơi đến (biệt phái) / Đơn vị → role',
			'Lĩnh vực → specialty',
		]);
	});

	test('finds the two rows when the row of sub-labels is the one with known headers', () => {
		const top = ['TT', 'Người được cử', 'Nơi đến', ''];
		const sub = ['', '', 'Xã', 'Vị trí'];
		const merges = [{ top: 1, left: 3, bottom: 1, right: 4 }];
		const result = readHeaderRows([top, sub, ['1', 'A', 'Xã Thanh Nưa', 'Phòng Kinh tế']], merges);
		expect([result.first, result.last]).toEqual([0, 1]);
		expect(headersOf(result).slice(2)).toEqual(['Nơi đến / Xã → commune', 'Nơi đến / Vị trí → role']);
	});

	test.each([
		['a header cell merged across columns over a data row', [TOP, DATA], [{ top: 1, left: 3, bottom: 1, right: 4 }]],
		[
			'a title merged across the whole width above the header',
			[['DANH SÁCH', '', '', '', ''], ['STT', 'Họ và tên', 'Nơi biệt phái', 'Đơn vị', 'Lĩnh vực'], DATA],
			[{ top: 1, left: 1, bottom: 1, right: 5 }],
		],
		['no merged cells', [TOP, SUB, DATA], []],
	])('keeps one header row for %s', (_name, rows, merges) => {
		const result = readHeaderRows(rows, merges);
		expect(result.first).toBe(result.last);
	});
});
