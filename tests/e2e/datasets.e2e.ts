/**
 * The workbook and the database of the built site (DIST_DIR or dist/) opened with the tools a data
 * desk uses, none of which shares code with the writers: Debian's python3-openpyxl, LibreOffice
 * headless (libreoffice-calc-nogui) and Python's sqlite3 module. Run with `npm run test:e2e` after
 * `npm run build`; .ci/run installs the packages. A missing tool fails the run with how to install
 * it: these checks never skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveBase, resolveDistDir } from '../../scripts/lib/dist.ts';

const dist = resolveDistDir();
const data = join(dist, resolveBase().slice(1), 'du-lieu');
const work = mkdtempSync(join(tmpdir(), 'minh-bach-datasets-e2e-'));
// Debian's python3 is where apt puts openpyxl; a python3 earlier on PATH (pyenv, a venv) may lack it.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a Python script that prints JSON, and returns what it printed. */
function python<T>(script: string, ...args: string[]): T {
	const run = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (run.error || run.status !== 0) throw new Error(`${PYTHON} failed (${run.error?.message ?? run.status}):\n${run.stderr}`);
	return JSON.parse(run.stdout) as T;
}

const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(data, name), 'utf8')) as T;

beforeAll(() => {
	const missing: string[] = [];
	if (spawnSync(PYTHON, ['-c', 'import openpyxl, sqlite3'], { encoding: 'utf8' }).status !== 0) missing.push('python3-openpyxl');
	if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) missing.push('libreoffice-calc-nogui');
	if (missing.length > 0)
		throw new Error(
			`Thiếu công cụ để kiểm tra sổ tính: ${missing.join(', ')}. Cài bằng: apt-get install ${missing.join(' ')}\nMissing tools to check the workbook: ${missing.join(', ')}. Install with: apt-get install ${missing.join(' ')}`,
		);
	if (!existsSync(join(data, 'minh-bach.xlsx'))) throw new Error(`No workbook in ${data}. Run "npm run build" first.`);
});

const OPENPYXL = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "tables": {}}
for ws in wb.worksheets[1:]:
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    kinds = {}
    for row in rows[1:]:
        for name, c in zip(header, row):
            if c.value is None: continue
            kind = "formula" if c.data_type == "f" else type(c.value).__name__
            kinds.setdefault(name, set()).add(kind)
    out["tables"][ws.title] = {
        "freeze": ws.freeze_panes,
        "header": header,
        "notes": sum(1 for c in rows[0] if c.comment is not None and c.comment.text.strip()),
        "rows": len(rows) - 1,
        "kinds": {k: sorted(v) for k, v in kinds.items()},
        "first": [c.value.isoformat() if isinstance(c.value, (datetime.date, datetime.datetime)) else c.value for c in rows[1]] if len(rows) > 1 else None,
    }
print(json.dumps(out))
`;

interface OpenpyxlReport {
	sheets: string[];
	tables: Record<string, { freeze: string | null; header: string[]; notes: number; rows: number; kinds: Record<string, string[]>; first: unknown[] | null }>;
}

describe('the whole-site workbook, read with openpyxl', () => {
	let report: OpenpyxlReport;
	beforeAll(() => {
		report = python<OpenpyxlReport>(OPENPYXL, join(data, 'minh-bach.xlsx'));
	});

	test('has the guide first, then a sheet per table and the dictionary, each header frozen and noted', () => {
		expect(report.sheets[0]).toBe('Đọc trước - Read me');
		expect(report.sheets.at(-1)).toBe('dictionary');
		for (const [name, sheet] of Object.entries(report.tables)) {
			expect(sheet.freeze, name).toBe('A2');
			expect(sheet.notes, name).toBe(sheet.header.length);
		}
	});

	test('types codes as text, counts as numbers and dates as dates, with no formula anywhere', () => {
		const { tables } = report;
		expect(tables['communes']!.kinds['code']).toEqual(['str']);
		expect(tables['communes']!.kinds['province']).toEqual(['str']);
		expect(tables['assignments']!.kinds['commune']).toEqual(['str']);
		expect(tables['decisions']!.kinds['declared_total']).toEqual(['int']);
		expect(tables['decisions']!.kinds['itemized']).toEqual(['int']);
		expect(tables['decisions']!.kinds['start']).toEqual(['datetime']);
		expect(tables['decisions']!.kinds['date']).toEqual(['datetime']);
		expect(tables['decisions']!.kinds['date_precision']!.every((k) => k === 'str')).toBe(true);
		expect(tables['decisions']!.kinds['end_computed']).toEqual(['bool']);
		for (const [name, sheet] of Object.entries(tables))
			for (const [column, kinds] of Object.entries(sheet.kinds)) expect(kinds, `${name}.${column}`).not.toContain('formula');
		const communes = readJson<{ code: string }[]>('communes.json');
		expect(tables['communes']!.rows).toBe(communes.length);
		expect(tables['communes']!.first![0]).toBe(communes[0]!.code);
	});

	test('gives each province workbook exactly its own assignments', () => {
		const provinces = readJson<{ code: string; slug: string }[]>('provinces.json');
		const files = readdirSync(join(data, 'tinh')).filter((name) => name.endsWith('.xlsx'));
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const slug = file.replace(/\.xlsx$/u, '');
			const own = readJson<unknown[]>(`tinh/${slug}.json`);
			const province = python<OpenpyxlReport>(OPENPYXL, join(data, 'tinh', file));
			expect(province.tables['assignments']!.rows, file).toBe(own.length);
			expect(province.tables['provinces']!.rows, file).toBe(1);
			expect(province.tables['provinces']!.first![0], file).toBe(provinces.find((p) => p.slug === slug)!.code);
		}
	});
});

describe('the whole-site workbook, converted to CSV by LibreOffice headless', () => {
	/** Converts one sheet (1-based position) to CSV, UTF-8, every cell as shown. */
	function convert(sheet: number): string[][] {
		const out = join(work, `sheet-${sheet}`);
		// Filter options: comma, double quote, UTF-8 (76), from line 1, …, token 12 = the sheet to export.
		const run = spawnSync(
			'soffice',
			[
				'--headless',
				'--norestore',
				`-env:UserInstallation=file://${join(work, 'profile')}`,
				'--convert-to',
				`csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`,
				'--outdir',
				out,
				join(data, 'minh-bach.xlsx'),
			],
			{ encoding: 'utf8', timeout: 180_000 },
		);
		if (run.status !== 0) throw new Error(`soffice failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
		const [file] = readdirSync(out);
		if (!file) throw new Error(`soffice wrote nothing:\n${run.stdout}\n${run.stderr}`);
		const parsed = Papa.parse<string[]>(readFileSync(join(out, file), 'utf8'), { skipEmptyLines: true });
		return parsed.data;
	}

	test('keeps Vietnamese and leading zeros in the communes and assignments sheets', () => {
		const order = python<OpenpyxlReport>(OPENPYXL, join(data, 'minh-bach.xlsx')).sheets;
		const communes = convert(order.indexOf('communes') + 1);
		const published = readJson<{ code: string; full_name: string; province: string }[]>('communes.json');
		const header = communes[0]!;
		expect(communes.slice(1).map((row) => [row[header.indexOf('code')], row[header.indexOf('province')], row[header.indexOf('full_name')]])).toEqual(
			published.map((c) => [c.code, c.province, c.full_name]),
		);
		const assignments = convert(order.indexOf('assignments') + 1);
		const rows = readJson<{ commune: string; commune_name: string | null; start: string | null }[]>('assignments.json');
		const h = assignments[0]!;
		expect(assignments.slice(1).map((row) => [row[h.indexOf('commune')], row[h.indexOf('commune_name')], row[h.indexOf('start')]])).toEqual(
			rows.map((a) => [a.commune, a.commune_name ?? '', a.start ?? '']),
		);
		expect(rows.some((a) => a.commune.startsWith('0'))).toBe(true);
	});
});

describe('the SQLite database, opened with Python’s sqlite3', () => {
	test('passes the integrity and foreign-key checks, and joins every itemized assignment to its commune', () => {
		const report = python<{ integrity: string[][]; fk: unknown[]; joined: number; tables: string[]; typeofCode: string[][] }>(
			`
import json, sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
db.execute("PRAGMA foreign_keys = ON")
print(json.dumps({
    "integrity": db.execute("PRAGMA integrity_check").fetchall(),
    "fk": db.execute("PRAGMA foreign_key_check").fetchall(),
    "joined": db.execute("SELECT count(*) FROM assignments a JOIN communes c ON c.code = a.commune").fetchone()[0],
    "tables": [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")],
    "typeofCode": db.execute("SELECT DISTINCT typeof(code) FROM communes").fetchall(),
}))
`,
			join(data, 'minh-bach.sqlite'),
		);
		expect(report.integrity).toEqual([['ok']]);
		expect(report.fk).toEqual([]);
		expect(report.joined).toBe(readJson<unknown[]>('assignments.json').length);
		expect(report.tables).toContain('dictionary');
		expect(report.typeofCode).toEqual([['text']]);
	});
});
