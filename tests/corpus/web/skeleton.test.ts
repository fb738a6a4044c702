import {describe, expect, test} from 'vitest';
import {extractPage, noArticle} from '../../../source/corpus/web/extract.js';
import {pageText} from '../../../source/corpus/web/read-page.js';

const sentence = 'The officials said the talks would go on for another week in Geneva. ';
const story = `<p>${sentence.repeat(5)}</p>`;

describe('pages without the optional html, head and body tags', () => {
	// Each is a whole page to a browser, which supplies the missing elements.
	test.each([
		['no tags around the content', `<title>Talks go on</title>${story}`],
		['no body', `<!doctype html><html><head><title>Talks go on</title></head>${story}</html>`],
		['no head and no body', `<html><title>Talks go on</title>${story}</html>`],
		['no html', `<!doctype html><head><title>Talks go on</title></head><body>${story}</body>`],
		['a head left open', `<html><head><title>Talks go on</title>${story}</html>`],
		[
			'content before the body',
			`<html><head><title>Talks go on</title></head><p>Geneva.</p><body>${story}</body></html>`,
		],
	])('%s: the story is read, the title as its headline', (_name, html) => {
		const extracted = extractPage(html);
		expect(extracted.ok && extracted.content.split('\n\n')).toContain(sentence.repeat(5).trim());
		expect(extracted.ok && extracted.content.split('\n\n')[0]).toBe('Talks go on');
	});

	test('content after the body stays after it', () => {
		const extracted = extractPage(`<html><body>${story}</body></html><p>${sentence} Late addition.</p>`);
		expect(extracted.ok && extracted.content.split('\n\n').slice(-2)).toEqual([
			sentence.repeat(5).trim(),
			`${sentence.trim()} Late addition.`,
		]);
	});

	test('text served as HTML with no markup at all is read as the story', async () => {
		const page = await pageText(new TextEncoder().encode(sentence.repeat(5)), 'text/html');
		expect(page).toMatchObject({ok: true, content: sentence.repeat(5).trim()});
	});

	test('a page of nothing but a script has no article, said plainly', async () => {
		expect(await pageText(new TextEncoder().encode('<script>let x = 1;</script>'), 'text/html')).toEqual({
			ok: false,
			reason: noArticle,
		});
	});
});
