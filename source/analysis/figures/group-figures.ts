/**
 * Lines up figures that measure the same thing across articles: the same dimension
 * (after unit conversion) and the same subject or counted thing, as read from their
 * words. Each group says whether its members disagree beyond their hedges. A figure
 * whose subject is unclear stays alone: joining unrelated figures is worse than
 * missing a pair.
 */

import type {FigureGroup} from '../../model.js';
import type {ExtractedFigure} from './extract-figures.js';
import {allFiguresAgree} from './hedges.js';

export type ArticleFigureList = {
	readonly articleId: string;
	readonly figures: readonly ExtractedFigure[];
};

export type Grouping = {
	readonly groups: readonly FigureGroup[];
	/** Group id per article and figure index. */
	readonly groupOf: (articleId: string, index: number) => string | undefined;
};

type Member = {article: string; index: number; entry: ExtractedFigure};

function slug(text: string): string {
	return (
		text
			.normalize('NFD')
			.replaceAll(/\p{M}/gu, '')
			.toLowerCase()
			.replaceAll(/[^a-z\d]+/g, '-')
			.replaceAll(/^-|-$/g, '') || 'figure'
	);
}

function mostCommon(values: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const value of values) {
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}

	return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

export function groupFigures(articles: readonly ArticleFigureList[]): Grouping {
	const byKey = new Map<string, Member[]>();
	const order: Member[][] = [];
	for (const {articleId, figures} of articles) {
		for (const [index, entry] of figures.entries()) {
			const {figure} = entry;
			if (figure.vague || figure.conversion) {
				continue;
			}

			const member = {article: articleId, index, entry};
			const members = entry.key ? byKey.get(entry.key) : undefined;
			if (members) {
				members.push(member);
			} else {
				const fresh = [member];
				order.push(fresh);
				if (entry.key) {
					byKey.set(entry.key, fresh);
				}
			}
		}
	}

	const slugCounts = new Map<string, number>();
	// Per article, the group id of each figure index: no key string made per figure.
	const ids = new Map<string, string[]>();
	const groups = order.map(members => {
		const units = members.map(({entry}) => entry.figure.unit);
		const unit = mostCommon(units);
		const label = mostCommon(members.map(({entry}) => entry.label)) || 'figure';
		// Ids name what is measured; a figure nothing describes is known by its unit.
		const {key} = members[0]!.entry;
		const base = key ? slug(`${label.replace(/, [^,]+$/, '')} ${unit}`) : slug(unit || 'figure');
		const count = (slugCounts.get(base) ?? 0) + 1;
		slugCounts.set(base, count);
		const id = count === 1 ? base : `${base}-${count}`;
		for (const member of members) {
			let ofArticle = ids.get(member.article);
			if (!ofArticle) {
				ofArticle = [];
				ids.set(member.article, ofArticle);
			}

			ofArticle[member.index] = id;
		}

		// Alone, nothing was joined; together, as sure as the weakest evidence.
		const confidence =
			members.length === 1 ? 1 : members.reduce((least, {entry}) => Math.min(least, entry.evidence), 1);
		return {
			id,
			label,
			unit,
			members: members.map(({article, index}) => ({article, index})),
			differs: members.length > 1 && !allFiguresAgree(members.map(({entry}) => entry.figure)),
			confidence,
		};
	});

	return {groups, groupOf: (articleId, index) => ids.get(articleId)?.[index]};
}
