/**
 * The per-file half of the pipeline, the same on the main thread and in a worker:
 * read and clean one file, then extract what it says on its own.
 */

import {type ArticleExtraction, extractArticle} from '../analysis/analyze-corpus.js';
import type {FilePath} from '../corpus/file-path.js';
import {type LoadOptions, readArticleFile} from '../corpus/load.js';
import type {InputProblem} from '../model.js';

/** One file's result: its extraction, or the problem that stopped it. */
export type FileOutcome = {readonly extraction: ArticleExtraction} | {readonly problem: InputProblem};

export async function readAndExtract(
	files: readonly FilePath[],
	ids: readonly string[],
	options: LoadOptions,
): Promise<FileOutcome[]> {
	// Read together, so that links are fetched side by side (the fetcher keeps its own
	// limit); then extracted one by one.
	const reads = await Promise.all(files.map(async (file, index) => readArticleFile(file, ids[index]!, options)));
	return reads.map(read => ('article' in read ? {extraction: extractArticle(read.article)} : read));
}

/**
 * The messages between the main thread and an analysis worker. A path given as bytes
 * arrives as a plain Uint8Array (structured cloning drops Buffer's class): see revivedPath.
 */
export type BatchRequest = {
	readonly first: number;
	readonly files: readonly FilePath[];
	readonly ids: readonly string[];
};
export type BatchResult = {readonly first: number; readonly outcomes: readonly FileOutcome[]};
