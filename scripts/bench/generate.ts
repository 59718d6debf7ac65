/**
 * Generates a national-scale content folder for the benchmark: the real 34 provinces and 3,321
 * communes (scripts/bench/data, MIT, see NOTICE.md) with synthetic, seeded decisions, assignments,
 * agencies' sources and needs. Same seed, same files. Every generated decision says it is synthetic.
 *
 * Usage: `node scripts/bench/generate.ts OUT_DIR [--seed N] [--decisions N] [--assignments N] [--row-scale X] [--provinces 11,12]`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { slugify } from '../../src/lib/slug.ts';

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');
const SYNTHETIC_URL = 'https://example.org/minh-bach-bench';

/** How much to generate. */
export interface BenchSize {
	/** Seed of the pseudo-random generator. */
	seed: number;
	/** Number of decisions across the country. */
	decisions: number;
	/** Number of assignment rows across all decisions. */
	assignments: number;
	/**
	 * Multiplies the rows of every decision, at the same decisions and communes (the growth series of
	 * `npm run bench -- --scale`). Below 1 each decision keeps the first rows of its full set; above 1
	 * the extra rows come from a second seeded stream, so every other generated value is the same as at
	 * scale 1 and scale 1 is byte for byte the set without this option. Default 1.
	 */
	rowScale?: number;
	/**
	 * Only these provinces (codes), for a quick, reduced run. Decisions and assignments then take the
	 * provinces' share of the country's communes, so rows per commune stay as at national scale.
	 */
	provinces?: readonly string[];
}

/** The default national scale of DESIGN.md: about 1,000 decisions and 30,000 assignments. */
export const NATIONAL_SCALE: BenchSize = { seed: 20251017, decisions: 1000, assignments: 30000 };

/** What was generated, for the benchmark's report. */
export interface GeneratedCounts {
	provinces: number;
	communes: number;
	agencies: number;
	specialties: number;
	decisions: number;
	assignments: number;
	needs: number;
	slugOverrides: number;
}

/**
 * A small, fast, seeded pseudo-random generator (mulberry32): numbers in [0, 1).
 * @example const random = seededRandom(1); random() // always the same first number for seed 1
 */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Provincial departments every province has since the 2025 reform (names in vi and en). */
const DEPARTMENTS: readonly [string, string, string, string][] = [
	['so-xay-dung', 'Sở Xây dựng', 'Department of Construction', 'department'],
	['so-tai-chinh', 'Sở Tài chính', 'Department of Finance', 'department'],
	['so-noi-vu', 'Sở Nội vụ', 'Department of Home Affairs', 'department'],
	['so-nong-nghiep-va-moi-truong', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment', 'department'],
	['so-y-te', 'Sở Y tế', 'Department of Health', 'department'],
	['so-giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', 'department'],
	['so-tu-phap', 'Sở Tư pháp', 'Department of Justice', 'department'],
	['so-khoa-hoc-va-cong-nghe', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', 'department'],
	['so-cong-thuong', 'Sở Công Thương', 'Department of Industry and Trade', 'department'],
	['so-van-hoa-the-thao-va-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism', 'department'],
	['thanh-tra-tinh', 'Thanh tra tỉnh', 'Provincial Inspectorate', 'inspectorate'],
	['trung-tam-phuc-vu-hanh-chinh-cong', 'Trung tâm Phục vụ hành chính công', 'Public Administration Service Centre', 'public-service-unit'],
];

/** Posts in a commune's apparatus that seconded staff are placed in. */
const ROLES = ['Phòng Kinh tế', 'Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công', 'Phòng Kinh tế, Hạ tầng và Đô thị'];

const csv = (rows: Record<string, string | number | undefined>[], columns: string[]): string =>
	`${Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) }, { newline: '\n' })}\n`;

const readCsv = (path: string): Record<string, string>[] =>
	Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));

/**
 * Writes a complete content folder (provinces, communes, agencies, specialties, decisions,
 * assignments, needs) to `outDir`, replacing what was there, and returns what it wrote.
 */
export function generateNationalContent(
	outDir: string,
	size: BenchSize = NATIONAL_SCALE,
	specialtiesCsv = resolve('content/specialties.csv'),
): GeneratedCounts {
	const random = seededRandom(size.seed);
	const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
	const pickOne = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const pickSome = <T>(items: readonly T[], count: number): T[] => {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
		}
		return copy.slice(0, count);
	};

	rmSync(outDir, { recursive: true, force: true });
	for (const folder of ['communes', 'agencies', 'decisions', 'assignments', 'needs']) mkdirSync(join(outDir, folder), { recursive: true });
	writeFileSync(
		join(outDir, 'README.md'),
		'# Synthetic national-scale content (benchmark)\n\nGenerated by `npm run bench` with a fixed seed. Provinces and communes are the real national lists\n' +
			'(scripts/bench/data/NOTICE.md, MIT, Copyright (c) 2021 Thang Le Quoc); every decision, assignment, need and\n' +
			"agency's source is synthetic and describes nothing that happened.\n",
	);

	// Provinces and communes: the real lists, reshaped to the content schemas.
	const allProvinces = readCsv(join(DATA, 'vn-provinces-2025.csv'));
	const provinces = size.provinces ? allProvinces.filter((p) => size.provinces?.includes(p['province_code'] ?? '')) : allProvinces;
	if (size.provinces && provinces.length !== size.provinces.length) {
		const known = new Set(allProvinces.map((p) => p['province_code']));
		throw new Error(`Unknown province code(s): ${size.provinces.filter((code) => !known.has(code)).join(', ')}.`);
	}
	writeFileSync(
		join(outDir, 'provinces.csv'),
		csv(
			provinces.map((p) => ({ code: p['province_code'], type: p['type'], name: p['name'], full_name: p['full_name'], name_en: p['name_en'] })),
			['code', 'type', 'name', 'full_name', 'name_en'],
		),
	);
	const communesByProvince = new Map<string, Record<string, string>[]>();
	const allCommunes = readCsv(join(DATA, 'vn-communes-2025-07-01.csv'));
	const wanted = new Set(provinces.map((p) => p['province_code']));
	for (const commune of allCommunes) {
		if (!wanted.has(commune['province_code'])) continue;
		const list = communesByProvince.get(commune['province_code'] ?? '') ?? [];
		list.push(commune);
		communesByProvince.set(commune['province_code'] ?? '', list);
	}
	let communeCount = 0;
	let slugOverrides = 0;
	for (const [province, communes] of communesByProvince) {
		// Names that fold to one path (Văn Lang / Văn Lăng) get the slug column the model asks for.
		const taken = new Set<string>();
		const rows = [...communes]
			.sort((a, b) => (a['ward_code'] ?? '').localeCompare(b['ward_code'] ?? ''))
			.map((c) => {
				const derived = slugify(c['name'] ?? '');
				const slug = taken.has(derived) ? `${derived}-${c['ward_code']}` : undefined;
				taken.add(derived);
				if (slug) slugOverrides += 1;
				return {
					code: c['ward_code'],
					type: (c['type'] ?? '').toLowerCase(),
					name: c['name'],
					full_name: c['full_name'],
					name_en: c['name_en'],
					slug,
					province,
				};
			});
		communeCount += rows.length;
		writeFileSync(join(outDir, 'communes', `${province}.csv`), csv(rows, ['code', 'type', 'name', 'full_name', 'name_en', 'slug', 'province']));
	}

	// Specialties: the project's real taxonomy.
	const specialtiesText = readFileSync(specialtiesCsv, 'utf8');
	writeFileSync(join(outDir, 'specialties.csv'), specialtiesText);
	const specialties = readCsv(specialtiesCsv).map((s) => s['id'] ?? '');

	// Agencies: the departments of every province, with a synthetic source.
	const agenciesByProvince = new Map<string, string[]>();
	let agencyCount = 0;
	for (const p of provinces) {
		const code = p['province_code'] ?? '';
		const where = `${p['type'] === 'Thành phố' ? 'thành phố' : 'tỉnh'} ${p['name']}`;
		const rows = DEPARTMENTS.map(([id, name, nameEn, kind]) => ({
			id: `${id}-${slugify(p['name'] ?? '')}`,
			province: code,
			name: `${name} ${where}`,
			name_en: `${p['name_en']} ${nameEn}`,
			kind,
			source: `${SYNTHETIC_URL}/agencies/${code}`,
		}));
		agenciesByProvince.set(
			code,
			rows.map((r) => r.id),
		);
		agencyCount += rows.length;
		writeFileSync(join(outDir, 'agencies', `${code}.csv`), csv(rows, ['id', 'province', 'name', 'name_en', 'kind', 'parent', 'source']));
	}

	// Decisions: spread over provinces in proportion to their communes, at least one each.
	const provinceCodes = provinces.map((p) => p['province_code'] ?? '');
	const weights = provinceCodes.map((code) => communesByProvince.get(code)?.length ?? 0);
	const totalWeight = weights.reduce((a, b) => a + b, 0);
	// A subset of provinces takes its share of the national figures.
	const share = size.provinces ? totalWeight / allCommunes.length : 1;
	const decisionTotal = Math.max(provinces.length, Math.round(size.decisions * share));
	const perProvince = weights.map((w) => Math.max(1, Math.floor((w / totalWeight) * decisionTotal)));
	for (let i = 0; perProvince.reduce((a, b) => a + b, 0) < decisionTotal; i++) perProvince[i % perProvince.length]! += 1;
	const meanRows = (size.assignments * share) / decisionTotal;
	const rowScale = size.rowScale ?? 1;

	let decisionNumber = 100;
	let decisionCount = 0;
	let assignmentCount = 0;
	provinceCodes.forEach((code, index) => {
		const province = provinces[index]!;
		const communes = (communesByProvince.get(code) ?? []).map((c) => c['ward_code'] ?? '');
		const agencies = agenciesByProvince.get(code) ?? [];
		const earlier: { id: string }[] = [];
		for (let d = 0; d < (perProvince[index] ?? 0); d++) {
			decisionNumber += int(1, 9);
			const date = addDays('2025-07-15', int(0, 330));
			const year = date.slice(0, 4);
			const number = `${decisionNumber}/QĐ-UBND`;
			const id = `${decisionNumber}-qd-ubnd-${year}`;
			const start = addDays(date, int(2, 10));
			const months = pickOne([3, 6, 6, 6, 9, 12]);
			const rows = Math.max(3, Math.round(meanRows * (0.4 + random() * 1.2)));
			const allCommunes = random() < 0.3;
			const covered = allCommunes ? communes : pickSome(communes, Math.min(communes.length, int(3, Math.max(3, Math.ceil(rows / 2)))));
			const twoCategories = random() < 0.4;
			const categories = twoCategories ? ['so-nganh', 'tram-y-te'] : ['so-nganh'];
			const extendsOne = earlier.length > 0 && random() < 0.1 ? pickOne(earlier) : undefined;
			const sourceId = `bench-${id}`;

			// Assignment rows: unique combinations inside the decision's communes and period. Rows past
			// the decision's full set (rowScale above 1) draw from their own stream, so the main stream,
			// and with it every later decision, is the same at every scale.
			const seen = new Set<string>();
			const assignmentRows: Record<string, string>[] = [];
			const drawRows = (rand: () => number, target: number): void => {
				const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
				for (let attempt = 0; assignmentRows.length < target && attempt < target * 20; attempt++) {
					const category = pick(categories);
					const row: Record<string, string> = {
						commune: pick(covered),
						agency: category === 'tram-y-te' ? (agencies.find((a) => a.startsWith('so-y-te')) ?? pick(agencies)) : pick(agencies),
						specialty: category === 'tram-y-te' ? 'y-te' : pick(specialties),
						category: twoCategories ? category : '',
						role: pick(ROLES),
					};
					if (rand() < 0.1) row['start'] = addDays(start, 1 + Math.floor(rand() * 20));
					const key = JSON.stringify(row);
					if (seen.has(key)) continue;
					seen.add(key);
					assignmentRows.push(row);
				}
			};
			drawRows(random, rows);
			const scaledRows = Math.max(1, Math.round(rows * rowScale));
			if (scaledRows < assignmentRows.length) assignmentRows.length = scaledRows;
			else if (scaledRows > assignmentRows.length) drawRows(seededRandom(size.seed + decisionNumber * 7919), scaledRows);
			assignmentCount += assignmentRows.length;
			writeFileSync(
				join(outDir, 'assignments', `${id}.csv`),
				csv(assignmentRows, ['commune', 'agency', 'specialty', 'category', 'role', 'person_name', 'person_title', 'start', 'end', 'source', 'note']),
			);

			// Declared figures agree with the rows most of the time, so findings are exercised but rare.
			const itemized = (category: string) => assignmentRows.filter((r) => (twoCategories ? r['category'] === category : true)).length;
			const declaredCount = (category: string) => itemized(category) + (random() < 0.15 ? int(1, 12) : 0);
			const declared = categories.map((category) => ({
				id: category,
				label: category === 'tram-y-te' ? 'Trưởng trạm y tế xã được giao tham mưu về y tế' : 'Công chức, viên chức biệt phái từ các sở, ngành',
				label_en:
					category === 'tram-y-te' ? 'Heads of commune health stations assigned to advise on health' : 'Civil servants seconded from provincial departments',
				count: declaredCount(category),
				source: sourceId,
			}));
			const total = declared.reduce((sum, c) => sum + c.count, 0);
			const frontmatter = {
				number,
				province: code,
				date,
				issuer: `Ủy ban nhân dân ${province['full_name']?.toLowerCase().startsWith('thành phố') ? 'thành phố' : 'tỉnh'} ${province['name']}`,
				issuer_en: `${province['name_en']} People's Committee`,
				kind: extendsOne ? 'extension' : pickOne(['secondment', 'secondment', 'secondment', 'assignment', 'transfer']),
				title: `Biệt phái ${total} công chức, viên chức về xã, phường (dữ liệu mẫu)`,
				title_en: `${total} civil servants seconded to communes (synthetic data)`,
				summary_en: 'Synthetic decision generated for the national-scale benchmark; it describes nothing that happened.',
				start,
				duration_months: months,
				declared,
				declared_total: total,
				communes: allCommunes ? 'all' : covered,
				shortages: pickSome(specialties, int(2, 5)),
				shortages_source: sourceId,
				...(extendsOne ? { extends: [extendsOne.id] } : {}),
				unverified: ['Dữ liệu tổng hợp (ngẫu nhiên có hạt giống) để đo hiệu năng; không phải quyết định thật.'],
				sources: [
					{
						id: sourceId,
						url: `${SYNTHETIC_URL}/decisions/${id}`,
						title: `Quyết định ${number} (dữ liệu mẫu)`,
						publisher: 'Minh Bạch benchmark',
						date,
						kind: 'dataset',
					},
				],
			};
			const body =
				`Quyết định ${number} là dữ liệu mẫu, sinh ngẫu nhiên (có hạt giống) để đo thời gian dựng trang ở quy mô toàn quốc. ` +
				`Nội dung không mô tả sự việc có thật.\n`;
			writeFileSync(join(outDir, 'decisions', `${id}.mdx`), `---\n${yamlOf(frontmatter)}---\n\n${body}`);
			earlier.push({ id });
			decisionCount += 1;
		}
	});

	// Needs: an assessment for a third of the communes of every other province.
	let needCount = 0;
	provinceCodes.forEach((code, index) => {
		if (index % 2 === 1) return;
		const communes = (communesByProvince.get(code) ?? []).map((c) => c['ward_code'] ?? '');
		const rows = pickSome(communes, Math.ceil(communes.length / 3)).flatMap((commune) =>
			pickSome(specialties, int(1, 3)).map((specialty) => ({
				commune,
				specialty,
				needed: int(1, 4),
				assessed: '2025-09',
				source: `${SYNTHETIC_URL}/needs/${code}`,
				source_title: 'Đánh giá nhu cầu nhân lực cấp xã (dữ liệu mẫu)',
			})),
		);
		needCount += rows.length;
		writeFileSync(join(outDir, 'needs', `${code}.csv`), csv(rows, ['commune', 'specialty', 'needed', 'assessed', 'source', 'source_title', 'note']));
	});

	return {
		provinces: provinces.length,
		communes: communeCount,
		agencies: agencyCount,
		specialties: specialties.length,
		decisions: decisionCount,
		assignments: assignmentCount,
		needs: needCount,
		slugOverrides,
	};
}

/** Writes a frontmatter object as YAML with every string quoted (no YAML date or number surprises). */
function yamlOf(value: unknown, indent = ''): string {
	const scalar = (v: unknown): string => (typeof v === 'number' ? String(v) : JSON.stringify(String(v)));
	if (Array.isArray(value)) throw new Error('top-level arrays are not frontmatter');
	let out = '';
	for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
		if (Array.isArray(v)) {
			if (v.length === 0) {
				out += `${indent}${key}: []\n`;
				continue;
			}
			out += `${indent}${key}:\n`;
			for (const item of v) {
				if (item !== null && typeof item === 'object') {
					const nested = yamlOf(item, `${indent}    `);
					out += `${indent}  - ${nested.trimStart()}`;
				} else out += `${indent}  - ${scalar(item)}\n`;
			}
		} else if (v !== null && typeof v === 'object') {
			out += `${indent}${key}:\n${yamlOf(v, `${indent}  `)}`;
		} else if (v !== undefined) out += `${indent}${key}: ${scalar(v)}\n`;
	}
	return out;
}

if (import.meta.main) {
	const { positionals, values } = parseArgs({
		allowPositionals: true,
		options: {
			seed: { type: 'string' },
			decisions: { type: 'string' },
			assignments: { type: 'string' },
			'row-scale': { type: 'string' },
			provinces: { type: 'string' },
		},
	});
	const out = resolve(positionals[0] ?? 'bench-out/content');
	const size: BenchSize = {
		seed: Number(values.seed ?? NATIONAL_SCALE.seed),
		decisions: Number(values.decisions ?? NATIONAL_SCALE.decisions),
		assignments: Number(values.assignments ?? NATIONAL_SCALE.assignments),
		rowScale: Number(values['row-scale'] ?? 1),
		...(values.provinces ? { provinces: values.provinces.split(',') } : {}),
	};
	console.log(JSON.stringify({ out, ...generateNationalContent(out, size) }));
}
