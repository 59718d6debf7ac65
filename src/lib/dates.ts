/** Date arithmetic on ISO calendar days (`yyyy-mm-dd`), in UTC so no time zone shifts a day. */

/** Adds whole months to a day, clamping to the month's last day (31/08 + 6 months → 28/02 or 29/02). */
export function addMonths(isoDay: string, months: number): string {
	const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, lastDay));
	return target.toISOString().slice(0, 10);
}

/** Adds days to a day (negative to go back). */
export function addDays(isoDay: string, days: number): string {
	const date = new Date(`${isoDay}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * The last day of a period that lasts `months` months from `start` inclusive: 6 months from
 * 20/10/2025 run to 19/04/2026.
 */
export function endOfDuration(start: string, months: number): string {
	return addDays(addMonths(start, months), -1);
}

/** Where a period stands on a given day. */
export type Status = 'upcoming' | 'active' | 'ended' | 'unknown';

/**
 * Whether a period is upcoming, active or ended on the as-of day. Both ends are inclusive. A period
 * whose start is unknown, or that has begun and has no known end, is "unknown": the site does not
 * guess that a secondment is still running.
 */
export function statusOn(period: { start?: string | undefined; end?: string | undefined }, asOf: string): Status {
	if (!period.start) return 'unknown';
	if (asOf < period.start) return 'upcoming';
	if (!period.end) return 'unknown';
	return asOf > period.end ? 'ended' : 'active';
}
