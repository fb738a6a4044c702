/**
 * A local web server for tests: the fixture pages under tests/fixtures/web served
 * on 127.0.0.1 (port 0), with the awkward answers real sites give: a redirect, a
 * slow answer, a huge one, an image, a PDF, pages in Windows-1252 declared by the
 * header, by a meta tag or wrongly, a 404, and gzip and brotli. No test reaches the internet.
 */

import {readFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

export const webFixtures = path.resolve(import.meta.dirname, '../fixtures/web');

/** The metadata of fixtures/web/a.html, as its JSON-LD and canonical link give it. */
export const aPageMeta = {
	outlet: {value: 'The Meridian Herald', source: 'json-ld'},
	headline: {value: 'Ukraine still holds 90 square kilometres in Kursk, commander says', source: 'json-ld'},
	authors: {value: ['Olena Marchenko', 'David Hart'], source: 'json-ld'},
	published: {value: '2025-07-28T09:15:00+03:00', source: 'json-ld'},
	modified: {value: '2025-07-28T12:40:00+03:00', source: 'json-ld'},
	url: {value: 'https://www.meridianherald.example/world/2025/07/28/kursk-foothold', source: 'html'},
};

export function fixture(name: string): string {
	return readFileSync(path.join(webFixtures, name), 'utf8');
}

const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Text to Windows-1252 bytes (every character of the fixture is in the code page). */
export function encodeWindows1252(text: string): Uint8Array {
	return Uint8Array.from([...text], character => {
		const high = windows1252High.indexOf(character);
		if (high >= 0) return 0x80 + high;
		const code = character.codePointAt(0)!;
		if (code > 0xff) throw new Error(`${character} is not in Windows-1252`);
		return code;
	});
}

/** `text.replace(from, to)`, failing when `from` is not there (so a fixture edit cannot silently do nothing). */
export function replaceOnce(text: string, from: string, to: string): string {
	if (!text.includes(from)) throw new Error(`fixture edit: ${JSON.stringify(from)} not found`);
	return text.replace(from, to);
}

export type TestServer = {
	readonly url: (pathname: string) => string;
	/** Requests seen, by path. */
	readonly hits: Map<string, number>;
	/** The User-Agent of the last request. */
	readonly lastUserAgent: () => string | undefined;
	/** The most requests for `/delayed/…` pages answered at once. */
	readonly mostAtOnce: () => number;
	readonly close: () => Promise<void>;
};

type Answer = (request: http.IncomingMessage, response: http.ServerResponse) => void;

const html = 'text/html; charset=utf-8';

function send(type: string, body: string | Uint8Array, headers: http.OutgoingHttpHeaders = {}): Answer {
	return (_request, response) => {
		response.writeHead(200, {'content-type': type, 'content-length': Buffer.byteLength(body), ...headers});
		response.end(body);
	};
}

export async function startTestServer(): Promise<TestServer> {
	const latin = fixture('windows-1252.html');
	const latinWithoutMeta = replaceOnce(latin, '<meta charset="windows-1252">\n', '');
	const timers = new Set<NodeJS.Timeout>();
	const routes: Record<string, Answer> = {
		'/a.html': send(html, fixture('a.html')),
		'/saved.html': send(html, fixture('saved-page.html')),
		'/redirect': (_request, response) => {
			response.writeHead(302, {location: '/a.html'});
			response.end();
		},
		'/redirect-loop': (_request, response) => {
			response.writeHead(301, {location: '/redirect-loop'});
			response.end();
		},
		'/redirect-ftp': (_request, response) => {
			response.writeHead(302, {location: 'ftp://127.0.0.1/a.html'});
			response.end();
		},
		'/slow.html': (_request, response) => {
			// Headers at once, the body never (within any test's patience).
			response.writeHead(200, {'content-type': html});
			response.write('<!doctype html><html><head><title>Slow</title></head><body>');
			const timer = setTimeout(() => response.end('</body></html>'), 30_000);
			timers.add(timer);
		},
		'/huge.html': (_request, response) => {
			// Chunked, with no length announced: the limit must be counted while reading.
			response.writeHead(200, {'content-type': html});
			const chunk = `<p>${'Filler text about nothing in particular. '.repeat(100)}</p>\n`;
			let sent = 0;
			const more = () => {
				while (sent < 40 * 1024 * 1024) {
					sent += chunk.length;
					if (!response.write(chunk)) {
						response.once('drain', more);
						return;
					}
				}

				response.end();
			};

			response.write('<!doctype html><html><body><article>');
			more();
		},
		'/huge-declared.html': (_request, response) => {
			response.writeHead(200, {'content-type': html, 'content-length': 50 * 1024 * 1024});
			response.write('<!doctype html>');
			const timer = setTimeout(() => response.destroy(), 5000);
			timers.add(timer);
		},
		'/bomb.html': send(html, zlib.gzipSync(Buffer.alloc(30 * 1024 * 1024, 0x20)), {'content-encoding': 'gzip'}),
		'/photo.png': send(
			'image/png',
			Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
		),
		'/report.pdf': send('application/pdf', '%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n<<>>\nendobj\n'),
		'/cp1252-header.html': send('text/html; charset=windows-1252', encodeWindows1252(latinWithoutMeta)),
		'/cp1252-meta.html': send('text/html', encodeWindows1252(latin)),
		'/cp1252-wrong.html': send('text/html; charset=utf-8', encodeWindows1252(latinWithoutMeta)),
		'/gzip.html': send(html, zlib.gzipSync(fixture('a.html')), {'content-encoding': 'gzip'}),
		'/brotli.html': send(html, zlib.brotliCompressSync(fixture('saved-page.html')), {'content-encoding': 'br'}),
		// Escape sequences in the metadata and the text: none may reach a terminal.
		'/hostile.html': send(
			html,
			[
				['content="The Meridian Herald"', 'content="The \u001B]52;c;cm0gLXJmIH4=\u0007Meridian\u001B[2J Herald"'],
				// In JSON-LD as a JSON escape, which JSON.parse turns into the character.
				['"name": "The Meridian Herald"', '"name": "The \\u001B[2JMeridian\\u0007 Herald"'],
				['Ukrainian forces still hold', 'Ukrainian \u001B[31mforces\u001B[0m still \u009B2Jhold'],
			].reduce((page, [from, to]) => replaceOnce(page, from!, to!), fixture('a.html')),
		),
		'/notes.txt': send(
			'text/plain; charset=utf-8',
			'---\nsource: Field Notes\ndate: 2025-01-15\n---\nA short note.\n\nTroops held 400 square kilometres, an officer said.\n',
		),
	};

	const hits = new Map<string, number>();
	let userAgent: string | undefined;
	let atOnce = 0;
	let mostAtOnce = 0;
	// `/delayed/ANY.html`: the saved page after a moment, to see how many are fetched at once.
	const delayed: Answer = (_request, response) => {
		atOnce++;
		mostAtOnce = Math.max(mostAtOnce, atOnce);
		const timer = setTimeout(() => {
			atOnce--;
			send(html, fixture('saved-page.html'))(_request, response);
		}, 100);
		timers.add(timer);
	};

	const server = http.createServer((request, response) => {
		const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
		hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
		userAgent = request.headers['user-agent'];
		const route = pathname.startsWith('/delayed/') ? delayed : routes[pathname];
		if (route) {
			route(request, response);
		} else {
			response.writeHead(404, {'content-type': html});
			response.end('<!doctype html><title>Not found</title><h1>Page not found</h1>');
		}
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	return {
		url: pathname => `http://127.0.0.1:${port}${pathname}`,
		hits,
		lastUserAgent: () => userAgent,
		mostAtOnce: () => mostAtOnce,
		async close() {
			for (const timer of timers) clearTimeout(timer);
			server.closeAllConnections();
			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}
