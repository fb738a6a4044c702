/**
 * The rows of the table views: figure groups against articles, speakers with their
 * quotation counts, and one speaker's quotations across sources. Plain data, shared
 * by the dashboard and the plain commands.
 */

import {unitInfo} from '../analysis/figures/units.js';
import type {CorpusAnalysis, FigureGroup, Quote, Speaker} from '../model.js';
import {articleIndex} from './corpus-lookups.js';
import {finish, sortSteps, type Steps} from '../steps.js';
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

/** Groups gone through between two steps of `figureGroupOrderSteps`. */
const groupsPerStep = 8192;

/** Groups with figures in several articles first, differing ones first of all, else in corpus order; in steps. */
export function* figureGroupOrderSteps(analysis: CorpusAnalysis): Steps<FigureGroup[]> {
	const inSeveral = (group: FigureGroup) => group.members.some(member => member.article !== group.members[0]!.article);
	// Four ranks, each kept in corpus order: buckets rather than a sort.
	const ranks: FigureGroup[][] = [[], [], [], []];
	for (const [index, group] of analysis.groups.entries()) {
		ranks[3 - (Number(group.differs) * 2 + Number(inSeveral(group)))]!.push(group);
		if (index % groupsPerStep === groupsPerStep - 1) yield index / analysis.groups.length;
	}

	return ranks.flat();
}

/** Groups with figures in several articles first, differing ones first of all, else in corpus order. */
export function figureGroupsInOrder(analysis: CorpusAnalysis): FigureGroup[] {
	return finish(figureGroupOrderSteps(analysis));
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
	// The furthest apart are the lowest and the highest value (their ratio is the largest)
	// in two different articles: the lowest against the highest of another article, or the
	// highest against the lowest of another. Linear, for groups of thousands.
	type Located = (typeof located)[number];
	const first = (better: (a: Located, b: Located) => boolean, except?: number) => {
		let found: Located | undefined;
		for (const member of located) {
			if (member.article !== except && (!found || better(member, found))) found = member;
		}

		return found;
	};

	const lower = (a: Located, b: Located) => a.value < b.value;
	const higher = (a: Located, b: Located) => a.value > b.value;
	const low = first(lower)!;
	const high = first(higher)!;
	let best = {a: located[0]!, b: located[0]!, gap: -1};
	for (const [x, y] of [
		[low, high],
		[low, first(higher, low.article)],
		[first(lower, high.article), high],
	] as const) {
		if (!x || !y || x.article === y.article) continue;
		const [a, b] = x.article < y.article ? [x, y] : [y, x];
		const gap = Math.abs(Math.log(a.value / b.value));
		if (gap > best.gap) best = {a, b, gap};
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

// One collator for every comparison: `localeCompare` builds one per call.
const byName = new Intl.Collator().compare;

/** Quotations gone through between two steps. */
const quotesPerStep = 8192;

/** Speakers, most quoted first; in steps. */
export function* speakerRowSteps(analysis: CorpusAnalysis): Steps<SpeakerRow[]> {
	const counts = new Map<string, Map<string, number>>();
	let work = 0;
	for (const entry of analysis.articles) {
		for (const quote of entry.quotes) {
			const id = quote.attribution?.speakerId;
			if (id) {
				const perArticle = counts.get(id) ?? new Map<string, number>();
				perArticle.set(entry.article.id, (perArticle.get(entry.article.id) ?? 0) + 1);
				counts.set(id, perArticle);
			}
		}

		work += 1 + entry.quotes.length;
		if (work >= quotesPerStep) {
			work = 0;
			yield;
		}
	}

	const speakers = yield* sortSteps(
		[...analysis.speakers],
		(a, b) => b.quoteCount - a.quoteCount || byName(a.name, b.name),
	);
	return speakers.map(speaker => ({speaker, counts: counts.get(speaker.id) ?? new Map<string, number>()}));
}

/** Speakers, most quoted first. */
export function speakerRows(analysis: CorpusAnalysis): SpeakerRow[] {
	return finish(speakerRowSteps(analysis));
}

export type QuoteRow = {
	readonly article: number;
	readonly quote: number;
	readonly value: Quote;
};

// Every speaker's quotations, gathered in one pass over the corpus the first time any is asked for.
const quotesBySpeaker = new WeakMap<CorpusAnalysis, ReadonlyMap<string | undefined, readonly QuoteRow[]>>();

/** A speaker's quotations across every article, in corpus order; in steps. */
export function* speakerQuoteRowSteps(analysis: CorpusAnalysis, speakerId: string | undefined): Steps<QuoteRow[]> {
	let bySpeaker = quotesBySpeaker.get(analysis);
	if (!bySpeaker) {
		const rows = new Map<string | undefined, QuoteRow[]>();
		let work = 0;
		for (const [article, entry] of analysis.articles.entries()) {
			for (const [quote, value] of entry.quotes.entries()) {
				const id = value.attribution?.speakerId;
				const list = rows.get(id);
				if (list) list.push({article, quote, value});
				else rows.set(id, [{article, quote, value}]);
			}

			work += 1 + entry.quotes.length;
			if (work >= quotesPerStep) {
				work = 0;
				yield;
			}
		}

		bySpeaker = rows;
		quotesBySpeaker.set(analysis, bySpeaker);
	}

	return [...(bySpeaker.get(speakerId) ?? [])];
}

/** A speaker's quotations across every article, in corpus order. */
export function speakerQuoteRows(analysis: CorpusAnalysis, speakerId: string | undefined): QuoteRow[] {
	return finish(speakerQuoteRowSteps(analysis, speakerId));
}
