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
	distributions: readonly Distribution[];
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
		spatialCoverage: { '@type': 'Place', name: 'Việt Nam' },
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
