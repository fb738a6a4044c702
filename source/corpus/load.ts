/**
 * Reads every input into clean articles. A bad file is reported and skipped;
 * the rest still load. Files are only ever read.
 */

import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Article, ArticleFormat, Corpus, InputProblem} from '../model.js';
import {buildArticle} from './article.js';
import {decodeBytes} from './decode.js';
import {describeError, discoverArticles} from './discover.js';
import {showControls} from './sanitize.js';

export type LoadOptions = {
	/** Reads standard input for the path `-`. */
	readonly readStdin?: () => Promise<Uint8Array>;
};

const stdinId = 'stdin';
const parallelReads = 16;

function formatOf(file: string): ArticleFormat {
	return ['.md', '.markdown'].includes(path.extname(file).toLowerCase()) ? 'markdown' : 'text';
}

function idOf(file: string): string {
	return file === '-' ? stdinId : showControls(path.basename(file, path.extname(file)));
}

/** Ids are file names without extension; a name met again gets `~2`, `~3`… */
function uniqueIds(files: readonly string[]): string[] {
	const used = new Set<string>();
	return files.map(file => {
		const base = idOf(file);
		let id = base;
		for (let count = 2; used.has(id); count++) {
			id = `${base}~${count}`;
		}

		used.add(id);
		return id;
	});
}

type Outcome = {readonly article: Article} | {readonly problem: InputProblem};

async function readOne(file: string, id: string, options: LoadOptions): Promise<Outcome> {
	const shownPath = file === '-' ? '(standard input)' : file;
	let bytes: Uint8Array;
	try {
		bytes = file === '-' ? await (options.readStdin ?? readProcessStdin)() : await readFile(file);
	} catch (error) {
		return {problem: {path: shownPath, reason: `cannot be read: ${describeError(error)}`}};
	}

	const decoded = decodeBytes(bytes);
	if (!decoded.ok) {
		return {problem: {path: shownPath, reason: decoded.reason}};
	}

	const article = buildArticle({id, path: file, content: decoded.text, format: formatOf(file)});
	if (!article) {
		const reason =
			decoded.text.trim() === ''
				? 'no text (only whitespace or control characters)'
				: 'no article text (only page furniture)';
		return {problem: {path: shownPath, reason}};
	}

	return {article};
}

async function readProcessStdin(): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	for await (const chunk of process.stdin) {
		chunks.push(chunk as Uint8Array);
	}

	return Buffer.concat(chunks);
}

/** Discovers, reads and cleans every input; problems are collected, never thrown. */
export async function loadCorpus(inputs: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
	const discovered = await discoverArticles(inputs);
	const ids = uniqueIds(discovered.files);
	const outcomes: Outcome[] = Array.from({length: discovered.files.length});
	let next = 0;
	const worker = async () => {
		while (next < discovered.files.length) {
			const index = next++;
			outcomes[index] = await readOne(discovered.files[index]!, ids[index]!, options);
		}
	};

	await Promise.all(Array.from({length: parallelReads}, worker));
	const articles: Article[] = [];
	const problems: InputProblem[] = [...discovered.problems];
	for (const outcome of outcomes) {
		if ('article' in outcome) {
			articles.push(outcome.article);
		} else {
			problems.push(outcome.problem);
		}
	}

	return {articles, problems};
}
