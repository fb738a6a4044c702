/**
 * Pages to article text and metadata: a link (from the cache, or fetched a few at a
 * time), a saved page, or a text answer from a server. Every failure is a reason.
 */

import type {ArticleMeta} from '../../model.js';
import {decodePage} from './charset.js';
import {fetchPage} from './fetch-page.js';
import {splitFrontMatter} from './front-matter.js';
import {readCachedPage, writeCachedPage} from './page-cache.js';

export type PageText =
	| {readonly ok: true; readonly content: string; readonly meta: ArticleMeta | undefined}
	| {readonly ok: false; readonly reason: string};

export type WebOptions = {
	/** Largest page, in bytes (markup included). */
	readonly maxPageBytes: number;
	/** Fetch again even when the page is cached. */
	readonly refresh?: boolean;
	/** Milliseconds allowed for one fetch. */
	readonly timeout?: number;
	/** Where pages are cached; undefined: no cache. */
	readonly cacheDirectory?: string;
};

/** Pages are mostly markup: a page may be this many times `--max-size`, its text no more than it. */
export const pageSizeFactor = 8;

/** Fetches at once, at most: polite to the sites, and enough to hide the waiting. */
const parallelFetches = 4;
let running = 0;
const waiting: (() => void)[] = [];

async function withFetchSlot<T>(task: () => Promise<T>): Promise<T> {
	if (running >= parallelFetches) {
		await new Promise<void>(resolve => {
			waiting.push(resolve);
		});
	}

	running++;
	try {
		return await task();
	} finally {
		running--;
		waiting.shift()?.();
	}
}

/** Extensions of saved pages. */
export const htmlExtensions: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml', '.shtml']);

const latin1 = new TextDecoder('latin1');

/** A saved page: by its extension, or by how it starts when named without one. */
export function isHtmlFile(extension: string, bytes: Uint8Array): boolean {
	if (htmlExtensions.has(extension.toLowerCase())) return true;
	const head = latin1
		.decode(bytes.subarray(0, 512))
		.replace(/^(?:\u00EF\u00BB\u00BF)?\s*/, '')
		.toLowerCase();
	return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** The address a browser noted when saving the page: `<!-- saved from url=(0042)https://… -->`. */
export function savedFrom(html: string): string | undefined {
	return /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
}

/**
 * Text and metadata from a page's bytes; `url` is where it came from, when it came from
 * the web. The HTML reader (linkedom and Readability, some 150 ms to load) is loaded on
 * the first page, so reading text files starts as fast as before.
 */
export async function pageText(bytes: Uint8Array, contentType: string, url?: string): Promise<PageText> {
	const decoded = decodePage(bytes, contentType);
	if (!decoded.ok) return {ok: false, reason: decoded.reason};
	if (/^text\/plain/i.test(contentType.trim())) {
		const {meta, body} = splitFrontMatter(decoded.text);
		return {ok: true, content: body, meta};
	}

	const {extractPage} = await import('./extract.js');
	try {
		return extractPage(decoded.text, url ?? savedFrom(decoded.text));
	} catch (error) {
		// A failure inside the parser or Readability on strange markup: one page, not the run.
		return {ok: false, reason: readerFailure(error)};
	}
}

/** An unexpected failure of the HTML reader, said as such, its own words last and short. */
function readerFailure(error: unknown): string {
	const message = (error instanceof Error ? error.message : String(error)).replaceAll(/\s+/g, ' ').trim();
	const short = message.length > 120 ? `${message.slice(0, 119)}…` : message;
	return `cannot be read as a page (the HTML reader failed${short === '' ? '' : `: ${short}`})`;
}

/** A link's article: from the cache unless refreshing, else fetched (and cached). */
export async function readUrl(address: string, options: WebOptions): Promise<PageText> {
	const directory = options.cacheDirectory;
	const cached =
		directory && !options.refresh ? await readCachedPage(directory, address, options.maxPageBytes) : undefined;
	if (cached && cached.body.length <= options.maxPageBytes) {
		return pageText(cached.body, cached.contentType, cached.url);
	}

	const fetched = await withFetchSlot(async () =>
		fetchPage(address, {maxBytes: options.maxPageBytes, timeout: options.timeout}),
	);
	if (!fetched.ok) return fetched;
	const text = await pageText(fetched.body, fetched.contentType, fetched.url);
	if (text.ok && directory) {
		await writeCachedPage(directory, {
			requested: address,
			url: fetched.url,
			contentType: fetched.contentType,
			fetchedAt: new Date().toISOString(),
			body: fetched.body,
		});
	}

	return text;
}
