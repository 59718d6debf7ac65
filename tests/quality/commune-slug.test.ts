import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model/build-model.ts';
import type { ContentRecords } from '../../src/lib/model/types.ts';
import { CommuneSchema } from '../../src/schemas/commune.ts';
import { ProvinceSchema } from '../../src/schemas/province.ts';

/** Two communes of Thái Nguyên from the national list whose names fold to one path. */
const records = (slugs: [string, string]): ContentRecords => {
	const commune = (row: number, code: string, name: string, slug: string) => ({
		file: 'communes/19.csv',
		row,
		data: CommuneSchema.parse({ code, type: 'xã', name, full_name: `Xã ${name}`, name_en: 'Van Lang Commune', province: '19', ...(slug ? { slug } : {}) }),
	});
	return {
		provinces: [
			{
				file: 'provinces.csv',
				row: 2,
				data: ProvinceSchema.parse({ code: '19', type: 'Tỉnh', name: 'Thái Nguyên', full_name: 'Tỉnh Thái Nguyên', name_en: 'Thai Nguyen' }),
			},
		],
		communes: [commune(2, '02143', 'Văn Lang', slugs[0]), commune(3, '05665', 'Văn Lăng', slugs[1])],
		agencies: [],
		specialties: [],
		decisions: [],
		assignments: [],
		needs: [],
	};
};

describe('commune slugs', () => {
	test('reports two communes of a province whose names give the same path, suggesting a slug', () => {
		const { problems } = buildModel(records(['', '']));
		expect(problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([['communes/19.csv', 3, 'name', 'duplicate.slug']]);
		expect(problems[0]?.en).toContain('"van-lang-05665"');
	});

	test('uses the slug column where one is given', () => {
		const { model, problems } = buildModel(records(['', 'van-lang-05665']));
		expect(problems).toEqual([]);
		expect(model.communes.map((c) => c.slug)).toEqual(['van-lang', 'van-lang-05665']);
	});

	test('reports a slug column that repeats another commune’s path', () => {
		const { problems } = buildModel(records(['', 'van-lang']));
		expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([[3, 'slug', 'duplicate.slug']]);
	});
});
