/**
 * Search benchmark: index build time and memory, and the latency of each keystroke
 * for a fixed list of queries typed one character at a time, on generated corpora
 * of 1,000 and 10,000 articles; `fzf --filter` on the same sentences, for the same
 * queries, is the reference. Run with `npm run bench` (after a build).
 */

import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {analyzeCorpus} from '../dist/analysis/analyze-corpus.js';
import {loadCorpus} from '../dist/corpus/load.js';
import {SearchIndex} from '../dist/search/search-index.js';
import {writeCorpus} from './generate-corpus.mjs';
import {machine} from './machine.mjs';

export const searchQueries = [
	'tykh',
	'11,000',
	'by:putin dislodge',
	'sudzha',
	'territory held',
	'north korean troops',
	"'buffer zone",
	'syrsky',
];

function percentile(sorted, fraction) {
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function summary(samples) {
	const sorted = [...samples].sort((a, b) => a - b);
	return {p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1)};
}

/** Every prefix of every query, as typed. */
export function keystrokes(queries = searchQueries) {
	return queries.flatMap(query => Array.from({length: query.length}, (_, index) => query.slice(0, index + 1)));
}

function heapInUse() {
	globalThis.gc?.();
	const {heapUsed, arrayBuffers} = process.memoryUsage();
	return heapUsed + arrayBuffers;
}

function fzfAvailable() {
	return spawnSync('fzf', ['--version'], {encoding: 'utf8'}).status === 0;
}

/** `fzf --filter` for each keystroke, reading the sentences from a file; fzf's field syntax (by:, in:) is passed as is. */
function fzfLatencies(sentencesFile, typed) {
	return typed.map(query => {
		const started = performance.now();
		spawnSync('sh', ['-c', `fzf --filter "$0" < "$1" > /dev/null`, query, sentencesFile]);
		return performance.now() - started;
	});
}

export async function benchmarkSearch(count, {directory = mkdtempSync(path.join(tmpdir(), 'parallax-bench-'))} = {}) {
	const corpusDirectory = writeCorpus(path.join(directory, `corpus-${count}`), count);
	const analysis = analyzeCorpus(await loadCorpus([corpusDirectory]));
	const before = heapInUse();
	let started = performance.now();
	const index = new SearchIndex(analysis);
	const build = performance.now() - started;
	const memory = heapInUse() - before;
	const typed = keystrokes();
	const passes = [];
	for (let pass = 0; pass < 2; pass++) {
		passes.push(
			typed.map(query => {
				started = performance.now();
				index.search(query);
				return performance.now() - started;
			}),
		);
	}

	const sentences = index.documents
		.filter(document => document.kind === 'sentence')
		.map(document => document.text.replaceAll('\n', ' '));
	const sentencesFile = path.join(directory, `sentences-${count}.txt`);
	writeFileSync(sentencesFile, `${sentences.join('\n')}\n`);
	const fzf = fzfAvailable() ? summary(fzfLatencies(sentencesFile, typed)) : undefined;
	return {
		count,
		documents: index.documents.length,
		sentences: sentences.length,
		vocabulary: index.vocabularySize,
		build,
		memory,
		first: summary(passes[0]),
		steady: summary(passes[1]),
		fzf,
	};
}

const format = value => (value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);

export function searchTable(results) {
	const lines = [
		'| articles | documents (sentences) | index build | index memory | keystroke p50 / p95 / max (first pass) | p50 / p95 / max (typed again) | fzf --filter p50 / p95 | p95 ratio to fzf |',
		'| ---: | ---: | ---: | ---: | --- | --- | --- | ---: |',
	];
	for (const result of results) {
		const ratio = result.fzf ? (result.steady.p95 / result.fzf.p95).toFixed(2) : 'n/a';
		lines.push(
			`| ${result.count.toLocaleString('en-US')} | ${result.documents.toLocaleString('en-US')} (${result.sentences.toLocaleString('en-US')}) | ${(result.build / 1000).toFixed(2)} s | ${(result.memory / 1e6).toFixed(0)} MB | ${format(result.first.p50)} / ${format(result.first.p95)} / ${format(result.first.max)} | ${format(result.steady.p50)} / ${format(result.steady.p95)} / ${format(result.steady.max)} | ${result.fzf ? `${format(result.fzf.p50)} / ${format(result.fzf.p95)}` : 'fzf not installed'} | ${ratio} |`,
		);
	}

	return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const sizes = process.argv.slice(2).map(Number).filter(Boolean);
	const results = [];
	for (const count of sizes.length > 0 ? sizes : [1000, 10_000]) {
		results.push(await benchmarkSearch(count));
	}

	console.log(`Search benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine()}`);
	console.log(`Queries typed one character at a time: ${searchQueries.map(query => `\`${query}\``).join(', ')}`);
	console.log(searchTable(results));
}
