/**
 * An article laid out for a pane of a given width: its paragraphs word-wrapped into
 * lines that remember their offsets into the text, so that highlights (quotes,
 * figures, search hits) survive wrapping and any span can be scrolled to. Removed
 * page furniture follows the text, dimmed, never mixed into it.
 */

import type {Article, Span} from '../model.js';
import {finish, type Steps} from '../steps.js';
import {fitToWidth, GraphemeCursor} from './text-width.js';

export type DisplayLine =
	/** A stretch of the article text, [start, end). */
	| {readonly kind: 'text'; readonly start: number; readonly end: number; readonly headline: boolean}
	| {readonly kind: 'blank'}
	/** Text that is not in the article's text: a furniture line or its label. */
	| {readonly kind: 'furniture'; readonly text: string};

/** Graphemes wrapped between two steps of `layoutSteps`: a millisecond or two in any script. */
export const layoutStepCharacters = 16_384;

/** Graphemes left before the next step, counted across paragraphs. */
type StepBudget = {left: number};

/**
 * Wraps one paragraph into `lines`; when the budget runs out, yields how many of its
 * characters are done, and starts the budget afresh. `wrapRange` and `layoutSteps` share it.
 */
function* wrapInto(
	text: string,
	range: Span,
	width: number,
	lines: Span[],
	budget: StepBudget,
): Generator<number, void> {
	const limit = Math.max(1, width);
	let lineStart = range.start;
	let lineWidth = 0;
	let lastSpace = -1;
	let widthBeforeSpace = 0;
	const cursor = new GraphemeCursor(text, range.start, range.end);
	while (cursor.next()) {
		const {index, width: graphemeWidth} = cursor;
		if (--budget.left <= 0) {
			budget.left = layoutStepCharacters;
			yield index - range.start;
		}

		if (text[index] === ' ') {
			if (index === lineStart) {
				lineStart = index + 1; // No line starts with a space.
				continue;
			}

			if (lineWidth + 1 > limit) {
				lines.push({start: lineStart, end: index});
				lineStart = index + 1;
				lineWidth = 0;
				lastSpace = -1;
				continue;
			}

			lastSpace = index;
			widthBeforeSpace = lineWidth;
			lineWidth += 1;
			continue;
		}

		while (lineWidth + graphemeWidth > limit && lineWidth > 0) {
			if (lastSpace > lineStart) {
				lines.push({start: lineStart, end: lastSpace});
				lineWidth -= widthBeforeSpace + 1;
				lineStart = lastSpace + 1;
				lastSpace = -1;
			} else {
				lines.push({start: lineStart, end: index});
				lineStart = index;
				lineWidth = 0;
			}
		}

		lineWidth += graphemeWidth;
	}

	if (lineStart < range.end || lines.length === 0) {
		lines.push({start: Math.min(lineStart, range.end), end: range.end});
	}
}

/** Line ranges of one paragraph wrapped at `width` columns, breaking at spaces; a word wider than the pane is broken. */
export function wrapRange(text: string, range: Span, width: number): Span[] {
	const lines: Span[] = [];
	const wrapping = wrapInto(text, range, width, lines, {left: Number.POSITIVE_INFINITY});
	while (!wrapping.next().done) {
		// Never yields: the budget is endless.
	}

	return lines;
}

/**
 * The whole article as display lines for a pane `width` columns wide, in steps of
 * `layoutStepCharacters` (yielding the share of the text done): a 1 MB paragraph is
 * a tenth of a second of work, too long to hold the dashboard's thread.
 */
export function* layoutSteps(article: Article, width: number): Steps<DisplayLine[]> {
	const lines: DisplayLine[] = [];
	const total = Math.max(1, article.text.length + article.boilerplate.reduce((sum, text) => sum + text.length, 0));
	let done = 0;
	const budget = {left: layoutStepCharacters};
	const wrapped = function* (text: string, range: Span): Steps<Span[]> {
		const ranges: Span[] = [];
		for (const inParagraph of wrapInto(text, range, width, ranges, budget)) yield (done + inParagraph) / total;
		done += range.end - range.start;
		return ranges;
	};

	for (const [index, paragraph] of article.paragraphs.entries()) {
		if (index > 0) {
			lines.push({kind: 'blank'});
		}

		const headline = article.headline !== undefined && paragraph.start === article.headline.start;
		for (const range of yield* wrapped(article.text, paragraph)) {
			lines.push({kind: 'text', start: range.start, end: range.end, headline});
		}
	}

	if (article.boilerplate.length > 0) {
		lines.push({kind: 'blank'}, {kind: 'furniture', text: fitToWidth('── removed page furniture ──', width)});
		for (const furniture of article.boilerplate) {
			for (const range of yield* wrapped(furniture, {start: 0, end: furniture.length})) {
				lines.push({kind: 'furniture', text: furniture.slice(range.start, range.end)});
			}
		}
	}

	return lines;
}

/** The whole article as display lines for a pane `width` columns wide. */
export function layoutArticle(article: Article, width: number): DisplayLine[] {
	return finish(layoutSteps(article, width));
}

// Wrapping is the costly part of showing an article: each is laid out once per width,
// and the last few widths are kept (a resize back and forth finds them).
const layouts = new WeakMap<Article, Map<number, DisplayLine[]>>();
const widthsKept = 4;

function remembered(article: Article, width: number): DisplayLine[] | undefined {
	return layouts.get(article)?.get(width);
}

function remember(article: Article, width: number, lines: DisplayLine[]): DisplayLine[] {
	let byWidth = layouts.get(article);
	if (!byWidth) {
		byWidth = new Map();
		layouts.set(article, byWidth);
	}

	byWidth.delete(width);
	byWidth.set(width, lines);
	for (const oldest of byWidth.keys()) {
		if (byWidth.size <= widthsKept) break;
		byWidth.delete(oldest);
	}

	return lines;
}

/** `layoutArticle`, remembered per article and width. */
export function layoutArticleCached(article: Article, width: number): DisplayLine[] {
	return remembered(article, width) ?? remember(article, width, layoutArticle(article, width));
}

/** `layoutSteps`, remembered per article and width: steps already done when the layout is known. */
export function* layoutStepsCached(article: Article, width: number): Steps<DisplayLine[]> {
	return remembered(article, width) ?? remember(article, width, yield* layoutSteps(article, width));
}

/** The index of the display line holding a text offset (the last text line starting before it). */
export function lineOfOffset(lines: readonly DisplayLine[], offset: number): number {
	// Text lines are in offset order; blank and furniture lines are stepped over.
	let low = 0;
	let high = lines.length - 1;
	let found = 0;
	while (low <= high) {
		let middle = (low + high) >> 1;
		while (middle >= low && lines[middle]!.kind !== 'text') {
			middle--;
		}

		if (middle < low) {
			low = ((low + high) >> 1) + 1;
			continue;
		}

		const line = lines[middle] as {start: number};
		if (line.start <= offset) {
			found = middle;
			low = ((low + high) >> 1) + 1;
		} else {
			high = middle - 1;
		}
	}

	return found;
}
