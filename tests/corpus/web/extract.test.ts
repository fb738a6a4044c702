import {describe, expect, test} from 'vitest';
import {extractPage, noArticle} from '../../../source/corpus/web/extract.js';
import {isTerminalSafe} from '../../../source/corpus/sanitize.js';
import {aPageMeta, fixture} from '../../helpers/web-server.js';

/** Words from the page furniture of the fixtures: navigation, share bars, ads, related stories, comments, footers. */
const furniture = [
	'Politics',
	'Subscribe from 1 euro',
	'Fly to Lisbon',
	'Share on Facebook',
	'Copy link',
	'Photograph: Herald staff',
	'Drone strikes hit refinery',
	'Best mortgage rates',
	'Topics:',
	'Related stories',
	'Heatwave grips southern Europe',
	'Most read',
	'morning coffee',
	'first honest figure',
	'Comments (214)',
	'Post a Comment',
	'morning briefing',
	'Privacy policy',
	'All rights reserved',
];

/** A page read as an article (the test fails at once when it is not). */
function article(html: string, pageUrl?: string) {
	const page = extractPage(html, pageUrl);
	if (!page.ok) throw new Error(`not read: ${page.reason}`);
	return page;
}

describe('extractPage on a news page', () => {
	const page = article(fixture('a.html'), 'http://127.0.0.1:8080/a.html');
	const paragraphs = page.content.split('\n\n');

	test('the headline first, then the story paragraph by paragraph', () => {
		expect(paragraphs[0]).toBe('Ukraine still holds 90 square kilometres in Kursk, commander says');
		expect(paragraphs[1]).toMatch(/^Ukrainian forces still hold about 90 square kilometres of Russia’s Kursk region,/);
		expect(paragraphs).toContain('What happens next');
		expect(paragraphs.at(-1)).toBe(
			'Peace talks in Istanbul this summer made no progress on territorial questions, and neither side has signalled a willingness to withdraw.',
		);
		// The block quotation is kept as its own paragraph, its quote marks intact.
		expect(paragraphs).toContain(
			'“The operation achieved what it was meant to achieve: it drew Russian forces away from Donbas,” a senior Ukrainian officer said, speaking on condition of anonymity.',
		);
		expect(paragraphs).toHaveLength(11);
	});

	test('no navigation, share bar, ads, related stories, comments or footer', () => {
		for (const words of furniture) {
			expect(page.content).not.toContain(words);
		}
	});

	test('metadata from JSON-LD, with the canonical link for the address', () => {
		expect(page.meta).toEqual(aPageMeta);
	});
});

describe('extractPage on a saved page without JSON-LD', () => {
	const page = article(fixture('saved-page.html'));

	test('metadata from Open Graph and meta tags', () => {
		expect(page.meta).toEqual({
			outlet: {value: 'Northern Courier', source: 'open-graph'},
			headline: {
				value: 'Kursk incursion: Ukraine says it controls 1,150 sq km of Russian territory',
				source: 'open-graph',
			},
			authors: {value: ['Tomas Lindqvist'], source: 'meta'},
			published: {value: '2024-08-13T07:02:11Z', source: 'open-graph'},
			url: {value: 'https://northerncourier.example/news/world/ukraine-kursk-incursion-1150-km', source: 'html'},
		});
	});

	test('the story without the cookie banner, byline line, promotions or other stories', () => {
		const paragraphs = page.content.split('\n\n');
		expect(paragraphs[0]).toBe('Kursk incursion: Ukraine says it controls 1,150 sq km of Russian territory');
		expect(paragraphs[1]).toMatch(/^Ukraine’s army chief says his forces now control 1,150 square kilometres/);
		expect(paragraphs).toHaveLength(7);
		for (const words of [
			'cookies',
			'Puzzles',
			'Europe correspondent',
			'WhatsApp',
			'Europe newsletter',
			'More on this story',
			'Ferry workers',
			'Copyright',
		]) {
			expect(page.content).not.toContain(words);
		}
	});
});

describe('metadata', () => {
	const story = `<p>${'Officials said the talks would continue next week in Geneva, and that both sides had agreed to the agenda. '.repeat(6)}</p>`;
	const page = (head: string, body = story) =>
		article(
			`<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`,
			'https://www.example.org/news/talks?id=7',
		);

	test('fields missing from the page come from the markup and the address', () => {
		const meta = page(
			'<title>Talks to continue | Daily Example</title>',
			`<h1>Talks to continue</h1><time datetime="2024-03-05">5 March</time>${story}`,
		).meta;
		expect(meta).toEqual({
			outlet: {value: 'example.org', source: 'url'},
			headline: {value: 'Talks to continue', source: 'html'},
			published: {value: '2024-03-05', source: 'html'},
			url: {value: 'https://www.example.org/news/talks?id=7', source: 'url'},
		});
	});

	test('JSON-LD in an array, authors as strings, publisher as a name, bad JSON skipped', () => {
		const meta = page(
			`<script type="application/ld+json">{not json</script>
			<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["ReportageNewsArticle"],"headline":"Talks","author":["A. Writer","B. Writer"],"publisher":"Wire Service","datePublished":"2024-03-05T10:00:00Z","url":"https://wire.example/talks"}]</script>`,
		).meta;
		expect(meta).toMatchObject({
			outlet: {value: 'Wire Service', source: 'json-ld'},
			authors: {value: ['A. Writer', 'B. Writer'], source: 'json-ld'},
			published: {value: '2024-03-05T10:00:00Z', source: 'json-ld'},
			url: {value: 'https://wire.example/talks', source: 'json-ld'},
		});
	});

	test('escape sequences and control characters in metadata are removed; a non-date is no date', () => {
		const meta = page(
			`<meta property="og:site_name" content="Evil\u001B]52;c;aGk=\u0007 News\u001B[2J"><meta name="author" content="Ma\u0000llory"><meta property="article:published_time" content="yesterday">`,
		).meta!;
		expect(meta.outlet).toEqual({value: 'Evil News', source: 'open-graph'});
		expect(meta.authors).toEqual({value: ['Mallory'], source: 'meta'});
		expect(meta.published).toBeUndefined();
		expect(isTerminalSafe(JSON.stringify(meta))).toBe(true);
	});

	test('a page with no article text gives a reason', () => {
		expect(
			extractPage(
				'<!doctype html><html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>',
			),
		).toEqual({ok: false, reason: noArticle});
	});
});
