import type { Lang } from '../i18n.ts';

/** What every guide to the data (the ZIP's README, the workbook's first sheet) says about the publication. */
export interface PublicationInfo {
	/** Title of the data set, as the citation line gives it. */
	title: Record<Lang, string>;
	publisher: Record<Lang, string>;
	version: string;
	/** Latest content date, yyyy-mm-dd: the files' date, never the build clock. */
	created: string;
	/** Address of the download page, per language. */
	homepage: Record<Lang, string>;
	licence: { name: string; url: string };
}
