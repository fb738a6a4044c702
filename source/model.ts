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

/** What kind of source a speaker is. */
export type SpeakerKind = 'person' | 'organisation' | 'group' | 'unnamed';

/** A speaker as one sentence names it: `Ukraine’s Deputy Prime Minister Iryna Vereshchuk`. */
export type SpeakerMention = {
	/** The phrase as written (for a pronoun, the pronoun). */
	readonly span: Span;
	/** The name without role: `Iryna Vereshchuk`, `Russian Defence Ministry`, `one blog`. */
	readonly name: string;
	/** Title or role kept apart from the name: `Deputy Prime Minister`. */
	readonly role: string | undefined;
	readonly kind: SpeakerKind;
	/** An unnamed source (`a security official, speaking on condition of anonymity`, `one blog`). */
	readonly anonymous: boolean;
	/** Lower-case head noun, for matching `the blog` back to `one blog`. */
	readonly head: string;
	/** Set when the phrase only points back to someone (`he`, `the blog`) and was resolved. */
	readonly antecedent?: SpeakerMention;
};

/** Who a sentence says something came from, and the words that say so. */
export type Attribution = {
	readonly speaker: SpeakerMention;
	/** The attribution words: `said`, `told reporters`, `according to`, `described by`. */
	readonly cue: Span;
	/** Index into the article's sentences. */
	readonly sentence: number;
	/** The speaker's identity across articles, once identities are built. */
	readonly speakerId?: string;
};

export type QuoteKind = 'full' | 'partial' | 'term';

/** A quotation: its text without marks, one span or two (split by its attribution). */
export type Quote = {
	readonly spans: readonly Span[];
	readonly text: string;
	readonly kind: QuoteKind;
	/** Undefined when no speaker can be found: never a guess. */
	readonly attribution: Attribution | undefined;
};

/** One person or source across all articles, whatever the spelling. */
export type Speaker = {
	readonly id: string;
	readonly name: string;
	readonly aliases: readonly string[];
	readonly role: string | undefined;
	readonly kind: SpeakerKind;
	readonly anonymous: boolean;
	/** Article ids, in corpus order. */
	readonly articles: readonly string[];
	readonly quoteCount: number;
};

/** One article with everything the analysis found in it. */
export type ArticleAnalysis = {
	readonly article: Article;
	readonly quotes: readonly Quote[];
	/** Every attribution of quoted or reported speech, in text order. */
	readonly attributions: readonly Attribution[];
};

/** The whole analysis: articles, identities across them, and what could not be read. */
export type CorpusAnalysis = {
	readonly articles: readonly ArticleAnalysis[];
	readonly speakers: readonly Speaker[];
	readonly problems: readonly InputProblem[];
};
