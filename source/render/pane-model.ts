/**
 * Everything a pane shows of one article opposite another: its display lines at a
 * width, its highlights, and the places the reader can move to (quotations,
 * figures, differing figures, search hits), each with the line it starts on.
 */

import type {ArticleAnalysis, CorpusAnalysis, Span} from '../model.js';
import type {SearchHit} from '../search/search-index.js';
import {finish, type Steps} from '../steps.js';
import {articleHighlightSteps, figureStatusSteps, marked} from './highlights.js';
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
	/** While the article is still being laid out and marked: how much is done, 0–1 (lines and targets empty till then). */
	readonly pending?: number;
};

/** A pane whose article is still being prepared: nothing to show or move to yet. */
export function pendingPaneModel(entry: ArticleAnalysis, progress: number): PaneModel {
	return {entry, lines: [], highlights: [], statuses: [], quotes: [], figures: [], matches: [], pending: progress};
}

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

/** What a pane marks in its article opposite another, which no width or search changes. */
export type PaneMarks = {
	readonly highlights: readonly Highlight[];
	readonly statuses: readonly FigureStatus[];
};

/** The highlights and figure statuses of `entry` opposite `other`, in steps; the statuses are worked out once for both. */
export function* paneMarkSteps(entry: ArticleAnalysis, other: ArticleAnalysis | undefined): Steps<PaneMarks> {
	const statuses = yield* figureStatusSteps(entry, other);
	return {highlights: yield* articleHighlightSteps(entry, statuses), statuses};
}

export function paneMarks(
	_analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
): PaneMarks {
	return finish(paneMarkSteps(entry, other));
}

/** Two lists sorted by start, merged into one (linear: a long article has tens of thousands). */
function mergeByStart(a: readonly Highlight[], b: readonly Highlight[]): readonly Highlight[] {
	if (b.length === 0) return a;
	const merged: Highlight[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) merged.push(a[i++]!);
		else merged.push(b[j++]!);
	}

	return merged;
}

/** Targets placed between two steps of `paneModelSteps`. */
const targetsPerStep = 8192;

/** The pane model from its parts, in steps: each quotation, figure and hit placed on its line. */
export function* paneModelSteps(
	entry: ArticleAnalysis,
	lines: readonly DisplayLine[],
	found: readonly PaneMatch[],
	marks: PaneMarks,
): Steps<PaneModel> {
	let placed = 0;
	const targets = function* (spans: readonly Span[]): Steps<PaneTarget[]> {
		const list: PaneTarget[] = [];
		for (const span of spans) {
			list.push({span, line: lineOfOffset(lines, span.start)});
			if (++placed % targetsPerStep === 0) yield;
		}

		return list;
	};

	const matches = yield* targets(found.map(match => match.span));
	const matched = found
		.flatMap(match => match.matched.map(range => marked(range, {kind: 'match'})))
		.sort((a, b) => a.start - b.start);
	return {
		entry,
		lines,
		highlights: mergeByStart(marks.highlights, matched),
		statuses: marks.statuses,
		quotes: yield* targets(entry.quotes.map(quote => quote.spans[0]!)),
		figures: yield* targets(entry.figures.map(figure => figure.span)),
		matches,
	};
}

export function buildPaneModel(
	analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
	lines: readonly DisplayLine[],
	found: readonly PaneMatch[] = [],
	marks: PaneMarks = paneMarks(analysis, entry, other),
): PaneModel {
	return finish(paneModelSteps(entry, lines, found, marks));
}
