/**
 * The rows of the table views: figure groups against articles, speakers with their
 * quotation counts, and one speaker's quotations across sources. Plain data, shared
 * by the dashboard and the plain commands.
 */

import {unitInfo} from '../analysis/figures/units.js';
import type {CorpusAnalysis, FigureGroup, Quote, Speaker} from '../model.js';
import {formatFigure, groupByArticle} from './format.js';

export type FigureRow = {
	readonly group: FigureGroup;
	/** Article id → the group's figures there, formatted. */
	readonly cells: ReadonlyMap<string, string>;
};

/** Groups with figures in several articles first, differing ones first of all. */
export function figureRows(analysis: CorpusAnalysis): FigureRow[] {
	const spread = (group: FigureGroup) => new Set(group.members.map(member => member.article)).size;
	return analysis.groups
		.map((group, order) => ({group, order}))
		.sort(
			(a, b) =>
				Number(b.group.differs) - Number(a.group.differs) ||
				Math.min(spread(b.group), 2) - Math.min(spread(a.group), 2) ||
				a.order - b.order,
		)
		.map(({group}) => ({
			group,
			cells: new Map(
				groupByArticle(analysis, group).map(row => [
					row.article,
					row.figures.map(figure => formatFigure(figure, group.unit)).join(', '),
				]),
			),
		}));
}

/** The two articles whose figures in a group are furthest apart, with the figure in each. */
export function mostDifferentPair(
	analysis: CorpusAnalysis,
	group: FigureGroup,
): {left: {article: number; figure: number}; right: {article: number; figure: number}} {
	const located = group.members.map(member => {
		const article = analysis.articles.findIndex(entry => entry.article.id === member.article);
		const figure = analysis.articles[article]!.figures[member.index]!;
		return {article, figure: member.index, value: Math.max(figure.value * unitInfo(figure.unit).toBase, 1e-9)};
	});
	let best = {a: located[0]!, b: located[0]!, gap: -1};
	for (const a of located) {
		for (const b of located) {
			const gap = Math.abs(Math.log(a.value / b.value));
			const preferred = a.article !== b.article && a.article < b.article;
			if (preferred && gap > best.gap) {
				best = {a, b, gap};
			}
		}
	}

	return {
		left: {article: best.a.article, figure: best.a.figure},
		right: {article: best.b.article, figure: best.b.figure},
	};
}

export type SpeakerRow = {
	readonly speaker: Speaker;
	/** Article id → number of quotations there. */
	readonly counts: ReadonlyMap<string, number>;
};

/** Speakers, most quoted first. */
export function speakerRows(analysis: CorpusAnalysis): SpeakerRow[] {
	const counts = new Map<string, Map<string, number>>();
	for (const entry of analysis.articles) {
		for (const quote of entry.quotes) {
			const id = quote.attribution?.speakerId;
			if (id) {
				const perArticle = counts.get(id) ?? new Map<string, number>();
				perArticle.set(entry.article.id, (perArticle.get(entry.article.id) ?? 0) + 1);
				counts.set(id, perArticle);
			}
		}
	}

	return [...analysis.speakers]
		.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
		.map(speaker => ({speaker, counts: counts.get(speaker.id) ?? new Map()}));
}

export type QuoteRow = {
	readonly article: number;
	readonly quote: number;
	readonly value: Quote;
};

/** A speaker's quotations across every article, in corpus order. */
export function speakerQuoteRows(analysis: CorpusAnalysis, speakerId: string | undefined): QuoteRow[] {
	return analysis.articles.flatMap((entry, article) =>
		entry.quotes.flatMap((value, quote) =>
			value.attribution?.speakerId === speakerId ? [{article, quote, value}] : [],
		),
	);
}
