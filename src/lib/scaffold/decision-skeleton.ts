import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { DecisionSchema } from '../../schemas/decision.ts';
import { FIELD_DESCRIPTIONS, type FieldDescription } from '../../schemas/descriptions.ts';
import { joinLanguages, bilingual, t } from '../i18n.ts';

/**
 * The skeleton of a decision file that `npm run new:decision` writes: every frontmatter field of
 * DecisionSchema, each under a comment in Vietnamese, then English, from the schemas' descriptions
 * (src/schemas/descriptions.json). Required fields that the
 * command cannot know are left as "" so `npm run check` names each one until it is filled; optional
 * fields are commented out; fields with a default show it.
 */

/** The descriptions of the fields of the schemas a decision file uses, by field. */
export interface SkeletonDocs {
	decision: Readonly<Record<string, FieldDescription>>;
	signer: Readonly<Record<string, FieldDescription>>;
	declared: Readonly<Record<string, FieldDescription>>;
	reported: Readonly<Record<string, FieldDescription>>;
	source: Readonly<Record<string, FieldDescription>>;
}

/** The bilingual descriptions of src/schemas/descriptions.json, the skeleton's comments. */
export const SKELETON_DOCS: SkeletonDocs = {
	decision: FIELD_DESCRIPTIONS.DecisionSchema,
	signer: FIELD_DESCRIPTIONS.SignerSchema,
	declared: FIELD_DESCRIPTIONS.DeclaredCategorySchema,
	reported: FIELD_DESCRIPTIONS.ReportedFigureSchema,
	source: FIELD_DESCRIPTIONS.SourceSchema,
};

type Docs = Readonly<Record<string, FieldDescription>>;
/** A field's description as one comment: Vietnamese first, then English. */
const describe = (docs: Docs, key: string): string => {
	const d = Object.hasOwn(docs, key) ? docs[key] : undefined;
	return d ? `${d.vi} / ${d.en}` : key;
};

/** What the command knows when it writes the skeleton; values are written as given. */
export type SkeletonValues = Partial<Record<string, string>>;

// Hints for optional fields, shown commented out; anything else shows "".
const EXAMPLES: Readonly<Record<string, string>> = {
	date: 'dd/mm/yyyy',
	announced: 'dd/mm/yyyy',
	start: 'dd/mm/yyyy',
	end: 'dd/mm/yyyy',
	duration_months: '6',
	declared_total: '97',
	count: '52',
	qualifier: 'exact',
	communes: 'all',
	kind: 'press',
	lang: 'vi',
};

type Def = { type: string; innerType?: z.ZodType; defaultValue?: unknown; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> | undefined => {
	const def = defOf(schema);
	return def.type === 'object' ? (schema as unknown as { shape: Record<string, z.ZodType> }).shape : undefined;
};
const scalar = (value: unknown): string => stringify(value, { lineWidth: 0 }).trimEnd();

/** Lines of a nested object shown commented out, each field with its JSDoc at the end of its line. */
function commentedObject(shape: Record<string, z.ZodType>, docs: Docs, indent: string, listItem: boolean): string[] {
	return Object.keys(shape).map((key, index) => {
		const lead = listItem && index === 0 ? `${indent}- ` : `${indent}  `;
		return `# ${lead}${key}: ${EXAMPLES[key] ?? '""'}  # ${describe(docs, key)}`.trimEnd();
	});
}

/** Lines of an object's fields: comment, then the value, the default, a commented-out hint or "". */
function fields(shape: Record<string, z.ZodType>, docs: Docs, nested: Partial<Record<string, Docs>>, values: SkeletonValues, indent: string): string[] {
	const lines: string[] = [];
	for (const [key, schema] of Object.entries(shape)) {
		const def = defOf(schema);
		const d = Object.hasOwn(docs, key) ? docs[key] : undefined;
		// Vietnamese first, English second: the guide tells staff each field has a comment saying what to write.
		if (d) lines.push(`${indent}# ${d.vi}`, `${indent}# ${d.en}`);
		else lines.push(`${indent}# ${key}`);
		const given = values[key];
		if (given !== undefined) {
			lines.push(`${indent}${key}: ${scalar(given)}`);
			continue;
		}
		const inner = def.type === 'optional' || def.type === 'default' ? def.innerType! : schema;
		const innerDef = defOf(inner);
		const object = shapeOf(inner);
		const element = innerDef.type === 'array' ? innerDef.element : undefined;
		const elementShape = element ? shapeOf(element) : undefined;
		if (def.type === 'default') {
			lines.push(`${indent}${key}: ${scalar(def.defaultValue)}`);
			// An example item: write "key:" instead of "key: []" and uncomment it.
			if (elementShape)
				lines.push(
					`${indent}# ${joinLanguages(bilingual('scaffold.decision.example'))}:`,
					...commentedObject(elementShape, nested[key] ?? {}, indent + '  ', true),
				);
		} else if (def.type === 'optional') {
			if (object) lines.push(`${indent}# ${key}:`, ...commentedObject(object, nested[key] ?? {}, indent, false));
			else lines.push(`${indent}# ${key}: ${EXAMPLES[key] ?? '""'}`);
		} else if (elementShape) {
			// A required list of objects (sources): one item to fill in; its first line carries the dash.
			const item = fields(elementShape, nested[key] ?? {}, {}, {}, `${indent}    `);
			lines.push(`${indent}${key}:`, `${indent}  - ${item[0]!.trimStart()}`, ...item.slice(1));
		} else {
			lines.push(`${indent}${key}: ""`);
		}
	}
	return lines;
}

/**
 * Builds the text of a new decision file: frontmatter with every field of DecisionSchema and its
 * comment, the values given (number, province, date, issuer, title), and a body to replace.
 */
export function buildDecisionSkeleton(values: SkeletonValues, docs: SkeletonDocs = SKELETON_DOCS): string {
	const header = [`# ${t('vi', 'scaffold.decision.header')}`, `# ${t('en', 'scaffold.decision.header')}`];
	const nested = { signer: docs.signer, declared: docs.declared, reported_figures: docs.reported, sources: docs.source };
	const lines = fields(DecisionSchema.shape, docs.decision, nested, values, '');
	const body = [t('vi', 'scaffold.decision.body'), t('en', 'scaffold.decision.body')];
	return ['---', ...header, ...lines, '---', '', ...body, ''].join('\n');
}
