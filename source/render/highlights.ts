/**
 * The highlights of an article shown opposite another: its quotations (by kind and
 * speaker), speaker names and attribution cues, and its figures marked as agreeing
 * or differing with the figures of the same group in the other article.
 */

import {baseRange} from '../analysis/figures/hedges.js';
import type {ArticleAnalysis, CorpusAnalysis, Span} from '../model.js';
import {finish, type Steps} from '../steps.js';
import type {FigureStatus, Highlight, Mark} from './marks.js';

/** Figures of one group that `figureStatuses` checks after this many, then yields. */
const figuresPerStep = 8192;

/**
 * How each figure of `entry` relates to the figures of `other` (same index as
 * `entry.figures`), in steps. Linear in the two articles' figures: a figure agrees
 * with all of its group's figures in the other article when its range reaches the
 * highest of their low ends and the lowest of their high ends.
 */
export function* figureStatusSteps(entry: ArticleAnalysis, other: ArticleAnalysis | undefined): Steps<FigureStatus[]> {
	const extents = new Map<string, {low: number; high: number}>();
	if (other && other !== entry) {
		for (const [index, figure] of other.figures.entries()) {
			if (index % figuresPerStep === figuresPerStep - 1) yield;
			if (figure.group === undefined) continue;
			const [low, high] = baseRange(figure);
			const extent = extents.get(figure.group);
			if (extent) {
				extent.low = Math.max(extent.low, low);
				extent.high = Math.min(extent.high, high);
			} else {
				extents.set(figure.group, {low, high});
			}
		}
	}

	const statuses: FigureStatus[] = [];
	for (const [index, figure] of entry.figures.entries()) {
		if (index % figuresPerStep === figuresPerStep - 1) yield;
		const extent = figure.vague || figure.group === undefined ? undefined : extents.get(figure.group);
		if (figure.vague) {
			statuses.push('vague');
		} else if (extent) {
			const [low, high] = baseRange(figure);
			statuses.push(low <= extent.high && extent.low <= high ? 'agrees' : 'differs');
		} else {
			statuses.push('alone');
		}
	}

	// A conversion shares the status of the figure it restates.
	return entry.figures.map((figure, index) => (figure.conversion ? statuses[figure.conversion.of]! : statuses[index]!));
}

/** How each figure of `entry` relates to the figures of `other` (same index as `entry.figures`). */
export function figureStatuses(
	_analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
): FigureStatus[] {
	return finish(figureStatusSteps(entry, other));
}

/**
 * A span with a mark. Written out rather than spread: V8 spreads an object some ten
 * times slower, which at the tens of thousands of figures of a long article is seconds.
 */
export function marked(span: Span, mark: Mark): Highlight {
	return {start: span.start, end: span.end, mark};
}

/** Highlights made between two steps of `articleHighlightSteps`. */
const highlightsPerStep = 8192;

/** Every highlight of an article, sorted by start, in steps. */
export function* articleHighlightSteps(entry: ArticleAnalysis, statuses: readonly FigureStatus[]): Steps<Highlight[]> {
	const {article} = entry;
	const highlights: Highlight[] = [];
	let nextStep = highlightsPerStep;
	const step = () => {
		if (highlights.length < nextStep) return false;
		nextStep = highlights.length + highlightsPerStep;
		return true;
	};

	if (article.headline) {
		highlights.push(marked(article.headline, {kind: 'headline'}));
	}

	if (article.dateline) {
		highlights.push(marked(article.dateline, {kind: 'dateline'}));
	}

	for (const quote of entry.quotes) {
		const speakerId = quote.attribution?.speakerId;
		for (const span of quote.spans) {
			highlights.push(marked(span, {kind: 'quote', quoteKind: quote.kind, speakerId}));
		}

		if (step()) yield;
	}

	// Each attribution once, even when several quotations share it.
	const attributed = new Set<string>();
	for (const attribution of entry.attributions) {
		const key = `${attribution.cue.start}:${attribution.speaker.span.start}`;
		if (attributed.has(key)) {
			continue;
		}

		attributed.add(key);
		highlights.push(
			marked(attribution.speaker.span, {kind: 'speaker', speakerId: attribution.speakerId}),
			marked(attribution.cue, {kind: 'cue', speakerId: attribution.speakerId}),
		);
		if (step()) yield;
	}

	for (const [index, figure] of entry.figures.entries()) {
		highlights.push(marked(figure.span, {kind: 'figure', status: statuses[index]!}));
		if (step()) yield;
	}

	// The lists above are each in text order: sorting their concatenation is close to linear.
	return highlights.sort((a, b) => a.start - b.start);
}

/** Every highlight of an article, sorted by start. */
export function articleHighlights(
	analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
	statuses: readonly FigureStatus[] = figureStatuses(analysis, entry, other),
): Highlight[] {
	return finish(articleHighlightSteps(entry, statuses));
}
