import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {fetchPage, userAgent} from '../../../source/corpus/web/fetch-page.js';
import {rawAnswer, type RawServer, startRawServer} from '../../helpers/raw-http-server.js';
import {fixture, startTestServer, type TestServer} from '../../helpers/web-server.js';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(async () => server.close());

/** A port nothing listens on: one just given up by a server. */
async function closedPort(): Promise<number> {
	const probe = http.createServer();
	await new Promise<void>(resolve => {
		probe.listen(0, '127.0.0.1', resolve);
	});
	const {port} = probe.address() as AddressInfo;
	await new Promise(resolve => {
		probe.close(resolve);
	});
	return port;
}

const limits = {maxBytes: 1024 * 1024, timeout: 5000};
const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('fetchPage', () => {
	test('a page: its body, type and address, asked for with a clear User-Agent', async () => {
		const page = await fetchPage(server.url('/a.html'), limits);
		expect(page).toMatchObject({ok: true, url: server.url('/a.html'), contentType: 'text/html; charset=utf-8'});
		expect(page.ok && text(page.body)).toBe(fixture('a.html'));
		expect(server.lastUserAgent()).toBe(userAgent);
		expect(userAgent).toMatch(/^Parallax\/\d+\.\d+\.\d+ \(/);
	});

	test('a redirect is followed, and the final address kept', async () => {
		const page = await fetchPage(server.url('/redirect'), limits);
		expect(page).toMatchObject({ok: true, url: server.url('/a.html')});
	});

	test('redirects are limited, and may not leave http(s)', async () => {
		expect(await fetchPage(server.url('/redirect-loop'), {...limits, maxRedirects: 3})).toEqual({
			ok: false,
			reason: 'more than 3 redirects',
		});
		expect(await fetchPage(server.url('/redirect-ftp'), limits)).toEqual({
			ok: false,
			reason: 'redirected to an address that is not http or https',
		});
	});

	test('a slow answer times out, quickly when told to', async () => {
		const started = Date.now();
		expect(await fetchPage(server.url('/slow.html'), {...limits, timeout: 300})).toEqual({
			ok: false,
			reason: 'timed out after 0.3 s',
		});
		expect(Date.now() - started).toBeLessThan(3000);
	});

	test('a huge answer is cut off at the limit, announced or not, compressed or not', async () => {
		const reason = 'skipped: the page is over the 1.0 MB limit for pages (--max-size raises it)';
		for (const pathname of ['/huge.html', '/huge-declared.html', '/bomb.html']) {
			expect(await fetchPage(server.url(pathname), limits)).toEqual({ok: false, reason});
		}
	});

	test('an image or a PDF is not a page', async () => {
		expect(await fetchPage(server.url('/photo.png'), limits)).toEqual({
			ok: false,
			reason: 'not a web page (image/png)',
		});
		expect(await fetchPage(server.url('/report.pdf'), limits)).toEqual({
			ok: false,
			reason: 'not a web page (application/pdf)',
		});
	});

	test('a 404 says so', async () => {
		expect(await fetchPage(server.url('/gone.html'), limits)).toEqual({ok: false, reason: 'HTTP 404 Not Found'});
	});

	test('gzip and brotli are undone', async () => {
		const gzip = await fetchPage(server.url('/gzip.html'), limits);
		expect(gzip.ok && text(gzip.body)).toBe(fixture('a.html'));
		const brotli = await fetchPage(server.url('/brotli.html'), limits);
		expect(brotli.ok && text(brotli.body)).toBe(fixture('saved-page.html'));
	});

	test('only http and https; a refused connection is a reason', async () => {
		expect(await fetchPage('file:///etc/passwd', limits)).toEqual({ok: false, reason: 'not an http or https address'});
		expect(await fetchPage('ftp://127.0.0.1/a.html', limits)).toEqual({
			ok: false,
			reason: 'not an http or https address',
		});
		expect(await fetchPage(`http://127.0.0.1:${await closedPort()}/a.html`, limits)).toEqual({
			ok: false,
			reason: 'connection refused',
		});
		expect(await fetchPage('http://127.0.0.1:25/a.html', limits)).toEqual({
			ok: false,
			reason: 'a port that web clients refuse (used by other services)',
		});
	});
});

describe('what a server writes into a reason is data, shown with its controls visible', () => {
	let raw: RawServer;
	// UTF-8 bytes inside a status line built as Latin-1 (one character a byte).
	const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
	beforeAll(async () => {
		raw = await startRawServer({
			// OSC 52 (the clipboard set to `rm -rf ~`) and OSC 0 (the title) in the reason phrase.
			'/osc': rawAnswer('404 \u001B]52;c;cm0gLXJmIH4K\u0007\u001B]0;OWNED\u0007Not Found'),
			// C1 CSI and OSC, and a right-to-left override, as UTF-8, which is how fetch reads the phrase.
			'/c1': rawAnswer(`500 ${utf8('\u009B2J\u009D0;T\u0007\u202Eoops')}`),
			'/long': rawAnswer(`503 ${'Busy '.repeat(40)}`),
			// A Latin-1 0x9B byte in the type, which Headers give as U+009B.
			'/type': rawAnswer('200 OK', ['Content-Type: image/x\u009B2J']),
			// An ESC in a header, which the HTTP parser itself refuses.
			'/escape-header': rawAnswer('200 OK', ['Content-Type: text/html\u001B]0;T\u0007']),
		});
	});
	afterAll(async () => raw.close());

	test('escape sequences in the reason phrase', async () => {
		expect(await fetchPage(raw.url('/osc'), limits)).toEqual({
			ok: false,
			reason: String.raw`HTTP 404 \x1b]52;c;cm0gLXJmIH4K\x07\x1b]0;OWNED\x07Not Found`,
		});
		expect(await fetchPage(raw.url('/c1'), limits)).toEqual({
			ok: false,
			reason: String.raw`HTTP 500 \x9b2J\x9d0;T\x07\u202eoops`,
		});
	});

	test('a reason phrase is cut to a line', async () => {
		const page = await fetchPage(raw.url('/long'), limits);
		expect(page).toEqual({ok: false, reason: `HTTP 503 ${'Busy '.repeat(40).trim().slice(0, 79)}…`});
	});

	test('a C1 character in the content type', async () => {
		expect(await fetchPage(raw.url('/type'), limits)).toEqual({
			ok: false,
			reason: String.raw`not a web page (image/x\x9b2J)`,
		});
	});

	test('a header with an escape is not valid HTTP, and says so without echoing it', async () => {
		expect(await fetchPage(raw.url('/escape-header'), limits)).toEqual({
			ok: false,
			reason: 'the answer is not valid HTTP',
		});
	});
});
