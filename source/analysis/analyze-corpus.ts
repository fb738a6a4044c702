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
import {type ArticleSpeakers, type SpeakerIndexBuilder, speakerIndexBuilder} from './speakers/identities.js';
import {titlesBefore} from './speakers/titles-before.js';
import {sentenceTokens} from './text/tokens.js';

/** What one article yields on its own, before anything is compared across articles. */
export type ArticleExtraction = {readonly article: Article} & ArticleSpeech & ArticleFigures;

/** The per-article half of the analysis; it needs no other article, so it can run anywhere. */
export function extractArticle(article: Article): ArticleExtraction {
	const tokens = sentenceTokens(article);
	const speech = extractQuotes(article, tokens);
	// The titles before each name are read here, where the article is, rather than in the
	// cross-article step, which runs on one thread after all articles (the workers' results
	// wait for it). Most names have none: one shared empty list, sent once per batch.
	const names = speech.names.map(entry => {
		const titles = titlesBefore(article.text, entry.position);
		return {...entry, titles: titles.length > 0 ? titles : noTitles};
	});
	return {article, ...speech, names, ...extractFigures(article, speech.quotes, speech.attributions, tokens)};
}

const noTitles: readonly string[] = [];

export function analyzeCorpus(corpus: Corpus): CorpusAnalysis {
	return combineExtractions(
		corpus.articles.map(article => extractArticle(article)),
		corpus.problems,
	);
}

function identify(attribution: Attribution, speakerId: string | undefined): void {
	(attribution as {speakerId?: string}).speakerId = speakerId;
}

/** What the speaker index reads of an extraction. */
export function articleSpeakers({article, quotes, attributions, names}: ArticleExtraction): ArticleSpeakers {
	return {
		articleId: article.id,
		mentions: attributions.map(attribution => attribution.speaker),
		quotes,
		names,
		text: article.text,
	};
}

/**
 * The cross-article half: speaker identities and figure groups over every article's
 * extraction. The extractions become part of the result (they are given their
 * identities and groups, not copied). `speakers` may already hold the first of them,
 * added in order while the rest were read.
 */
export function combineExtractions(
	read: readonly ArticleExtraction[],
	problems: readonly InputProblem[],
	speakers: SpeakerIndexBuilder = speakerIndexBuilder(),
): CorpusAnalysis {
	for (let next = speakers.size; next < read.length; next++) speakers.add(articleSpeakers(read[next]!));
	const index = speakers.finish();

	// The extractions are completed in place rather than copied: at 10,000 articles the
	// copies were a million objects, and their garbage collection grew faster than the corpus.
	// Quotations and figures share their attribution objects, so each is named once.
	for (const {attributions, quotes, figures} of read) {
		for (const attribution of attributions) identify(attribution, index.idOf(attribution.speaker));
		for (const {attribution} of quotes) if (attribution) identify(attribution, index.idOf(attribution.speaker));
		for (const {figure} of figures) {
			if (figure.attribution) identify(figure.attribution, index.idOf(figure.attribution.speaker));
		}
	}

	const grouping = groupFigures(read.map(({article, figures}) => ({articleId: article.id, figures})));
	return {
		articles: read.map(({article, quotes, attributions, figures, dates}) => ({
			article,
			quotes,
			attributions,
			figures: figures.map(({figure}, figureIndex) => {
				(figure as {group?: string}).group = grouping.groupOf(article.id, figureIndex);
				return figure;
			}),
			dates,
		})),
		speakers: index.speakers,
		groups: grouping.groups,
		problems,
	};
}
