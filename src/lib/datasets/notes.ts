import type { Lang } from '../i18n.ts';
import type { TableSchemaField } from './table-schema.ts';

/**
 * The one place the workbook, the SQLite dictionary and the tool guide read a column's description
 * in a language. Today every field's description is English (from the schemas' JSDoc), so both
 * languages get it; once the schemas carry Vietnamese and English, this is the line to switch.
 * @example columnNote({ name: 'commune', type: 'string', description: 'Commune code.' }, 'vi') // 'Commune code.'
 */
export function columnNote(field: TableSchemaField, _lang: Lang): string {
	return field.description;
}
