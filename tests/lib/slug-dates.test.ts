import { describe, expect, test } from 'vitest';
import { addDays, addMonths, endOfDuration, statusOn } from '../../src/lib/dates.ts';
import { formatDay } from '../../src/lib/format.ts';
import { decisionId, editDistance, slugify, suggest } from '../../src/lib/slug.ts';

describe('slugs', () => {
	test.each([
		['Phường Điện Biên Phủ', 'phuong-dien-bien-phu'],
		['Điện Biên', 'dien-bien'],
		['Mường  Lay', 'muong-lay'],
		['Sín Thầu', 'sin-thau'],
		['Nậm Kè', 'nam-ke'],
		['Ẳng Tở', 'ang-to'],
		['Thành phố Hồ Chí Minh', 'thanh-pho-ho-chi-minh'],
		['Công nghệ thông tin, chuyển đổi số', 'cong-nghe-thong-tin-chuyen-doi-so'],
		['  -Đặc khu Phú Quốc- ', 'dac-khu-phu-quoc'],
		['Điện Biên Phủ'.normalize('NFD'), 'dien-bien-phu'],
	])('slugify(%j) is %j', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	test.each([
		[{ number: '2446/QĐ-UBND', date: '2025-10-17' }, '2446-qd-ubnd-2025'],
		[{ number: '2446/QĐ-UBND', announced: '2025-10-21' }, '2446-qd-ubnd-2025'],
		[{ number: '19/2025/QĐ-TTg', date: '2025-04-30' }, '19-2025-qd-ttg'],
		[{ announced: '2026-01-14' }, 'dien-bien-2026-01-14'],
		[{ date: '2025-09' }, 'dien-bien-2025-09'],
		[{ date: '2025-08-28', announced: '2025-09-01' }, 'dien-bien-2025-08-28'],
	])('decisionId(%j) is %j', (decision, id) => {
		expect(decisionId(decision, 'dien-bien')).toBe(id);
	});

	test.each([
		['', '', 0],
		['cntt', 'cnt', 1],
		['dat-dai', 'dat-dia', 2],
		['kitten', 'sitting', 3],
	])('editDistance(%j, %j) is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});

	test.each([
		['cnt', ['cntt', 'dat-dai'], 'cntt'],
		['so-xay-dug-dien-bien', ['so-xay-dung-dien-bien', 'so-tai-chinh-dien-bien'], 'so-xay-dung-dien-bien'],
		['dat-dia', ['cntt', 'dat-dai'], 'dat-dai'],
		['ke-toan', ['cntt', 'dat-dai', 'tai-chinh'], undefined],
		['y-t', ['y-te', 'cntt'], 'y-te'],
		['cntt', ['cntt'], undefined],
		['03161', ['03151', '03160', '03127'], undefined],
		['3127', ['03127', '03151'], '03127'],
		['xyz', [], undefined],
	])('suggest(%j, %j) is %j', (value, known, suggestion) => {
		expect(suggest(value, known)).toBe(suggestion);
	});
});

describe('dates', () => {
	test.each([
		['2025-10-20', 6, '2026-04-19'],
		['2026-01-15', 1, '2026-02-14'],
		['2025-08-31', 6, '2026-02-27'],
		['2023-08-31', 6, '2024-02-28'],
		['2025-03-01', 12, '2026-02-28'],
		['2025-01-01', 0, '2024-12-31'],
	])('endOfDuration(%j, %i) is %j', (start, months, end) => {
		expect(endOfDuration(start, months)).toBe(end);
	});

	test.each([
		['2025-08-31', 6, '2026-02-28'],
		['2023-08-31', 6, '2024-02-29'],
		['2025-01-31', 1, '2025-02-28'],
		['2025-03-31', 1, '2025-04-30'],
		['2025-10-20', 14, '2026-12-20'],
		['2025-03-31', -1, '2025-02-28'],
	])('addMonths(%j, %i) is %j, clamped to the month end', (day, months, result) => {
		expect(addMonths(day, months)).toBe(result);
	});

	test.each([
		['2025-12-31', 1, '2026-01-01'],
		['2024-03-01', -1, '2024-02-29'],
		['2025-10-20', 0, '2025-10-20'],
	])('addDays(%j, %i) is %j', (day, days, result) => {
		expect(addDays(day, days)).toBe(result);
	});

	test.each([
		['2025-10-17', '17/10/2025'],
		['2025-10', '10/2025'],
		['2025', '2025'],
	])('formatDay(%j) is %j', (iso, vi) => {
		expect(formatDay(iso)).toBe(vi);
	});

	test.each([
		[{ start: '2025-10-20', end: '2026-04-19' }, '2025-10-19', 'upcoming'],
		[{ start: '2025-10-20', end: '2026-04-19' }, '2025-10-20', 'active'],
		[{ start: '2025-10-20', end: '2026-04-19' }, '2026-04-19', 'active'],
		[{ start: '2025-10-20', end: '2026-04-19' }, '2026-04-20', 'ended'],
		[{ start: '2025-10-20' }, '2025-10-19', 'upcoming'],
		[{ start: '2025-10-20' }, '2030-01-01', 'unknown'],
		[{ end: '2026-04-19' }, '2025-11-01', 'unknown'],
	])('statusOn(%j, %j) is %j (both ends inclusive)', (period, asOf, status) => {
		expect(statusOn(period, asOf)).toBe(status);
	});
});
