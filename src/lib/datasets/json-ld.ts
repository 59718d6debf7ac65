/** One downloadable file of a dataset, for schema.org `DataDownload`. */
export interface Distribution {
	/** Absolute address. */
	url: string;
	/** Media type, e.g. "text/csv". */
	mediaType: string;
	name: string;
	/** Size in bytes. */
	bytes: number;
}

/** What the schema.org description of the site's data says. */
export interface DatasetInfo {
	name: string;
	description: string;
	/** Absolute address of the download page. */
	url: string;
	lang: string;
	version: string;
	/** Latest content date, yyyy-mm-dd. */
	dateModified: string;
	licenceUrl: string;
	publisher: string;
	/** Absolute address of the site's home page. */
	publisherUrl: string;
	citation: string;
	keywords: readonly string[];
	/** The period the data covers, an ISO 8601 interval (see temporalCoverage); absent when no period is published. */
	temporalCoverage?: string | undefined;
	/** The provinces the data covers, by name and official code. */
	places: readonly { name: string; code: string }[];
	distributions: readonly Distribution[];
}

/** The period of a decision, as the data publishes it. */
export interface Period {
	start?: string | undefined;
	end?: string | undefined;
}

/**
 * The period a set of decisions covers, as an ISO 8601 interval for schema.org `temporalCoverage`:
 * from the earliest published start to the latest published end, open-ended ("..") when a period
 * that has begun has no published end; undefined when no start is published.
 * @example temporalCoverage([{ start: '2025-10-20', end: '2026-04-19' }, { start: '2026-01-15' }]) // '2025-10-20/..'
 */
export function temporalCoverage(periods: readonly Period[]): string | undefined {
	const started = periods.filter((p): p is Period & { start: string } => p.start !== undefined);
	if (started.length === 0) return undefined;
	const start = started.map((p) => p.start).sort()[0]!;
	if (started.some((p) => p.end === undefined)) return `${start}/..`;
	const end = started
		.map((p) => p.end!)
		.sort()
		.at(-1)!;
	return `${start}/${end}`;
}

/**
 * The schema.org `Dataset` description dataset search engines read, as the text of a
 * `<script type="application/ld+json">` element: `<` is escaped so no value can close the element.
 */
export function datasetJsonLd(info: DatasetInfo): string {
	const data = {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: info.name,
		description: info.description,
		url: info.url,
		inLanguage: info.lang,
		version: info.version,
		dateModified: info.dateModified,
		license: info.licenceUrl,
		isAccessibleForFree: true,
		creator: { '@type': 'Organization', name: info.publisher, url: info.publisherUrl },
		publisher: { '@type': 'Organization', name: info.publisher, url: info.publisherUrl },
		citation: info.citation,
		keywords: [...info.keywords],
		...(info.temporalCoverage ? { temporalCoverage: info.temporalCoverage } : {}),
		spatialCoverage: info.places.map((place) => ({
			'@type': 'AdministrativeArea',
			name: place.name,
			identifier: place.code,
			containedInPlace: { '@type': 'Country', name: 'Việt Nam', identifier: 'VN' },
		})),
		distribution: info.distributions.map((d) => ({
			'@type': 'DataDownload',
			name: d.name,
			encodingFormat: d.mediaType,
			contentUrl: d.url,
			contentSize: `${d.bytes} B`,
		})),
	};
	return JSON.stringify(data).replace(/</gu, '\\u003c');
}
