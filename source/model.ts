/**
 * Shared types for every layer: corpus (reading), analysis, search and UI.
 * Everything extracted from an article is a span into its cleaned `text`.
 */

/** Half-open character range [start, end) into an article's cleaned text. */
export type Span = {
	readonly start: number;
	readonly end: number;
};

/** How the input was written; decides which markup is cleaned away. */
export type ArticleFormat = 'text' | 'markdown';

/** One article as read from disk (or stdin) and cleaned. */
export type Article = {
	/** File name without extension; unique within a corpus. */
	readonly id: string;
	/** The path as given or found (`-` for standard input). */
	readonly path: string;
	/** Cleaned text: paragraphs separated by a blank line, no control characters. */
	readonly text: string;
	/** The headline, or a short title derived from the lead sentence. */
	readonly title: string;
	/** The headline paragraph, when the first line is a title. */
	readonly headline: Span | undefined;
	/** A leading place name such as `KYIV:`, without its punctuation. */
	readonly dateline: Span | undefined;
	/** Every paragraph, the headline included, in order. */
	readonly paragraphs: readonly Span[];
	/** Every sentence, the headline included; the dateline is not part of one. */
	readonly sentences: readonly Span[];
	/** Lines removed as page furniture (share bars, unrelated headlines), in order. */
	readonly boilerplate: readonly string[];
};

/** Something the reader could not use, reported as one line naming the path. */
export type InputProblem = {
	readonly path: string;
	readonly reason: string;
};

/** The result of reading every input: usable articles and the problems met. */
export type Corpus = {
	readonly articles: readonly Article[];
	readonly problems: readonly InputProblem[];
};
