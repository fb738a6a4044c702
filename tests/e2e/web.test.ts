/**
 * End-to-end: the built CLI on a link (from a local server), a saved page and a text
 * file, in a real pseudo-terminal at 80×24. Run `npm run build` first.
 */

import {afterAll, beforeAll, expect, test} from 'vitest';
import {makeTree} from '../helpers/files.js';
import {startTerminal} from '../helpers/terminal.js';
import {startTestServer, type TestServer} from '../helpers/web-server.js';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(async () => server.close());

test('a link, a saved page and a text file open with their dates and outlets, within the width', async () => {
	const t = await startTerminal({
		cols: 80,
		rows: 24,
		args: [server.url('/a.html'), 'tests/fixtures/web/saved-page.html', 'seeds/004_5c024600ca51cab3.txt'],
		env: {XDG_CACHE_HOME: makeTree({})},
	});
	try {
		await t.expectStatus('left pane │ L a · R saved', {timeout: 10_000});
		await t.waitForRawMode();
		expect(t.paneTitle('left')).toMatch(/^a 2025-07-28 · The Meridian/);
		expect(t.paneTitle('right')).toMatch(/^saved-page 2024-08-13 · Northern/);
		await t.expectPane('left', 'Ukrainian forces still hold about 90');
		expect(t.allText()).not.toContain('Share on Facebook');
		await t.press('f');
		await t.waitForText('sources by date');
		expect(t.screen().find(line => line.includes('what'))).toMatch(/what +saved-page +a +004/);
		expect(t.screen().every(line => line.trimEnd().length <= 80)).toBe(true);
		await t.press('q');
		await t.press('q');
		expect((await t.exit()).exitCode).toBe(0);
	} finally {
		await t.close();
	}
});
