import { ASSIGNMENT_COLUMNS } from '../../schemas/assignment.ts';
import { foldKey, personalDataKindOfColumn } from '../../schemas/common.ts';
import { suggest } from '../slug.ts';

/** Where a spreadsheet column goes: a column of the assignments CSV, or nowhere (a row number). */
export type HeaderTarget = (typeof ASSIGNMENT_COLUMNS)[number] | 'ignore';

/**
 * Headers as people write them, folded (no case, diacritics, spaces or punctuation), and the column each
 * feeds. The canonical column names are accepted too.
 */
export const HEADER_ALIASES: Readonly<Record<string, HeaderTarget>> = {
	stt: 'ignore',
	tt: 'ignore',
	sothutu: 'ignore',
	no: 'ignore',
	hovaten: 'person_name',
	hoten: 'person_name',
	hotencanbo: 'person_name',
	hovatencanbo: 'person_name',
	name: 'person_name',
	chucvu: 'person_title',
	chucdanh: 'person_title',
	chucvuchucdanh: 'person_title',
	title: 'person_title',
	coquandonvicongtac: 'agency',
	coquandonvi: 'agency',
	coquancongtac: 'agency',
	donvicongtac: 'agency',
	donvicudi: 'agency',
	coquancudi: 'agency',
	coquancubietphai: 'agency',
	coquan: 'agency',
	donvi: 'agency',
	noibietphai: 'commune',
	noidenbietphai: 'commune',
	xaphuong: 'commune',
	xaphuongdackhu: 'commune',
	xaphuongnhan: 'commune',
	donvinhan: 'commune',
	xa: 'commune',
	phuong: 'commune',
	linhvuc: 'specialty',
	chuyenmon: 'specialty',
	linhvucchuyenmon: 'specialty',
	chuyennganh: 'specialty',
	vitricongtac: 'role',
	vitribietphai: 'role',
	vitri: 'role',
	nhiemvu: 'role',
	bophan: 'role',
	nhom: 'category',
	tungay: 'start',
	ngaybatdau: 'start',
	batdau: 'start',
	denngay: 'end',
	ngayketthuc: 'end',
	ketthuc: 'end',
	nguon: 'source',
	ghichu: 'note',
	...Object.fromEntries(ASSIGNMENT_COLUMNS.map((column) => [foldKey(column), column as HeaderTarget])),
};

/** How one header of the spreadsheet was read. */
export type HeaderMapping =
	| { header: string; kind: 'mapped'; target: HeaderTarget }
	| { header: string; kind: 'personal'; personal: string }
	| { header: string; kind: 'unknown'; suggestion?: string }
	| { header: string; kind: 'empty' };

/**
 * Maps each header to a column of the assignments CSV, case-, spacing- and diacritic-insensitively.
 * Personal-data headers are flagged (their column is never imported); unknown ones are reported with
 * the nearest known header, never guessed.
 * @example mapHeader('Họ và tên') // { header: 'Họ và tên', kind: 'mapped', target: 'person_name' }
 */
export function mapHeader(header: string): HeaderMapping {
	const key = foldKey(header);
	if (key === '') return { header, kind: 'empty' };
	const target = HEADER_ALIASES[key];
	if (target) return { header, kind: 'mapped', target };
	const personal = personalDataKindOfColumn(header);
	if (personal) return { header, kind: 'personal', personal };
	const near = suggest(key, Object.keys(HEADER_ALIASES));
	return near ? { header, kind: 'unknown', suggestion: near } : { header, kind: 'unknown' };
}

/** A header a person would recognise for a folded alias, for suggestions ("noibietphai" → "Nơi biệt phái"). */
export const HEADER_EXAMPLES: Readonly<Partial<Record<string, string>>> = {
	hovaten: 'Họ và tên',
	hoten: 'Họ tên',
	chucvu: 'Chức vụ',
	coquandonvicongtac: 'Cơ quan, đơn vị công tác',
	donvicudi: 'Đơn vị cử đi',
	noibietphai: 'Nơi biệt phái',
	xaphuong: 'Xã/phường',
	linhvuc: 'Lĩnh vực',
	chuyenmon: 'Chuyên môn',
	tungay: 'Từ ngày',
	denngay: 'Đến ngày',
	ghichu: 'Ghi chú',
	vitricongtac: 'Vị trí công tác',
	nhom: 'Nhóm',
	nguon: 'Nguồn',
};

/**
 * Finds the header row: the first of the first rows with at least two cells that map to known
 * columns (sheets often start with a title and "Kèm theo Quyết định số …"); row 1 when none does.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], scan = 15): number {
	for (let i = 0; i < Math.min(rows.length, scan); i++) {
		const known = (rows[i] ?? []).filter((cell) => HEADER_ALIASES[foldKey(cell)] !== undefined).length;
		if (known >= 2) return i;
	}
	return 0;
}
