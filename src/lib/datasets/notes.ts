import type { Lang } from '../i18n.ts';
import type { TableSchemaField } from './table-schema.ts';

/**
 * The one place the workbook, the SQLite dictionary and the tool guide read a column's description
 * in a language: the schemas' description (src/schemas/descriptions.ts) in that language.
 * @example columnNote({ name: 'commune', type: 'string', description: { vi: 'Mã xã.', en: 'Commune code.' } }, 'vi') // 'Mã xã.'
 */
export function columnNote(field: TableSchemaField, lang: Lang): string {
	return field.description[lang];
}
