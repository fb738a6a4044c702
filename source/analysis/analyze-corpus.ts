/**
 * The analysis of a whole corpus. Each article is read once, as tokens made for it
 * and dropped after it: quotations, attributions and figures. Then speaker
 * identities are built across all articles and given to every attribution, and the
 * figures that measure the same thing are grouped.
 */

import type {Attribution, Corpus, CorpusAnalysis} from '../model.js';
import {extractFigures} from './figures/extract-figures.js';
import {groupFigures} from './figures/group-figures.js';
import {extractQuotes} from './quotes/extract-quotes.js';
import {buildSpeakerIndex} from './speakers/identities.js';
import {sentenceTokens} from './text/tokens.js';

export function analyzeCorpus(corpus: Corpus): CorpusAnalysis {
	const read = corpus.articles.map(article => {
		const tokens = sentenceTokens(article);
		const speech = extractQuotes(article, tokens);
		return {article, ...speech, ...extractFigures(article, speech.quotes, speech.attributions, tokens)};
	});

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
		problems: corpus.problems,
	};
}
