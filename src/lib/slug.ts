import { foldDiacritics } from './fold.ts';
/**
 * Turns Vietnamese text into an ASCII path segment: diacritics removed, đ → d, lowercase, hyphens.
 * @example slugify('Phường Điện Biên Phủ') // 'phuong-dien-bien-phu'
 */
export function slugify(text: string): string {
	return foldDiacritics(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-+|-+$/gu, '');
}

/**
 * The permanent id of a decision: its `slug` where one is given, else from its number and year where a
 * number was published, otherwise from its province and date.
 * @example decisionId({ number: '2446/QĐ-UBND', date: '2025-10-17' }, 'dien-bien') // '2446-qd-ubnd-2025'
 * @example decisionId({ announced: '2026-01-14' }, 'dien-bien') // 'dien-bien-2026-01-14'
 */
export function decisionId(
	decision: { number?: string | undefined; date?: string | undefined; announced?: string | undefined; slug?: string | undefined },
	provinceSlug: string,
): string {
	// An explicit slug settles a clash between provinces that issued the same number in the same year.
	if (decision.slug) return decision.slug;
	const when = decision.date ?? decision.announced ?? '';
	if (decision.number) {
		// A number that carries its own year ("19/2025/QĐ-TTg") is unique as it stands.
		const hasYear = /^\d+\/\d{4}\//u.test(decision.number);
		return slugify(hasYear ? decision.number : `${decision.number} ${when.slice(0, 4)}`);
	}
	return `${provinceSlug}-${when}`;
}

/** Edit distance between two short strings (for "did you mean" suggestions). */
export function editDistance(a: string, b: string): number {
	const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0]!;
		previous[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j]!;
			previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return previous[b.length]!;
}

/**
 * The closest known value to a mistyped one, if it is close enough to be a likely typo (at most a
 * third of its length different) and no other known value is as close: a guess between two equally
 * likely codes ("03161" → "03151" or "03160"?) would mislead more than it helps.
 */
export function suggest(value: string, known: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	let tied = false;
	for (const candidate of known) {
		const distance = editDistance(value, candidate);
		if (distance < bestDistance) [best, bestDistance, tied] = [candidate, distance, false];
		else if (distance === bestDistance && candidate !== best) tied = true;
	}
	return !tied && bestDistance > 0 && bestDistance <= Math.max(1, Math.floor(value.length / 3)) ? best : undefined;
}
