import { bilingual, formatDate, formatNumber, LANGS, t, type Lang } from '../i18n.ts';
import type { PublicationInfo } from './publication.ts';
import type { Row } from './csv.ts';
import { tableText } from './package.ts';
import type { PublishedTable } from './table.ts';
import { isPartialDateField, type TableSchemaField } from './table-schema.ts';
import { cell, dateCell, writeXlsx, xlsxZipInput, type XlsxCell, type XlsxInfo, type XlsxSheet } from './xlsx.ts';

/**
 * The published workbooks (the whole data set, and one per province): a guide sheet in Vietnamese
 * and English, one sheet per table with its values typed as the data package types them, and a
 * dictionary sheet. Codes and ids are text (so "03158" keeps its zero), counts are numbers, days
 * are dates; a date known only to the month or year is a date cell of its first day, shown to that
 * precision, with a `<column>_precision` column beside it.
 */

/** The name of the first sheet, the guide: its title in Vietnamese, then English ("Đọc trước - Read me"). */
export const GUIDE_SHEET = `${t('vi', 'data.xlsx.guideTitle')} - ${t('en', 'data.xlsx.guideTitle')}`;
/** The name of the last sheet, the data dictionary. */
export const DICTIONARY_SHEET = 'dictionary';
/** The suffix of the column that says how precise a partial date is. */
export const PRECISION_SUFFIX = '_precision';

/** What the guide sheet says about the publication. */
export interface WorkbookInfo extends PublicationInfo {
	/** The province the workbook is limited to (its name per language), if any. */
	province?: Record<Lang, string>;
}

/** A column of a table sheet: its header, the note on that header, and its cell in a row. */
export interface WorkbookColumn {
	name: string;
	/** The column's description, as the dictionary and the header note give it. */
	description: { vi: string; en: string };
	/** The column's type, as the dictionary sheet gives it. */
	type: string;
	required: boolean;
	value: (row: Row) => XlsxCell;
}

/** A published value as the cell its field's type calls for. */
function typedCell(field: TableSchemaField, value: Row[string] | undefined): XlsxCell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return cell.number(value);
	if (typeof value === 'boolean') return cell.boolean(value);
	if (field.type === 'date' || isPartialDateField(field)) {
		const date = dateCell(value);
		if (date) return date;
	}
	if (field.type === 'integer' || field.type === 'number') throw new Error(`Column "${field.name}": "${value}" is not a number.`);
	return cell.text(value);
}

/**
 * The columns of a table's sheet: every published field in order, each partial-date field followed
 * by its precision column.
 */
export function workbookColumns(table: PublishedTable): WorkbookColumn[] {
	return table.fields.flatMap((field): WorkbookColumn[] => {
		const column: WorkbookColumn = {
			name: field.name,
			description: field.description,
			type: field.type === 'string' && isPartialDateField(field) ? 'date (day, month or year)' : field.type,
			required: field.constraints?.required === true,
			value: (row) => typedCell(field, row[field.name]),
		};
		if (!isPartialDateField(field)) return [column];
		const precision: WorkbookColumn = {
			name: `${field.name}${PRECISION_SUFFIX}`,
			description: bilingual('data.xlsx.precisionNote', { column: field.name }),
			type: 'string',
			required: column.required,
			value: (row) => {
				const value = row[field.name];
				const date = typeof value === 'string' ? dateCell(value) : undefined;
				return date ? cell.text(date.precision) : null;
			},
		};
		return [column, precision];
	});
}

/** A note in Vietnamese then English, said once where both are the same text. */
const bothLanguages = (text: { vi: string; en: string }): string => (text.vi === text.en ? text.en : `${text.vi}\n\n${text.en}`);

function tableSheet(table: PublishedTable): XlsxSheet {
	const columns = workbookColumns(table);
	return {
		name: table.name,
		header: true,
		notes: columns.map((column) => bothLanguages(column.description)),
		rows: [columns.map((column) => cell.text(column.name)), ...table.rows.map((row) => columns.map((column) => column.value(row)))],
	};
}

function dictionarySheet(tables: readonly PublishedTable[]): XlsxSheet {
	const header = ['table', 'column', 'type', 'required', 'description_en', 'description_vi'];
	const notes = [
		'The sheet (and table) the column belongs to.',
		'The column name, as in the sheet, the CSV and the SQLite database.',
		'The type of its values: string (text), integer, number, boolean, date.',
		'Whether every row has a value.',
		'What the column means, in English.',
		'What the column means, in Vietnamese.',
	];
	const rows: XlsxCell[][] = [header.map((name) => cell.text(name))];
	for (const table of tables) {
		for (const column of workbookColumns(table)) {
			rows.push([
				cell.text(table.name),
				cell.text(column.name),
				cell.text(column.type),
				cell.boolean(column.required),
				cell.text(column.description.en),
				cell.text(column.description.vi),
			]);
		}
	}
	return { name: DICTIONARY_SHEET, header: true, notes, rows, widths: [16, 26, 22, 10, 80, 80] };
}

function guideSheet(tables: readonly PublishedTable[], info: WorkbookInfo): XlsxSheet {
	const rows: XlsxCell[][] = [];
	const line = (label: string, text: string): void => {
		rows.push([label ? cell.text(label) : null, cell.text(text)]);
	};
	for (const lang of LANGS) {
		if (rows.length > 0) rows.push([]);
		line(t(lang, 'data.xlsx.guideTitle'), info.title[lang]);
		line('', info.province ? t(lang, 'data.xlsx.scopeProvince', { province: info.province[lang] }) : t(lang, 'data.xlsx.scopeAll'));
		line('', t(lang, 'data.readme.intro', { publisher: info.publisher[lang] }));
		line('', t(lang, 'data.versionLine', { version: info.version, date: formatDate(info.created, lang) }));
		line('', t(lang, 'data.xlsx.types'));
		rows.push([]);
		line(t(lang, 'data.xlsx.sheet'), t(lang, 'data.xlsx.sheets'));
		for (const table of tables) {
			line(
				table.name,
				`${tableText(lang, table.name, 'title')} (${t(lang, 'data.rowCount', { n: formatNumber(lang, table.rows.length) })}). ${tableText(lang, table.name, 'description')}`,
			);
		}
		line(DICTIONARY_SHEET, t(lang, 'data.xlsx.dictionary'));
		rows.push([]);
		line(t(lang, 'data.cite.heading'), `${t(lang, 'data.licenceLine', { licence: `${info.licence.name} (${info.licence.url})` })} ${t(lang, 'data.cite.how')}`);
		line('', t(lang, 'data.cite.line', { publisher: info.publisher[lang], title: info.title[lang], url: info.homepage[lang], version: info.version }));
		line('', t(lang, 'data.cite.note'));
	}
	return { name: GUIDE_SHEET, header: false, wrap: true, rows, widths: [20, 90] };
}

/** The sheets of a workbook: the guide, one per table, the dictionary. */
export function buildWorkbookSheets(tables: readonly PublishedTable[], info: WorkbookInfo): XlsxSheet[] {
	return [guideSheet(tables, info), ...tables.map(tableSheet), dictionarySheet(tables)];
}

/** The bytes of a published workbook: the same tables and info give the same bytes. */
export function buildWorkbook(tables: readonly PublishedTable[], info: WorkbookInfo): Uint8Array {
	return writeXlsx(buildWorkbookSheets(tables, info), workbookProperties(info));
}

/** What `buildWorkbook` hands to the zip step, for a build that deflates on another thread (src/lib/io/worker.ts). */
export function workbookZipInput(tables: readonly PublishedTable[], info: WorkbookInfo): ReturnType<typeof xlsxZipInput> {
	return xlsxZipInput(buildWorkbookSheets(tables, info), workbookProperties(info));
}

/** The workbook's document properties: its title (naming the province of a province's workbook), creator and date. */
function workbookProperties(info: WorkbookInfo): XlsxInfo {
	const title = info.province ? `${info.title.vi}: ${info.province.vi}` : info.title.vi;
	return { title, creator: info.publisher.vi, date: info.created };
}
