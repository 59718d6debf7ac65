import type { buildVi } from './build.vi.ts';

/** What a build says about where it publishes, in English: every key of build.vi.ts. */
export const buildEn: Record<keyof typeof buildVi, string> = {
	'build.placeholder-address':
		"The site's public address is still the placeholder {placeholder}: the QR code on every printed notice, the citation, the sitemap and the feeds would lead nowhere. Set SITE_URL (e.g. https://sonoivu.dienbien.gov.vn) or the url in site.config.ts. (A test build that publishes nothing may set MINH_BACH_PREVIEW=1.)",
	'build.as-of-from-content': 'The as-of day is the latest content date ({day}): SOURCE_DATE_EPOCH is not set and there is no git history.',
	'build.history-incomplete':
		"The content folder's history is incomplete ({reason}{from}): a published site needs the whole git history. On GitHub use actions/checkout with fetch-depth: 0; on GitLab set GIT_DEPTH: 0.",
	'build.history-incomplete.from': ', from {earliest}',
	'build.preview': 'Preview build: the public address is still {placeholder}, and every page says so. Set SITE_URL before publishing.',
	'chart.date': 'Date "{value}" is not in yyyy-mm-dd form.',
	'chart.colour': 'Invalid colour "{hex}", expected #rrggbb.',
	'chart.viewbox': 'framedSvg: the chart has no readable viewBox.',
	'chart.matrix.value': 'Cell "{row}" × "{column}": invalid value {value}.',
	'chart.bars.series': 'Bar "{bar}": series "{series}" is not listed.',
	'chart.bars.value': 'Bar "{bar}": invalid value {value}.',
};
