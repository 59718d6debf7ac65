// Imported by AssignmentsTable.astro: the table's body rows, each written as one string (src/lib/html.ts).
import { assignmentStatus } from '../lib/aggregate/index.ts';
import { formatPeriod } from '../lib/format.ts';
import { attr, markup, type Html } from '../lib/html.ts';
import { t, type Lang } from '../lib/i18n.ts';
import { lookup } from '../lib/lookup.ts';
import type { AssignmentModel, Model } from '../lib/model/types.ts';
import { agencyName, communeName, decisionLabel, specialtyName } from '../lib/names.ts';
import { agencyPath, communePath, decisionPath, specialtyPath } from '../lib/paths.ts';
import { hrefFor } from './href.ts';
import { statusTag } from './status-tag.ts';

/** A column a page may leave out, because the page already says it (the commune on a commune page). */
export type AssignmentColumn = 'commune' | 'agency' | 'specialty' | 'decision';

/**
 * The body rows of an assignments table: the person (or "not published"), post, sending body, field,
 * period and status, decision and source, each cell naming its column for the phone layout. Rows from
 * `printLimit` on are left off paper. The columns follow AssignmentsTable.astro's header.
 */
export function assignmentRows(
	model: Model,
	assignments: readonly AssignmentModel[],
	lang: Lang,
	asOf: string,
	hide: readonly AssignmentColumn[],
	printLimit: number | undefined,
): Html[] {
	const find = lookup(model);
	const href = hrefFor(lang);
	const show = (column: AssignmentColumn) => !hide.includes(column);
	// The texts every row repeats, looked up once per table.
	const label = {
		commune: attr('data-label', t(lang, 'common.commune')),
		agency: attr('data-label', t(lang, 'common.agency')),
		specialty: attr('data-label', t(lang, 'common.specialty')),
		period: attr('data-label', t(lang, 'common.period')),
		decision: attr('data-label', t(lang, 'common.decision')),
		source: attr('data-label', t(lang, 'common.source')),
	};
	const notPublished = markup`<span class="muted">${t(lang, 'common.notPublished')}</span>`;
	const role = t(lang, 'assignment.role');
	const none = markup`<span class="muted">${t(lang, 'common.none')}</span>`;
	const inVietnamese = lang === 'en' ? `${t(lang, 'common.inVietnamese')} ` : false;
	return assignments.map((a, index) => {
		const commune = find.commune(a.commune);
		const agency = a.agency ? find.agency(a.agency) : undefined;
		const specialty = a.specialty ? find.specialty(a.specialty) : undefined;
		const decision = find.decision(a.decision);
		const tag = statusTag(assignmentStatus(a, asOf), lang);
		// The post in the receiving commune, labelled: unlabelled it read as where the person came from.
		const person = markup`${a.person_name ?? notPublished}${a.person_title && markup`<div>${a.person_title}</div>`}${
			a.role && markup`<div class="role"><span class="muted">${role}:</span> <span lang="vi">${a.role}</span></div>`
		}`;
		return markup`<tr${attr('class', printLimit !== undefined && index >= printLimit ? 'print-hide' : undefined)}><th scope="row">${person}</th>${
			show('commune') &&
			markup`<td${label.commune}>${commune ? markup`<a${attr('href', href(communePath(model, commune)))}>${communeName(commune, lang)}</a>` : a.commune}</td>`
		}${
			show('agency') &&
			markup`<td${label.agency}>${agency ? markup`<a${attr('href', href(agencyPath(agency)))}>${agencyName(agency, lang)}</a>` : notPublished}</td>`
		}${
			show('specialty') &&
			markup`<td${label.specialty}>${specialty ? markup`<a${attr('href', href(specialtyPath(specialty)))}>${specialtyName(specialty, lang)}</a>` : notPublished}</td>`
		}<td${label.period}>${`${formatPeriod(lang, a.start, a.end)} `}<span${attr('class', tag.className)}>${tag.text}</span></td>${
			show('decision') &&
			markup`<td${label.decision}>${
				decision
					? markup`<a${attr('class', decision.number ? 'nowrap' : undefined)}${attr('href', href(decisionPath(decision)))}>${decisionLabel(decision, lang)}</a>`
					: a.decision
			}</td>`
		}<td class="col-source"${label.source}>${
			a.source ? markup`<a${attr('href', a.source.url)}${attr('hreflang', a.source.lang)}>${a.source.publisher}</a>` : none
		}${a.note && markup`<div class="muted note">${inVietnamese}<span lang="vi">${a.note}</span></div>`}</td></tr>`;
	});
}
