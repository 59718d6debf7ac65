import { describe, expect, test } from 'vitest';
import { AssignmentRowSchema, ASSIGNMENT_COLUMNS } from '../../src/schemas/assignment.ts';
import {
	CommuneCodeSchema,
	CountSchema,
	DateSchema,
	IdSchema,
	normalizeText,
	parseDate,
	PartialDateSchema,
	ProvinceCodeSchema,
	TextSchema,
	UrlSchema,
} from '../../src/schemas/common.ts';
import { foldKey } from '../../src/lib/fold.ts';
import { findPersonalData } from '../../src/lib/validate/personal-data.ts';
import { personalDataKindOfColumn } from '../../src/lib/validate/personal-columns.ts';
import { CommuneSchema } from '../../src/schemas/commune.ts';
import { DecisionNumberSchema, DecisionSchema } from '../../src/schemas/decision.ts';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }): string[] => result.error?.issues.map((i) => i.message) ?? [];

describe('dates as staff write them', () => {
	test.each([
		['20/10/2025', '2025-10-20'],
		['2025-10-20', '2025-10-20'],
		['1/7/2025', '2025-07-01'],
		[' 20/10/2025 ', '2025-10-20'],
		['29/02/2024', '2024-02-29'],
		['31/12/2025', '2025-12-31'],
	])('parseDate reads %j as %j', (raw, iso) => {
		expect(parseDate(raw)).toBe(iso);
		expect(DateSchema.parse(raw)).toBe(iso);
	});

	test.each(['31/02/2026', '29/02/2025', '2025-13-01', '00/10/2025', '32/01/2025', '2026/01/31', '20-10-2025', '20.10.2025', '10/2025', '', 'hôm nay'])(
		'parseDate refuses %j',
		(raw) => {
			expect(parseDate(raw)).toBeUndefined();
			expect(messagesOf(DateSchema.safeParse(raw))).toEqual(['date.format']);
		},
	);

	test('DateSchema accepts a YAML date and keeps its calendar day', () => {
		expect(DateSchema.parse(new Date(Date.UTC(2025, 9, 20)))).toBe('2025-10-20');
	});

	test.each([
		['17/10/2025', '2025-10-17'],
		['10/2025', '2025-10'],
		['2025-10', '2025-10'],
		['2025', '2025'],
		[2025, '2025'],
	])('PartialDateSchema reads %j as %j', (raw, iso) => {
		expect(PartialDateSchema.parse(raw)).toBe(iso);
	});

	test.each(['13/2025', '2025-00', 'tháng 9', '25'])('PartialDateSchema refuses %j', (raw) => {
		expect(messagesOf(PartialDateSchema.safeParse(raw))).toEqual(['date.partial']);
	});
});

describe('text is normalised', () => {
	const nfd = 'Điện Biên Phủ'.normalize('NFD');

	test('NFD input (as some keyboards type it) becomes NFC', () => {
		expect(nfd).not.toBe('Điện Biên Phủ');
		expect(normalizeText(nfd)).toBe('Điện Biên Phủ');
		expect(TextSchema.parse(nfd)).toBe('Điện Biên Phủ');
	});

	test.each([
		['  Sở Xây dựng  ', 'Sở Xây dựng'],
		['Sở   Xây\tdựng', 'Sở Xây dựng'],
		['Phòng Kinh tế\n', 'Phòng Kinh tế'],
	])('TextSchema trims and folds spaces in %j', (raw, clean) => {
		expect(TextSchema.parse(raw)).toBe(clean);
	});

	test.each(['', '   ', '\t'])('TextSchema refuses the blank value %j', (raw) => {
		expect(messagesOf(TextSchema.safeParse(raw))).toEqual(['text.empty']);
	});

	test.each([
		['Số điện thoại', 'sodienthoai'],
		['Ngày sinh', 'ngaysinh'],
		['CCCD', 'cccd'],
		['E-mail', 'email'],
	])('foldKey folds %j to %j', (raw, key) => {
		expect(foldKey(raw)).toBe(key);
	});
});

describe('codes and identifiers', () => {
	test.each([
		[CommuneCodeSchema, '03127', true],
		[CommuneCodeSchema, ' 03127 ', true],
		[CommuneCodeSchema, '3127', false],
		[CommuneCodeSchema, '031270', false],
		[ProvinceCodeSchema, '11', true],
		[ProvinceCodeSchema, '1', false],
		[IdSchema, 'so-xay-dung', true],
		[IdSchema, 'So-Xay-Dung', false],
		[IdSchema, 'so_xay_dung', false],
		[IdSchema, '-so', false],
		[UrlSchema, 'https://example.org/a', true],
		[UrlSchema, 'example.org/a', false],
		[UrlSchema, 'ftp://example.org/a', false],
	] as const)('%#: %j is %s', (schema, value, ok) => {
		expect(schema.safeParse(value).success).toBe(ok);
	});

	test.each([
		['2446/QĐ-UBND', true],
		['19/2025/QĐ-TTg', true],
		['2446/QD-UBND', true],
		['2446/QĐ-UBND'.normalize('NFD'), true],
		['Số 2446/QĐ-UBND', false],
		['2446', false],
		['QĐ-UBND/2446', false],
	])('decision number %j is %s', (value, ok) => {
		expect(DecisionNumberSchema.safeParse(value).success).toBe(ok);
	});

	test.each([
		['97', 97],
		[' 52 ', 52],
		[45, 45],
		['0', 0],
	])('CountSchema reads %j as %j', (raw, count) => {
		expect(CountSchema.parse(raw)).toBe(count);
	});

	test.each(['-3', '5 người', '1.5', '', '1,000'])('CountSchema refuses %j', (raw) => {
		expect(messagesOf(CountSchema.safeParse(raw))).toEqual(['count.format']);
	});
});

describe('personal data', () => {
	test.each([
		['001085012345', 'citizen-id'],
		['CCCD 001085012345', 'citizen-id'],
		['012345678', 'citizen-id'],
		['0912345678', 'phone'],
		['0912 345 678', 'phone'],
		['+84 912 345 678', 'phone'],
		['liên hệ 0912.345.678', 'phone'],
		['nguyen.van.a@example.org', 'email'],
		['Phòng Kinh tế', undefined],
		['Quyết định 2446/QĐ-UBND ngày 17/10/2025', undefined],
		['97 người', undefined],
	])('the value %j looks like %s', (value, kind) => {
		expect(findPersonalData(value)[0]?.kind).toBe(kind);
	});

	test.each([
		['Số điện thoại', 'phone'],
		['SĐT', 'phone'],
		['Ngày sinh', 'birth-date'],
		['CCCD', 'citizen-id'],
		['Địa chỉ', 'address'],
		['email', 'email'],
		['person_name', undefined],
		['note', undefined],
	])('the column %j carries %s', (column, kind) => {
		expect(personalDataKindOfColumn(column)).toBe(kind);
	});
});

describe('row schemas', () => {
	test('an assignment row may name a person only with a source', () => {
		expect(messagesOf(AssignmentRowSchema.safeParse({ commune: '03127', person_name: 'Nguyễn Văn A' }))).toEqual(['assignment.person-without-source']);
		expect(messagesOf(AssignmentRowSchema.safeParse({ commune: '03127', person_title: 'Chuyên viên' }))).toEqual(['assignment.person-without-source']);
		expect(AssignmentRowSchema.safeParse({ commune: '03127', person_name: 'Nguyễn Văn A', source: 'bao-chi' }).success).toBe(true);
	});

	test('an assignment row refuses a column the format does not have', () => {
		expect(AssignmentRowSchema.safeParse({ commune: '03127', cccd: '001085012345' }).success).toBe(false);
	});

	test('the assignment columns are listed in the canonical order', () => {
		expect(ASSIGNMENT_COLUMNS).toEqual(['commune', 'agency', 'specialty', 'category', 'role', 'person_name', 'person_title', 'start', 'end', 'source', 'note']);
	});

	test('a commune type is read in any case and with NFD input', () => {
		const row = {
			code: '03127',
			type: 'PHƯỜNG'.normalize('NFD'),
			name: 'Điện Biên Phủ',
			full_name: 'Phường Điện Biên Phủ',
			name_en: 'Dien Bien Phu Ward',
			province: '11',
		};
		expect(CommuneSchema.parse(row).type).toBe('phường');
	});

	const decision = {
		province: '11',
		date: '17/10/2025',
		issuer: 'UBND tỉnh',
		issuer_en: 'Provincial People’s Committee',
		kind: 'secondment',
		title: 'Tiêu đề',
		title_en: 'Title',
		sources: [{ id: 'a', url: 'https://example.org/a', title: 'A', publisher: 'P' }],
	};

	test('a decision frontmatter gets its defaults from the schema', () => {
		const parsed = DecisionSchema.parse(decision);
		expect(parsed).toMatchObject({ date: '2025-10-17', declared: [], declared_total_qualifier: 'exact', shortages: [], extends: [], unverified: [] });
		expect(parsed.sources[0]).toMatchObject({ kind: 'press', lang: 'vi' });
	});

	test.each([
		[{ date: undefined }, ['decision.date-missing']],
		[{ start: '20/10/2025', end: '19/04/2026', duration_months: 6 }, ['decision.end-and-duration']],
		[{ duration_months: 6 }, ['decision.duration-without-start']],
		[{ sources: [] }, ['sources.min']],
		[{ kind: 'biet-phai' }, ['decision.kind']],
	])('a decision with %j is refused with %j', (change, codes) => {
		expect(messagesOf(DecisionSchema.safeParse({ ...decision, ...change }))).toEqual(codes);
	});
});
