import { ASSIGNMENT_COLUMNS } from '../../schemas/assignment.ts';
import { foldKey } from '../fold.ts';
import { personalDataKindOfColumn } from '../validate/personal-columns.ts';
import { suggest } from '../slug.ts';

/**
 * Where a spreadsheet column goes: a column of the assignments CSV, both dates at once (a period
 * "06/10/2025 - 05/04/2026" is split into `start` and `end`), or nowhere (a row number).
 */
export type HeaderTarget = (typeof ASSIGNMENT_COLUMNS)[number] | 'period' | 'ignore';

/**
 * Headers as people write them, and the column each feeds. They are matched folded (no case,
 * diacritics, spaces or punctuation), and a suggestion shows them as written here.
 */
const WRITTEN_HEADERS: readonly (readonly [string, HeaderTarget])[] = [
	['STT', 'ignore'],
	['TT', 'ignore'],
	['Số thứ tự', 'ignore'],
	['No.', 'ignore'],
	['Họ và tên', 'person_name'],
	['Họ tên', 'person_name'],
	['Họ tên cán bộ', 'person_name'],
	['Họ và tên cán bộ', 'person_name'],
	['Name', 'person_name'],
	// The labels the site itself shows for each column, in Vietnamese and English (src/i18n).
	['Người được cử', 'person_name'],
	['Person sent', 'person_name'],
	['Full name', 'person_name'],
	['Chức vụ', 'person_title'],
	['Chức danh', 'person_title'],
	['Chức vụ, chức danh', 'person_title'],
	['Title', 'person_title'],
	['Official post', 'person_title'],
	['Cơ quan, đơn vị công tác', 'agency'],
	['Cơ quan, đơn vị', 'agency'],
	['Cơ quan công tác', 'agency'],
	['Đơn vị công tác', 'agency'],
	['Đơn vị cử đi', 'agency'],
	['Cơ quan cử đi', 'agency'],
	['Cơ quan cử biệt phái', 'agency'],
	['Cơ quan cử', 'agency'],
	['Đơn vị cử', 'agency'],
	['Nơi công tác', 'agency'],
	['Sending body', 'agency'],
	['Cơ quan', 'agency'],
	['Đơn vị', 'agency'],
	['Nơi biệt phái', 'commune'],
	['Nơi đến (biệt phái)', 'commune'],
	['Xã/phường', 'commune'],
	['Xã, phường, đặc khu', 'commune'],
	['Xã, phường nhận', 'commune'],
	['Xã nhận', 'commune'],
	['Nơi đến', 'commune'],
	['Commune or ward', 'commune'],
	['Receiving commune', 'commune'],
	['Ward', 'commune'],
	['Đơn vị nhận', 'commune'],
	['Xã', 'commune'],
	['Phường', 'commune'],
	['Lĩnh vực', 'specialty'],
	['Chuyên môn', 'specialty'],
	['Lĩnh vực chuyên môn', 'specialty'],
	['Chuyên ngành', 'specialty'],
	['Field', 'specialty'],
	['Vị trí công tác', 'role'],
	['Vị trí biệt phái', 'role'],
	['Vị trí', 'role'],
	['Nhiệm vụ', 'role'],
	['Bộ phận', 'role'],
	['Post', 'role'],
	['Nhóm', 'category'],
	['Category', 'category'],
	['Từ ngày', 'start'],
	['Ngày bắt đầu', 'start'],
	['Bắt đầu', 'start'],
	['Thời gian bắt đầu', 'start'],
	['Start date', 'start'],
	['First day', 'start'],
	['From', 'start'],
	['Đến ngày', 'end'],
	['Ngày kết thúc', 'end'],
	['Kết thúc', 'end'],
	['Thời gian kết thúc', 'end'],
	['End date', 'end'],
	['Last day', 'end'],
	['To', 'end'],
	// A period in one cell, "06/10/2025 - 05/04/2026": split into the first and last day.
	['Thời gian', 'period'],
	['Thời gian biệt phái', 'period'],
	['Period', 'period'],
	['Nguồn', 'source'],
	['Source', 'source'],
	['Ghi chú', 'note'],
	['Note', 'note'],
	// The canonical column names are accepted too, and shown as they are.
	...ASSIGNMENT_COLUMNS.map((column) => [column, column as HeaderTarget] as const),
];

/** Each folded header and how it is written, for suggestions ("noibietphai" → "Nơi biệt phái"). */
const WRITTEN_OF: ReadonlyMap<string, string> = new Map(WRITTEN_HEADERS.map(([written]) => [foldKey(written), written] as const).reverse());

/**
 * The folded headers and the column each feeds.
 * @example HEADER_ALIASES['noibietphai'] // 'commune'
 */
export const HEADER_ALIASES: Readonly<Record<string, HeaderTarget>> = Object.fromEntries(
	WRITTEN_HEADERS.map(([written, target]) => [foldKey(written), target]),
);

/** How one header of the spreadsheet was read. */
export type HeaderMapping =
	| { header: string; kind: 'mapped'; target: HeaderTarget }
	| { header: string; kind: 'personal'; personal: string }
	/** `suggestion` is the nearest known header as written, e.g. "Nơi biệt phái". */
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
	const near = suggest(key, WRITTEN_OF.keys());
	const written = near === undefined ? undefined : WRITTEN_OF.get(near);
	return written ? { header, kind: 'unknown', suggestion: written } : { header, kind: 'unknown' };
}

/** The headers a message offers when one is not recognised, one or two for each column. */
export const HEADER_EXAMPLES: readonly string[] = [
	'Họ và tên',
	'Họ tên',
	'Chức vụ',
	'Cơ quan, đơn vị công tác',
	'Cơ quan cử',
	'Nơi biệt phái',
	'Xã nhận',
	'Xã/phường',
	'Lĩnh vực',
	'Chuyên môn',
	'Từ ngày',
	'Đến ngày',
	'Ghi chú',
	'Vị trí công tác',
	'Nhóm',
	'Nguồn',
];

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

/**
 * Maps a column of a two-row header: a merged top label ("Nơi đến (biệt phái)") over a sub-label
 * ("Xã", "Đơn vị"). The two are read together first, then the sub-label alone; the header is shown
 * as written, top and sub-label joined by " / ".
 * @example mapHeaderPair('Nơi đến (biệt phái)', 'Xã') // { header: 'Nơi đến (biệt phái) / Xã', kind: 'mapped', target: 'commune' }
 */
export function mapHeaderPair(top: string, sub: string): HeaderMapping {
	if (foldKey(sub) === '') return mapHeader(top);
	if (foldKey(top) === '') return mapHeader(sub);
	const header = `${top} / ${sub}`;
	const together = HEADER_ALIASES[foldKey(`${top} ${sub}`)];
	if (together) return { header, kind: 'mapped', target: together };
	const group = mapHeader(top);
	// A personal-data group ("Ngày sinh" over "Nam" / "Nữ") makes every column under it personal data.
	if (group.kind === 'personal') return { ...group, header };
	const own = mapHeader(sub);
	// Under the receiving place, "Đơn vị" or "Vị trí" is the unit or post in the commune (the role
	// column), never the sending body.
	if (group.kind === 'mapped' && group.target === 'commune' && own.kind === 'mapped' && (own.target === 'agency' || own.target === 'role')) {
		return { header, kind: 'mapped', target: 'role' };
	}
	// "Thời gian" (or "Ngày") over "Từ" / "Đến": the first and last day.
	if (own.kind === 'unknown' && /thoigian|ngay/u.test(foldKey(top))) {
		const word = foldKey(sub);
		if (word === 'tu') return { header, kind: 'mapped', target: 'start' };
		if (word === 'den') return { header, kind: 'mapped', target: 'end' };
	}
	return { ...own, header };
}

/** The header of a sheet: its first and last row (0-based indexes of the rows) and each column's mapping. */
export interface HeaderRows {
	first: number;
	last: number;
	headers: HeaderMapping[];
}

/** A merged range as the header reader needs it: 1-based, inclusive. */
type Range = { top: number; left: number; bottom: number; right: number };

const hasText = (cell: string | undefined): boolean => cell !== undefined && foldKey(cell) !== '';

/**
 * The groups of a two-row header whose top row is `top` (0-based): cells merged across columns in
 * that row only, with sub-labels under them. The row below counts as sub-labels only when all its
 * text is under a group (a data row has text in other columns too) and the top row has a label of
 * its own outside the groups (a title merged over the whole width is not a group).
 */
function groupsOf(rows: readonly (readonly string[])[], merges: readonly Range[], top: number): Range[] {
	const groups = merges.filter((merge) => merge.top === top + 1 && merge.bottom === top + 1 && merge.right > merge.left);
	if (groups.length === 0) return [];
	const inGroup = (column: number): boolean => groups.some((group) => group.left <= column + 1 && column + 1 <= group.right);
	const sub = rows[top + 1] ?? [];
	const own = rows[top] ?? [];
	const subInGroups = sub.some((cell, column) => hasText(cell) && inGroup(column));
	const subOutside = sub.some((cell, column) => hasText(cell) && !inGroup(column));
	const topOutside = own.some((cell, column) => hasText(cell) && !inGroup(column));
	return subInGroups && !subOutside && topOutside ? groups : [];
}

/**
 * Reads the header of a sheet: the row that `findHeaderRow` finds, or two rows when cells of the
 * header are merged across columns over sub-labels (the row found may be either of the two).
 * @example readHeaderRows([['STT', 'Nơi đến (biệt phái)', ''], ['', 'Xã', 'Đơn vị']], [{ top: 1, left: 2, bottom: 1, right: 3 }]).headers.map((h) => h.header)
 * // ['STT', 'Nơi đến (biệt phái) / Xã', 'Nơi đến (biệt phái) / Đơn vị']
 */
export function readHeaderRows(rows: readonly (readonly string[])[], merges: readonly Range[] = []): HeaderRows {
	const found = findHeaderRow(rows);
	let top = found;
	let groups = groupsOf(rows, merges, found);
	if (groups.length === 0 && found > 0) {
		top = found - 1;
		groups = groupsOf(rows, merges, top);
	}
	if (groups.length === 0) return { first: found, last: found, headers: (rows[found] ?? []).map(mapHeader) };
	const topRow = rows[top] ?? [];
	const subRow = rows[top + 1] ?? [];
	const headers = Array.from({ length: Math.max(topRow.length, subRow.length) }, (_, column) => {
		const group = groups.find((range) => range.left <= column + 1 && column + 1 <= range.right);
		if (group) return mapHeaderPair(topRow[group.left - 1] ?? '', subRow[column] ?? '');
		// A label of its own (usually merged down over both rows), or one in the second row only.
		const own = topRow[column] ?? '';
		return hasText(own) ? mapHeader(own) : mapHeader(subRow[column] ?? '');
	});
	return { first: top, last: top + 1, headers };
}
