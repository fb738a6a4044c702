/**
 * One measurement of the analysis in a fresh process, so that each corpus size gets
 * its own peak RSS. Prints JSON. Two modes:
 *
 * - `node bench/analysis-child.mjs run DIR`: the product's path (`analyzeFiles`, with
 *   worker threads as `parallax` uses them): wall time, then the search index the
 *   dashboard builds on top, and the peak RSS after each.
 * - `node bench/analysis-child.mjs stages DIR`: the same work on one thread, stage by
 *   stage, for each stage's share. Sentences are timed by running their segmentation
 *   again over the finished article's paragraphs (the same work `buildArticle` does);
 *   cleaning is the rest of `buildArticle`.
 */

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {combineExtractions} from '../dist/analysis/analyze-corpus.js';
import {extractFigures} from '../dist/analysis/figures/extract-figures.js';
import {groupFigures} from '../dist/analysis/figures/group-figures.js';
import {extractQuotes} from '../dist/analysis/quotes/extract-quotes.js';
import {buildSpeakerIndex} from '../dist/analysis/speakers/identities.js';
import {sentenceTokens} from '../dist/analysis/text/tokens.js';
import {buildArticle} from '../dist/corpus/article.js';
import {decodeBytes} from '../dist/corpus/decode.js';
import {segmentSentences} from '../dist/corpus/sentences.js';
import {analyzeFiles} from '../dist/pipeline/analyze-files.js';
import {SearchIndex} from '../dist/search/search-index.js';

const [mode, directory] = process.argv.slice(2);
const workerUrl = new URL('../dist/pipeline/analysis-worker.js', import.meta.url);
const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function run() {
	const started = performance.now();
	const analysis = await analyzeFiles([directory], {workerUrl, maxArticles: 1_000_000});
	const wall = performance.now() - started;
	const rss = peakRss();
	const indexStarted = performance.now();
	const index = new SearchIndex(analysis);
	const indexWall = performance.now() - indexStarted;
	return {
		articles: analysis.articles.length,
		problems: analysis.problems.length,
		groups: analysis.groups.length,
		speakers: analysis.speakers.length,
		documents: index.documents.length,
		wall,
		rss,
		indexWall,
		rssWithIndex: peakRss(),
	};
}

function stages() {
	const times = {read: 0, decode: 0, clean: 0, sentences: 0, tokens: 0, quotes: 0, figures: 0};
	const timed = (stage, work) => {
		const started = performance.now();
		const result = work();
		times[stage] += performance.now() - started;
		return result;
	};

	const files = readdirSync(directory)
		.filter(name => /\.(?:txt|md)$/.test(name))
		.sort()
		.map(name => path.join(directory, name));
	const read = [];
	for (const file of files) {
		const bytes = timed('read', () => readFileSync(file));
		const decoded = timed('decode', () => decodeBytes(bytes));
		if (!decoded.ok) continue;
		const article = timed('clean', () =>
			buildArticle({id: path.basename(file, path.extname(file)), path: file, content: decoded.text, format: 'text'}),
		);
		if (!article) continue;
		// The segmentation again, alone: its time moves from cleaning to sentences.
		timed('sentences', () => {
			for (const paragraph of article.paragraphs) segmentSentences(article.text, paragraph.start, paragraph.end);
		});
		const tokens = timed('tokens', () => sentenceTokens(article));
		const speech = timed('quotes', () => extractQuotes(article, tokens));
		const figures = timed('figures', () => extractFigures(article, speech.quotes, speech.attributions, tokens));
		read.push({article, ...speech, ...figures});
	}

	times.clean -= times.sentences;
	const speakersStarted = performance.now();
	buildSpeakerIndex(
		read.map(({article, quotes, attributions, names}) => ({
			articleId: article.id,
			mentions: attributions.map(attribution => attribution.speaker),
			quotes,
			names,
		})),
	);
	times.speakers = performance.now() - speakersStarted;
	const groupingStarted = performance.now();
	groupFigures(read.map(({article, figures}) => ({articleId: article.id, figures})));
	times.grouping = performance.now() - groupingStarted;
	// The whole cross-article step once more; what it does beyond the two above is giving
	// every quotation and figure its speaker identity and group.
	const combineStarted = performance.now();
	combineExtractions(read, []);
	times.identities = Math.max(0, performance.now() - combineStarted - times.speakers - times.grouping);
	const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
	return {articles: read.length, bytes, times};
}

process.stdout.write(`${JSON.stringify(mode === 'stages' ? stages() : await run())}\n`);
