// Imported by src/site/datasets.ts (at build time) and tests; never by pages or src/lib outside io.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { listFiles } from './read-content.ts';

/**
 * The one-line JSDoc of every field of every exported object schema (and of every exported interface
 * of the model and aggregations, for derived columns), by name and field:
 * `docs.AssignmentRowSchema.commune` → 'Official 5-digit code of the receiving commune or ward, e.g. "03127".'
 *
 * Why read the source: zod keeps no JSDoc at run time, and repeating each sentence in `.describe()`
 * would write every description twice. The JSDoc already is the editor hover staff see, so the
 * published data dictionary reads it from the schema files with the TypeScript parser (syntax only,
 * no type checking: a few milliseconds per file).
 */
export type SchemaDocs = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The source files whose JSDoc describes published columns: every content schema, the model types
 * and the aggregations, under the working folder (the project root in every command).
 */
export function resolveDocSources(root: string = resolve('.')): string[] {
	return [...listFiles(join(root, 'src/schemas'), '.ts'), join(root, 'src/lib/model/types.ts'), join(root, 'src/lib/aggregate/index.ts')];
}

/** Reads the field JSDoc of every exported object schema and interface in the given files. */
export function readSchemaDocs(paths: readonly string[] = resolveDocSources()): SchemaDocs {
	const docs: Record<string, Record<string, string>> = {};
	for (const path of paths) {
		for (const [key, fields] of Object.entries(parseSchemaDocs(readFileSync(path, 'utf8'), path))) {
			// Two exports of one name would make a description ambiguous.
			if (docs[key]) throw new Error(`${path}: "${key}" is already described in another file.`);
			docs[key] = { ...fields };
		}
	}
	return docs;
}

/**
 * Parses one source file: `export const XSchema = z.object({…})`/`z.strictObject({…})` (chained calls
 * allowed) and `export interface X {…}`; `name` only labels the parser's diagnostics.
 */
export function parseSchemaDocs(source: string, name = 'schema.ts'): SchemaDocs {
	const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const docs: Record<string, Record<string, string>> = {};
	for (const statement of file.statements) {
		if (ts.isInterfaceDeclaration(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
			const fields: Record<string, string> = {};
			for (const member of statement.members) {
				const text = ts.isPropertySignature(member) ? jsDocText(member) : undefined;
				if (text && member.name) fields[member.name.getText(file).replace(/^['"]|['"]$/gu, '')] = text;
			}
			docs[statement.name.text] = fields;
			continue;
		}
		if (!ts.isVariableStatement(statement)) continue;
		if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
		for (const declaration of statement.declarationList.declarations) {
			if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
			const shape = findObjectShape(declaration.initializer);
			if (!shape) continue;
			const fields: Record<string, string> = {};
			for (const property of shape.properties) {
				if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
				const key = property.name.getText(file).replace(/^['"]|['"]$/gu, '');
				const text = jsDocText(property);
				if (text) fields[key] = text;
			}
			docs[declaration.name.text] = fields;
		}
	}
	return docs;
}

/** The object literal passed to `z.object`/`z.strictObject` somewhere in a chain like `z.strictObject({…}).superRefine(…)`. */
function findObjectShape(node: ts.Node): ts.ObjectLiteralExpression | undefined {
	if (ts.isCallExpression(node)) {
		const callee = node.expression;
		if (ts.isPropertyAccessExpression(callee) && ['object', 'strictObject', 'looseObject'].includes(callee.name.text) && ts.isIdentifier(callee.expression)) {
			const [first] = node.arguments;
			if (first && ts.isObjectLiteralExpression(first)) return first;
		}
		// A chained call: look at what it is called on (`….superRefine(…)` → `z.strictObject({…})`).
		if (ts.isPropertyAccessExpression(callee)) return findObjectShape(callee.expression);
	}
	return undefined;
}

/** The JSDoc sentence of a node, on one line. */
function jsDocText(node: ts.Node): string | undefined {
	const parts = ts
		.getJSDocCommentsAndTags(node)
		.filter(ts.isJSDoc)
		.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '');
	const text = parts.join(' ').replace(/\s+/gu, ' ').trim();
	return text || undefined;
}
