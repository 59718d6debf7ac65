import { describe, expect, test } from 'vitest';
import { findHeaderRow, mapHeader } from '../../src/lib/import/headers.ts';

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

	test.each([
		['Ngày sinh', 'birth-date'],
		['Số CCCD', 'citizen-id'],
		['Số điện thoại', 'phone'],
	])('flags the personal-data header "%s" so its column is never imported', (header, personal) => {
		expect(mapHeader(header)).toEqual({ header, kind: 'personal', personal });
	});

	test('reports an unknown header with the nearest known one instead of guessing', () => {
		expect(mapHeader('Nơi biệt phá')).toEqual({ header: 'Nơi biệt phá', kind: 'unknown', suggestion: 'noibietphai' });
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
