/**
 * What a stretch of article text is, for display: a quotation of some kind and
 * speaker, a speaker's name or attribution cue, a figure agreeing or differing with
 * the other pane, a search hit. Marks overlap freely (a figure inside a quotation).
 */

import type {QuoteKind} from '../model.js';

/** How a figure relates to the figures of the article in the other pane. */
export type FigureStatus = 'differs' | 'agrees' | 'alone' | 'vague';

export type Mark =
	| {readonly kind: 'headline'}
	| {readonly kind: 'dateline'}
	| {readonly kind: 'quote'; readonly quoteKind: QuoteKind; readonly speakerId: string | undefined}
	| {readonly kind: 'speaker'; readonly speakerId: string | undefined}
	| {readonly kind: 'cue'; readonly speakerId: string | undefined}
	| {readonly kind: 'figure'; readonly status: FigureStatus}
	| {readonly kind: 'match'}
	/** The quotation, figure or hit the reader has moved to. */
	| {readonly kind: 'selected'}
	/** Removed page furniture, shown after the article. */
	| {readonly kind: 'furniture'};

export type Highlight = {
	readonly start: number;
	readonly end: number;
	readonly mark: Mark;
};

/** A run of text with the marks that apply to all of it. */
export type Segment = {
	readonly text: string;
	readonly marks: readonly Mark[];
};
