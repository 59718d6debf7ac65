import type { commandsVi } from './commands.vi.ts';

/** What the command-line tools print around their reports, in English: every key of commands.vi.ts. */
export const commandsEn: Record<keyof typeof commandsVi, string> = {
	'command.usage': 'Usage',
	'command.example': 'Example',
	'command.nothing-written': 'Nothing was written.',
	'command.import.sheet': 'the sheet to import (its name, or its position among the visible tabs); by default the first visible one.',
	'command.check.format': 'must be one of',
	'command.check.provinces': 'provinces',
	'command.check.communes': 'communes',
	'command.check.decisions': 'decisions',
	'command.check.assignments': 'assignments',
	'command.check.findings': 'findings',
	'command.check.as-of': 'as-of day',
	'command.check.basis.git': 'last commit',
	'command.check.basis.content': 'latest content date',
	'command.template.written': 'Wrote the template {file} ({counts}). Fill in the sheet "{sheet}", then run "npm run import -- {file} --decision {decision}".',
};
