/**
 * The analysis of a whole corpus: quotations and attributions per article, speaker
 * identities across all of them, then figures (attributed to those speakers) and
 * the groups that line figures up across articles.
 */

import type {Attribution, Corpus, CorpusAnalysis} from '../model.js';
import {extractFigures} from './figures/extract-figures.js';
import {groupFigures} from './figures/group-figures.js';
import {extractQuotes} from './quotes/extract-quotes.js';
import {buildSpeakerIndex} from './speakers/identities.js';

export function analyzeCorpus(corpus: Corpus): CorpusAnalysis {
	const speech = corpus.articles.map(article => ({article, ...extractQuotes(article)}));
	const index = buildSpeakerIndex(
		speech.map(({article, quotes, attributions, names}) => ({
			articleId: article.id,
			mentions: attributions.map(attribution => attribution.speaker),
			quotes,
			names,
		})),
	);
	const withIdentity = (attribution: Attribution): Attribution => ({
		...attribution,
		speakerId: index.idOf(attribution.speaker),
	});

	const articles = speech.map(({article, quotes, attributions}) => {
		const identifiedQuotes = quotes.map(quote => ({
			...quote,
			attribution: quote.attribution ? withIdentity(quote.attribution) : undefined,
		}));
		const identifiedAttributions = attributions.map(attribution => withIdentity(attribution));
		return {
			article,
			quotes: identifiedQuotes,
			attributions: identifiedAttributions,
			...extractFigures(article, identifiedQuotes, identifiedAttributions),
		};
	});

	const grouping = groupFigures(articles.map(({article, figures}) => ({articleId: article.id, figures})));
	return {
		articles: articles.map(({figures, ...rest}) => ({
			...rest,
			figures: figures.map(({figure}, figureIndex) => ({
				...figure,
				group: grouping.groupOf(rest.article.id, figureIndex),
			})),
		})),
		speakers: index.speakers,
		groups: grouping.groups,
		problems: corpus.problems,
	};
}
