/**
 * Fetching one page politely and safely: http and https only, a clear User-Agent, a
 * time limit over the whole exchange, at most a few redirects (each one checked
 * again), a size limit counted on the decompressed body (gzip, deflate and brotli are
 * undone by Node's fetch), and only pages of text. Failures are reasons, never throws.
 * What the server wrote into a reason (its reason phrase, its content type) is data:
 * shown with its control characters as visible escapes and cut to a line's length.
 */

import {readFileSync} from 'node:fs';
import {terminalText} from '../../render/terminal-output.js';

export type FetchOptions = {
	/** Largest body, decompressed, in bytes. */
	readonly maxBytes: number;
	/** Time allowed for the whole fetch, redirects and body included, in milliseconds. */
	readonly timeout?: number;
	readonly maxRedirects?: number;
};

export type FetchedPage =
	| {
			readonly ok: true;
			/** The address after redirects. */
			readonly url: string;
			readonly contentType: string;
			readonly body: Uint8Array;
	  }
	| {readonly ok: false; readonly reason: string};

export const defaultTimeout = 20_000;
export const defaultMaxRedirects = 5;

// The bundle is given the package's version when it is built (esbuild's `define`, see
// package.json): from `dist/chunks/` no path to package.json is sure. Unbundled (the tests,
// the benchmarks) it is read from the package.json above this file.
declare const PARALLAX_VERSION: string | undefined;

function version(): string {
	if (typeof PARALLAX_VERSION === 'string') return PARALLAX_VERSION;
	try {
		const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
			version?: string;
		};
		return manifest.version ?? '0';
	} catch {
		return '0';
	}
}

export const userAgent = `Parallax/${version()} (news comparison in a terminal; reads one page per link)`;

/** Content types read as pages; anything else (images, PDF, JSON) is refused. */
export function isPageType(contentType: string): boolean {
	const type = contentType.split(';')[0]!.trim().toLowerCase();
	return type === '' || type === 'text/html' || type === 'application/xhtml+xml' || type === 'text/plain';
}

/** Only http and https are fetched. */
export function parseWebUrl(text: string): URL | undefined {
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}

/** Words a server sent, fit to be part of a one-line reason: `\x1b]52;…` rather than the escape itself. */
export function serverWords(text: string): string {
	const shown = terminalText(text.trim(), {line: true});
	return shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
}

function describeFetchError(error: unknown): string {
	const cause = (error as {cause?: {code?: string; message?: string}} | undefined)?.cause;
	switch (cause?.code) {
		case 'ECONNREFUSED': {
			return 'connection refused';
		}

		case 'ENOTFOUND':
		case 'EAI_AGAIN': {
			return 'host not found';
		}

		case 'ECONNRESET':
		case 'UND_ERR_SOCKET': {
			return 'the connection was closed';
		}

		default: {
			// llhttp's codes: an answer with control characters in a header, a broken status line…
			if (cause?.code?.startsWith('HPE_')) return 'the answer is not valid HTTP';
			const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
			// Fetch refuses ports used by other protocols (1, 25, 6000…), as browsers do.
			return message === 'bad port' ? 'a port that web clients refuse (used by other services)' : serverWords(message);
		}
	}
}

function formatLimit(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** Reads a body up to the limit; undefined when it is larger. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
	if (!response.body) return new Uint8Array();
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		size += value.length;
		if (size > maxBytes) {
			await reader.cancel().catch(() => undefined);
			return undefined;
		}

		chunks.push(value);
	}

	return Buffer.concat(chunks);
}

/** Fetches a page, or says why it could not be read. */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
	const timeout = options.timeout ?? defaultTimeout;
	const maxRedirects = options.maxRedirects ?? defaultMaxRedirects;
	const controller = new AbortController();
	const timer = setTimeout(() => {
		controller.abort();
	}, timeout);
	let url = parseWebUrl(address);
	if (!url) return {ok: false, reason: 'not an http or https address'};
	try {
		for (let redirects = 0; ; redirects++) {
			const response = await fetch(url, {
				redirect: 'manual',
				signal: controller.signal,
				headers: {
					'user-agent': userAgent,
					accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
					'accept-encoding': 'gzip, deflate, br',
				},
			});
			if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
				await response.body?.cancel().catch(() => undefined);
				if (redirects >= maxRedirects) return {ok: false, reason: `more than ${maxRedirects} redirects`};
				const next = parseWebUrl(new URL(response.headers.get('location')!, url).href);
				if (!next) return {ok: false, reason: 'redirected to an address that is not http or https'};
				url = next;
				continue;
			}

			if (!response.ok) {
				await response.body?.cancel().catch(() => undefined);
				const phrase = serverWords(response.statusText);
				return {ok: false, reason: `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`};
			}

			const contentType = response.headers.get('content-type') ?? '';
			if (!isPageType(contentType)) {
				await response.body?.cancel().catch(() => undefined);
				return {ok: false, reason: `not a web page (${serverWords(contentType.split(';')[0]!)})`};
			}

			const length = Number(response.headers.get('content-length') ?? Number.NaN);
			const encoded = response.headers.has('content-encoding');
			if (!encoded && length > options.maxBytes) {
				await response.body?.cancel().catch(() => undefined);
				return {ok: false, reason: tooLarge(options.maxBytes)};
			}

			const body = await readBody(response, options.maxBytes);
			if (!body) return {ok: false, reason: tooLarge(options.maxBytes)};
			return {ok: true, url: url.href, contentType, body};
		}
	} catch (error) {
		if (controller.signal.aborted) {
			return {ok: false, reason: `timed out after ${timeout / 1000} s`};
		}

		return {ok: false, reason: describeFetchError(error)};
	} finally {
		clearTimeout(timer);
	}
}

function tooLarge(maxBytes: number): string {
	return `skipped: the page is over the ${formatLimit(maxBytes)} limit for pages (--max-size raises it)`;
}
