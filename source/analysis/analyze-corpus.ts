/**
 * The analysis of a whole corpus: quotations and attributions per article, then
 * speaker identities across all of them.
 */

import type {Attribution, Corpus, CorpusAnalysis} from '../model.js';
import {extractQuotes} from './quotes/extract-quotes.js';
import {buildSpeakerIndex} from './speakers/identities.js';

export function analyzeCorpus(corpus: Corpus): CorpusAnalysis {
	const speech = corpus.articles.map(article => ({article, ...extractQuotes(article)}));
	const index = buildSpeakerIndex(
		speech.map(({article, quotes, attributions}) => ({
			articleId: article.id,
			mentions: attributions.map(attribution => attribution.speaker),
			quotes,
		})),
	);
	const withIdentity = (attribution: Attribution): Attribution => ({
		...attribution,
		speakerId: index.idOf(attribution.speaker),
	});

	return {
		articles: speech.map(({article, quotes, attributions}) => ({
			article,
			quotes: quotes.map(quote => ({
				...quote,
				attribution: quote.attribution ? withIdentity(quote.attribution) : undefined,
			})),
			attributions: attributions.map(attribution => withIdentity(attribution)),
		})),
		speakers: index.speakers,
		problems: corpus.problems,
	};
}
