import { formatDate, formatNumber, LANGS, t } from '../i18n.ts';
import type { PublicationInfo } from './publication.ts';
import { tableText } from './package.ts';
import type { PublishedTable } from './table.ts';

/** The CSV rules in the order the download page and the ZIP guide list them (UI string keys). */
export const CSV_RULES = [
	'data.rules.encoding',
	'data.rules.quoting',
	'data.rules.header',
	'data.rules.formula',
	'data.rules.empty',
	'data.rules.dates',
	'data.rules.lists',
	'data.rules.order',
	'data.rules.json',
] as const;

/** What the guide in the ZIP says about the publication. */
export interface ReadmeInfo extends PublicationInfo {
	/** Whether SOURCES.md is in the archive. */
	hasSourcesNote: boolean;
	/** File names of the workbook and the database, when the archive holds them. */
	workbook?: string;
	database?: string;
}

/**
 * The short guide in the data ZIP, in Vietnamese then English: what the files are, how the CSV is
 * written (the same sentences as the download page), and how to cite the data.
 */
export function buildZipReadme(tables: readonly PublishedTable[], info: ReadmeInfo): string {
	const lines: string[] = [];
	for (const lang of LANGS) {
		lines.push(`# ${info.title[lang]}`, '');
		lines.push(t(lang, 'data.readme.intro', { publisher: info.publisher[lang] }), '');
		lines.push(t(lang, 'data.versionLine', { version: info.version, date: formatDate(info.created, lang) }), '');
		lines.push(`## ${t(lang, 'data.readme.files')}`, '');
		for (const table of tables) {
			lines.push(
				`- ${table.name}.csv, ${table.name}.json: ${tableText(lang, table.name, 'title')} (${t(lang, 'data.rowCount', { n: formatNumber(lang, table.rows.length) })}). ${tableText(lang, table.name, 'description')}`,
			);
		}
		lines.push(`- ${t(lang, 'data.readme.package')}`);
		if (info.workbook) lines.push(`- ${info.workbook}: ${t(lang, 'data.all.xlsx')}.`);
		if (info.database) lines.push(`- ${info.database}: ${t(lang, 'data.all.sqlite')}.`);
		if (info.hasSourcesNote) lines.push(`- ${t(lang, 'data.readme.sourcesNote')}`);
		lines.push('', `## ${t(lang, 'data.rules.heading')}`, '');
		for (const rule of CSV_RULES) lines.push(`- ${t(lang, rule)}`);
		lines.push('', `## ${t(lang, 'data.cite.heading')}`, '');
		lines.push(`${t(lang, 'data.licenceLine', { licence: `${info.licence.name} (${info.licence.url})` })} ${t(lang, 'data.cite.how')}`, '');
		lines.push(
			t(lang, 'data.cite.line', { publisher: info.publisher[lang], title: info.title[lang], url: info.homepage[lang], version: info.version }),
			'',
			t(lang, 'data.cite.note'),
			'',
		);
	}
	// CRLF like the CSV files: the guide opens cleanly in Notepad too.
	return lines.join('\r\n');
}
