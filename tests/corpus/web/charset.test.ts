import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {decodePage} from '../../../source/corpus/web/charset.js';
import {pageText, readUrl} from '../../../source/corpus/web/read-page.js';

const story = 'Київ: переговори тривали до ночі, повідомили посадовці, і продовжаться в Женеві в понеділок. ';
const html = (head = '') =>
	`<!doctype html><html><head>${head}<title>Переговори</title></head><body><article><p>${story.repeat(3)}</p></article></body></html>`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, order: 'utf16le' | 'ucs2' = 'utf16le') => new Uint8Array(Buffer.from(text, order));

describe('charset labels, as the HTML standard reads them', () => {
	test.each(['utf-16', 'UTF-16LE', 'utf-16be', 'unicode', 'ucs-2'])(
		'a UTF-8 page whose <meta> says %s is UTF-8 (the meta was read as ASCII)',
		async label => {
			const page = await pageText(utf8(html(`<meta charset="${label}">`)), 'text/html');
			expect(page.ok && page.content).toContain(story.trim());
		},
	);

	test('a UTF-8 page whose header says utf-16 is read as UTF-8, the bytes having no UTF-16 in them', async () => {
		const page = await pageText(utf8(html()), 'text/html; charset=utf-16');
		expect(page.ok && page.content).toContain(story.trim());
	});

	test('with the header wrong, the page’s own <meta> is next', () => {
		const latin = Uint8Array.from(
			[...'<meta charset="windows-1252"><p>caf'].map(c => c.charCodeAt(0)).concat([0xe9, 0x93]),
		);
		expect(decodePage(latin, 'text/html; charset=utf-16')).toEqual({
			ok: true,
			text: '<meta charset="windows-1252"><p>café“',
			encoding: 'windows-1252',
		});
	});

	test('a UTF-16 page without a byte-order mark, as its header says, is UTF-16', async () => {
		const page = await pageText(utf16(html()), 'text/html; charset=utf-16');
		expect(page.ok && page.content).toContain(story.trim());
	});

	test('labels are read by the Encoding standard: latin1 is windows-1252, x-user-defined too', () => {
		const bytes = Uint8Array.from([0x3c, 0x70, 0x3e, 0x93, 0x61, 0x94]);
		for (const label of ['latin1', 'ascii', 'iso_8859-1', 'x-user-defined']) {
			expect(decodePage(bytes, `text/html; charset=${label}`)).toMatchObject({
				text: '<p>“a”',
				encoding: 'windows-1252',
			});
		}
	});

	describe('from a server', () => {
		let server: http.Server;
		let base = '';
		beforeAll(async () => {
			server = http.createServer((request, response) => {
				const body = request.url === '/utf-16.html' ? utf16(html()) : utf8(html());
				response.writeHead(200, {'content-type': 'text/html; charset=utf-16', 'content-length': body.length});
				response.end(body);
			});
			await new Promise<void>(resolve => {
				server.listen(0, '127.0.0.1', resolve);
			});
			base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		});
		afterAll(async () => {
			server.closeAllConnections();
			await new Promise(resolve => {
				server.close(resolve);
			});
		});

		test.each(['/utf-8.html', '/utf-16.html'])('%s labelled utf-16 in the header is read', async path => {
			const page = await readUrl(`${base}${path}`, {maxPageBytes: 1024 * 1024});
			expect(page.ok && page.content).toContain(story.trim());
		});
	});
});
