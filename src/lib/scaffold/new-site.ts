import Papa from 'papaparse';
import { AgencySchema } from '../../schemas/agency.ts';
import { bilingual, joinLanguages, localize, t, type Localized } from '../i18n.ts';
import { slugify } from '../slug.ts';

/**
 * The skeleton of a new province's site that `npm run new:site` writes: a content folder holding only
 * the official lists (34 provinces, the province's communes from the national list, the project's
 * fields of expertise), an agencies file with its header row only, empty decisions and assignments
 * folders, a SOURCES.md saying where each file comes from, and a site.config.ts of the same shape as
 * the project's. Nothing is invented: no decision, assignment, agency or person.
 */

/** The texts the skeleton is built from, as the project carries them (read by src/lib/io/new-site-files.ts). */
export interface NationalLists {
	/** scripts/bench/data/vn-provinces-2025.csv: the 34 provinces (columns province_code, type, name, full_name, name_en…). */
	provincesCsv: string;
	/** scripts/bench/data/vn-communes-2025-07-01.csv: the 3,321 commune-level units (ward_code, type, name, full_name, name_en, province_code…). */
	communesCsv: string;
	/** The project's content/specialties.csv, copied as it is. */
	specialtiesCsv: string;
	/** scripts/bench/data/NOTICE.md, whose fenced block is the lists' licence notice. */
	notice: string;
}

/** What the command was asked for. */
export interface NewSiteOptions {
	/** 2-digit province code, e.g. "11". */
	province: string;
	/** Public address of the new site, e.g. "https://sonoivu.dienbien.gov.vn"; the placeholder when absent. */
	url?: string | undefined;
	/** Site title in Vietnamese; "Minh Bạch: <full name>" when absent. */
	titleVi?: string | undefined;
	/** Site title in English; "Minh Bạch: <English name>" when absent. */
	titleEn?: string | undefined;
}

/** A problem with what the command was asked for, in Vietnamese and English. */
export interface NewSiteProblem {
	vi: string;
	en: string;
}

/** The skeleton: every file to write, by its path relative to the new folder (forward slashes), in writing order. */
export interface NewSite {
	province: { code: string; name: string; full_name: string; name_en: string };
	/** Number of communes written for the province. */
	communes: number;
	/** Path relative to the new folder → text. Empty folders hold an empty `.gitkeep`. */
	files: Map<string, string>;
}

/** Where the lists come from, as SOURCES.md cites them. */
const LIST_SOURCE = 'thanglequoc/vietnamese-provinces-database v3.0.2 (https://github.com/thanglequoc/vietnamese-provinces-database)';

/** Same address as PLACEHOLDER_URL in the project's site.config.ts: the build knows it as "not published yet". */
const PLACEHOLDER_URL = 'https://minh-bach.example.org';

/**
 * Changes after 1/7/2025 that the national list does not carry (from ../shared/data/README.md): the
 * skeleton of such a province warns that its lists must be corrected before publishing.
 */
const KNOWN_LATER_CHANGES: Readonly<Record<string, NewSiteProblem>> = {
	'75': bilingual('scaffold.later.75'),
};

type Row = Record<string, string>;

/** The kinds of commune-level unit, in the order SOURCES.md counts them. */
const UNIT_TYPES = ['xã', 'phường', 'đặc khu'] as const;
type UnitType = (typeof UNIT_TYPES)[number];

const readCsv = (text: string): Row[] => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

// Content files are written as staff keep them: UTF-8 without a byte-order mark, LF line ends, a final newline.
const writeCsv = (columns: readonly string[], rows: readonly Row[]): string =>
	`${Papa.unparse([[...columns], ...rows.map((row) => columns.map((column) => row[column] ?? ''))], { newline: '\n' })}\n`;

/** A TypeScript single-quoted string literal (the project's Prettier style). */
const quote = (text: string): string => `'${text.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'").replace(/\r?\n/gu, '\\n')}'`;

/**
 * Checks the public address given with --url: http(s), a host, no path, query or fragment (the base
 * path of project pages is BASE_PATH, not part of the address). Returns the address without a trailing slash.
 * @example checkSiteUrl('https://sonoivu.dienbien.gov.vn/') // { url: 'https://sonoivu.dienbien.gov.vn' }
 */
export function checkSiteUrl(url: string): { url: string } | { problem: NewSiteProblem } {
	const text = url.trim();
	const parsed = /^https?:\/\//iu.test(text) && URL.canParse(text) ? new URL(text) : undefined;
	if (!parsed) {
		return { problem: bilingual('scaffold.url.not-full', { url }) };
	}
	if (parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username || parsed.password) {
		return { problem: bilingual('scaffold.url.not-origin', { url, origin: parsed.origin }) };
	}
	if (parsed.origin === PLACEHOLDER_URL) {
		return { problem: bilingual('scaffold.url.placeholder', { placeholder: PLACEHOLDER_URL }) };
	}
	return { url: parsed.origin };
}

/**
 * Builds every file of a new province's site from the national lists, or says every problem with the
 * options at once (an unknown province code, a malformed address, an empty title).
 * @example buildNewSite(lists, { province: '11' }) // { site: { communes: 45, files: Map { 'content/provinces.csv' => …, … } } }
 */
export function buildNewSite(lists: NationalLists, options: NewSiteOptions): { site: NewSite } | { problems: NewSiteProblem[] } {
	const problems: NewSiteProblem[] = [];
	const provinces = readCsv(lists.provincesCsv);

	// The province: one of the 34 codes, written with two digits.
	const code = options.province.trim();
	const province = provinces.find((p) => p['province_code'] === code);
	if (!province) {
		const known = provinces.map((p) => `${p['province_code']} ${p['name']}`).join(', ');
		problems.push(bilingual('scaffold.province.unknown', { code: options.province, known }));
	}

	const checkedUrl = options.url === undefined ? undefined : checkSiteUrl(options.url);
	if (checkedUrl && 'problem' in checkedUrl) problems.push(checkedUrl.problem);
	for (const [flag, title] of [
		['--title-vi', options.titleVi],
		['--title-en', options.titleEn],
	] as const) {
		if (title !== undefined && title.trim() === '') problems.push(bilingual('scaffold.title.empty', { flag }));
	}

	const licence = /```\n([\s\S]*?)\n```/u.exec(lists.notice)?.[1];
	// A copy of the lists without their MIT notice would break their licence: never write one.
	if (!licence?.includes('MIT License')) {
		problems.push(bilingual('scaffold.licence.missing'));
	}
	if (!province || problems.length > 0) return { problems };

	const name = province['name'] ?? '';
	const fullName = province['full_name'] ?? '';
	const nameEn = province['name_en'] ?? '';
	const slug = slugify(name);
	const communesFile = `communes/${code}-${slug}.csv`;
	const agenciesFile = `agencies/${code}-${slug}.csv`;

	// Provinces: the national list reshaped to ProvinceSchema's columns (the same rows as the project's content/provinces.csv).
	const provincesText = writeCsv(
		['code', 'type', 'name', 'full_name', 'name_en'],
		provinces.map((p) => ({
			code: p['province_code'] ?? '',
			type: p['type'] ?? '',
			name: p['name'] ?? '',
			full_name: p['full_name'] ?? '',
			name_en: p['name_en'] ?? '',
		})),
	);

	// Communes: the province's rows in code order. Names that fold to one path (Văn Lang / Văn Lăng) get
	// the slug column the model asks for; the column is there only when a name needs it.
	const taken = new Set<string>();
	const communes = readCsv(lists.communesCsv)
		.filter((c) => c['province_code'] === code)
		.sort((a, b) => (a['ward_code'] ?? '').localeCompare(b['ward_code'] ?? ''))
		.map((c) => {
			const derived = slugify(c['name'] ?? '');
			const clash = taken.has(derived);
			taken.add(derived);
			return {
				code: c['ward_code'] ?? '',
				type: (c['type'] ?? '').toLowerCase(),
				name: c['name'] ?? '',
				full_name: c['full_name'] ?? '',
				name_en: c['name_en'] ?? '',
				slug: clash ? `${derived}-${c['ward_code']}` : '',
				province: code,
			};
		});
	const slugged = communes.filter((c) => c.slug !== '').length;
	const communeColumns =
		slugged > 0 ? ['code', 'type', 'name', 'full_name', 'name_en', 'slug', 'province'] : ['code', 'type', 'name', 'full_name', 'name_en', 'province'];

	const composition = UNIT_TYPES.map((type): [number, UnitType] => [communes.filter((c) => c.type === type).length, type]).filter(([count]) => count !== 0);

	const files = new Map<string, string>([
		['content/provinces.csv', provincesText],
		[`content/${communesFile}`, writeCsv(communeColumns, communes)],
		// Header only: every body is added by staff with the source that names it.
		[`content/${agenciesFile}`, writeCsv(Object.keys(AgencySchema.shape), [])],
		['content/specialties.csv', lists.specialtiesCsv],
		['content/decisions/.gitkeep', ''],
		['content/assignments/.gitkeep', ''],
		[
			'content/SOURCES.md',
			buildSources({
				code,
				fullName,
				nameEn,
				communesFile,
				agenciesFile,
				communes: communes.length,
				composition,
				slugged,
				licence: licence!,
				later: KNOWN_LATER_CHANGES[code],
			}),
		],
		[
			'site.config.ts',
			buildSiteConfig({
				url: checkedUrl && 'url' in checkedUrl ? checkedUrl.url : undefined,
				title: { vi: options.titleVi?.trim() || `Minh Bạch: ${fullName}`, en: options.titleEn?.trim() || `Minh Bạch: ${nameEn}` },
			}),
		],
	]);
	return { site: { province: { code, name, full_name: fullName, name_en: nameEn }, communes: communes.length, files } };
}

/** A warning the command prints for a province whose list is known to be out of date, if any. */
export function laterChangeOf(code: string): NewSiteProblem | undefined {
	return KNOWN_LATER_CHANGES[code];
}

/** The new content folder's SOURCES.md: where each file comes from, and the lists' licence notice. */
function buildSources(facts: {
	code: string;
	fullName: string;
	nameEn: string;
	communesFile: string;
	agenciesFile: string;
	communes: number;
	composition: [number, UnitType][];
	slugged: number;
	licence: string;
	later: NewSiteProblem | undefined;
}): string {
	// Each cell of the table says it in Vietnamese, then English.
	const both = (text: Localized): string => `${text.vi} — ${text.en}`;
	const name = { vi: facts.fullName, en: facts.nameEn };
	const composition = localize((lang) => facts.composition.map(([count, type]) => t(lang, `scaffold.sources.units.${type}`, { n: count })).join(', '));
	const slugNote = facts.slugged > 0 ? ` ${both(bilingual('scaffold.sources.communes.slug', { n: facts.slugged }))}` : '';
	const later = facts.later ? `\n> **${joinLanguages(bilingual('scaffold.note'))}.** ${facts.later.vi}\n> ${facts.later.en}\n` : '';
	const indented = facts.licence
		.split('\n')
		.map((line) => (line === '' ? '' : `    ${line}`))
		.join('\n');
	const communes = bilingual('scaffold.sources.communes', { n: facts.communes, name, composition });
	const noneYet = both(bilingual('scaffold.sources.none-yet'));
	return `# ${joinLanguages(bilingual('scaffold.sources.title'))}

${t('vi', 'scaffold.sources.intro', { code: facts.code, name })}

${t('en', 'scaffold.sources.intro', { code: facts.code, name })}
${later}
| file | source |
| --- | --- |
| \`provinces.csv\` | ${both(bilingual('scaffold.sources.provinces'))} |
| \`${facts.communesFile}\` | ${both(communes)}${slugNote} ${both(bilingual('scaffold.sources.communes.optional'))} |
| \`${facts.agenciesFile}\` | ${both(bilingual('scaffold.sources.agencies'))} |
| \`specialties.csv\` | ${both(bilingual('scaffold.sources.specialties'))} |
| \`decisions/\` | ${noneYet}. ${both(bilingual('scaffold.sources.decisions'))} |
| \`assignments/\` | ${noneYet}. ${both(bilingual('scaffold.sources.assignments'))} |

## Licence notice for the administrative-unit lists

Names, types and English names of provinces and communes come from
${LIST_SOURCE}:

${indented}
`;
}

/** The new site's site.config.ts: the project's shape (PLACEHOLDER_URL, site checked by defineSite, isPreviewAddress) with the province's title. */
function buildSiteConfig(values: { url: string | undefined; title: { vi: string; en: string } }): string {
	const url =
		values.url === undefined
			? `	// The placeholder until the site has its address: a preview only. A publishing build (CI=true or
	// MINH_BACH_PUBLISH=1) refuses it; set SITE_URL in the workflow or write the address here.
	url: process.env['SITE_URL'] || PLACEHOLDER_URL,`
			: `	url: process.env['SITE_URL'] || ${quote(values.url)},`;
	return `import { defineSite } from './src/schemas/site-config.ts';

/**
 * Site configuration: the one typed file a province edits to publish its own site. What each field
 * means, and the checks every command runs on it: src/schemas/site-config.ts. Environment variables
 * override the address for deployments (SITE_URL, BASE_PATH).
 * Written by \`npm run new:site\`: fill in every "${joinLanguages(bilingual('scaffold.fill-in'))}" before publishing.
 */
/**
 * The address a site has until a province sets its own: fine for a preview on a laptop, never for a
 * published site (the QR code on every printed notice would lead nowhere). A publishing build refuses
 * it; see src/integrations/content-check.ts.
 */
export const PLACEHOLDER_URL = ${quote(PLACEHOLDER_URL)};

export const site = defineSite({
${url}
	base: process.env['BASE_PATH'] ?? '/',
	title: { vi: ${quote(values.title.vi)}, en: ${quote(values.title.en)} },
	// Every page's footer and every citation name the publisher: write the body that publishes the site.
	publisher: { vi: ${quote(t('vi', 'scaffold.config.publisher'))}, en: ${quote(t('en', 'scaffold.config.publisher'))} },
	// Where readers ask for a correction: the body's e-mail address (a gov.vn mailbox) or a web page. The
	// example.org address below leads nowhere; replace it.
	contact: 'https://minh-bach.example.org/chua-dien-lien-he',
	// The licence of the data and text: the project's default; change it if the publisher uses another.
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
});

/** Whether the site is built with the placeholder address (a preview: every page says so). */
export const isPreviewAddress = (): boolean => site.url === PLACEHOLDER_URL;
`;
}
