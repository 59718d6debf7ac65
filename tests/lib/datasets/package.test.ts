import { unzipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { writeCsv, writeJson } from '../../../src/lib/datasets/csv.ts';
import { buildDataPackage, fileFacts, licenceId, writeDataPackage } from '../../../src/lib/datasets/package.ts';
import { buildZipReadme } from '../../../src/lib/datasets/readme.ts';
import { columnNames, type PublishedTable } from '../../../src/lib/datasets/table.ts';
import { TABLE_NAMES } from '../../../src/lib/datasets/tables.ts';
import { buildZip } from '../../../src/lib/datasets/zip.ts';
import { vi as viStrings } from '../../../src/i18n/vi.ts';
import { en as enStrings } from '../../../src/i18n/en.ts';
import { dataVersion } from '../../../src/lib/model/version.ts';
import { communeCoverage } from '../../../src/lib/aggregate/index.ts';
import type { Model } from '../../../src/lib/model/types.ts';
import {
	BUNDLED_CONTENT,
	FORMULA_FIXTURE,
	foreignKeyProblems,
	frictionlessValidators,
	parseCsvBytes,
	primaryKeyProblems,
	rowProblems,
	tablesOf,
	TEST_PUBLICATION,
	typedCell,
} from './helpers.ts';

const encoder = new TextEncoder();

/** The data package of a content folder, as the site builds it. */
function packageOf(model: Model, tables: PublishedTable[]) {
	const csv = new Map(tables.map((t) => [t.name, encoder.encode(writeCsv(columnNames(t), t.rows))]));
	const pkg = buildDataPackage(
		tables,
		csv,
		{
			version: dataVersion(model),
			created: model.latestContentDate,
			homepage: 'https://example.org/du-lieu/',
			title: 'Test',
			description: 'Test package',
			publisher: 'Tests',
			licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
			sources: model.decisions.flatMap((d) => d.sources),
		},
		'en',
	);
	return { csv, pkg: JSON.parse(writeDataPackage(pkg)) as DataPackage };
}

interface DataPackage {
	version: string;
	created: string;
	resources: {
		name: string;
		path: string;
		bytes: number;
		hash: string;
		dialect: object;
		schema: { fields: { name: string }[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[] };
	}[];
}

const sites = [
	['the synthetic formula fixture', FORMULA_FIXTURE],
	['the bundled content', BUNDLED_CONTENT],
] as const;

describe.each(sites)('tables and data package of %s', (_name, dir) => {
	const { model, tables } = tablesOf(dir);
	const { csv, pkg } = packageOf(model, tables);

	test('publishes every table once, in the documented order', () => {
		expect(tables.map((t) => t.name)).toEqual(TABLE_NAMES);
		expect(pkg.resources.map((r) => r.name)).toEqual(TABLE_NAMES);
	});

	test('is valid against the Frictionless v2 profiles, resource by resource', () => {
		const validate = frictionlessValidators();
		expect(validate.datapackage(pkg), JSON.stringify(validate.datapackage.errors, null, 1)).toBe(true);
		for (const resource of pkg.resources) {
			expect(validate.dataresource(resource), `${resource.name}: ${JSON.stringify(validate.dataresource.errors)}`).toBe(true);
			expect(validate.tableschema(resource.schema), `${resource.name}: ${JSON.stringify(validate.tableschema.errors)}`).toBe(true);
			expect(validate.tabledialect(resource.dialect), `${resource.name}: ${JSON.stringify(validate.tabledialect.errors)}`).toBe(true);
		}
	});

	test('dates the package from the content and carries the data version', () => {
		expect(pkg.created).toBe(`${model.latestContentDate}T00:00:00Z`);
		expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
		expect(pkg.version).toBe(dataVersion(model));
	});

	test('gives each CSV header exactly the fields of its Table Schema', () => {
		for (const resource of pkg.resources) {
			const { header } = parseCsvBytes(csv.get(resource.name)!);
			expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
		}
	});

	test('states the size and SHA-256 of each CSV', () => {
		for (const resource of pkg.resources) {
			const facts = fileFacts(csv.get(resource.name)!);
			expect(resource.bytes).toBe(facts.bytes);
			expect(resource.hash).toBe(`sha256:${facts.sha256}`);
		}
	});

	test('resolves every foreign key and keeps every primary key unique', () => {
		// Rebuild the rows from the CSV files themselves, typed by the package's schemas.
		const fromCsv = tables.map((table) => {
			const { rows } = parseCsvBytes(csv.get(table.name)!);
			return { ...table, rows: rows.map((cells) => Object.fromEntries(table.fields.map((f, i) => [f.name, typedCell(f, cells[i] ?? '')]))) };
		});
		expect(foreignKeyProblems(fromCsv)).toEqual([]);
		expect(fromCsv.flatMap(primaryKeyProblems)).toEqual([]);
	});

	test('declares every foreign key against a table and fields that exist', () => {
		for (const resource of pkg.resources) {
			for (const fk of resource.schema.foreignKeys ?? []) {
				const target = pkg.resources.find((r) => r.name === (fk.reference.resource ?? resource.name));
				expect(target, `${resource.name} → ${fk.reference.resource}`).toBeDefined();
				for (const field of fk.reference.fields) expect(target!.schema.fields.map((f) => f.name)).toContain(field);
			}
		}
	});

	test('reads every CSV value back as its field says (type, required, pattern, enum)', () => {
		for (const table of tables) {
			const { rows } = parseCsvBytes(csv.get(table.name)!);
			const typed = rows.map((cells) => Object.fromEntries(table.fields.map((f, i) => [f.name, typedCell(f, cells[i] ?? '')])));
			expect(rowProblems(table.fields, typed), table.name).toEqual([]);
			expect(typed, table.name).toEqual(table.rows);
		}
	});

	test('gives JSON the same fields and values as the CSV', () => {
		for (const table of tables) {
			const json = JSON.parse(writeJson(columnNames(table), table.rows)) as Record<string, unknown>[];
			expect(json).toEqual(table.rows);
			for (const row of json) expect(Object.keys(row)).toEqual(columnNames(table));
		}
	});

	test('computes coverage exactly as the commune page does over the whole model', () => {
		const coverage = tables.find((t) => t.name === 'coverage')!.rows;
		for (const commune of model.communes) {
			const report = communeCoverage(model, commune, model.latestContentDate);
			const lines = coverage.filter((r) => r['commune'] === commune.code);
			expect(lines.map((r) => r['specialty'])).toEqual(
				[...new Set([...report.specialtiesReceived, ...report.shortages, ...report.needs.map((n) => n.specialty)])].sort(),
			);
			for (const line of lines) {
				const need = report.needs.find((n) => n.specialty === line['specialty']);
				expect(line['assigned']).toBe(report.assignments.filter((a) => a.specialty === line['specialty']).length);
				expect([line['needed'], line['gap']]).toEqual(need ? [need.need.needed, need.gap] : [null, null]);
			}
		}
	});

	test('builds byte-identical files from the same content', () => {
		const again = packageOf(model, tablesOf(dir).tables);
		expect(writeDataPackage(again.pkg as never)).toBe(writeDataPackage(pkg as never));
		for (const [name, bytes] of csv) expect(again.csv.get(name)).toEqual(bytes);
	});
});

describe('the synthetic formula fixture', () => {
	const { tables } = tablesOf(FORMULA_FIXTURE);
	const csvOf = (name: string): string => {
		const table = tables.find((t) => t.name === name)!;
		return writeCsv(columnNames(table), table.rows);
	};

	test('keeps Vietnamese text intact and neutralises formula-shaped text in the assignments CSV', () => {
		const text = csvOf('assignments');
		expect(text).toContain('Nguyễn Thị Ánh Tuyết');
		expect(text).toContain(`"'=SUM(A1:A9)"`);
		expect(text).toContain(`"'=HYPERLINK(""http://example.org"",""bấm vào"")"`);
		expect(text).toContain(`"'-Ghi chú bắt đầu bằng gạch ngang"`);
		expect(text).toContain(`"'@người-dùng giả định"`);
		expect(text).toContain('"Ghi chú có ""ngoặc kép"", dấu phẩy và chữ Việt: Ộ ữ Ẫ"');
	});

	test('orders assignments by commune, then start, then decision and row', () => {
		const ids = tables.find((t) => t.name === 'assignments')!.rows.map((r) => `${r['commune']} ${r['start']} ${r['id']}`);
		expect(ids).toEqual([
			'90001 2025-11-10 12-qd-ubnd-2025/2',
			'90001 2025-11-10 12-qd-ubnd-2025/3',
			'90002 2025-11-20 12-qd-ubnd-2025/4',
			'90002 2026-02-01 thu-nghiem-2026-02/2',
			'90003 2025-11-10 12-qd-ubnd-2025/5',
		]);
	});

	test('publishes the need and its gap only where an assessment is published, never zero for the rest', () => {
		const coverage = tables.find((t) => t.name === 'coverage')!.rows;
		const line = (commune: string, specialty: string) => coverage.find((r) => r['commune'] === commune && r['specialty'] === specialty);
		// As of 2026-02-01 (the fixture's latest date) the 12/QĐ-UBND assignment is still active: 3 needed − 1 active = 2.
		expect(line('90001', 'cntt')).toMatchObject({ assigned: 1, active: 1, shortage_named: true, needed: 3, assessed: '2025-10', gap: 2 });
		expect(line('90003', 'y-te')).toMatchObject({ assigned: 1, active: 1, needed: 1, gap: 0 });
		expect(line('90002', 'dat-dai')).toMatchObject({ assigned: 0, shortage_named: true, needed: null, gap: null });
	});

	test('reconciles declared and itemized per category, leaving an unpublished figure empty', () => {
		const lines = tables.find((t) => t.name === 'reconciliations')!.rows.filter((r) => r['decision'] === '12-qd-ubnd-2025');
		expect(lines.map((r) => [r['line'], r['declared'], r['itemized'], r['named'], r['not_itemized']])).toEqual([
			['so-nganh', 3, 3, 1, 0],
			['y-te', null, 1, 0, null],
			['total', 5, 4, 1, 1],
		]);
	});
});

describe('buildZip', () => {
	const savedTz = process.env['TZ'];
	afterEach(() => {
		process.env['TZ'] = savedTz;
	});
	const files = new Map([
		['b.csv', encoder.encode('\uFEFFb\r\n')],
		['a.json', encoder.encode('[]\n')],
		['README.md', encoder.encode('# Dữ liệu\r\n')],
	]);

	test('is byte-identical whatever the time zone of the build machine', () => {
		process.env['TZ'] = 'Asia/Ho_Chi_Minh';
		const hanoi = buildZip(files, '2026-01-15');
		process.env['TZ'] = 'America/Los_Angeles';
		const losAngeles = buildZip(files, '2026-01-15');
		expect(losAngeles).toEqual(hanoi);
		expect(fileFacts(losAngeles).sha256).toBe(fileFacts(hanoi).sha256);
	});

	test('changes when the content date changes, and only then', () => {
		expect(buildZip(files, '2026-01-15')).toEqual(buildZip(new Map([...files].reverse()), '2026-01-15'));
		expect(buildZip(files, '2026-01-16')).not.toEqual(buildZip(files, '2026-01-15'));
	});

	test('holds every file unchanged, sorted by name', () => {
		const entries = unzipSync(buildZip(files, '2026-01-15'));
		expect(Object.keys(entries)).toEqual(['README.md', 'a.json', 'b.csv']);
		for (const [name, bytes] of files) expect(entries[name]).toEqual(bytes);
	});
});

describe('strings and guide', () => {
	test('every table has a title and a description in both languages', () => {
		for (const name of TABLE_NAMES) {
			for (const part of ['title', 'description']) {
				const key = `data.table.${name}.${part}`;
				expect(viStrings, key).toHaveProperty([key]);
				expect(enStrings, key).toHaveProperty([key]);
			}
		}
	});

	test('the guide in the ZIP lists every table and states the formula rule in both languages', () => {
		const { tables } = tablesOf(FORMULA_FIXTURE);
		const readme = buildZipReadme(tables, { ...TEST_PUBLICATION, version: '2026-02-01.abcdef12', created: '2026-02-01', hasSourcesNote: false });
		for (const name of TABLE_NAMES) expect(readme).toContain(`${name}.csv`);
		expect(readme).toContain(viStrings['data.rules.formula']);
		expect(readme).toContain(enStrings['data.rules.formula']);
		expect(readme).toContain('phiên bản 2026-02-01.abcdef12');
		expect(readme).not.toContain('SOURCES.md');
	});

	test.each([
		['CC BY 4.0', 'CC-BY-4.0'],
		['ODC-By-1.0', 'ODC-By-1.0'],
	])('turns the licence name %s into the identifier %s', (name, id) => {
		expect(licenceId(name)).toBe(id);
	});
});

describe('the checks themselves', () => {
	const { model, tables } = tablesOf(FORMULA_FIXTURE);
	const { pkg } = packageOf(model, tables);

	test.each([
		['a licence name with spaces', (p: DataPackage) => Object.assign(p, { licenses: [{ name: 'CC BY 4.0' }] })],
		['a hash that is not hexadecimal', (p: DataPackage) => Object.assign(p.resources[0]!, { hash: 'sha256:not-hex' }) && p],
		['a path that climbs out of the folder', (p: DataPackage) => Object.assign(p.resources[0]!, { path: '../x.csv' }) && p],
	])('the profiles reject %s', (_name, spoil) => {
		const validate = frictionlessValidators();
		expect(validate.datapackage(spoil(structuredClone(pkg)))).toBe(false);
	});

	test('the foreign-key check reports a commune code that no commune has', () => {
		const spoiled = tables.map((t) => (t.name === 'assignments' ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? { ...r, commune: '99999' } : r)) } : t));
		expect(foreignKeyProblems(spoiled)).toEqual(['assignments.commune = ["99999"]: not in communes']);
	});

	test('the primary-key check reports a repeated id', () => {
		const decisions = tables.find((t) => t.name === 'decisions')!;
		expect(primaryKeyProblems({ ...decisions, rows: [...decisions.rows, decisions.rows[0]!] })).toHaveLength(1);
	});
});
