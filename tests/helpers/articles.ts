import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {buildArticle} from '../../source/corpus/article.js';
import type {Article, CorpusAnalysis, Quote} from '../../source/model.js';

/** An article built from a passage written for the test (one paragraph per line). */
export function articleFrom(content: string, id = 'passage'): Article {
	const article = buildArticle({id, path: `${id}.txt`, content, format: 'text'});
	if (!article) {
		throw new Error('the passage has no article text');
	}

	return article;
}

/** The analysis of several passages, each its own article. */
export function analyzePassages(passages: Record<string, string>): CorpusAnalysis {
	return analyzeCorpus({
		articles: Object.entries(passages).map(([id, content]) => articleFrom(content, id)),
		problems: [],
	});
}

/** The display name of a quote's speaker identity, or null. */
export function speakerName(analysis: CorpusAnalysis, quote: Quote): string | null {
	const id = quote.attribution?.speakerId;
	return analysis.speakers.find(speaker => speaker.id === id)?.name ?? null;
}

/** Quotes as `[text, kind, speaker]` rows, for compact expectations. */
export function quoteRows(analysis: CorpusAnalysis, articleId?: string): [string, string, string | null][] {
	return analysis.articles
		.filter(entry => articleId === undefined || entry.article.id.startsWith(articleId))
		.flatMap(entry =>
			entry.quotes.map(
				quote => [quote.text, quote.kind, speakerName(analysis, quote)] as [string, string, string | null],
			),
		);
}
