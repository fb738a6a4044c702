/**
 * Everything a pane shows of one article opposite another: its display lines at a
 * width, its highlights, and the places the reader can move to (quotations,
 * figures, differing figures, search hits), each with the line it starts on.
 */

import type {ArticleAnalysis, CorpusAnalysis, Span} from '../model.js';
import type {SearchHit} from '../search/search-index.js';
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

/** A search hit in an article: where it is, and the characters that matched (offsets into the text). */
export type PaneMatch = {
	readonly span: Span;
	readonly matched: readonly Span[];
};

/** Search hits in one article as pane matches, in text order, one per place. */
export function paneMatches(hits: readonly SearchHit[]): PaneMatch[] {
	const byStart = new Map<number, PaneMatch>();
	for (const {document, ranges} of hits) {
		const {span} = document;
		if (!span || byStart.has(span.start)) continue;
		const length = span.end - span.start;
		// A quotation split in two is shown as its first part: ranges past it are left out.
		const matched = ranges
			.filter(([start]) => start < length)
			.map(([start, end]) => ({start: span.start + start, end: span.start + Math.min(end, length)}));
		byStart.set(span.start, {span, matched});
	}

	return [...byStart.values()].sort((a, b) => a.span.start - b.span.start);
}

export function buildPaneModel(
	analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
	lines: readonly DisplayLine[],
	found: readonly PaneMatch[] = [],
): PaneModel {
	const target = (span: Span): PaneTarget => ({span, line: lineOfOffset(lines, span.start)});
	const matches = found.map(match => target(match.span));
	const statuses = figureStatuses(analysis, entry, other);
	const highlights = articleHighlights(analysis, entry, other, statuses);
	if (found.length > 0) {
		for (const match of found) for (const range of match.matched) highlights.push({...range, mark: {kind: 'match'}});
		highlights.sort((a, b) => a.start - b.start);
	}

	return {
		entry,
		lines,
		highlights,
		statuses,
		quotes: entry.quotes.map(quote => target(quote.spans[0]!)),
		figures: entry.figures.map(figure => target(figure.span)),
		matches,
	};
}
