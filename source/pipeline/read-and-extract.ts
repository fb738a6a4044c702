/**
 * The per-file half of the pipeline, the same on the main thread and in a worker:
 * read and clean one file, then extract what it says on its own.
 */

import {type ArticleExtraction, extractArticle} from '../analysis/analyze-corpus.js';
import {type LoadOptions, readArticleFile} from '../corpus/load.js';
import type {InputProblem} from '../model.js';

/** One file's result: its extraction, or the problem that stopped it. */
export type FileOutcome = {readonly extraction: ArticleExtraction} | {readonly problem: InputProblem};

export async function readAndExtract(
	files: readonly string[],
	ids: readonly string[],
	options: LoadOptions,
): Promise<FileOutcome[]> {
	const outcomes: FileOutcome[] = [];
	for (const [index, file] of files.entries()) {
		const read = await readArticleFile(file, ids[index]!, options);
		outcomes.push('article' in read ? {extraction: extractArticle(read.article)} : read);
	}

	return outcomes;
}

/** The messages between the main thread and an analysis worker. */
export type BatchRequest = {readonly first: number; readonly files: readonly string[]; readonly ids: readonly string[]};
export type BatchResult = {readonly first: number; readonly outcomes: readonly FileOutcome[]};
