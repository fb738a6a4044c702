import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {loadCorpus} from '../../../source/corpus/load.js';
import {cacheDirectory} from '../../../source/corpus/web/page-cache.js';
import {makeTree, seedPath} from '../../helpers/files.js';
import {
	encodeWindows1252,
	fixture,
	replaceOnce,
	startTestServer,
	type TestServer,
	webFixtures,
} from '../../helpers/web-server.js';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(async () => server.close());

// A cache directory of its own per test, removed when the tests end.
const freshCache = () => makeTree({});

describe('links, saved pages and text files together', () => {
	test('each becomes an article with its metadata; a failed link is named with its reason', async () => {
		const corpus = await loadCorpus(
			[
				server.url('/a.html'),
				path.join(webFixtures, 'saved-page.html'),
				seedPath('004_5c024600ca51cab3'),
				server.url('/gone.html'),
				server.url('/photo.png'),
			],
			{cacheDirectory: freshCache()},
		);
		expect(corpus.articles.map(article => article.id)).toEqual(['a', 'saved-page', '004_5c024600ca51cab3']);
		const [web, saved, text] = corpus.articles;
		expect(web!.path).toBe(server.url('/a.html'));
		expect(web!.title).toBe('Ukraine still holds 90 square kilometres in Kursk, commander says');
		expect(web!.headline).toEqual({start: 0, end: web!.title.length});
		expect(web!.meta?.outlet).toEqual({value: 'The Meridian Herald', source: 'json-ld'});
		expect(web!.meta?.published?.value).toBe('2025-07-28T09:15:00+03:00');
		expect(saved!.meta?.outlet?.value).toBe('Northern Courier');
		expect(saved!.meta?.published?.value).toBe('2024-08-13T07:02:11Z');
		expect(text!.meta).toBeUndefined();
		expect(corpus.problems).toEqual([
			{path: server.url('/gone.html'), reason: 'HTTP 404 Not Found'},
			{path: server.url('/photo.png'), reason: 'not a web page (image/png)'},
		]);
	});

	test('a page over the limit (eight times --max-size) is skipped and named', async () => {
		const corpus = await loadCorpus([server.url('/huge.html'), server.url('/a.html')], {
			cacheDirectory: freshCache(),
			maxSize: 64 * 1024,
		});
		expect(corpus.articles).toHaveLength(1);
		expect(corpus.problems).toEqual([
			{
				path: server.url('/huge.html'),
				reason: 'skipped: the page is over the 512 kB limit for pages (--max-size raises it)',
			},
		]);
	});

	test('links are fetched a few at a time, in parallel, and keep their order', async () => {
		const links = Array.from({length: 10}, (_, index) => server.url(`/delayed/story-${index}.html`));
		const corpus = await loadCorpus(links, {cacheDirectory: freshCache()});
		expect(corpus.articles.map(article => article.id)).toEqual(links.map((_, index) => `story-${index}`));
		expect(server.mostAtOnce()).toBeGreaterThan(1);
		expect(server.mostAtOnce()).toBeLessThanOrEqual(4);
	});

	test('a slow link times out and the rest still load', async () => {
		const corpus = await loadCorpus([server.url('/slow.html'), server.url('/saved.html')], {
			cacheDirectory: freshCache(),
			fetchTimeout: 300,
		});
		expect(corpus.articles.map(article => article.id)).toEqual(['saved']);
		expect(corpus.problems).toEqual([{path: server.url('/slow.html'), reason: 'timed out after 0.3 s'}]);
	});
});

describe('character sets', () => {
	const expected = 'France’s foreign ministry said on Tuesday it would give €250,000 to aid groups';
	test.each(['/cp1252-header.html', '/cp1252-meta.html', '/cp1252-wrong.html'])(
		'a Windows-1252 page (%s) reads right',
		async pathname => {
			const corpus = await loadCorpus([server.url(pathname)], {cacheDirectory: freshCache()});
			expect(corpus.problems).toEqual([]);
			const [article] = corpus.articles;
			expect(article!.title).toBe('Paris pledges €250,000 for Kursk evacuees’ shelters');
			expect(article!.text).toContain(expected);
			expect(article!.text).toContain('Médecins Sans Frontières');
			expect(article!.meta?.outlet?.value).toBe('La Gazette du Rhône');
			expect(article!.meta?.authors?.value).toEqual(['Élodie Mercier']);
		},
	);

	test('a saved Windows-1252 page declared by its meta tag', async () => {
		const root = makeTree({'latin.html': encodeWindows1252(fixture('windows-1252.html'))});
		const corpus = await loadCorpus([path.join(root, 'latin.html')]);
		expect(corpus.articles[0]!.text).toContain(expected);
	});
});

describe('the cache', () => {
	test('follows XDG_CACHE_HOME, else ~/.cache', () => {
		expect(cacheDirectory({XDG_CACHE_HOME: '/x/cache', HOME: '/home/u'})).toBe('/x/cache/parallax/pages');
		expect(cacheDirectory({HOME: '/home/u'})).toBe('/home/u/.cache/parallax/pages');
		// A relative XDG_CACHE_HOME is to be ignored, says the specification.
		expect(cacheDirectory({XDG_CACHE_HOME: 'cache', HOME: '/home/u'})).toBe('/home/u/.cache/parallax/pages');
	});

	test('a link read again comes from the cache; refresh fetches it again', async () => {
		const directory = freshCache();
		const address = server.url('/gzip.html');
		const first = await loadCorpus([address], {cacheDirectory: directory});
		expect(server.hits.get('/gzip.html')).toBe(1);
		expect(readdirSync(directory)).toHaveLength(1);
		const entry = JSON.parse(readFileSync(path.join(directory, readdirSync(directory)[0]!), 'utf8')) as {
			requested: string;
		};
		expect(entry.requested).toBe(address);

		const again = await loadCorpus([address], {cacheDirectory: directory});
		expect(server.hits.get('/gzip.html')).toBe(1);
		expect(again.articles).toEqual(first.articles);

		await loadCorpus([address], {cacheDirectory: directory, refresh: true});
		expect(server.hits.get('/gzip.html')).toBe(2);
	});

	test('failures are not cached', async () => {
		const directory = freshCache();
		await loadCorpus([server.url('/missing-page.html')], {cacheDirectory: directory});
		expect(readdirSync(directory)).toEqual([]);
	});
});

describe('front matter in text files', () => {
	test('a .txt and a .md file with front matter carry its metadata, and the block is not text', async () => {
		const root = makeTree({
			'note.txt':
				'---\nsource: Field Notes\ndate: 2025-01-15\nurl: https://notes.example/kursk\n---\nTroops held 400 square kilometres, an officer said on Wednesday.\n',
			'post.md':
				'---\nsource: "Kursk Blog"\ndate: 2024-09-01\n---\n# Kursk, a month on\n\nThe line has barely moved since **August**.\n',
		});
		const corpus = await loadCorpus([root]);
		const [post, note] = [...corpus.articles].sort((a, b) => a.id.localeCompare(b.id)).reverse();
		expect(note!.meta).toEqual({
			outlet: {value: 'Field Notes', source: 'front-matter'},
			published: {value: '2025-01-15', source: 'front-matter'},
			url: {value: 'https://notes.example/kursk', source: 'front-matter'},
		});
		expect(note!.text).toBe('Troops held 400 square kilometres, an officer said on Wednesday.');
		expect(post!.meta?.outlet?.value).toBe('Kursk Blog');
		expect(post!.title).toBe('Kursk, a month on');
		expect(post!.text).not.toContain('source:');
	});

	test('a text answer from a server may have front matter too', async () => {
		const corpus = await loadCorpus([server.url('/notes.txt')], {cacheDirectory: freshCache()});
		expect(corpus.articles[0]!.meta?.outlet?.value).toBe('Field Notes');
		expect(corpus.articles[0]!.text).toBe('A short note.\n\nTroops held 400 square kilometres, an officer said.');
	});

	test('a saved page without a canonical link takes its address from the browser’s note', async () => {
		const page = replaceOnce(
			replaceOnce(
				fixture('saved-page.html'),
				'<link rel="canonical" href="https://northerncourier.example/news/world/ukraine-kursk-incursion-1150-km">',
				'',
			),
			'<meta property="og:site_name" content="Northern Courier">',
			'',
		);
		const root = makeTree({'story.htm': page});
		const [article] = (await loadCorpus([path.join(root, 'story.htm')])).articles;
		expect(article!.meta?.url).toEqual({
			value: 'https://northerncourier.example/news/world/ukraine-kursk-incursion-1150-km',
			source: 'url',
		});
		expect(article!.meta?.outlet).toEqual({value: 'northerncourier.example', source: 'url'});
	});

	test('a saved page may be eight times --max-size; a larger one is skipped and named', async () => {
		const padding = `<!-- ${'x'.repeat(20 * 1024)} -->`;
		const root = makeTree({
			'small.html': fixture('saved-page.html'),
			'large.html': replaceOnce(fixture('saved-page.html'), '<body', `${padding}<body`),
		});
		const corpus = await loadCorpus([root], {maxSize: 2048});
		expect(corpus.articles.map(article => article.id)).toEqual(['small']);
		expect(corpus.problems).toEqual([
			{
				path: path.join(root, 'large.html'),
				reason: 'skipped: 24 kB is over the 16 kB limit (--max-size raises it)',
			},
		]);
	});

	test('saved pages in a directory are read; a browser’s _files folder is not', async () => {
		const root = makeTree({
			'story.html': fixture('saved-page.html'),
			'story_files/frame.html': fixture('a.html'),
			'notes.txt': 'A note about the story, long enough to be read.',
		});
		const corpus = await loadCorpus([root]);
		expect(corpus.articles.map(article => article.id)).toEqual(['notes', 'story']);
	});
});

describe('a saved page whose article holds a share bar and a paywall line', () => {
	test('loses them as text files do, and keeps the story', async () => {
		const page = `<!doctype html><html><head><title>Kursk: Ukraine holds ground</title></head><body>
<article><h1>Kursk: Ukraine holds ground</h1>
<p>Ukraine said on Tuesday that it still held about 1,000 square kilometres of the Kursk region, a week after the incursion began.</p>
<p>Share on Facebook · Share on X · Email this article</p>
<p>The army said the advance had slowed in recent weeks as Russian reserves arrived from the east, officials said.</p>
<p>This article is for subscribers only.</p>
</article></body></html>`;
		const root = makeTree({'kursk.html': page});
		const {articles} = await loadCorpus([path.join(root, 'kursk.html')]);
		const {text} = articles[0]!;
		expect(text).toContain('still held about 1,000 square kilometres');
		expect(text).toContain('the advance had slowed');
		expect(text).not.toContain('Share on');
		expect(text).not.toContain('subscribers only');
	});
});
