/**
 * `parallax analyze`: the machine-readable contract (`--json`) and a short human
 * summary per article. The JSON shape is documented in README; keep it stable.
 */

import {unitInfo} from '../analysis/figures/units.js';
import {rootMention} from '../analysis/attribution/resolve-references.js';
import {dateAndOutlet} from '../render/article-meta.js';
import type {Command} from './command.js';
import type {
	Article,
	ArticleAnalysis,
	MetaField,
	Attribution,
	CorpusAnalysis,
	DateMention,
	Figure,
	FigureGroup,
	Quote,
	Speaker,
	Span,
} from '../model.js';

export type FigureJson = {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	readonly value: number;
	readonly high: number | null;
	/** The unit's English name, singular (`square kilometre`, `Japanese yen`, `year of age`); `''` for counts. */
	readonly unit: string;
	/** The unit's short ASCII code (`km2`, `JPY`, `yr-old`); `''` for counts. */
	readonly unitCode: string;
	readonly counted: string | null;
	readonly qualifier: Figure['qualifier'];
	/** `up` (`rose 5%`), `down` (`fell 5%`), or null when the words give no direction. */
	readonly change: 'up' | 'down' | null;
	readonly vague: boolean;
	readonly attribution: {readonly id: string; readonly name: string} | null;
	readonly group: string | null;
	/** What the figure measures (`territory held`, `North Korean troops`), when the words show it. */
	readonly subject: string | null;
	/** The figure this one restates in another unit (index in `numbers`), and whether they agree. */
	readonly conversion: {readonly of: number; readonly agrees: boolean} | null;
};

export type DateJson = {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	readonly year: number | null;
	readonly month: number | null;
	readonly day: number | null;
};

export type QuoteJson = {
	readonly text: string;
	readonly spans: readonly Span[];
	readonly kind: Quote['kind'];
	readonly speaker: {readonly id: string; readonly name: string} | null;
	/** The attribution words (`said`, `told reporters`, `according to`). */
	readonly cue: Span | null;
	/** Where this article names the speaker (`He`, `the blog`, `Ukraine’s Deputy Prime Minister Iryna Vereshchuk`). */
	readonly speakerSpan: Span | null;
	readonly anonymous: boolean;
};

export type SpeakerJson = {
	readonly id: string;
	readonly name: string;
	readonly aliases: readonly string[];
	readonly role: string | null;
	readonly kind: Speaker['kind'];
	readonly anonymous: boolean;
	readonly articles: readonly string[];
	readonly quoteCount: number;
};

export type MetaFieldJson<Value = string> = {readonly value: Value; readonly source: MetaField['source']} | null;

/** What the page or front matter says about the article; `null` for a field it does not say. */
export type MetaJson = {
	readonly outlet: MetaFieldJson;
	readonly headline: MetaFieldJson;
	readonly authors: MetaFieldJson<readonly string[]>;
	readonly published: MetaFieldJson;
	readonly modified: MetaFieldJson;
	readonly url: MetaFieldJson;
};

export type ArticleJson = {
	readonly id: string;
	readonly path: string;
	readonly title: string;
	readonly headline: string | null;
	readonly dateline: string | null;
	readonly text: string;
	readonly paragraphs: readonly Span[];
	readonly sentences: readonly Span[];
	readonly boilerplate: readonly string[];
	readonly quotes: readonly QuoteJson[];
	readonly numbers: readonly FigureJson[];
	readonly dates: readonly DateJson[];
	/** `null` for a text file without front matter. */
	readonly meta: MetaJson | null;
};

export type AnalysisJson = {
	readonly articles: readonly ArticleJson[];
	readonly speakers: readonly SpeakerJson[];
	readonly groups: readonly FigureGroup[];
};

function sliceOrNull(text: string, span: Span | undefined): string | null {
	return span ? text.slice(span.start, span.end) : null;
}

const spanJson = ({start, end}: Span): Span => ({start, end});

function speakerRef(attribution: Attribution | undefined, speakers: ReadonlyMap<string, Speaker>) {
	const speaker = attribution?.speakerId ? speakers.get(attribution.speakerId) : undefined;
	return speaker ? {id: speaker.id, name: speaker.name} : null;
}

function quoteJson(quote: Quote, speakers: ReadonlyMap<string, Speaker>): QuoteJson {
	const attribution = quote.attribution;
	return {
		text: quote.text,
		spans: quote.spans.map(span => spanJson(span)),
		kind: quote.kind,
		speaker: speakerRef(attribution, speakers),
		cue: attribution ? spanJson(attribution.cue) : null,
		speakerSpan: attribution ? spanJson(attribution.speaker.span) : null,
		anonymous: attribution ? rootMention(attribution.speaker).anonymous : false,
	};
}

function figureJson(text: string, figure: Figure, speakers: ReadonlyMap<string, Speaker>): FigureJson {
	return {
		text: text.slice(figure.span.start, figure.span.end),
		start: figure.span.start,
		end: figure.span.end,
		value: figure.value,
		high: figure.high ?? null,
		unit: unitInfo(figure.unit).name,
		unitCode: figure.unit,
		counted: figure.counted ?? null,
		qualifier: figure.qualifier,
		change: figure.change ?? null,
		vague: figure.vague,
		attribution: speakerRef(figure.attribution, speakers),
		group: figure.group ?? null,
		subject: figure.subject ?? null,
		conversion: figure.conversion ?? null,
	};
}

function dateJson(text: string, date: DateMention): DateJson {
	const {span, year, month, day} = date;
	return {
		text: text.slice(span.start, span.end),
		...spanJson(span),
		year: year ?? null,
		month: month ?? null,
		day: day ?? null,
	};
}

function metaJson(article: Article): MetaJson | null {
	const {meta} = article;
	if (!meta) return null;
	const json = <Value>(field: MetaField<Value> | undefined) =>
		field ? {value: field.value, source: field.source} : null;
	return {
		outlet: json(meta.outlet),
		headline: json(meta.headline),
		authors: json(meta.authors),
		published: json(meta.published),
		modified: json(meta.modified),
		url: json(meta.url),
	};
}

function articleJson(
	{article, quotes, figures, dates}: ArticleAnalysis,
	speakers: ReadonlyMap<string, Speaker>,
): ArticleJson {
	return {
		id: article.id,
		path: article.path,
		title: article.title,
		headline: sliceOrNull(article.text, article.headline),
		dateline: sliceOrNull(article.text, article.dateline),
		text: article.text,
		paragraphs: article.paragraphs.map(span => spanJson(span)),
		sentences: article.sentences.map(span => spanJson(span)),
		boilerplate: article.boilerplate,
		quotes: quotes.map(quote => quoteJson(quote, speakers)),
		numbers: figures.map(figure => figureJson(article.text, figure, speakers)),
		dates: dates.map(date => dateJson(article.text, date)),
		meta: metaJson(article),
	};
}

function speakerJson(speaker: Speaker): SpeakerJson {
	return {...speaker, role: speaker.role ?? null};
}

export function analysisJson(analysis: CorpusAnalysis): AnalysisJson {
	const speakers = new Map(analysis.speakers.map(speaker => [speaker.id, speaker]));
	return {
		articles: analysis.articles.map(entry => articleJson(entry, speakers)),
		speakers: analysis.speakers.map(speaker => speakerJson(speaker)),
		groups: analysis.groups,
	};
}

function countWords(text: string): number {
	return text.match(/[\p{L}\d][\p{L}\d'’.,-]*/gu)?.length ?? 0;
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A few lines per article: id and title, then what was found. */
export function analysisSummary(analysis: CorpusAnalysis): string {
	const lines: string[] = [];
	for (const {article, quotes} of analysis.articles) {
		const speakers = new Set(
			quotes.flatMap(quote => (quote.attribution?.speakerId ? [quote.attribution.speakerId] : [])),
		);
		const source = dateAndOutlet(article);
		const facts = [
			...(source ? [source] : []),
			article.headline ? 'headline' : 'title from lead',
			...(article.dateline ? [`dateline ${article.text.slice(article.dateline.start, article.dateline.end)}`] : []),
			plural(article.paragraphs.length, 'paragraph'),
			plural(article.sentences.length, 'sentence'),
			plural(countWords(article.text), 'word'),
			`${plural(quotes.length, 'quote')} from ${plural(speakers.size, 'speaker')}`,
			...(article.boilerplate.length > 0 ? [`${plural(article.boilerplate.length, 'furniture line')} removed`] : []),
		];
		lines.push(`${article.id}  ${article.title}`, `    ${facts.join(' · ')}`);
	}

	const quoted = analysis.speakers.filter(speaker => speaker.quoteCount > 0).length;
	lines.push(
		`${plural(analysis.articles.length, 'article')} · ${plural(analysis.speakers.length, 'speaker')}, ${quoted} quoted`,
	);
	return `${lines.join('\n')}\n`;
}

export const analyzeCommand: Command = {
	name: 'analyze',
	summary: 'a short summary per article; --json: the full analysis (the contract for scripts)',
	usage: 'parallax analyze [PATH…] [--json]',
	options: [],
	examples: [
		'parallax analyze seeds/',
		'parallax analyze --json seeds/ > analysis.json',
		'curl -s https://example.org/story.txt | parallax analyze -',
	],
	flags: [],
	arguments: [],
	run({analysis, flags}) {
		return flags.json ? {json: analysisJson(analysis), exitCode: 0} : {text: analysisSummary(analysis), exitCode: 0};
	},
};
