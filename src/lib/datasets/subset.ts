import type { Cell } from './csv.ts';
import type { PublishedTable } from './table.ts';

/**
 * The tables limited to one province, for its workbook: its own row of provinces; the rows whose
 * province is it (communes, agencies, decisions, assignments, coverage); the rows about its
 * decisions (sources, reconciliations, findings); the changes about its decisions or communes; and
 * every field of expertise (the list its assignments are classified by).
 */
export function provinceTables(tables: readonly PublishedTable[], province: string): PublishedTable[] {
	const has = (table: PublishedTable, name: string): boolean => table.fields.some((field) => field.name === name);
	const decisions = new Set<Cell>(
		tables
			.find((t) => t.name === 'decisions')
			?.rows.filter((r) => r['province'] === province)
			.map((r) => r['id'] ?? null),
	);
	const communes = new Set<Cell>(
		tables
			.find((t) => t.name === 'communes')
			?.rows.filter((r) => r['province'] === province)
			.map((r) => r['code'] ?? null),
	);
	return tables.map((table) => {
		let keep: (row: PublishedTable['rows'][number]) => boolean;
		if (table.name === 'provinces') keep = (row) => row['code'] === province;
		else if (has(table, 'province')) keep = (row) => row['province'] === province;
		else if (has(table, 'decision') && has(table, 'commune')) keep = (row) => decisions.has(row['decision'] ?? null) || communes.has(row['commune'] ?? null);
		else if (has(table, 'decision')) keep = (row) => decisions.has(row['decision'] ?? null);
		else keep = () => true;
		return { ...table, rows: table.rows.filter(keep) };
	});
}
