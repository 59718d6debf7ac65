import type { importPartsVi, importProblemsVi } from './import.vi.ts';

/** English import sentences: every key of import.vi.ts, with the same placeholders. */
export const importProblemsEn: Record<keyof typeof importProblemsVi, string> = {
	'problem.import.file-type':
		'File {value} cannot be imported: only .xlsx and .csv files are read. In Excel, choose File > Save As > "Excel Workbook (*.xlsx)".',
	'problem.import.encoding':
		'The CSV file is neither UTF-8 nor UTF-16, so Vietnamese letters would be garbled. Open it in Excel, choose File > Save As > "CSV UTF-8 (Comma delimited)" or "Unicode Text", and import it again; or save it as .xlsx.',
	'problem.import.file-missing': 'There is no file {value}. Check the path and the file name; put a name with spaces in double quotes.',
	'problem.import.file-empty':
		'The file is empty (0 bytes), so there is nothing to import; it may not have been saved completely, or its download failed. Open the original spreadsheet, save it again and import it again.',
	'problem.import.file-too-large':
		"The file is {found}, over the import's limit of {limit}. A staffing list is normally a few hundred KB: delete the sheets, pictures and columns that are not needed, then save it and import it again.",
	'problem.import.xls-or-password':
		'The file is not a plain .xlsx workbook: it is an old Excel file (.xls) or an .xlsx protected by a password. Open it in Excel, remove the password if there is one (File > Info > Protect Workbook), then choose File > Save As > "Excel Workbook (*.xlsx)" and import it again.',
	'problem.import.not-zip-text':
		'The file is named .xlsx but holds text (perhaps a CSV file or a web page renamed). If it is a CSV, rename it to .csv and import it again; otherwise open it in Excel and save it as "Excel Workbook (*.xlsx)".',
	'problem.import.not-zip': 'The file is named .xlsx but is not an Excel workbook (an .xlsx file is a .zip archive, and this one is not). {resave}',
	'problem.import.zip-truncated':
		'The .xlsx file is truncated: the end of its zip is missing, usually because a download or copy did not finish. Download or copy it again; if that does not help, open the original in Excel and save it again as .xlsx.',
	'problem.import.zip-corrupt': 'The .xlsx file is damaged: {reason}. {resave}',
	'problem.import.zip-bomb':
		'This file was not imported: {reason}. A staffing list is normally a few hundred KB; a small file that unpacks to something huge is usually damaged or malicious (a "zip bomb"), so it is not opened any further. Check where the file came from. If the list really is that large, delete the sheets that are not needed, or save the list as "CSV UTF-8" and import the CSV file.',
	'problem.import.not-workbook':
		'The file is a zip archive but not an Excel workbook (it has no xl/workbook.xml); it may be a Word file or a LibreOffice spreadsheet (.ods) renamed. Open it in Excel or LibreOffice and save it as "Excel Workbook (*.xlsx)".',
	'problem.import.no-visible-sheet': 'The workbook has no visible sheet. Sheets available: {allowed}. Choose the sheet to import with --sheet "NAME".',
	'problem.import.hidden-rows':
		'Row {rows} is hidden (or filtered out) but holds data, so nothing was imported: data that a reader of the sheet cannot see is not imported. Unhide it to check (select the rows around, right-click > Unhide; or Data > Clear filter), then keep or delete it and import again.',
	'problem.import.hidden-columns':
		'Column {columns} is hidden but holds data, so nothing was imported: data that a reader of the sheet cannot see is not imported. Unhide it to check (select the columns around, right-click > Unhide), then keep or delete it and import again.',
	'problem.import.formula-no-value':
		'Cell {cell} holds a formula{formula} but the file has no computed value for it, so what the cell shows is unknown. Open the file in Excel or LibreOffice and save it again so the value is computed, or type the value into the cell.',
	'problem.import.cell-error': 'Cell {cell} shows the error {error}{formula}. Correct the formula, or type the right value into the cell.',
	'problem.import.unreadable': 'The spreadsheet could not be read: {detail}. Open it in Excel and save it again as .xlsx.',
	'problem.import.sheet-missing': 'There is no sheet {value}. Sheets available: {allowed}.',
	'problem.import.no-rows': 'The spreadsheet has no data row under its header row.',
	'problem.import.unknown-header':
		'Column header {value} is not recognised, so the column was not imported.{hint} Rename it to one of: {allowed}; or delete the column if it is not to be published.',
	'problem.import.duplicate-header': 'Columns {value} and "{other}" both feed the field "{target}". Keep one and delete or rename the other.',
	'problem.import.no-commune-column':
		'No column for the receiving commune was found. Head the column with the commune or ward names "Nơi biệt phái" or "Xã/phường".',
	'problem.import.commune-unknown':
		'No commune or ward {value} is in the list of province {province}, former units merged in 2025 included.{hint} Correct the name in the spreadsheet, or write the 5-digit commune code.',
	'problem.import.commune-ambiguous':
		'The name {value} matches several units: {candidates}. Write the full name with its diacritics, or the 5-digit code of the right unit.',
	'problem.import.agency-unknown':
		'No agency {value} is in content/agencies.{hint} Correct the name in the spreadsheet, or add the agency (with its source) to content/agencies and import again.',
	'problem.import.agency-ambiguous': 'The agency name {value} matches several agencies: {candidates}. Write the full name or the id of the right one.',
	'problem.import.specialty-unknown':
		'No specialty {value} is in content/specialties.csv.{hint} Use an existing specialty, or add a new one to content/specialties.csv.',
	'problem.import.specialty-ambiguous': 'The specialty {value} matches several specialties: {candidates}. Write the full name or the id of the right one.',
	'problem.import.category-unknown': 'Category {value} is not in the decision\'s "declared". Categories available: {allowed}.',
	'problem.import.date': 'Date {value} cannot be read. Write it as dd/mm/yyyy, e.g. 20/10/2025, or format the cell as a Date in Excel.',
	'problem.import.period':
		'Period {value} cannot be read. Write two dates joined by a dash, e.g. 06/10/2025 - 05/04/2026, or use two columns "Từ ngày" and "Đến ngày".',
	'problem.import.province-unknown':
		'There is no province with code {value} in content/provinces.csv.{hint} Province codes have 2 digits, e.g. "11" (Điện Biên).',
	'problem.import.template-exists': 'The file {value} already exists. Choose another name with --out, or add --force to overwrite it.',
	'problem.import.decision-unknown':
		'There is no decision with id {value} in content/decisions.{hint} Create the decision first with "npm run new:decision", then import the list.',
	'problem.import.source-unknown': 'Source {value} (option --source) is not in the decision\'s "sources". Sources available: {allowed}.',
	'problem.import.exists': 'File {value} already exists. It is not overwritten unless asked: run again with --force to replace it (git keeps the old version).',
};

/** English parts of the import's sentences and notes. */
export const importPartsEn: Record<keyof typeof importPartsVi, string> = {
	'problem.import.resave':
		'Open the file in Excel or LibreOffice and save it again as "Excel Workbook (*.xlsx)"; if it does not open, ask for the original file again.',
	'problem.import.size.mb': '{n} MB',
	'problem.import.size.kb': '{n} KB',
	'problem.import.size.byte': '{n} byte',
	'problem.import.size.bytes': '{n} bytes',
	'problem.import.zip-bomb.total': 'its workbook unpacks to {found} from a {packed} file, over the limit of {limit}',
	'problem.import.zip-bomb.ratio': 'its part "{part}" is compressed {found} times, over the limit of {limit} times',
	'problem.import.zip-bomb.lying': 'its part "{part}" unpacks to more than the {found} the file declares for it',
	'problem.import.zip-bomb.entries': 'its zip lists {found} entries, over the limit of {limit}',
	'problem.import.zip-corrupt.deflate': 'its part "{part}" cannot be unpacked',
	'problem.import.zip-corrupt.size': 'the size of its part "{part}" does not match the size the file declares',
	'problem.import.zip-corrupt.method': 'its part "{part}" is compressed in a way Excel does not use',
	'problem.import.zip-corrupt.directory': 'the directory of its zip is damaged',
	'problem.import.formula-no-value.formula': ' {formula}',
	'problem.import.cell-error.formula': ' (formula {formula})',
	'problem.import.hidden-rows.plural':
		'Rows {rows} are hidden (or filtered out) but hold data, so nothing was imported: data that a reader of the sheet cannot see is not imported. Unhide them to check (select the rows around, right-click > Unhide; or Data > Clear filter), then keep or delete them and import again.',
	'problem.import.hidden-columns.plural':
		'Columns {columns} are hidden but hold data, so nothing was imported: data that a reader of the sheet cannot see is not imported. Unhide them to check (select the columns around, right-click > Unhide), then keep or delete them and import again.',
	'import.other-sheet': 'Sheet "{name}" also holds data and was not imported; to import it, use {option}.',
	'import.other-sheet.hidden': 'Hidden sheet "{name}" also holds data and was not imported; to import it, use {option}.',
	'import.candidate.former': '{candidate} (former {type} {name})',
	'import.why.excel-serial': 'Excel serial day number read as a date',
	'import.why.two-digit-year': 'two-digit year read as 20xx',
	'import.why.separator': 'date separators read as dd/mm/yyyy',
	'import.why.merged': 'merged cell from row {row}: its value is written on each of its rows',
	'import.why.current-unit': 'name of the current unit: {target}',
	'import.why.padded': 'commune code missing its leading zero: {target}',
	'import.why.former-unit': 'the former {former} was merged in 2025 into {target}',
	'import.why.shadowed': '{why}; the name is also that of {candidates}: the current unit was used, please check',
	'import.why.type-differs': '{why}; the sheet says "{typed}" but the unit is a {type}',
	'import.why.name-to-id': 'name → id: {item}',
	'import.why.period': 'period split into its first (start) and last (end) day',
	'import.why.nfc': 'decomposed letters (Unicode NFD) composed (NFC)',
	'import.why.spaces': 'extra spaces removed',
	'import.note.forms': 'Dates are written as yyyy-mm-dd (2026-02-02 is 2 February 2026); text is normalised to Unicode NFC.',
	'import.note.source': 'Empty "source" cells were filled with "{source}" (option --source).',
	'import.note.category': 'Empty "category" cells were filled with "{category}" (option --category).',
	'import.note.source-hint':
		'Hint: the sheet names people but has no source column; add --source <source id> (one of: {allowed}) if that source published the list.',
	'import.report.import': 'Import',
	'import.report.sheet': 'sheet',
	'import.report.hidden-sheet': 'hidden sheet',
	'import.report.decision': 'Decision',
	'import.report.other-sheets': 'Other sheets',
	'import.report.columns': 'Columns (header row {rows})',
	'import.report.columns.many': 'Columns (header rows {rows})',
	'import.report.ignored': 'ignored',
	'import.report.personal': 'not imported: personal data (Law 91/2025/QH15)',
	'import.report.unrecognised': 'not recognised',
	'import.report.changed': 'Values changed',
	'import.report.unresolved': 'Unresolved',
	'import.report.written': 'Wrote {n} rows to {output}. Run "npm run check", then commit the file.',
	'import.report.dry-run': 'Dry run (--dry-run): {n} valid rows, nothing written.',
	'import.report.blocked': 'Nothing was written: {n} problem(s) remain. Correct them as described above and run the command again.',
	'template.title': 'ASSIGNMENT LIST TEMPLATE: {what}',
	'template.for-decision': 'Decision {number} (id {id}), {province} province',
	'template.for-province': '{province} province (code {code})',
	'template.how': 'How to fill it in',
	'template.step-1':
		'1. Fill in the sheet "{sheet}". One row per person sent to a commune or ward (one assignment). Do not rename, reorder or move the header row.',
	'template.step-2':
		'2. Pick the receiving commune, the sending body and the field from each cell\'s drop-down list{also}. The lists are on the sheet "{lists}". If a body or field is missing, add it to content/agencies or content/specialties.csv first.',
	'template.step-2.also': '; the category and the source too',
	'template.step-3':
		'3. Enter dates as dates (dd/mm/yyyy, e.g. 20/10/2025), not as text. Leave "Từ ngày" (from) and "Đến ngày" (to) empty when they are the decision\'s own dates.',
	'template.step-4':
		'4. Write a name ("Họ và tên") and post ("Chức vụ") only where an official text or the press published them, and then pick that source in "Nguồn". Never write a birth date, ID number, phone number, address or any other personal data.',
	'template.step-5': '5. "Vị trí" is the unit or post in the commune (e.g. "Phòng Kinh tế"); "Ghi chú" is anything a reader should know about the row.',
	'template.step-6': '6. Save the file (.xlsx), then run: npm run import -- <file.xlsx> --decision {id}',
	'template.step-6.after':
		'   The command prints every value it changed and every cell it could not resolve; it writes nothing while any remain. Correct them and run it again, then run npm run check.',
	'template.decision-id': '<decision id>',
	'template.sources': "The decision's sources:",
	'template.list.communes': 'Communes and wards',
	'template.list.agencies': 'Sending bodies',
	'template.list.specialties': 'Fields',
	'template.list.categories': 'Categories',
	'template.list.sources': 'Sources',
	'template.list.source-titles': 'Source titles',
	'template.prompt.pick': 'Pick from the list.',
	'template.prompt.pick-or-empty': 'Pick from the list; leave empty if not published.',
	'template.prompt.category': 'The decision category of this row.',
	'template.prompt.source': 'Required when a person is named.',
	'template.prompt.not-in-list': 'The value is not in the list.',
	'template.date.title': 'Date',
	'template.date.error': 'Enter a date dd/mm/yyyy from 2000 to 2099.',
	'template.date.prompt': 'Leave empty if the same as the decision.',
	'import.sheet.hidden': 'hidden',
};
