import { zipSync, type Zippable } from 'fflate';
import { escapeXml } from '../escape.ts';
import { bilingual, joinLanguages, t, type Lang, type TextKey } from '../i18n.ts';
import type { Agency } from '../../schemas/agency.ts';
import { ASSIGNMENT_COLUMNS } from '../../schemas/assignment.ts';
import type { Commune } from '../../schemas/commune.ts';
import type { ContentRecords } from '../model/types.ts';
import { suggest } from '../slug.ts';
import type { Problem } from '../validate/problem.ts';
import { agencyNames, buildCommuneIndex, buildNameIndex, matchCommune, matchName, specialtyNames } from './match.ts';
import { importProblem } from './messages.ts';
import { columnLetters, TEMPLATE_SHEETS } from './xlsx-parts.ts';

/**
 * The template of `npm run template`: an .xlsx workbook that staff fill in and give to `npm run
 * import`. Its data sheet has the headers the importer reads and drop-down lists (data validation)
 * of the province's communes, agencies and specialties, so a filled template imports with nothing
 * left to resolve. The workbook is written here as SpreadsheetML and zipped with fflate:
 * write-excel-file writes neither data validation nor several sheets with their own views.
 */

export { TEMPLATE_SHEETS };

/**
 * The header of each assignments column in the template, in the order of ASSIGNMENT_COLUMNS; each is a
 * header that `mapHeader` maps to that column.
 */
export const TEMPLATE_HEADERS: Readonly<Record<string, string>> = {
	commune: 'Xã, phường nhận',
	agency: 'Cơ quan cử',
	specialty: 'Lĩnh vực',
	category: 'Nhóm',
	role: 'Vị trí',
	person_name: 'Họ và tên',
	person_title: 'Chức vụ',
	start: 'Từ ngày',
	end: 'Đến ngày',
	source: 'Nguồn',
	note: 'Ghi chú',
};

/** Rows of the data sheet (under its header) that carry the drop-downs and the date format. */
export const TEMPLATE_ROWS = 2000;

/** One list of the lists sheet: its heading and values, and the data column it feeds (if any). */
export interface TemplateList {
	heading: string;
	values: readonly string[];
	/** The assignments column whose cells offer this list as a drop-down. */
	column?: string;
}

/** What a template is built from: the province, and the decision when the template is for one. */
export interface TemplateLists {
	province: { code: string; name: string };
	decision?: { id: string; number?: string | undefined; start?: string | undefined; end?: string | undefined };
	/** The lists, in the order of their columns on the lists sheet. */
	lists: readonly TemplateList[];
}

/** What to build a template for: a decision (its province's lists, its categories and sources) or a province. */
export type TemplateTarget = { decision: string } | { province: string };

/**
 * The value a list shows for an item: its name when the importer resolves that name to exactly this
 * item, else its id or code (two units of one province could share a name).
 */
const shown = (name: string, id: string, resolvesTo: (name: string) => string | undefined): string => (resolvesTo(name) === id ? name : id);

const byVietnamese = (a: string, b: string): number => a.localeCompare(b, 'vi');

/**
 * Gathers the lists of a template from the content: the province's communes (full names, as the
 * importer matches them), its agencies, every specialty and, for a decision, its declared categories
 * and source ids. Gives problems instead when the decision or province is unknown.
 */
export function selectTemplateLists(records: ContentRecords, target: TemplateTarget, file = 'content'): { lists?: TemplateLists; problems: Problem[] } {
	const decision = 'decision' in target ? records.decisions.find((record) => record.data.fileStem === target.decision)?.data : undefined;
	if ('decision' in target && !decision) {
		const near = suggest(
			target.decision,
			records.decisions.map((record) => record.data.fileStem),
		);
		return { problems: [importProblem(file, undefined, undefined, 'import.decision-unknown', { found: target.decision, suggestion: near })] };
	}
	const code = decision ? decision.province : (target as { province: string }).province;
	const province = records.provinces.find((record) => record.data.code === code)?.data;
	if (!province) {
		const near = suggest(
			code,
			records.provinces.map((record) => record.data.code),
		);
		return { problems: [importProblem(file, undefined, undefined, 'import.province-unknown', { found: code, suggestion: near })] };
	}

	// Communes: current units of the province by full name, checked against the importer's own matcher.
	const communes = records.communes.map((record) => record.data).filter((commune) => commune.province === province.code);
	const communeIndex = buildCommuneIndex(communes);
	const communeValue = (commune: Commune): string =>
		shown(commune.full_name, commune.code, (name) => {
			const match = matchCommune(name, communeIndex);
			return match.kind === 'resolved' ? match.commune.code : undefined;
		});
	// Agencies: the province's bodies, matched as the importer does (their province's name may be left out).
	const agencies = records.agencies.map((record) => record.data).filter((agency) => agency.province === province.code);
	const others = records.agencies.map((record) => record.data).filter((agency) => agency.province !== province.code);
	const agencyIndex = buildNameIndex(
		[...agencies, ...others],
		(agency: Agency) => agency.id,
		(agency) => agencyNames(agency, agency.province === province.code ? province.name : undefined),
	);
	const specialties = records.specialties.map((record) => record.data);
	const specialtyIndex = buildNameIndex(specialties, (specialty) => specialty.id, specialtyNames);
	const idOfMatch = <T extends { id: string }>(index: Parameters<typeof matchName<T>>[1]) => {
		return (name: string): string | undefined => {
			const match = matchName(name, index);
			return match.kind === 'resolved' ? match.item.id : undefined;
		};
	};

	const lists: TemplateList[] = [
		{ heading: t('vi', 'template.list.communes'), values: communes.map(communeValue).sort(byVietnamese), column: 'commune' },
		{
			heading: t('vi', 'template.list.agencies'),
			values: agencies.map((agency) => shown(agency.name, agency.id, idOfMatch(agencyIndex))).sort(byVietnamese),
			column: 'agency',
		},
		{
			heading: t('vi', 'template.list.specialties'),
			values: specialties.map((specialty) => shown(specialty.name, specialty.id, idOfMatch(specialtyIndex))).sort(byVietnamese),
			column: 'specialty',
		},
	];
	if (decision) {
		const categoryIndex = buildNameIndex(
			decision.declared,
			(category) => category.id,
			(category) => [category.label, category.label_en],
		);
		lists.push(
			{
				heading: t('vi', 'template.list.categories'),
				values: decision.declared.map((category) => shown(category.label, category.id, idOfMatch(categoryIndex))),
				column: 'category',
			},
			// The importer copies a source as it stands: the list holds the ids, with their titles beside them.
			{ heading: t('vi', 'template.list.sources'), values: decision.sources.map((source) => source.id), column: 'source' },
			{ heading: t('vi', 'template.list.source-titles'), values: decision.sources.map((source) => source.title) },
		);
	}
	return {
		lists: {
			province: { code: province.code, name: province.name },
			...(decision ? { decision: { id: decision.fileStem, number: decision.number, start: decision.start, end: decision.end } } : {}),
			lists,
		},
		problems: [],
	};
}

/** Excel's serial day number of an ISO date (1900 date system). */
const serialOf = (iso: string): number => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
/** Cell styles of styles.xml: 0 plain, 1 date (dd/mm/yyyy), 2 bold header (wrapped), 3 wrapped text. */
const STYLE = { date: 1, header: 2, wrap: 3 } as const;

/** A text cell (inline string; nothing to share between sheets this small). */
const textCell = (ref: string, text: string, style?: number): string =>
	`<c r="${ref}" t="inlineStr"${style === undefined ? '' : ` s="${style}"`}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

const rowXml = (row: number, cells: readonly string[], style?: number): string =>
	`<row r="${row}">${cells.map((text, column) => (text === '' ? '' : textCell(`${columnLetters(column + 1)}${row}`, text, style))).join('')}</row>`;

const colsXml = (widths: readonly number[], styles: readonly (number | undefined)[] = []): string =>
	`<cols>${widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}"${styles[i] === undefined ? '' : ` style="${styles[i]}"`} customWidth="1"/>`).join('')}</cols>`;

/** A sheet view whose first row stays in view while scrolling. */
const FROZEN_HEADER =
	'<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';

/** One line of the guide, and whether it is a heading (set in bold). */
interface GuideLine {
	text: string;
	heading?: true;
}

/** The guide's text: Vietnamese, then English. */
function guideLines(template: TemplateLists): GuideLine[] {
	const { province, decision } = template;
	const forWhat = decision
		? bilingual('template.for-decision', { number: decision.number ?? decision.id, id: decision.id, province: province.name })
		: bilingual('template.for-province', { province: province.name, code: province.code });
	const sources = template.lists.find((list) => list.column === 'source');
	const titles = template.lists.find((list) => list.heading === t('vi', 'template.list.source-titles'));
	const sourceLines = (sources?.values ?? []).map((source, i) => `    ${source}: ${titles?.values[i] ?? ''}`);
	const inLanguage = (lang: Lang): GuideLine[] => [
		{ text: t(lang, 'template.title', { what: forWhat[lang] }), heading: true },
		{ text: '' },
		{ text: t(lang, 'template.how'), heading: true },
		...[
			t(lang, 'template.step-1', { sheet: TEMPLATE_SHEETS.data }),
			t(lang, 'template.step-2', { also: decision ? t(lang, 'template.step-2.also') : '', lists: TEMPLATE_SHEETS.lists }),
			t(lang, 'template.step-3'),
			t(lang, 'template.step-4'),
			t(lang, 'template.step-5'),
			t(lang, 'template.step-6', { id: decision?.id ?? t(lang, 'template.decision-id') }),
			t(lang, 'template.step-6.after'),
		].map((text) => ({ text })),
	];
	// The decision's sources are listed once, after the Vietnamese guide.
	const sourceList = sourceLines.length > 0 ? [{ text: '' }, { text: t('vi', 'template.sources') }, ...sourceLines.map((text) => ({ text }))] : [];
	return [...inLanguage('vi'), ...sourceList, { text: '' }, ...inLanguage('en')];
}

/** The guide sheet: one wide column of wrapped text. */
function guideSheet(template: TemplateLists): string {
	const rows = guideLines(template).map((line, i) => rowXml(i + 1, [line.text], line.heading ? STYLE.header : STYLE.wrap));
	return `${XML_HEAD}<worksheet ${MAIN_NS} ${REL_NS}><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>${colsXml([120])}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** A range of the lists sheet as a formula: `'Danh mục'!$A$2:$A$46`. */
const listRange = (column: number, count: number): string => {
	const letter = columnLetters(column);
	return `'${TEMPLATE_SHEETS.lists.replace(/'/gu, "''")}'!$${letter}$2:$${letter}$${count + 1}`;
};

/** Drop-down prompts and error texts (Excel shows a title of at most 32 and a text of at most 255 characters). */
const PROMPTS: Readonly<Record<string, { title: string; prompt: TextKey; strict: boolean }>> = {
	commune: { title: TEMPLATE_HEADERS['commune']!, prompt: 'template.prompt.pick', strict: true },
	agency: { title: TEMPLATE_HEADERS['agency']!, prompt: 'template.prompt.pick-or-empty', strict: false },
	specialty: { title: TEMPLATE_HEADERS['specialty']!, prompt: 'template.prompt.pick-or-empty', strict: false },
	category: { title: TEMPLATE_HEADERS['category']!, prompt: 'template.prompt.category', strict: true },
	source: { title: TEMPLATE_HEADERS['source']!, prompt: 'template.prompt.source', strict: true },
};

/** The data sheet: the header row (frozen), column widths, date format and the drop-downs. */
function dataSheet(template: TemplateLists): string {
	const columns = [...ASSIGNMENT_COLUMNS];
	const widths: Readonly<Record<string, number>> = {
		commune: 26,
		agency: 40,
		specialty: 30,
		category: 34,
		role: 24,
		person_name: 24,
		person_title: 20,
		start: 12,
		end: 12,
		source: 16,
		note: 40,
	};
	const dateColumns = new Set(['start', 'end']);
	const last = TEMPLATE_ROWS + 1;
	const letterOf = (column: string): string => columnLetters(columns.indexOf(column) + 1);
	const validations: string[] = [];
	template.lists.forEach((list, i) => {
		if (list.column === undefined || list.values.length === 0 || !columns.includes(list.column)) return;
		const letter = letterOf(list.column);
		const text = PROMPTS[list.column]!;
		// "stop" refuses a value outside the list; "warning" lets staff keep one (the importer then names it).
		const style = text.strict ? '' : ' errorStyle="warning"';
		validations.push(
			`<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"${style} errorTitle="${escapeXml(text.title)}" error="${escapeXml(joinLanguages(bilingual('template.prompt.not-in-list')))}" promptTitle="${escapeXml(text.title)}" prompt="${escapeXml(joinLanguages(bilingual(text.prompt)))}" sqref="${letter}2:${letter}${last}"><formula1>${escapeXml(listRange(i + 1, list.values.length))}</formula1></dataValidation>`,
		);
	});
	// Dates: a real date between 2000 and 2099 (the content's plausible window), shown as dd/mm/yyyy.
	const dates = `${letterOf('start')}2:${letterOf('end')}${last}`;
	const dateTitle = escapeXml(joinLanguages(bilingual('template.date.title')));
	validations.push(
		`<dataValidation type="date" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${dateTitle}" error="${escapeXml(joinLanguages(bilingual('template.date.error')))}" promptTitle="${dateTitle}" prompt="${escapeXml(joinLanguages(bilingual('template.date.prompt')))}" sqref="${dates}"><formula1>${serialOf('2000-01-01')}</formula1><formula2>${serialOf('2099-12-31')}</formula2></dataValidation>`,
	);
	const header = rowXml(
		1,
		columns.map((column) => TEMPLATE_HEADERS[column]!),
		STYLE.header,
	);
	return [
		`${XML_HEAD}<worksheet ${MAIN_NS} ${REL_NS}>`,
		`<dimension ref="A1:${columnLetters(columns.length)}1"/>`,
		FROZEN_HEADER,
		// The column style is the one Excel and LibreOffice give a cell typed into the column.
		colsXml(
			columns.map((column) => widths[column] ?? 16),
			columns.map((column) => (dateColumns.has(column) ? STYLE.date : undefined)),
		),
		`<sheetData>${header}</sheetData>`,
		`<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`,
		'</worksheet>',
	].join('');
}

/** The lists sheet: one column per list, its heading in row 1. */
function listsSheet(template: TemplateLists): string {
	const { lists } = template;
	const height = Math.max(0, ...lists.map((list) => list.values.length));
	const rows = [
		rowXml(
			1,
			lists.map((list) => list.heading),
			STYLE.header,
		),
	];
	for (let i = 0; i < height; i++)
		rows.push(
			rowXml(
				i + 2,
				lists.map((list) => list.values[i] ?? ''),
			),
		);
	const widths = lists.map((list) => Math.min(60, Math.max(12, ...list.values.map((value) => value.length + 2))));
	return `${XML_HEAD}<worksheet ${MAIN_NS} ${REL_NS}>${FROZEN_HEADER}${colsXml(widths)}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const STYLES_XML = [
	XML_HEAD,
	`<styleSheet ${MAIN_NS}>`,
	'<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>',
	'<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
	'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
	'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
	'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
	'<cellXfs count="4">',
	'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
	'<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
	'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
	'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
	'</cellXfs>',
	'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
	'</styleSheet>',
].join('');

/**
 * The parts of the template workbook (path inside the zip → XML text): the guide, the data sheet and
 * the lists sheet, with the styles, workbook and relationships that tie them together.
 */
export function buildTemplateParts(template: TemplateLists): Record<string, string> {
	const sheets = [
		{ name: TEMPLATE_SHEETS.guide, xml: guideSheet(template) },
		{ name: TEMPLATE_SHEETS.data, xml: dataSheet(template) },
		{ name: TEMPLATE_SHEETS.lists, xml: listsSheet(template) },
	];
	const worksheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
	const relType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	const parts: Record<string, string> = {
		'[Content_Types].xml': [
			XML_HEAD,
			'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
			'<Default Extension="xml" ContentType="application/xml"/>',
			'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
			'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
			...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${worksheetType}"/>`),
			'</Types>',
		].join(''),
		'_rels/.rels': `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		'xl/workbook.xml': [
			`${XML_HEAD}<workbook ${MAIN_NS} ${REL_NS}>`,
			'<bookViews><workbookView activeTab="0"/></bookViews><sheets>',
			...sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`),
			'</sheets></workbook>',
		].join(''),
		'xl/_rels/workbook.xml.rels': [
			`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
			...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relType}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
			`<Relationship Id="rId${sheets.length + 1}" Type="${relType}/styles" Target="styles.xml"/>`,
			'</Relationships>',
		].join(''),
		'xl/styles.xml': STYLES_XML,
	};
	sheets.forEach((sheet, i) => {
		parts[`xl/worksheets/sheet${i + 1}.xml`] = sheet.xml;
	});
	return parts;
}

/**
 * Zips workbook parts into the bytes of an .xlsx file, deterministically: the same parts give the
 * same bytes on every machine (a fixed time stamp, given in local time as zip stores it).
 */
export function packWorkbook(parts: Readonly<Record<string, string>>): Uint8Array {
	const mtime = new Date(1980, 0, 1, 0, 0, 0);
	const files: Zippable = {};
	for (const [path, xml] of Object.entries(parts)) files[path] = [new TextEncoder().encode(xml), { level: 6, mtime }];
	return zipSync(files, { mtime });
}

/** The bytes of the template workbook for the given lists. */
export function buildTemplate(template: TemplateLists): Uint8Array {
	return packWorkbook(buildTemplateParts(template));
}

/**
 * The file name a template is written to by default.
 * @example templateFileName({ decision: '123-qd-ubnd-2025' }) // 'mau-phan-cong-123-qd-ubnd-2025.xlsx'
 */
export function templateFileName(target: TemplateTarget): string {
	return 'decision' in target ? `mau-phan-cong-${target.decision}.xlsx` : `mau-phan-cong-tinh-${target.province}.xlsx`;
}
