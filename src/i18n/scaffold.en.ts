import type { scaffoldVi } from './scaffold.vi.ts';

/** What the scaffolding commands say and write, in English: every key of scaffold.vi.ts. */
export const scaffoldEn: Record<keyof typeof scaffoldVi, string> = {
	'scaffold.usage.province': 'the 2-digit province code',
	'scaffold.usage.out': 'a new folder',
	'scaffold.options.invalid': 'The options are not valid.',
	'scaffold.options.required': '--province and --out are required.',
	'scaffold.url.not-full': 'Address "{url}" is not a full web address. Write it with "https://", e.g. https://sonoivu.dienbien.gov.vn.',
	'scaffold.url.not-origin':
		'Address "{url}" must be only the scheme and host, e.g. {origin}. A base path (GitHub Pages: "/repository-name/") is set with BASE_PATH at build time.',
	'scaffold.url.placeholder': "{placeholder} is the placeholder, not the site's address. Leave out --url if there is no address yet.",
	'scaffold.province.unknown': 'There is no province with code "{code}" in the list of 34. Codes have 2 digits: {known}.',
	'scaffold.title.empty': '{flag} must not be empty.',
	'scaffold.licence.missing': 'The MIT notice of the lists was not found in scripts/bench/data/NOTICE.md; the lists cannot be copied without it.',
	'scaffold.later.75':
		'Resolution 30/2026/QH16 (in force from 30/4/2026) renamed Đồng Nai and turned 10 of its communes into wards; this list (1/7/2025) does not have that change. Correct provinces.csv and the communes file from the resolution before publishing.',
	'scaffold.out.not-folder': '{path} exists and is not a folder. Choose a new folder for --out.',
	'scaffold.out.not-empty':
		'Folder {path} exists and is not empty; nothing is written into it, so that no file is mixed up or replaced. Choose a new (or empty) folder for --out.',
	'scaffold.created': 'Created',
	'scaffold.note': 'Note',
	'scaffold.units': 'commune-level units',
	'scaffold.next': 'Next',
	'scaffold.next.replace': 'Replace the copied repository\'s content/ and site.config.ts with these; fill in every "{fill}" in site.config.ts.',
	'scaffold.fill-in': 'TO FILL IN',
	'scaffold.config.publisher': 'TO FILL IN: the body that publishes this site',
	'scaffold.sources.title': 'Where this content comes from',
	'scaffold.sources.intro':
		'Written by `npm run new:site -- --province {code}` for {name}: only the official lists, no decision, assignment, body or person yet. Every fact added must have a published source, listed below.',
	'scaffold.sources.units.xã': '{n} communes',
	'scaffold.sources.units.phường': '{n} wards',
	'scaffold.sources.units.đặc khu': '{n} special zones',
	// The Vietnamese cell names no source: the dataset is written here as LIST_SOURCE of src/lib/scaffold/new-site.ts names it.
	'scaffold.sources.provinces':
		'the 34 province-level units, from thanglequoc/vietnamese-provinces-database v3.0.2 (https://github.com/thanglequoc/vietnamese-provinces-database) (MIT, notice below), codes per Decision 19/2025/QĐ-TTg.',
	'scaffold.sources.communes':
		'the {n} commune-level units of {name} ({composition}) as of 1/7/2025, from the same dataset (MIT, notice below): codes per Decision 19/2025/QĐ-TTg, names, types and English names as it gives them.',
	'scaffold.sources.communes.slug': 'the `slug` column is set only on the {n} rows whose names fold to the same path.',
	'scaffold.sources.communes.optional': 'the optional columns are left out until a source gives them.',
	'scaffold.sources.agencies': 'header row only; add each sending body with the source that names it (`source`).',
	'scaffold.sources.specialties':
		"copied as it is from the Minh Bạch project's list of fields of expertise (content/specialties.csv, drawn from the fields Điện Biên named as lacking and those the press reported for other provinces); it states nothing about this province; staff may add more.",
	'scaffold.sources.none-yet': 'none yet',
	'scaffold.sources.decisions': 'each decision lists its sources in its frontmatter.',
	'scaffold.sources.assignments': 'each row cites a source of its decision; a person is named only where the state or the press named them.',
	'scaffold.decision.usage.number': 'leave out --number when none was published',
	'scaffold.decision.options.required': '--date and --province are required.',
	'scaffold.decision.date': 'Date "{date}" is not in the form dd/mm/yyyy.',
	'scaffold.decision.number': 'Number "{number}" is not in the official form, e.g. "2446/QĐ-UBND".',
	'scaffold.decision.province': 'There is no province with code "{province}".',
	'scaffold.decision.province.in': 'There is no province with code "{province}" in {path}.',
	'scaffold.decision.exists': '{path} already exists and is not replaced. Open it to edit it.',
	'scaffold.decision.issuer.city': "{name} City People's Committee",
	'scaffold.decision.issuer.province': "{name} Provincial People's Committee",
	'scaffold.decision.next': 'Fill in every "", then run "npm run check".',
	'scaffold.decision.header': 'New decision: fill in every "" and uncomment the fields the sources state, then run "npm run check".',
	'scaffold.decision.example': 'example',
	'scaffold.decision.body': '(Replace this paragraph with a Vietnamese summary of the decision, from its sources.)',
};
