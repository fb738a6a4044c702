/**
 * From paths on the command line to the whole analysis. Reading, cleaning and the
 * per-article extraction need no other article, so a large corpus is shared among
 * worker threads, one per core, in small batches so that a slow file holds up no one
 * and progress can be told; the cross-article half (speaker identities, figure
 * groups) then runs once here.
 */

import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import {articleSpeakers, combineExtractions} from '../analysis/analyze-corpus.js';
import {speakerIndexBuilder} from '../analysis/speakers/identities.js';
import {discoverArticles, isAddress} from '../corpus/discover.js';
import type {FilePath} from '../corpus/file-path.js';
import {defaultMaxArticles, type LoadOptions, uniqueIds, withCheckedCache} from '../corpus/load.js';
import type {CorpusAnalysis, InputProblem} from '../model.js';
import {type BatchRequest, type BatchResult, type FileOutcome, readAndExtract} from './read-and-extract.js';

export type AnalyzeOptions = LoadOptions & {
	/** The built `analysis-worker.js`; without it everything runs on this thread. */
	readonly workerUrl?: URL;
	/** Worker threads to use; one per core (at most four) when not given. */
	readonly threads?: number;
	/** Told after each batch: files done, files in all. */
	readonly onProgress?: (done: number, total: number) => void;
};

/** Below this many files, starting workers costs more than it saves. */
export const parallelThreshold = 200;
const batchSize = 25;
// The analysis makes many short-lived objects (tokens, phrases): a young generation
// larger than V8's default cuts the scavenges (measured at 10,000 articles: 8 % less
// CPU; 96 MB was as fast as 192 or 384 MB and kept the peak RSS 90 MB lower).
const youngGenerationMb = 96;

export async function analyzeFiles(inputs: readonly string[], options: AnalyzeOptions = {}): Promise<CorpusAnalysis> {
	const discovered = await discoverArticles(inputs, {maxArticles: options.maxArticles ?? defaultMaxArticles});
	const {files} = discovered;
	const ids = uniqueIds(files);
	const threads = options.threads ?? Math.min(4, availableParallelism());
	// Standard input can only be read here, and links are fetched here under one limit.
	const parallel =
		options.workerUrl !== undefined &&
		threads > 1 &&
		files.length >= parallelThreshold &&
		!files.some(file => file === '-' || (typeof file === 'string' && isAddress(file)));
	// Told at once, so that a progress line can count from the start.
	options.onProgress?.(0, files.length);
	const cache = await withCheckedCache(files, options);
	// While the workers read, this thread starts the speaker index on the articles done so far, in order.
	const speakers = speakerIndexBuilder();
	const outcomes = parallel
		? await inWorkers(files, ids, options.workerUrl!, threads, options, outcome => {
				if ('extraction' in outcome) speakers.add(articleSpeakers(outcome.extraction));
			})
		: await onThisThread(files, ids, {...options, ...cache.options});

	const extractions = [];
	const problems: InputProblem[] = [...discovered.problems, ...cache.problems];
	for (const outcome of outcomes) {
		if ('extraction' in outcome) extractions.push(outcome.extraction);
		else problems.push(outcome.problem);
	}

	return combineExtractions(extractions, problems, speakers);
}

async function onThisThread(
	files: readonly FilePath[],
	ids: readonly string[],
	options: AnalyzeOptions,
): Promise<FileOutcome[]> {
	const outcomes: FileOutcome[] = [];
	for (let first = 0; first < files.length; first += batchSize) {
		const last = Math.min(files.length, first + batchSize);

		outcomes.push(...(await readAndExtract(files.slice(first, last), ids.slice(first, last), options)));
		options.onProgress?.(last, files.length);
	}

	return outcomes;
}

/**
 * Workers, one per thread, take batches in turn; this thread only hands them out and
 * collects the results (measured: doing a share here as well was slower, since its
 * results and the workers' then wait on each other).
 */
async function inWorkers(
	files: readonly FilePath[],
	ids: readonly string[],
	workerUrl: URL,
	threads: number,
	options: AnalyzeOptions,
	/** Given each outcome in file order, as soon as it and all before it are in. */
	onInOrder: (outcome: FileOutcome) => void,
): Promise<FileOutcome[]> {
	const outcomes: FileOutcome[] = Array.from({length: files.length});
	let inOrder = 0;
	const {maxSize, maxArticles, refresh, fetchTimeout, cacheDirectory} = options;
	const workerData: LoadOptions = {maxSize, maxArticles, refresh, fetchTimeout, cacheDirectory};
	const workers = Array.from(
		{length: threads},
		() => new Worker(workerUrl, {workerData, resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb}}),
	);
	let next = 0;
	let done = 0;
	try {
		await new Promise<void>((resolve, reject) => {
			const sendBatch = (worker: Worker) => {
				if (next >= files.length) return;
				const request: BatchRequest = {
					first: next,
					files: files.slice(next, next + batchSize),
					ids: ids.slice(next, next + batchSize),
				};
				next += request.files.length;
				worker.postMessage(request);
			};

			for (const worker of workers) {
				worker.on('message', (result: BatchResult) => {
					for (const [offset, outcome] of result.outcomes.entries()) {
						outcomes[result.first + offset] = outcome;
					}

					try {
						while (inOrder < files.length && outcomes[inOrder] !== undefined) onInOrder(outcomes[inOrder++]!);
					} catch (error) {
						reject(error as Error);
						return;
					}

					done += result.outcomes.length;
					options.onProgress?.(done, files.length);
					if (done === files.length) resolve();
					else sendBatch(worker);
				});
				worker.on('error', reject);
				// Out of memory, say: without this the wait would never end.
				worker.on('exit', code => {
					if (done < files.length) reject(new Error(`an analysis worker stopped (exit code ${code})`));
				});
				// Two batches each, so a worker never waits for its next one.
				sendBatch(worker);
				sendBatch(worker);
			}
		});
	} finally {
		await Promise.all(workers.map(async worker => worker.terminate()));
	}

	return outcomes;
}
