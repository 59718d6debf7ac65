/**
 * The data-quality findings in Vietnamese (`finding.<kind>`), their clauses, and how a declared figure
 * is written with its qualifier (`figure.*`, also read by the change log). findings.en.ts has the same
 * keys and placeholders.
 */
export const findingsVi = {
	'figure.at-least': 'ít nhất {n}',
	'figure.about': 'khoảng {n}',
	'figure.not-published': 'chưa công bố',
	'finding.over-itemized': 'Công bố {declared} người, nhưng có {itemized} dòng phân công được liệt kê{named}: nhiều hơn {over} so với số công bố.',
	'finding.not-itemized': 'Công bố {declared} người; {itemized} dòng phân công được liệt kê{named}; {rest} người chưa được công bố chi tiết.',
	'finding.named': ', trong đó {n} dòng có tên người',
	'finding.not-published': 'Nguồn không công bố tổng số người{itemized}.',
	'finding.not-published.itemized': '; {itemized} dòng phân công được liệt kê{named}',
	'finding.category-over-itemized': 'Nhóm "{category}": công bố {declared} người, nhưng có {itemized} dòng phân công được liệt kê, nhiều hơn {over}.',
	'finding.categories-vs-total': 'Các nhóm cộng lại được {sum}, khác tổng số công bố {declared}.',
	'finding.differing-figures': 'Một nguồn nêu con số {count}: {note}',
	'finding.unverified': '{statement}',
} as const;
