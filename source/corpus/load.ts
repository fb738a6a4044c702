/**
 * Reads every input into clean articles. A bad file is reported and skipped;
 * the rest still load. Files are only ever read.
 */

import path from 'node:path';
import type {Article, ArticleFormat, ArticleMeta, Corpus, InputProblem} from '../model.js';
import {buildArticle} from './article.js';
import {decodeBytes} from './decode.js';
import {describeError, discoverArticles, isAddress} from './discover.js';
import {type FilePath, shownPath} from './file-path.js';
import {overLimit, readLimited, TooLarge} from './read-limited.js';
import {showControls} from './sanitize.js';
import {splitFrontMatter} from './web/front-matter.js';
import {cacheDirectory, checkCacheDirectory} from './web/page-cache.js';
import {htmlExtensions, isHtmlFile, pageSizeFactor, pageText, readUrl} from './web/read-page.js';

export type LoadOptions = {
	/** Reads standard input for the path `-`. */
	readonly readStdin?: () => Promise<Uint8Array>;
	/** Largest article file read, in bytes; a larger one is skipped and named. */
	readonly maxSize?: number;
	/** Most articles read; the rest are skipped and named. */
	readonly maxArticles?: number;
	/** Fetch links again rather than reading them from the cache. */
	readonly refresh?: boolean;
	/** Milliseconds allowed for fetching one link (default 20 s). */
	readonly fetchTimeout?: number;
	/** Where fetched pages are cached (default: the XDG cache directory); null: no cache. */
	readonly cacheDirectory?: string | null;
};

/**
 * Default limits. A long read is some 50 kB of text, so 1 MB is no news article, and
 * the worst text of that size (a page of numbers) still takes only seconds; more
 * articles than this want a bigger machine.
 */
export const defaultMaxSize = 1024 * 1024;
export const defaultMaxArticles = 20_000;

export {formatBytes} from './read-limited.js';

const stdinId = 'stdin';
const parallelReads = 16;

function formatOf(file: string): ArticleFormat {
	return ['.md', '.markdown'].includes(path.extname(file).toLowerCase()) ? 'markdown' : 'text';
}

/** A link's id: its last path segment without extension (`a` for `…/a.html`), else its host. */
function idOfAddress(address: string): string {
	try {
		const url = new URL(address);
		const segment = url.pathname.split('/').findLast(part => part !== '') ?? '';
		let name = segment;
		try {
			name = decodeURIComponent(segment);
		} catch {
			// Kept as written.
		}

		name = path.basename(name, path.extname(name));
		return name === '' ? url.hostname : name;
	} catch {
		return 'page';
	}
}

function idOf(file: FilePath): string {
	if (file === '-') return stdinId;
	if (typeof file === 'string' && isAddress(file)) return showControls(idOfAddress(file));
	const shown = shownPath(file);
	return showControls(path.basename(shown, path.extname(shown)));
}

/** Ids are file names without extension; a name met again gets `~2`, `~3`… */
export function uniqueIds(files: readonly FilePath[]): string[] {
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

/** One file read: an article, or the problem that stopped it. */
export type ReadOutcome = {readonly article: Article} | {readonly problem: InputProblem};

function tooLargeProblem(shown: string, size: number | undefined, maxSize: number, what?: string): ReadOutcome {
	return {problem: {path: shown, reason: `skipped: ${overLimit(size, maxSize, what)} (--max-size raises it)`}};
}

/** Text (from a file, a page or a link) to an article, or the reason there is none. */
function articleOutcome(
	shown: string,
	source: {id: string; path: string; content: string; format: ArticleFormat; meta: ArticleMeta | undefined},
	maxSize: number,
): ReadOutcome {
	if (source.content.length > maxSize) {
		return tooLargeProblem(shown, source.content.length, maxSize, 'its text');
	}

	const article = buildArticle(source);
	if (!article) {
		const reason =
			source.content.trim() === ''
				? 'no text (only whitespace or control characters)'
				: 'no article text (only page furniture)';
		return {problem: {path: shown, reason}};
	}

	return {article};
}

async function readLink(address: string, id: string, options: LoadOptions): Promise<ReadOutcome> {
	const maxSize = options.maxSize ?? defaultMaxSize;
	const page = await readUrl(address, {
		maxPageBytes: maxSize * pageSizeFactor,
		refresh: options.refresh,
		timeout: options.fetchTimeout,
		cacheDirectory: options.cacheDirectory === null ? undefined : (options.cacheDirectory ?? cacheDirectory()),
	});
	if (!page.ok) {
		return {problem: {path: address, reason: page.reason}};
	}

	return articleOutcome(address, {id, path: address, content: page.content, format: 'text', meta: page.meta}, maxSize);
}

/** Reads, decodes and cleans one article file, saved page, link or `-`; never throws. */
export async function readArticleFile(file: FilePath, id: string, options: LoadOptions): Promise<ReadOutcome> {
	if (typeof file === 'string' && isAddress(file)) {
		return readLink(file, id, options);
	}

	const shown = file === '-' ? '(standard input)' : shownPath(file);
	const maxSize = options.maxSize ?? defaultMaxSize;
	const extension = path.extname(shown);
	// A saved page is mostly markup: it may be larger than its text.
	const maxBytes = htmlExtensions.has(extension.toLowerCase()) ? maxSize * pageSizeFactor : maxSize;
	let bytes: Uint8Array;
	try {
		bytes =
			file === '-'
				? await (options.readStdin ?? (async () => readProcessStdin(maxBytes)))()
				: readLimited(file, maxBytes);
		if (bytes.length > maxBytes) {
			// Standard input is read only to one byte past the limit: its size is not known.
			throw new TooLarge(undefined);
		}
	} catch (error) {
		if (error instanceof TooLarge) {
			return tooLargeProblem(shown, error.size, maxBytes);
		}

		return {problem: {path: shown, reason: `cannot be read: ${describeError(error)}`}};
	}

	// A name that is not UTF-8 has no text but the escaped one (`-` stays `-`).
	const articlePath = shownPath(file);
	if (bytes.length > 0 && isHtmlFile(extension, bytes)) {
		const page = await pageText(bytes, 'text/html');
		if (!page.ok) {
			return {problem: {path: shown, reason: page.reason}};
		}

		return articleOutcome(
			shown,
			{id, path: articlePath, content: page.content, format: 'text', meta: page.meta},
			maxSize,
		);
	}

	const decoded = decodeBytes(bytes);
	if (!decoded.ok) {
		return {problem: {path: shown, reason: decoded.reason}};
	}

	const {meta, body} = splitFrontMatter(decoded.text);
	return articleOutcome(shown, {id, path: articlePath, content: body, format: formatOf(shown), meta}, maxSize);
}

/** Standard input, up to one byte past the limit (enough to know it is too large). */
async function readProcessStdin(maxSize: number): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of process.stdin) {
		chunks.push(chunk as Uint8Array);
		size += (chunk as Uint8Array).length;
		if (size > maxSize) {
			break;
		}
	}

	return Buffer.concat(chunks);
}

/** Discovers, reads and cleans every input; problems are collected, never thrown. */
export async function loadCorpus(inputs: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
	const discovered = await discoverArticles(inputs, {maxArticles: options.maxArticles ?? defaultMaxArticles});
	const cache = await withCheckedCache(discovered.files, options);
	const corpus = await readArticles(discovered.files, cache.options);
	return {articles: corpus.articles, problems: [...discovered.problems, ...cache.problems, ...corpus.problems]};
}

/**
 * The page cache checked once, before any link is read: when it is not safe to use,
 * the links are fetched without it and the reason is one problem, naming the directory.
 */
export async function withCheckedCache(
	files: readonly FilePath[],
	options: LoadOptions,
): Promise<{readonly options: LoadOptions; readonly problems: readonly InputProblem[]}> {
	const directory = options.cacheDirectory === null ? undefined : (options.cacheDirectory ?? cacheDirectory());
	if (directory === undefined || !files.some(file => typeof file === 'string' && isAddress(file))) {
		return {options, problems: []};
	}

	const check = await checkCacheDirectory(directory);
	if (check.ok) return {options: {...options, cacheDirectory: directory}, problems: []};
	return {
		options: {...options, cacheDirectory: null},
		problems: [{path: directory, reason: `not used as the page cache: ${check.reason}`}],
	};
}

/**
 * Reads and cleans listed article files, a few at a time. A file that went away or
 * became unreadable since it was listed is a problem like any other.
 */
export async function readArticles(files: readonly FilePath[], options: LoadOptions = {}): Promise<Corpus> {
	const ids = uniqueIds(files);
	const outcomes: ReadOutcome[] = Array.from({length: files.length});
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const index = next++;
			outcomes[index] = await readArticleFile(files[index]!, ids[index]!, options);
		}
	};

	await Promise.all(Array.from({length: parallelReads}, worker));
	const articles: Article[] = [];
	const problems: InputProblem[] = [];
	for (const outcome of outcomes) {
		if ('article' in outcome) {
			articles.push(outcome.article);
		} else {
			problems.push(outcome.problem);
		}
	}

	return {articles, problems};
}
