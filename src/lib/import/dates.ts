import { parseDate } from '../../schemas/common.ts';

/** How a spreadsheet date cell was read, for the import report. */
export type DateReading = 'iso' | 'day-month-year' | 'two-digit-year' | 'excel-serial' | 'excel-date' | 'separator';

/** A date cell read to ISO `yyyy-mm-dd`, with how it was read. */
export interface ImportedDate {
	iso: string;
	reading: DateReading;
}

const DAY_MS = 86_400_000;
// Excel's day 0 is 30/12/1899 in the 1900 date system (its phantom 29/02/1900 is before any plausible date here).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
// Serial numbers from 1/1/1990 (32874) to 31/12/2099 (73050): outside that a number is not a date of this domain.
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_050;

const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Converts an Excel serial day number (1900 date system) to ISO, or undefined when the number is not a
 * whole day between 1990 and 2099.
 * @example excelSerialToIso(45950) // '2025-10-20'
 */
export function excelSerialToIso(serial: number): string | undefined {
	if (!Number.isInteger(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return undefined;
	return isoOf(EXCEL_EPOCH_MS + serial * DAY_MS);
}

/**
 * Reads a date as staff type or Excel stores it: a date cell, an Excel serial number, `dd/mm/yyyy`,
 * `d/m/yy` (20yy), `dd.mm.yyyy`, `dd-mm-yyyy` or ISO; undefined for anything else.
 * @example parseImportDate('20/10/25') // { iso: '2025-10-20', reading: 'two-digit-year' }
 */
export function parseImportDate(value: string | number | Date): ImportedDate | undefined {
	if (value instanceof Date) {
		// A date cell is a day without a time zone; round to the nearest UTC midnight.
		const ms = value.getTime();
		return Number.isNaN(ms) ? undefined : { iso: isoOf(Math.round(ms / DAY_MS) * DAY_MS), reading: 'excel-date' };
	}
	if (typeof value === 'number') {
		const iso = excelSerialToIso(value);
		return iso ? { iso, reading: 'excel-serial' } : undefined;
	}
	const text = value.trim();
	if (/^\d{5}$/u.test(text)) {
		const iso = excelSerialToIso(Number(text));
		return iso ? { iso, reading: 'excel-serial' } : undefined;
	}
	if (/^\d{4}-\d{2}-\d{2}$/u.test(text)) {
		const iso = parseDate(text);
		return iso ? { iso, reading: 'iso' } : undefined;
	}
	const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/u.exec(text);
	if (!dmy) return undefined;
	const [, day, separator, month, year] = dmy as unknown as [string, string, string, string, string];
	const fullYear = year.length === 2 ? `20${year}` : year;
	const iso = parseDate(`${day}/${month}/${fullYear}`);
	if (!iso) return undefined;
	const reading: DateReading = year.length === 2 ? 'two-digit-year' : separator === '/' ? 'day-month-year' : 'separator';
	return { iso, reading };
}

/**
 * Reads a period written in one cell: two dates joined by a dash, "đến" or "to", optionally after
 * "Từ" / "From" ("06/10/2025 - 05/04/2026", "từ 06/10/2025 đến 05/04/2026"); undefined when it is
 * not two readable dates with the first not after the last.
 * @example parseImportPeriod('06/10/2025 - 05/04/2026')?.end.iso // '2026-04-05'
 */
export function parseImportPeriod(value: string): { start: ImportedDate; end: ImportedDate } | undefined {
	const text = value.trim().replace(/^(?:từ|from)\s+/iu, '');
	// A dash between spaces, an en or em dash, or a word; a bare "-" only right after a year (dates may use "-" themselves).
	let parts = text.split(/\s+(?:-|đến|to)\s+|\s*[–—]\s*/iu);
	if (parts.length !== 2) parts = text.split(/(?<=\d{4})-(?=\d{1,2}[/.]\d)/u);
	if (parts.length !== 2) return undefined;
	const start = parseImportDate(parts[0]!);
	const end = parseImportDate(parts[1]!);
	if (!start || !end || start.iso > end.iso) return undefined;
	return { start, end };
}
