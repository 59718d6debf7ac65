import { createHash } from 'node:crypto';
import type { Source } from '../../schemas/common.ts';
import { t, type Lang } from '../i18n.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import type { PublishedTable } from './table.ts';
import type { TableSchemaField } from './table-schema.ts';

/** The Frictionless Data Package v2 profile a published package declares. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** Size and checksum of a published file, as the data package and the download page give them. */
export interface FileFacts {
	/** Size in bytes. */
	bytes: number;
	/** SHA-256 of the bytes, 64 hex digits. */
	sha256: string;
}

/** Measures a file's bytes: size and SHA-256. */
export function fileFacts(bytes: Uint8Array): FileFacts {
	return { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The file names of a table's downloads, relative to /du-lieu/. */
export function tableFiles(name: string): { csv: string; json: string } {
	return { csv: `${name}.csv`, json: `${name}.json` };
}

/** A table's title or description in a language (UI strings `data.table.<name>.title` and `.description`). */
export function tableText(lang: Lang, name: string, part: 'title' | 'description'): string {
	return t(lang, `data.table.${name}.${part}` as MessageKey);
}

/** What the data package says about the publication as a whole. */
export interface PackageInfo {
	/** Data version (the page footer's). */
	version: string;
	/** The latest content date, yyyy-mm-dd: the package's `created`, never the build clock. */
	created: string;
	/** Address of the download page. */
	homepage: string;
	title: string;
	description: string;
	publisher: string;
	licence: { name: string; url: string };
	/** Every source the content cites. */
	sources: readonly Source[];
}

/**
 * An Open Definition / SPDX licence identifier from a display name: "CC BY 4.0" → "CC-BY-4.0".
 * @example licenceId('CC BY 4.0') // 'CC-BY-4.0'
 */
export function licenceId(name: string): string {
	return name.trim().replace(/\s+/gu, '-');
}

/** A JSON object as the package writes it. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The data package of the whole-site tables in one language: one tabular resource per table (its
 * CSV), with size, SHA-256, dialect and a Table Schema (fields, primary key, foreign keys) generated
 * from the content schemas; licence, sources, version and created from the content. Titles and
 * descriptions are in `lang`: Table Schema has no way to carry two languages in one description, so
 * the site publishes one package per language over the same files.
 */
export function buildDataPackage(tables: readonly PublishedTable[], csv: ReadonlyMap<string, Uint8Array>, info: PackageInfo, lang: Lang): Record<string, Json> {
	const licence = { name: licenceId(info.licence.name), path: info.licence.url, title: info.licence.name };
	const seen = new Set<string>();
	const sources: Json[] = [];
	for (const source of [...info.sources].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
		if (seen.has(source.url)) continue;
		seen.add(source.url);
		sources.push({ title: `${source.title} (${source.publisher})`, path: source.url });
	}
	return {
		$schema: DATA_PACKAGE_PROFILE,
		name: 'minh-bach',
		title: info.title,
		description: info.description,
		homepage: info.homepage,
		version: info.version,
		created: `${info.created}T00:00:00Z`,
		licenses: [licence],
		contributors: [{ title: info.publisher, roles: ['publisher'] }],
		keywords: ['Vietnam', 'civil service', 'secondment', 'biệt phái', 'xã', 'transparency'],
		sources,
		resources: tables.map((table) => {
			const bytes = csv.get(table.name);
			if (!bytes) throw new Error(`No CSV for table "${table.name}".`);
			const facts = fileFacts(bytes);
			const schema: Record<string, Json> = { fields: table.fields.map((field) => fieldJson(field, lang)), missingValues: [''] };
			if (table.primaryKey) schema['primaryKey'] = [...table.primaryKey];
			if (table.foreignKeys) {
				schema['foreignKeys'] = table.foreignKeys.map((fk) => ({
					fields: [...fk.fields],
					// A reference to the table itself leaves out the resource (Table Schema v2).
					reference: fk.resource === table.name ? { fields: [...fk.reference] } : { resource: fk.resource, fields: [...fk.reference] },
				}));
			}
			return {
				name: table.name,
				type: 'table',
				path: tableFiles(table.name).csv,
				title: tableText(lang, table.name, 'title'),
				description: tableText(lang, table.name, 'description'),
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				bytes: facts.bytes,
				hash: `sha256:${facts.sha256}`,
				dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
				licenses: [licence],
				schema,
			};
		}),
	};
}

function fieldJson(field: TableSchemaField, lang: Lang): Json {
	const out: Record<string, Json> = { name: field.name, type: field.type };
	if (field.format) out['format'] = field.format;
	out['description'] = field.description[lang];
	if (field.constraints) out['constraints'] = { ...field.constraints } as Record<string, Json>;
	return out;
}

/** Serialises a data package the way the site publishes it: two-space indentation, final newline. */
export function writeDataPackage(pkg: Record<string, Json>): string {
	return `${JSON.stringify(pkg, null, 2)}\n`;
}
