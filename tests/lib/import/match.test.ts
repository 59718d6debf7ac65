import { describe, expect, test } from 'vitest';
import {
	agencyNames,
	buildCommuneIndex,
	buildNameIndex,
	matchCommune,
	matchName,
	parseMergedFrom,
	specialtyNames,
	splitCommuneName,
} from '../../../src/lib/import/match.ts';
import { readContent } from '../../../src/lib/io/read-content.ts';

const { records } = readContent(new URL('../../fixtures/import/content', import.meta.url).pathname);
const communes = records.communes.map((record) => record.data);
const index = buildCommuneIndex(communes);

describe('parseMergedFrom', () => {
	test.each([
		['các phường Him Lam, Tân Thanh, Mường Thanh và xã Thanh Minh', ['phường Him Lam', 'phường Tân Thanh', 'phường Mường Thanh', 'xã Thanh Minh']],
		['xã Pá Mỳ và xã Nậm Kè', ['xã Pá Mỳ', 'xã Nậm Kè']],
		['các xã Sen Thượng, Leng Su Sìn và Sín Thầu', ['xã Sen Thượng', 'xã Leng Su Sìn', 'xã Sín Thầu']],
		['thị trấn Mường Chà và các xã Ma Thì Hồ, Sa Lông, Na Sang', ['thị trấn Mường Chà', 'xã Ma Thì Hồ', 'xã Sa Lông', 'xã Na Sang']],
		['thị trấn Điện Biên Đông, xã Keo Lôm và xã Na Son', ['thị trấn Điện Biên Đông', 'xã Keo Lôm', 'xã Na Son']],
		['toàn bộ diện tích tự nhiên, quy mô dân số của xã A và một phần diện tích của xã B', ['xã A', 'xã B (partial)']],
	])('reads the former units of "%s"', (text, expected) => {
		expect(parseMergedFrom(text).map((unit) => `${unit.type} ${unit.name}${unit.partial ? ' (partial)' : ''}`)).toEqual(expected);
	});
});

describe('splitCommuneName', () => {
	test.each([
		['Xã Thanh Nưa', 'xã', 'Thanh Nưa'],
		['UBND xã Thanh Nưa', 'xã', 'Thanh Nưa'],
		['Ủy ban nhân dân phường Mường Thanh', 'phường', 'Mường Thanh'],
		['Đặc khu Côn Đảo', 'đặc khu', 'Côn Đảo'],
		['P. Điện Biên Phủ', 'phường', 'Điện Biên Phủ'],
		['Xã Thanh Nưa, tỉnh Điện Biên', 'xã', 'Thanh Nưa'],
		['Thanh Nưa', undefined, 'Thanh Nưa'],
	])('splits "%s" into the kind %s and the name %s', (value, type, name) => {
		expect(splitCommuneName(value)).toEqual(type ? { type, name } : { name });
	});
});

describe('matchCommune', () => {
	const resolved = (value: string): string | undefined => {
		const match = matchCommune(value, index);
		return match.kind === 'resolved' ? match.commune.code : undefined;
	};

	test.each([
		['a current name with its prefix', 'Xã Thanh Nưa', '03328'],
		['a current name without diacritics or case', 'xa thanh nua', '03328'],
		['a current name in decomposed Unicode', 'Phường Điện Biên Phủ'.normalize('NFD'), '03127'],
		['a code', '03127', '03127'],
		['a code whose leading zero a spreadsheet dropped', '3127', '03127'],
		['a former commune merged in 2025', 'Xã Thanh Minh', '03127'],
		['a former town whose name is also a current commune in another place', 'Thị trấn Mường Chà', '03172'],
		['a former town merged into the commune of the same name', 'Thị trấn Tuần Giáo', '03253'],
		['a current ward rather than a former ward of the same name', 'Phường Mường Thanh', '03334'],
		['a current commune rather than a former commune of the same name', 'UBND xã Sam Mứn', '03356'],
		['a former name with its exact diacritics where folding would collide', 'Xã Nà Tòng', '03217'],
	])('resolves %s', (_name, value, code) => {
		expect(resolved(value)).toBe(code);
	});

	test('notes the former unit through which a name resolved', () => {
		const match = matchCommune('Xã Thanh Minh', index);
		expect(match.kind === 'resolved' && match.via).toEqual({ type: 'xã', name: 'Thanh Minh', partial: false });
	});

	test('notes the former unit a current name shadows', () => {
		const match = matchCommune('Phường Mường Thanh', index);
		expect(match.kind === 'resolved' && match.shadowed?.map((candidate) => candidate.commune.code)).toEqual(['03127']);
	});

	test('reports a name that folds to several former units as ambiguous, with the candidates', () => {
		const match = matchCommune('Xã Na Tong', index);
		expect(match.kind).toBe('ambiguous');
		expect(match.kind === 'ambiguous' && match.candidates.map((candidate) => `${candidate.commune.code} ${candidate.via?.name}`)).toEqual([
			'03217 Nà Tòng',
			'03358 Na Tông',
		]);
	});

	test.each([
		['a typo', 'Xã Pú Nhunh', '03260'],
		['an unknown code', '99999', undefined],
		['a name far from any unit', 'Xã Hoàn Toàn Khác', undefined],
	])('leaves %s unresolved, with at most a suggestion', (_name, value, suggestion) => {
		const match = matchCommune(value, index);
		expect(match.kind).toBe('unknown');
		expect(match.kind === 'unknown' && match.suggestion?.commune.code).toBe(suggestion ?? undefined);
	});
});

describe('matchName', () => {
	const province = records.provinces.find((record) => record.data.code === '11')?.data.name;
	const agencies = buildNameIndex(
		records.agencies.map((record) => record.data),
		(agency) => agency.id,
		(agency) => agencyNames(agency, province),
	);
	const specialties = buildNameIndex(
		records.specialties.map((record) => record.data),
		(specialty) => specialty.id,
		specialtyNames,
	);

	test.each([
		['an agency by its full name', agencies, 'Sở Xây dựng tỉnh Điện Biên', 'so-xay-dung-dien-bien'],
		['an agency by its name without the province', agencies, 'sở xây dựng', 'so-xay-dung-dien-bien'],
		['an agency by its English name', agencies, 'Điện Biên Department of Health', 'so-y-te-dien-bien'],
		['an agency by its id', agencies, 'so-noi-vu-dien-bien', 'so-noi-vu-dien-bien'],
		['a specialty by its label', specialties, 'Tài chính, kế toán', 'tai-chinh'],
		['a specialty by a part of its label', specialties, 'Công nghệ thông tin', 'cntt'],
		['a specialty by its id in capitals', specialties, 'CNTT', 'cntt'],
		['a specialty by its English label', specialties, 'Land management', 'dat-dai'],
	] as const)('resolves %s', (_name, names, value, id) => {
		const match = matchName<{ id: string }>(value, names as never);
		expect(match.kind === 'resolved' && match.item.id).toBe(id);
	});

	test('suggests the nearest agency for a typo and resolves nothing', () => {
		const match = matchName('Sở Xây dựg', agencies);
		expect(match.kind).toBe('unknown');
		expect(match.kind === 'unknown' && match.suggestion?.id).toBe('so-xay-dung-dien-bien');
	});

	test('reports a name shared by two items as ambiguous', () => {
		const shared = buildNameIndex(
			[
				{ id: 'a', name: 'Trung tâm' },
				{ id: 'b', name: 'Trung tâm' },
			],
			(item) => item.id,
			(item) => [item.name],
		);
		expect(matchName('trung tam', shared)).toEqual({
			kind: 'ambiguous',
			candidates: [
				{ id: 'a', name: 'Trung tâm' },
				{ id: 'b', name: 'Trung tâm' },
			],
		});
	});
});
