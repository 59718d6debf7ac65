import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSqlite, createTableSql, indexSql, type SqliteInfo } from '../../../src/lib/datasets/sqlite.ts';
import type { PublishedTable } from '../../../src/lib/datasets/table.ts';
import { BUNDLED_CONTENT, FORMULA_FIXTURE, tablesOf } from './helpers.ts';

const INFO: SqliteInfo = {
	title: 'Minh Bạch — Open data',
	version: '2026-01-15.abcdef12',
	created: '2026-01-15',
	homepage: 'https://example.org/du-lieu/',
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	citation: 'Source: Tests',
};

const opened: DatabaseSync[] = [];
/** Opens database bytes as a reader would, with foreign keys enforced. */
function open(bytes: Uint8Array): DatabaseSync {
	const db = new DatabaseSync(':memory:');
	db.deserialize(bytes);
	db.exec('PRAGMA foreign_keys = ON');
	opened.push(db);
	return db;
}
afterAll(() => {
	for (const db of opened) db.close();
});

describe.each([
	['the synthetic formula fixture', FORMULA_FIXTURE],
	['the bundled content', BUNDLED_CONTENT],
])('the SQLite database of %s', (_name, dir) => {
	const { tables } = tablesOf(dir);
	const bytes = buildSqlite(tables, INFO);
	const db = open(bytes);
	const table = (name: string): PublishedTable => tables.find((t) => t.name === name)!;

	test('is a SQLite 3 file that passes the integrity and foreign-key checks', () => {
		expect(new TextDecoder().decode(bytes.slice(0, 16))).toBe('SQLite format 3\u0000');
		expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
		expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
	});

	test('holds every table with every row, values and types as published', () => {
		for (const published of tables) {
			const rows = db.prepare(`SELECT * FROM "${published.name}"`).all();
			const wanted = published.rows.map((row) =>
				Object.fromEntries(published.fields.map((f) => [f.name, typeof row[f.name] === 'boolean' ? (row[f.name] ? 1 : 0) : (row[f.name] ?? null)])),
			);
			// Rowid tables and key-ordered tables may list rows in another order: compare as sets of rows.
			const key = (row: object): string => JSON.stringify(row);
			expect(rows.map(key).sort(), published.name).toEqual(wanted.map(key).sort());
		}
	});

	test('stores codes as text and counts as integers', () => {
		expect(db.prepare('SELECT DISTINCT typeof(code) AS t FROM communes').all()).toEqual([{ t: 'text' }]);
		expect(db.prepare('SELECT DISTINCT typeof(province) AS t FROM communes').all()).toEqual([{ t: 'text' }]);
		expect(db.prepare('SELECT DISTINCT typeof(itemized) AS t FROM decisions').all()).toEqual([{ t: 'integer' }]);
	});

	test('joins assignments to communes for every itemized row', () => {
		const joined = db.prepare('SELECT count(*) AS n FROM assignments a JOIN communes c ON c.code = a.commune').get() as { n: number };
		expect(joined.n).toBe(table('assignments').rows.length);
		expect(joined.n).toBeGreaterThan(0);
	});

	test('declares the primary and foreign keys of the data package, and indexes the join columns', () => {
		const assignments = table('assignments');
		const fks = db.prepare('PRAGMA foreign_key_list(assignments)').all() as { table: string; from: string; to: string }[];
		expect(new Set(fks.map((fk) => fk.table))).toEqual(new Set(assignments.foreignKeys!.map((fk) => fk.resource)));
		const pk = (db.prepare('PRAGMA table_info(assignments)').all() as { name: string; pk: number }[]).filter((c) => c.pk > 0).map((c) => c.name);
		expect(pk).toEqual(['id']);
		const indexes = (db.prepare('PRAGMA index_list(assignments)').all() as { name: string }[]).map((i) => i.name);
		for (const name of ['assignments_commune', 'assignments_decision', 'assignments_agency', 'assignments_specialty']) expect(indexes).toContain(name);
		const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM assignments WHERE commune = '03127'").all() as { detail: string }[];
		expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX assignments_commune/u);
	});

	test('describes every column in the dictionary table and the publication in the about table', () => {
		const dictionary = db.prepare('SELECT table_name, column_name, description_en FROM dictionary ORDER BY table_name, position').all() as {
			table_name: string;
			column_name: string;
			description_en: string;
		}[];
		expect(dictionary.length).toBe(tables.reduce((n, t) => n + t.fields.length, 0));
		for (const row of dictionary) expect(row.description_en.length, `${row.table_name}.${row.column_name}`).toBeGreaterThan(0);
		expect(db.prepare("SELECT value FROM about WHERE key = 'version'").get()).toEqual({ value: INFO.version });
		expect(db.prepare('SELECT count(*) AS n FROM about_tables').get()).toEqual({ n: tables.length });
	});

	test('gives the same bytes twice', () => {
		expect(Buffer.from(buildSqlite(tables, INFO)).equals(Buffer.from(bytes))).toBe(true);
	});
});

test('writes NOT NULL, keys and a yes/no check into the CREATE TABLE statement', () => {
	const { tables } = tablesOf(BUNDLED_CONTENT);
	const decisions = createTableSql(tables.find((t) => t.name === 'decisions')!);
	expect(decisions).toContain('"id" TEXT NOT NULL');
	expect(decisions).toContain('"end_computed" INTEGER CHECK ("end_computed" IN (0, 1)) NOT NULL');
	expect(decisions).toContain('PRIMARY KEY ("id")');
	expect(decisions).toContain('FOREIGN KEY ("province") REFERENCES "provinces" ("code")');
	// The primary key of sources starts with decision: SQLite's own index serves that join.
	expect(indexSql(tables.find((t) => t.name === 'sources')!)).toEqual([]);
});

test('refuses to build a database whose foreign key names no row', () => {
	const { tables } = tablesOf(BUNDLED_CONTENT);
	const broken = tables.map((t) => (t.name === 'communes' ? { ...t, rows: t.rows.slice(1) } : t));
	expect(() => buildSqlite(broken, INFO)).toThrow(/foreign key names no row/u);
});
