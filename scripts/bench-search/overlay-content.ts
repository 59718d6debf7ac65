/**
 * Adds the real, sourced content (content/: decisions, assignment files and sending bodies) to a
 * generated national-scale content folder, so the search cases of the bundled content ("2446", the
 * named people, Mường Thanh, Điện Biên Phủ) can run at national scale too. Agencies are merged by id:
 * a body the generated set already has keeps its generated row. Writes into the target folder only.
 *
 * Usage: `node scripts/bench-search/overlay-content.ts TARGET_DIR [SOURCE_DIR=content]`.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { listFiles } from '../../src/lib/io/read-content.ts';

/** What the overlay added: files copied, and sending bodies added to the generated lists. */
export interface Overlaid {
	copiedFiles: number;
	addedAgencies: number;
}

const parse = (path: string) => Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true });

/** Copies the real decisions, assignment files and sending bodies of `source` into a generated folder. */
export function overlayRealContent(target: string, source = 'content'): Overlaid {
	let copied = 0;
	for (const folder of ['decisions', 'assignments']) {
		for (const file of [...listFiles(join(source, folder), '.mdx'), ...listFiles(join(source, folder), '.csv')]) {
			const to = join(target, folder, basename(file));
			if (existsSync(to)) throw new Error(`${to} exists in the generated set; refusing to overwrite it.`);
			copyFileSync(file, to);
			copied++;
		}
	}

	let agencies = 0;
	for (const file of listFiles(join(source, 'agencies'), '.csv')) {
		const real = parse(file);
		const province = real.data[0]?.['province'];
		const generatedFile = listFiles(join(target, 'agencies'), '.csv').find((path) => parse(path).data[0]?.['province'] === province);
		const to = generatedFile ?? join(target, 'agencies', basename(file));
		const existing = generatedFile ? parse(generatedFile) : { data: [], meta: { fields: real.meta.fields ?? [] } };
		const fields = existing.meta.fields ?? [];
		const known = new Set(existing.data.map((row) => row['id']));
		const added = real.data.filter((row) => !known.has(row['id']));
		agencies += added.length;
		const rows = [...existing.data, ...added].map((row) => fields.map((field) => row[field] ?? ''));
		writeFileSync(to, `${Papa.unparse({ fields, data: rows }, { newline: '\n' })}\n`);
	}
	return { copiedFiles: copied, addedAgencies: agencies };
}

if (import.meta.main) {
	const [target, source = 'content'] = process.argv.slice(2);
	if (!target) {
		process.stderr.write('Cần thư mục đích. / A target folder is needed: node scripts/bench-search/overlay-content.ts TARGET_DIR [SOURCE_DIR]\n');
		process.exit(2);
	}
	process.stdout.write(`${JSON.stringify({ target, ...overlayRealContent(target, source) })}\n`);
}
