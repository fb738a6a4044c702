/**
 * `parallax analyze`: the machine-readable contract (`--json`) and a short human
 * summary per article. The JSON shape is documented in README; keep it stable.
 */

import type {Article, Corpus, Span} from '../model.js';

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
	readonly quotes: readonly unknown[];
	readonly numbers: readonly unknown[];
};

export type AnalysisJson = {
	readonly articles: readonly ArticleJson[];
	readonly speakers: readonly unknown[];
	readonly groups: readonly unknown[];
};

function sliceOrNull(text: string, span: Span | undefined): string | null {
	return span ? text.slice(span.start, span.end) : null;
}

function articleJson(article: Article): ArticleJson {
	return {
		id: article.id,
		path: article.path,
		title: article.title,
		headline: sliceOrNull(article.text, article.headline),
		dateline: sliceOrNull(article.text, article.dateline),
		text: article.text,
		paragraphs: article.paragraphs.map(({start, end}) => ({start, end})),
		sentences: article.sentences.map(({start, end}) => ({start, end})),
		boilerplate: article.boilerplate,
		// Filled by the quotes (#3) and numbers (#4) analyses; present and empty until then.
		quotes: [],
		numbers: [],
	};
}

export function analysisJson(corpus: Corpus): AnalysisJson {
	return {articles: corpus.articles.map(article => articleJson(article)), speakers: [], groups: []};
}

function countWords(text: string): number {
	return text.match(/[\p{L}\d][\p{L}\d'’.,-]*/gu)?.length ?? 0;
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A few lines per article: id and title, then what was found. */
export function analysisSummary(corpus: Corpus): string {
	const lines: string[] = [];
	for (const article of corpus.articles) {
		const facts = [
			article.headline ? 'headline' : 'title from lead',
			...(article.dateline ? [`dateline ${article.text.slice(article.dateline.start, article.dateline.end)}`] : []),
			plural(article.paragraphs.length, 'paragraph'),
			plural(article.sentences.length, 'sentence'),
			plural(countWords(article.text), 'word'),
			...(article.boilerplate.length > 0 ? [`${plural(article.boilerplate.length, 'furniture line')} removed`] : []),
		];
		lines.push(`${article.id}  ${article.title}`, `    ${facts.join(' · ')}`);
	}

	lines.push(`${plural(corpus.articles.length, 'article')}`);
	return `${lines.join('\n')}\n`;
}
