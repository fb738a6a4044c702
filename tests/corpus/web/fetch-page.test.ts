import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {fetchPage, userAgent} from '../../../source/corpus/web/fetch-page.js';
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
