import type { FieldDescription } from '../../schemas/descriptions.ts';
import text from './column-descriptions.json' with { type: 'json' };

/**
 * What each derived column of the published tables means (a column computed by the site rather than
 * copied from a content field, or one whose meaning there is sharper than its field's), in Vietnamese
 * and English, by table and column. The sentences live in `column-descriptions.json` (data that
 * translators edit); `status` is written once there, since it means the same in both tables that have
 * it. Columns that publish a content field as it is take their field's description
 * (src/schemas/descriptions.json). Read by resolveField in table.ts, which refuses a column that
 * neither describes.
 */
export const COLUMN_DESCRIPTIONS: Readonly<Record<string, Readonly<Record<string, FieldDescription>>>> = {
	...text.tables,
	decisions: { ...text.tables.decisions, status: text.status },
	assignments: { ...text.tables.assignments, status: text.status },
};
