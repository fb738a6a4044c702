/**
 * The rows of the table views: figure groups against articles, speakers with their
 * quotation counts, and one speaker's quotations across sources. Plain data, shared
 * by the dashboard and the plain commands.
 */

import {unitInfo} from '../analysis/figures/units.js';
import type {CorpusAnalysis, FigureGroup, Quote, Speaker} from '../model.js';
import {articleIndex} from './corpus-lookups.js';
import {formatFigure, groupByArticle} from './format.js';

const cellsOfGroup = new WeakMap<FigureGroup, ReadonlyMap<string, string>>();

/**
 * A group's figures in each article, formatted (article id → `~1,000, >=800`); made
 * when first asked for, since a view shows a screenful of its many groups.
 */
export function figureCells(analysis: CorpusAnalysis, group: FigureGroup): ReadonlyMap<string, string> {
	let cells = cellsOfGroup.get(group);
	if (!cells) {
		cells = new Map(
			groupByArticle(analysis, group).map(row => [
				row.article,
				row.figures.map(figure => formatFigure(figure, group.unit)).join(', '),
			]),
		);
		cellsOfGroup.set(group, cells);
	}

	return cells;
}

/** Groups with figures in several articles first, differing ones first of all, else in corpus order. */
export function figureGroupsInOrder(analysis: CorpusAnalysis): FigureGroup[] {
	const inSeveral = (group: FigureGroup) => group.members.some(member => member.article !== group.members[0]!.article);
	// Four ranks, each kept in corpus order: buckets rather than a sort.
	const ranks: FigureGroup[][] = [[], [], [], []];
	for (const group of analysis.groups) ranks[3 - (Number(group.differs) * 2 + Number(inSeveral(group)))]!.push(group);
	return ranks.flat();
}

/** The two articles whose figures in a group are furthest apart, with the figure in each. */
export function mostDifferentPair(
	analysis: CorpusAnalysis,
	group: FigureGroup,
): {left: {article: number; figure: number}; right: {article: number; figure: number}} {
	const located = group.members.map(member => {
		const article = articleIndex(analysis, member.article)!;
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
