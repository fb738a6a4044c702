/**
 * The analysis of a whole corpus. Each article is read once, as tokens made for it
 * and dropped after it: quotations, attributions and figures. Then speaker
 * identities are built across all articles and given to every attribution, and the
 * figures that measure the same thing are grouped.
 */

import type {Article, Attribution, Corpus, CorpusAnalysis, InputProblem} from '../model.js';
import {type ArticleFigures, extractFigures} from './figures/extract-figures.js';
import {groupFigures} from './figures/group-figures.js';
import {type ArticleSpeech, extractQuotes} from './quotes/extract-quotes.js';
import {buildSpeakerIndex} from './speakers/identities.js';
import {sentenceTokens} from './text/tokens.js';

/** What one article yields on its own, before anything is compared across articles. */
export type ArticleExtraction = {readonly article: Article} & ArticleSpeech & ArticleFigures;

/** The per-article half of the analysis; it needs no other article, so it can run anywhere. */
export function extractArticle(article: Article): ArticleExtraction {
	const tokens = sentenceTokens(article);
	const speech = extractQuotes(article, tokens);
	return {article, ...speech, ...extractFigures(article, speech.quotes, speech.attributions, tokens)};
}

export function analyzeCorpus(corpus: Corpus): CorpusAnalysis {
	return combineExtractions(
		corpus.articles.map(article => extractArticle(article)),
		corpus.problems,
	);
}

/** The cross-article half: speaker identities and figure groups over every article's extraction. */
export function combineExtractions(
	read: readonly ArticleExtraction[],
	problems: readonly InputProblem[],
): CorpusAnalysis {
	const index = buildSpeakerIndex(
		read.map(({article, quotes, attributions, names}) => ({
			articleId: article.id,
			mentions: attributions.map(attribution => attribution.speaker),
			quotes,
			names,
		})),
	);

	// Quotations and figures share their attribution objects: each gets its identity once.
	const identified = new Map<Attribution, Attribution>();
	const withIdentity = (attribution: Attribution | undefined): Attribution | undefined => {
		if (!attribution) return undefined;
		let result = identified.get(attribution);
		if (!result) {
			result = {...attribution, speakerId: index.idOf(attribution.speaker)};
			identified.set(attribution, result);
		}

		return result;
	};

	const grouping = groupFigures(read.map(({article, figures}) => ({articleId: article.id, figures})));
	return {
		articles: read.map(({article, quotes, attributions, figures, dates}) => ({
			article,
			quotes: quotes.map(quote => ({...quote, attribution: withIdentity(quote.attribution)})),
			attributions: attributions.map(attribution => withIdentity(attribution)!),
			figures: figures.map(({figure}, figureIndex) => ({
				...figure,
				attribution: withIdentity(figure.attribution),
				group: grouping.groupOf(article.id, figureIndex),
			})),
			dates,
		})),
		speakers: index.speakers,
		groups: grouping.groups,
		problems,
	};
}
