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
	/** What the page or front matter says about the article (outlet, dates…), when it says anything. */
	readonly meta?: ArticleMeta;
};

/** Where a metadata field was read: JSON-LD, Open Graph, other meta tags, the page's markup, front matter, the URL. */
export type MetaSource = 'json-ld' | 'open-graph' | 'meta' | 'html' | 'front-matter' | 'url';

/** One metadata value with where it came from. */
export type MetaField<Value = string> = {
	readonly value: Value;
	readonly source: MetaSource;
};

/**
 * An article's metadata from its page or front matter; each field only when known.
 * Strings are clean (no control characters); dates are ISO 8601 as the page gives them.
 */
export type ArticleMeta = {
	/** The outlet or site: `The Meridian Herald`. */
	readonly outlet?: MetaField;
	readonly headline?: MetaField;
	readonly authors?: MetaField<readonly string[]>;
	/** Publication time, ISO 8601: `2025-07-28T09:15:00+03:00` or `2025-07-28`. */
	readonly published?: MetaField;
	readonly modified?: MetaField;
	/** The canonical URL, else the address it was read from. */
	readonly url?: MetaField;
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
	/** `That was the verdict of X`: the attribution is of the quotation just before its sentence. */
	readonly pointsBack?: boolean;
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
	/** Other names the articles use (`Trump`), then the descriptions resolved to the speaker (`billionaire businessman`), the commonest first. */
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
	readonly figures: readonly Figure[];
	readonly dates: readonly DateMention[];
};

/** The whole analysis: articles, identities across them, and what could not be read. */
export type CorpusAnalysis = {
	readonly articles: readonly ArticleAnalysis[];
	readonly speakers: readonly Speaker[];
	readonly groups: readonly FigureGroup[];
	readonly problems: readonly InputProblem[];
};

/** How a figure is hedged: `over 1,000` (>) and `about 1,000` (~) are different claims. */
/** Which way a figure moves, when the words say: `rose 5%` is up, `fell 5%` down. */
export type Change = 'up' | 'down';

export type Qualifier = 'exact' | '~' | '>=' | '>' | '<=' | '<';

/** A figure: a quantity with its unit, hedge, what it counts and who gives it. */
export type Figure = {
	/** The figure as written, hedge and unit included: `approximately 1,000 square kilometers`. */
	readonly span: Span;
	/** The value in the unit as written; the first end of a range; the magnitude of a vague figure. */
	readonly value: number;
	/** The other end of a range: the high end, or below `value` for `from 4.8 to 4.7 percent`; ten times `value` for a vague figure (`thousands`: 1,000 to 10,000). */
	readonly high: number | undefined;
	/** ASCII unit code (`km2`, `km`, `mi2`, `percent`, `USD`, `h`…); `''` for counts. */
	readonly unit: string;
	/** What is counted (`troops`, `drones`, `soldiers died`), for counts. */
	readonly counted: string | undefined;
	readonly qualifier: Qualifier;
	/** `rose 5%`, `a 3 percent drop`: the direction the words give the figure; undefined when they give none. */
	readonly change?: Change | undefined;
	/** `thousands of soldiers`, `dozens`: a magnitude, not a number. */
	readonly vague: boolean;
	/** What the figure measures, for lining figures up across articles (`territory held`). */
	readonly subject: string | undefined;
	/** Set when the figure restates the one before it in another unit: `90 km² (around 35 square miles)`. */
	readonly conversion: {readonly of: number; readonly agrees: boolean} | undefined;
	readonly attribution: Attribution | undefined;
	/** The id of the group of figures measuring the same thing, once grouped. */
	readonly group?: string;
};

/** A date or year named in the text; not a quantity, but the UI may use it. */
export type DateMention = {
	readonly span: Span;
	readonly year: number | undefined;
	readonly month: number | undefined;
	readonly day: number | undefined;
};

/** Figures from any articles that measure the same thing. */
export type FigureGroup = {
	readonly id: string;
	/** A short human label: `territory held, km²`. */
	readonly label: string;
	/** The unit the members are compared in. */
	readonly unit: string;
	readonly members: readonly {readonly article: string; readonly index: number}[];
	/** The members disagree beyond what their hedges allow. */
	readonly differs: boolean;
	/** How sure the grouping is, 0–1. */
	readonly confidence: number;
};
