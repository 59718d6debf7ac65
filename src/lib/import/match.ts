import type { Agency } from '../../schemas/agency.ts';
import { normalizeText } from '../../schemas/common.ts';
import { foldKey } from '../fold.ts';
import { t, type Lang } from '../i18n.ts';
import type { Commune } from '../../schemas/commune.ts';
import type { Specialty } from '../../schemas/specialty.ts';
import { suggest } from '../slug.ts';

/**
 * Matching what people type in a spreadsheet ("Xã Thanh Minh", "sở xây dựng", "CNTT") to the codes and
 * ids of the content lists. Nothing is guessed: an exact match (after folding case, diacritics and
 * spacing) resolves, several matches are an ambiguity that lists the candidates, and anything else is
 * unresolved with, at most, a suggestion.
 */

/** Kinds of former unit named in `merged_from` (a district could become a special zone). */
export const FORMER_UNIT_TYPES = ['xã', 'phường', 'thị trấn', 'huyện', 'đặc khu'] as const;
/** A kind of former unit, e.g. "thị trấn". */
export type FormerUnitType = (typeof FORMER_UNIT_TYPES)[number];

/** A unit that existed before the 2025 reform, as `merged_from` names it. */
export interface FormerUnit {
	/** Kind of unit, e.g. "thị trấn". */
	type: FormerUnitType;
	/** Name with diacritics, e.g. "Thanh Minh". */
	name: string;
	/** Whether only part of it went into the new unit ("một phần … của xã X"). */
	partial: boolean;
}

const TYPE_WORD = /^(?:các\s+)?(xã|phường|thị trấn|huyện|đặc khu)\s+/iu;
const PARTIAL = /(?:^|\s)(?:một phần|1 phần)(?:\s|$)/iu;
const WORDING = /(?:toàn bộ|một phần|diện tích|dân số)/iu;

/**
 * Reads the former units out of a `merged_from` text as the resolutions word it: a type word applies
 * to the names that follow until the next type word.
 * @example parseMergedFrom('thị trấn Mường Chà và các xã Ma Thì Hồ, Sa Lông, Na Sang')
 * // [{ type: 'thị trấn', name: 'Mường Chà' }, { type: 'xã', name: 'Ma Thì Hồ' }, { type: 'xã', name: 'Sa Lông' }, { type: 'xã', name: 'Na Sang' }]
 */
export function parseMergedFrom(text: string): FormerUnit[] {
	const units: FormerUnit[] = [];
	let type: FormerUnitType | undefined;
	// "một phần diện tích tự nhiên, quy mô dân số của xã X": the wording before "của" may span commas.
	let partial = false;
	for (const raw of normalizeText(text).split(/,|;|\s+và\s+/u)) {
		let part = raw.trim().replace(/\.$/u, '');
		if (PARTIAL.test(part)) partial = true;
		const of = part.lastIndexOf(' của ');
		if (of !== -1) part = part.slice(of + ' của '.length);
		else if (WORDING.test(part)) continue;
		const typed = TYPE_WORD.exec(part);
		if (typed) {
			type = typed[1]!.toLowerCase() as FormerUnitType;
			part = part.slice(typed[0].length);
		}
		part = part.trim();
		if (part && type) {
			units.push({ type, name: part, partial });
			partial = false;
		}
	}
	return units;
}

/** A commune as the importer sees it: its current record and the former units it absorbed. */
export interface CommuneEntry {
	commune: Commune;
	former: FormerUnit[];
}

/** One way a typed commune name can resolve: the current unit itself, or a former unit merged into it. */
export interface CommuneCandidate {
	commune: Commune;
	/** The former unit the name matched, when it did not match the current unit. */
	via?: FormerUnit;
}

/** What matching a commune cell gave. */
export type CommuneMatch =
	| { kind: 'resolved'; commune: Commune; via?: FormerUnit; shadowed?: CommuneCandidate[]; typeDiffers?: string; padded?: boolean }
	| { kind: 'ambiguous'; candidates: CommuneCandidate[] }
	| { kind: 'unknown'; suggestion?: CommuneCandidate };

/** An index of the communes of one province by folded name, current and former. */
export interface CommuneIndex {
	byCode: Map<string, Commune>;
	current: Map<string, Commune[]>;
	former: Map<string, CommuneCandidate[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

/** Builds the commune index of one province from its communes and their `merged_from` texts. */
export function buildCommuneIndex(communes: readonly Commune[]): CommuneIndex {
	const index: CommuneIndex = { byCode: new Map(), current: new Map(), former: new Map() };
	for (const commune of communes) {
		index.byCode.set(commune.code, commune);
		push(index.current, foldKey(commune.name), commune);
		for (const via of commune.merged_from ? parseMergedFrom(commune.merged_from) : []) push(index.former, foldKey(via.name), { commune, via });
	}
	return index;
}

const COMMUNE_PREFIX = /^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:(xã|phường|thị trấn|đặc khu|huyện)\s+|(x|p|tt)\.\s*)/iu;
const ABBREVIATED: Record<string, string> = { x: 'xã', p: 'phường', tt: 'thị trấn' };
const PROVINCE_SUFFIX = /\s*[,\-–]\s*(?:tỉnh|thành phố|tp\.?)\s+.+$/iu;

/**
 * Splits a typed commune name into the kind of unit it states (if any) and the bare name.
 * @example splitCommuneName('UBND xã Thanh Nưa') // { type: 'xã', name: 'Thanh Nưa' }
 */
export function splitCommuneName(value: string): { type?: string; name: string } {
	const text = normalizeText(value).replace(PROVINCE_SUFFIX, '');
	const match = COMMUNE_PREFIX.exec(text);
	if (!match) return { name: text };
	const type = (match[1] ?? ABBREVIATED[match[2]!.toLowerCase()]!).toLowerCase();
	return { type, name: text.slice(match[0].length).trim() };
}

/** Describes a candidate for a message, e.g. "03127 Phường Điện Biên Phủ (phường Mường Thanh cũ)". */
export function describeCandidate(candidate: CommuneCandidate, lang: Lang): string {
	const base = `${candidate.commune.code} ${candidate.commune.full_name}`;
	if (!candidate.via) return base;
	return t(lang, 'import.candidate.former', { candidate: base, type: candidate.via.type, name: candidate.via.name });
}

/**
 * Matches a commune cell (a code, or a name with or without "Xã", "Phường", "UBND xã") to one commune
 * of the index. A current unit wins over a former unit of the same name; a stated kind of unit
 * ("thị trấn", "phường") narrows the candidates when it can.
 */
export function matchCommune(value: string, index: CommuneIndex): CommuneMatch {
	const text = normalizeText(value);
	// A code, possibly with its leading zero dropped by a spreadsheet.
	if (/^\d{1,5}$/u.test(text)) {
		const code = text.padStart(5, '0');
		const commune = index.byCode.get(code);
		if (commune) return code === text ? { kind: 'resolved', commune } : { kind: 'resolved', commune, padded: true };
		return { kind: 'unknown' };
	}
	let { type, name } = splitCommuneName(text);
	// "xa Thanh Nua" typed without diacritics: strip the bare prefix only if the whole text matches nothing ("Xa Dung" is a name).
	const bare = /^(xa|phuong|thi tran|dac khu)\s+(.+)$/iu.exec(name);
	if (!type && bare && !index.current.has(foldKey(name)) && !index.former.has(foldKey(name))) {
		type = { xa: 'xã', phuong: 'phường', 'thi tran': 'thị trấn', 'dac khu': 'đặc khu' }[bare[1]!.toLowerCase()];
		name = bare[2]!;
	}
	const key = foldKey(name);
	const current = (index.current.get(key) ?? []).map((commune): CommuneCandidate => ({ commune }));
	const former = index.former.get(key) ?? [];
	const all = [...current, ...former];
	if (all.length === 0) {
		const known = [...index.current.keys(), ...index.former.keys()];
		const near = suggest(key, known);
		const suggestion = near === undefined ? undefined : (index.current.get(near)?.map((commune) => ({ commune }))[0] ?? index.former.get(near)?.[0]);
		return suggestion ? { kind: 'unknown', suggestion } : { kind: 'unknown' };
	}
	const typeOf = (candidate: CommuneCandidate): string => candidate.via?.type ?? candidate.commune.type;
	const typed = type ? all.filter((candidate) => typeOf(candidate) === type) : all;
	const pool0 = typed.length > 0 ? typed : all;
	// Folding can merge two different names ("Nà Tòng", "Na Tông"); a name typed with its exact diacritics keeps them apart.
	const exact = pool0.filter((candidate) => (candidate.via?.name ?? candidate.commune.name).toLowerCase() === name.toLowerCase());
	const pool = exact.length > 0 ? exact : pool0;
	const typeDiffers = type && typed.length === 0 ? type : undefined;
	const withType = (match: CommuneMatch & { kind: 'resolved' }): CommuneMatch => (typeDiffers ? { ...match, typeDiffers } : match);

	const currentPool = pool.filter((candidate) => !candidate.via);
	if (currentPool.length === 1) {
		// The current unit wins; former units of the same name are reported so staff can check.
		const shadowed = pool.filter((candidate) => candidate.via && candidate.commune.code !== currentPool[0]!.commune.code);
		return withType(
			shadowed.length > 0 ? { kind: 'resolved', commune: currentPool[0]!.commune, shadowed } : { kind: 'resolved', commune: currentPool[0]!.commune },
		);
	}
	if (currentPool.length > 1) return { kind: 'ambiguous', candidates: currentPool };
	// Only former units: one target resolves; a unit split between several new ones is ambiguous.
	const targets = new Map(pool.map((candidate) => [candidate.commune.code, candidate]));
	if (targets.size === 1 && !pool.some((candidate) => candidate.via?.partial)) {
		const only = pool[0]!;
		return withType(only.via ? { kind: 'resolved', commune: only.commune, via: only.via } : { kind: 'resolved', commune: only.commune });
	}
	return { kind: 'ambiguous', candidates: [...targets.values()] };
}

/** What matching a name against a list of agencies, specialties or categories gave. */
export type NameMatch<T> = { kind: 'resolved'; item: T; exactId: boolean } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'unknown'; suggestion?: T };

/** An index of items (agencies, specialties…) by every folded name they may be written as. */
export interface NameIndex<T> {
	byKey: Map<string, T[]>;
	idOf: (item: T) => string;
}

/** Builds a name index from items and the names each may be written as. */
export function buildNameIndex<T>(items: readonly T[], idOf: (item: T) => string, namesOf: (item: T) => readonly string[]): NameIndex<T> {
	const byKey = new Map<string, T[]>();
	for (const item of items) {
		const keys = new Set([idOf(item), ...namesOf(item)].map(foldKey).filter((key) => key !== ''));
		for (const key of keys) push(byKey, key, item);
	}
	return { byKey, idOf };
}

/** Matches a cell against a name index: an id as it stands, or any name after folding. */
export function matchName<T>(value: string, index: NameIndex<T>): NameMatch<T> {
	const text = normalizeText(value);
	const found = index.byKey.get(foldKey(text)) ?? [];
	if (found.length === 1) return { kind: 'resolved', item: found[0]!, exactId: index.idOf(found[0]!) === text };
	if (found.length > 1) return { kind: 'ambiguous', candidates: found };
	const near = suggest(foldKey(text), index.byKey.keys());
	const suggestion = near === undefined ? undefined : index.byKey.get(near)?.[0];
	return suggestion === undefined ? { kind: 'unknown' } : { kind: 'unknown', suggestion };
}

/**
 * The names an agency may be written as: its id, its names, and its Vietnamese name without the
 * province ("Sở Xây dựng" for "Sở Xây dựng tỉnh Điện Biên").
 */
export function agencyNames(agency: Agency, provinceName: string | undefined): string[] {
	const names = [agency.name, agency.name_en];
	if (provinceName) {
		const bare = agency.name.replace(new RegExp(`\\s*(?:tỉnh|thành phố)?\\s*${provinceName.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'iu'), '');
		if (bare !== agency.name && bare.trim() !== '') names.push(bare);
	}
	return names;
}

/**
 * The names a specialty may be written as: its id, its labels, and each comma-separated part of its
 * Vietnamese label ("Công nghệ thông tin" for "Công nghệ thông tin, chuyển đổi số").
 */
export function specialtyNames(specialty: Specialty): string[] {
	const parts = specialty.name.split(',').map((part) => part.trim());
	return [specialty.name, specialty.name_en, ...(parts.length > 1 ? parts : [])];
}
