import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {isTerminalSafe} from '../../source/corpus/sanitize.js';
import {runCliAsync} from '../helpers/cli-async.js';
import {makeTree} from '../helpers/files.js';
import {aPageMeta, startTestServer, type TestServer} from '../helpers/web-server.js';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(async () => server.close());

const savedPage = 'tests/fixtures/web/saved-page.html';
const seed = 'seeds/004_5c024600ca51cab3.txt';
/** Each run gets a cache of its own: nothing is read from or written to the user's. */
const cacheHome = () => ({XDG_CACHE_HOME: makeTree({})});

type ArticleOut = {
	id: string;
	path: string;
	title: string;
	text: string;
	meta: Record<string, {value: unknown; source: string} | null> | null;
};

describe('parallax on a link, a saved page and a text file', () => {
	test('the built CLI asks for a page as Parallax with its version from package.json', async () => {
		const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
		const result = await runCliAsync(['list', server.url('/a.html')], cacheHome());
		expect(result.status).toBe(0);
		expect(server.lastUserAgent()).toMatch(new RegExp(`^Parallax/${version.replaceAll('.', String.raw`\.`)} \\(`));
	});

	test('list: outlet and date after the usual five columns', async () => {
		const result = await runCliAsync(['list', server.url('/a.html'), savedPage, seed], cacheHome());
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		// Every record has seven fields, empty ones included.
		const rows = result.stdout
			.split('\n')
			.slice(0, -1)
			.map(line => line.split('\t'));
		expect(rows.every(row => row.length === 7)).toBe(true);
		expect(rows.map(row => [row[0], row[1], row[5], row[6]])).toEqual([
			['a', 'Ukraine still holds 90 square kilometres in Kursk, commander says', '2025-07-28', 'The Meridian Herald'],
			[
				'saved-page',
				'Kursk incursion: Ukraine says it controls 1,150 sq km of Russian territory',
				'2024-08-13',
				'Northern Courier',
			],
			[
				'004_5c024600ca51cab3',
				"Ukrainian Troops Still Hold Territory in Russia's Kursk Region, Top Commander Confirms",
				'',
				'',
			],
		]);
	});

	test('analyze --json: metadata with sources, and clean text', async () => {
		const result = await runCliAsync(['analyze', '--json', server.url('/a.html'), savedPage, seed], cacheHome());
		expect(result.status).toBe(0);
		const {articles} = JSON.parse(result.stdout) as {articles: ArticleOut[]};
		const [web, saved, text] = articles;
		expect(web!.path).toBe(server.url('/a.html'));
		expect(web!.meta).toEqual(aPageMeta);
		expect(saved!.meta).toMatchObject({
			outlet: {value: 'Northern Courier', source: 'open-graph'},
			published: {value: '2024-08-13T07:02:11Z', source: 'open-graph'},
			modified: null,
		});
		expect(text!.meta).toBeNull();
		expect(web!.text).toContain('“We continue to hold positions on Russian territory,');
		for (const words of ['World\n', 'Share on', 'Related stories', 'Heatwave', 'Comments', 'Advertisement', '©']) {
			expect(web!.text).not.toContain(words);
		}

		for (const words of ['Puzzles', 'More on this story', 'Belgorod begins', 'Copyright', 'cookies']) {
			expect(saved!.text).not.toContain(words);
		}
	});

	test('figures: sources in publication order, undated last', async () => {
		const result = await runCliAsync(['figures', server.url('/a.html'), savedPage, seed], cacheHome());
		const [header, territory] = result.stdout.split('\n');
		expect(header).toBe('status\tfigure\tsaved-page\ta\t004_5c024600ca51cab3');
		// 1,150 km² at the start (2024-08-13), 90 km² a year later (2025-07-28), then the undated text file.
		expect(territory).toMatch(/^differs\tterritory held, km²\t[^\t]*1,150[^\t]*\t90,[^\t]*\t~90, >1,000$/);
	});
});

describe('failures, --urls and --refresh', () => {
	test('a failed link is one line naming it; the rest still load', async () => {
		const result = await runCliAsync(
			['list', server.url('/a.html'), server.url('/gone.html'), server.url('/report.pdf')],
			cacheHome(),
		);
		expect(result.status).toBe(0);
		expect(result.stdout.split('\t')[0]).toBe('a');
		expect(result.stderr).toBe(
			`parallax: ${server.url('/gone.html')}: HTTP 404 Not Found\n` +
				`parallax: ${server.url('/report.pdf')}: not a web page (application/pdf)\n`,
		);
	});

	test('--urls FILE reads one link a line, skipping comments and naming bad lines', async () => {
		const list = path.join(makeTree({}), 'links.txt');
		writeFileSync(list, `# Kursk coverage\n${server.url('/a.html')}\n\nnot a link\n${server.url('/saved.html')}\n`);
		const result = await runCliAsync(['list', '--urls', list], cacheHome());
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n').map(line => line.split('\t')[0])).toEqual(['a', 'saved', '']);
		expect(result.stderr).toBe(`parallax: ${list}:4: not an http or https address: not a link\n`);

		const missing = await runCliAsync(['list', '--urls', '/nonexistent/links.txt'], cacheHome());
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('parallax: /nonexistent/links.txt: cannot be read: no such file or directory');
	});

	test('links come from the cache the second time; --refresh fetches them again', async () => {
		const cache = cacheHome();
		const before = server.hits.get('/brotli.html') ?? 0;
		await runCliAsync(['list', server.url('/brotli.html')], cache);
		const cached = await runCliAsync(['list', server.url('/brotli.html')], cache);
		expect(cached.stdout.split('\t')[0]).toBe('brotli');
		expect(server.hits.get('/brotli.html')).toBe(before + 1);
		await runCliAsync(['list', '--refresh', server.url('/brotli.html')], cache);
		expect(server.hits.get('/brotli.html')).toBe(before + 2);
	});

	test('escape sequences in a page reach neither the text nor the metadata', async () => {
		const json = await runCliAsync(['analyze', '--json', server.url('/hostile.html')], cacheHome());
		expect(json.status).toBe(0);
		const [article] = (JSON.parse(json.stdout) as {articles: ArticleOut[]}).articles;
		expect(article!.meta!['outlet']).toEqual({value: 'The Meridian Herald', source: 'json-ld'});
		expect(article!.text).toContain('Ukrainian forces still hold');
		const list = await runCliAsync(['list', server.url('/hostile.html')], cacheHome());
		expect(isTerminalSafe(list.stdout + json.stdout)).toBe(true);
		expect(list.stdout + json.stdout).not.toContain('\u001B');
	});

	test('saved pages of links, nested 300,000 deep or mislabelled: a line each for the first two, the third read', async () => {
		const directory = makeTree({});
		const story = `<p>${'The talks went on late into the night, officials said, and resume on Monday. '.repeat(4)}</p>`;
		const links = Array.from(
			{length: 40},
			(_, index) => `<li><a href="/story/${index}">Story number ${index} of the day</a></li>`,
		);
		const pages = {
			links: `<!doctype html><html><head><title>Latest</title></head><body><ul>${links.join('')}</ul></body></html>`,
			deep: `<!doctype html><html><body>${'<div>'.repeat(300_000)}${story}${'</div>'.repeat(300_000)}</body></html>`,
			labelled: `<!doctype html><html><head><meta charset="utf-16"><title>Talks go on in Genève</title></head><body>${story}</body></html>`,
		};
		for (const [name, html] of Object.entries(pages)) writeFileSync(path.join(directory, `${name}.html`), html);
		const result = await runCliAsync(
			['list', ...Object.keys(pages).map(name => path.join(directory, `${name}.html`))],
			cacheHome(),
		);
		expect(result.stderr.split('\n').sort()).toEqual([
			'',
			`parallax: ${path.join(directory, 'deep.html')}: markup nested more than 500 levels deep (not read: it would take minutes)`,
			`parallax: ${path.join(directory, 'links.html')}: no article text found in the page (it is a list of links)`,
		]);
		expect(result.stdout.split('\t').slice(0, 2)).toEqual(['labelled', 'Talks go on in Genève']);
	});

	test('the help names the new flags', async () => {
		const help = await runCliAsync(['--help']);
		expect(help.stdout).toContain('--urls FILE');
		expect(help.stdout).toContain('--refresh');
	});
});
