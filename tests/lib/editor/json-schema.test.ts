import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { decisionFrontmatterSchema } from '../../../src/lib/editor/json-schema.ts';
import { writeEditorSchemas } from '../../../src/lib/io/editor-schemas.ts';
import { listFiles } from '../../../src/lib/io/read-content.ts';
import { FIELD_DESCRIPTIONS } from '../../../src/schemas/descriptions.ts';
import { startAstroLanguageServer } from '../../helpers/lsp.ts';

const BUNDLED = join(import.meta.dirname, '../../../content');
const frontmatter = (text: string): unknown => parse(/^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)![1]!);

describe('the decision frontmatter JSON Schema', () => {
	const schema = decisionFrontmatterSchema();
	const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

	test('accepts the frontmatter of every bundled decision, as staff wrote it', () => {
		const files = listFiles(join(BUNDLED, 'decisions'), '.mdx');
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) expect(validate(frontmatter(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
	});

	test('flags a misspelt field and a kind that does not exist, as an editor would underline them', () => {
		expect(validate({ titel: 'x' })).toBe(false);
		expect(validate.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
		expect(validate({ kind: 'secondmnet' })).toBe(false);
	});

	test('describes every field in Vietnamese, then English', () => {
		const properties = schema['properties'] as Record<string, { description?: string }>;
		for (const [field, d] of Object.entries(FIELD_DESCRIPTIONS.DecisionSchema)) expect(properties[field]?.description).toBe(`${d.vi}\n\n${d.en}`);
		const declared = properties['declared'] as { items: { properties: Record<string, { description?: string }> } };
		expect(declared.items.properties['count']?.description).toMatch(/^Số người công bố/u);
	});
});

describe('in the editor (the Astro language server, as VS Code runs it)', () => {
	const workspace = mkdtempSync(join(tmpdir(), 'minh-bach-editor-'));
	afterAll(() => rmSync(workspace, { recursive: true, force: true }));

	test('a decision file gets the Vietnamese description on hover and the allowed kinds as completions', { timeout: 60_000 }, async () => {
		const content = join(workspace, 'content');
		cpSync(join(BUNDLED, 'decisions'), join(content, 'decisions'), { recursive: true });
		writeEditorSchemas(workspace, content);
		const file = join(content, 'decisions', '2446-qd-ubnd-2025.mdx');
		const text = readFileSync(file, 'utf8');
		const lines = text.split('\n');
		const server = await startAstroLanguageServer(workspace);
		try {
			const uri = server.open(file, text, 'mdx');
			const numberLine = lines.findIndex((l) => l.startsWith('number:'));
			// The server reads the schema once it has the document; ask until it answers (a cold start takes a few seconds).
			type Hover = { contents?: { value?: string } } | null;
			const hoverAt = async (): Promise<Hover> =>
				(await server.request('textDocument/hover', { textDocument: { uri }, position: { line: numberLine, character: 2 } })) as Hover;
			let hover = await hoverAt();
			for (let attempt = 0; attempt < 40 && !hover?.contents?.value; attempt++) {
				await new Promise((resolve) => setTimeout(resolve, 250));
				hover = await hoverAt();
			}
			expect(hover?.contents?.value).toContain(FIELD_DESCRIPTIONS.DecisionSchema.number.vi);
			expect(hover?.contents?.value).toContain(FIELD_DESCRIPTIONS.DecisionSchema.number.en);

			const kindLine = lines.findIndex((l) => l.startsWith('kind:'));
			const completion = (await server.request('textDocument/completion', {
				textDocument: { uri },
				position: { line: kindLine, character: lines[kindLine]!.length },
			})) as { items: { label: string }[] };
			expect(completion.items.map((item) => item.label)).toEqual(expect.arrayContaining(['secondment', 'transfer', 'extension', 'ending']));
		} finally {
			server.close();
		}
	});
});
