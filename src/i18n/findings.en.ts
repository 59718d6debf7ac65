import type { findingsVi } from './findings.vi.ts';

/** The data-quality findings in English: every key of findings.vi.ts. */
export const findingsEn: Record<keyof typeof findingsVi, string> = {
	'figure.at-least': 'at least {n}',
	'figure.about': 'about {n}',
	'figure.not-published': 'not published',
	'finding.over-itemized': '{declared} people declared, but {itemized} assignment rows are itemized{named}: {over} more than declared.',
	'finding.not-itemized': '{declared} people declared; {itemized} assignment rows itemized{named}; {rest} not itemized in any published source.',
	'finding.named': ', {n} of them with a published name',
	'finding.not-published': 'No total number of people was published{itemized}.',
	'finding.not-published.itemized': '; {itemized} assignment rows are itemized{named}',
	'finding.category-over-itemized':
		'Category "{category}": {declared} people declared, but {itemized} assignment rows are itemized, {over} more than declared.',
	'finding.categories-vs-total': 'The categories add up to {sum}, not the declared total of {declared}.',
	'finding.differing-figures': 'A source gives the figure {count}: {note}',
	'finding.unverified': 'Not yet confirmed by a second source (stated in Vietnamese): {statement}',
};
