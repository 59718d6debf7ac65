import { DatabaseSync } from 'node:sqlite';
import { tableText } from './package.ts';
import type { PublishedTable } from './table.ts';
import type { TableSchemaField } from './table-schema.ts';

/**
 * The SQLite database of the whole data set (`minh-bach.sqlite`), built in memory with node:sqlite
 * (built into the pinned Node: no native dependency) and serialised to bytes. One SQL table per
 * published table, with the data package's types, NOT NULL where a value is required, the primary
 * and foreign keys, and an index on every foreign key; a `dictionary` table describes every column,
 * an `about_tables` table every table, and an `about` table the version, licence and citation.
 *
 * The bytes are deterministic: tables are created and rows inserted in the published order, the
 * database is vacuumed (pages in a fixed order, no free pages) and serialised from memory, so
 * neither a file name nor a clock reaches the header.
 */

/** The file name under /du-lieu/. */
export const SQLITE_FILE = 'minh-bach.sqlite';

/** What the `about` table says. */
export interface SqliteInfo {
	title: string;
	version: string;
	/** Latest content date, yyyy-mm-dd. */
	created: string;
	homepage: string;
	licence: { name: string; url: string };
	citation: string;
}

/** Quotes an SQL identifier. */
const id = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * The SQL column type of a Table Schema field: text, integer, real; yes/no as 0 or 1; dates as
 * ISO 8601 text, which SQLite's date functions, Datasette and DuckDB read as dates.
 */
export function sqlType(field: TableSchemaField): string {
	switch (field.type) {
		case 'integer':
			return 'INTEGER';
		case 'number':
			return 'REAL';
		case 'boolean':
			return `INTEGER CHECK (${id(field.name)} IN (0, 1))`;
		default:
			return 'TEXT';
	}
}

/** The CREATE TABLE statement of a published table. */
export function createTableSql(table: PublishedTable): string {
	const lines = table.fields.map((field) => `\t${id(field.name)} ${sqlType(field)}${field.constraints?.required ? ' NOT NULL' : ''}`);
	if (table.primaryKey) lines.push(`\tPRIMARY KEY (${table.primaryKey.map(id).join(', ')})`);
	for (const fk of table.foreignKeys ?? []) {
		lines.push(`\tFOREIGN KEY (${fk.fields.map(id).join(', ')}) REFERENCES ${id(fk.resource)} (${fk.reference.map(id).join(', ')})`);
	}
	return `CREATE TABLE ${id(table.name)} (\n${lines.join(',\n')}\n)`;
}

/**
 * Index statements for the columns people join on: every foreign key that is not already the
 * start of the primary key (SQLite indexes the primary key itself).
 */
export function indexSql(table: PublishedTable): string[] {
	const seen = new Set<string>();
	const statements: string[] = [];
	for (const fk of table.foreignKeys ?? []) {
		const key = fk.fields.join(',');
		const pkStart = table.primaryKey?.slice(0, fk.fields.length).join(',');
		if (seen.has(key) || key === pkStart) continue;
		seen.add(key);
		statements.push(`CREATE INDEX ${id(`${table.name}_${fk.fields.join('_')}`)} ON ${id(table.name)} (${fk.fields.map(id).join(', ')})`);
	}
	return statements;
}

type SqlValue = string | number | null;

const sqlValue = (value: string | number | boolean | null | undefined): SqlValue => (typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null));

/**
 * Builds the database and returns its bytes. Throws when a foreign key names no row, or the
 * integrity check fails: the database then says what the CSV files say, or there is no build.
 */
export function buildSqlite(tables: readonly PublishedTable[], info: SqliteInfo): Uint8Array {
	const db = new DatabaseSync(':memory:');
	try {
		db.exec('PRAGMA page_size = 4096; PRAGMA encoding = "UTF-8"; PRAGMA foreign_keys = OFF;');
		db.exec('BEGIN');
		for (const table of tables) {
			db.exec(createTableSql(table));
			const insert = db.prepare(`INSERT INTO ${id(table.name)} VALUES (${table.fields.map(() => '?').join(', ')})`);
			for (const row of table.rows) insert.run(...table.fields.map((field) => sqlValue(row[field.name])));
			for (const statement of indexSql(table)) db.exec(statement);
		}

		db.exec(`CREATE TABLE "dictionary" (
	"table_name" TEXT NOT NULL REFERENCES "about_tables" ("table_name"),
	"column_name" TEXT NOT NULL,
	"position" INTEGER NOT NULL,
	"type" TEXT NOT NULL,
	"sql_type" TEXT NOT NULL,
	"required" INTEGER NOT NULL CHECK ("required" IN (0, 1)),
	"pattern" TEXT,
	"allowed_values" TEXT,
	"description_en" TEXT NOT NULL,
	"description_vi" TEXT,
	PRIMARY KEY ("table_name", "column_name")
)`);
		db.exec(`CREATE TABLE "about_tables" (
	"table_name" TEXT NOT NULL PRIMARY KEY,
	"position" INTEGER NOT NULL,
	"title_en" TEXT NOT NULL,
	"title_vi" TEXT NOT NULL,
	"description_en" TEXT NOT NULL,
	"description_vi" TEXT NOT NULL,
	"rows" INTEGER NOT NULL,
	"primary_key" TEXT
)`);
		db.exec('CREATE TABLE "about" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)');
		const column = db.prepare('INSERT INTO "dictionary" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
		const about = db.prepare('INSERT INTO "about_tables" VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
		tables.forEach((table, i) => {
			about.run(
				table.name,
				i + 1,
				tableText('en', table.name, 'title'),
				tableText('vi', table.name, 'title'),
				tableText('en', table.name, 'description'),
				tableText('vi', table.name, 'description'),
				table.rows.length,
				table.primaryKey ? table.primaryKey.join(', ') : null,
			);
			table.fields.forEach((field, position) => {
				const { en, vi } = field.description;
				column.run(
					table.name,
					field.name,
					position + 1,
					field.format && field.format !== 'default' ? `${field.type} (${field.format})` : field.type,
					sqlType(field).split(' ')[0]!,
					field.constraints?.required ? 1 : 0,
					field.constraints?.pattern ?? null,
					field.constraints?.enum ? field.constraints.enum.join(', ') : null,
					en,
					vi,
				);
			});
		});
		const fact = db.prepare('INSERT INTO "about" VALUES (?, ?)');
		for (const [key, value] of [
			['title', info.title],
			['version', info.version],
			['created', info.created],
			['homepage', info.homepage],
			['licence', info.licence.name],
			['licence_url', info.licence.url],
			['citation', info.citation],
		] as const)
			fact.run(key, value);
		db.exec('COMMIT');

		const problems = db.prepare('PRAGMA foreign_key_check').all();
		if (problems.length > 0) throw new Error(`The SQLite database has rows whose foreign key names no row: ${JSON.stringify(problems.slice(0, 5))}`);
		const integrity = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
		if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok')
			throw new Error(`The SQLite database fails its integrity check: ${JSON.stringify(integrity)}`);
		// Statistics for the query planner, then a compact file with its pages in a fixed order.
		db.exec('ANALYZE; VACUUM;');
		return new Uint8Array(db.serialize());
	} finally {
		db.close();
	}
}
