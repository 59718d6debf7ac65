import { describe, expect, test } from 'vitest';
import { excelSerialToIso, parseImportDate, parseImportPeriod } from '../../../src/lib/import/dates.ts';

describe('parseImportDate', () => {
	test.each([
		['20/10/2025', '2025-10-20', 'day-month-year'],
		['2/2/2026', '2026-02-02', 'day-month-year'],
		['2/2/26', '2026-02-02', 'two-digit-year'],
		['20/10/25', '2025-10-20', 'two-digit-year'],
		['2025-10-20', '2025-10-20', 'iso'],
		['20.10.2025', '2025-10-20', 'separator'],
		['20-10-2025', '2025-10-20', 'separator'],
		['45950', '2025-10-20', 'excel-serial'],
		[45950, '2025-10-20', 'excel-serial'],
		[46055, '2026-02-02', 'excel-serial'],
		[new Date('2026-02-02T00:00:00Z'), '2026-02-02', 'excel-date'],
		// A date cell read at a local midnight east of UTC still gives its own day.
		[new Date('2026-02-01T17:00:00Z'), '2026-02-02', 'excel-date'],
	] as const)('reads %j as %s (%s)', (value, iso, reading) => {
		expect(parseImportDate(value)).toEqual({ iso, reading });
	});

	test.each([['31/02/2026'], ['2026/02/02'], ['tháng 2'], [''], ['12345'], [45950.5], [100]] as const)('refuses %j', (value) => {
		expect(parseImportDate(value)).toBeUndefined();
	});
});

describe('excelSerialToIso', () => {
	test.each([
		[32874, '1990-01-01'],
		[45950, '2025-10-20'],
		[73050, '2099-12-31'],
	])('converts serial %i to %s', (serial, iso) => {
		expect(excelSerialToIso(serial)).toBe(iso);
	});

	test.each([[32873], [73051], [-1]])('leaves %i outside the plausible range unread', (serial) => {
		expect(excelSerialToIso(serial)).toBeUndefined();
	});
});

describe('parseImportPeriod', () => {
	test.each([
		['06/10/2025 - 05/04/2026', '2025-10-06', '2026-04-05'],
		['06/10/2025–05/04/2026', '2025-10-06', '2026-04-05'],
		['06/10/2025-05/04/2026', '2025-10-06', '2026-04-05'],
		['Từ 06/10/2025 đến 05/04/2026', '2025-10-06', '2026-04-05'],
		['from 2025-10-06 to 2026-04-05', '2025-10-06', '2026-04-05'],
		['2025-10-06 - 2026-04-05', '2025-10-06', '2026-04-05'],
	])('splits "%s" into %s and %s', (text, start, end) => {
		const period = parseImportPeriod(text);
		expect([period?.start.iso, period?.end.iso]).toEqual([start, end]);
	});

	test.each([['06/10/2025'], ['6 tháng'], ['05/04/2026 - 06/10/2025'], ['06/10/2025 - 31/02/2026'], ['2025-10-06-2026-04-05']])(
		'reads "%s" as no period',
		(text) => {
			expect(parseImportPeriod(text)).toBeUndefined();
		},
	);
});
