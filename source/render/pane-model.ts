/**
 * Everything a pane shows of one article opposite another: its display lines at a
 * width, its highlights, and the places the reader can move to (quotations,
 * figures, differing figures, search hits), each with the line it starts on.
 */

import type {ArticleAnalysis, CorpusAnalysis, Span} from '../model.js';
import {articleHighlights, figureStatuses} from './highlights.js';
import {type DisplayLine, lineOfOffset} from './layout.js';
import type {FigureStatus, Highlight} from './marks.js';

export type PaneTarget = {readonly span: Span; readonly line: number};

export type PaneModel = {
	readonly entry: ArticleAnalysis;
	readonly lines: readonly DisplayLine[];
	readonly highlights: readonly Highlight[];
	readonly statuses: readonly FigureStatus[];
	readonly quotes: readonly PaneTarget[];
	readonly figures: readonly PaneTarget[];
	readonly matches: readonly PaneTarget[];
};

/** Case-insensitive occurrences of `query` in the text. */
export function findMatches(text: string, query: string): Span[] {
	const needle = query.trim().toLowerCase();
	if (needle === '') {
		return [];
	}

	const haystack = text.toLowerCase();
	const matches: Span[] = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
		matches.push({start: at, end: at + needle.length});
	}

	return matches;
}

export function buildPaneModel(
	analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
	lines: readonly DisplayLine[],
	query: string,
): PaneModel {
	const target = (span: Span): PaneTarget => ({span, line: lineOfOffset(lines, span.start)});
	const matches = findMatches(entry.article.text, query).map(span => target(span));
	return {
		entry,
		lines,
		highlights: [
			...articleHighlights(analysis, entry, other),
			...matches.map(({span}) => ({...span, mark: {kind: 'match'} as const})),
		].sort((a, b) => a.start - b.start),
		statuses: figureStatuses(analysis, entry, other),
		quotes: entry.quotes.map(quote => target(quote.spans[0]!)),
		figures: entry.figures.map(figure => target(figure.span)),
		matches,
	};
}
