import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {buildArticle} from '../../../source/corpus/article.js';
import {isTerminalSafe} from '../../../source/corpus/sanitize.js';
import {pageText} from '../../../source/corpus/web/read-page.js';

const encode = (text: string) => new TextEncoder().encode(text);
const story = `<p>${'The talks went on late into the night, officials said, and will resume in Geneva on Monday. '.repeat(4)}</p>`;

describe('hostile pages', () => {
	const nested = (depth: number) =>
		encode(`<!doctype html><html><body>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}</body></html>`);

	// The hang guard: parsing 300,000 levels took minutes, quadratic in the depth; the scan
	// before parsing refuses them in one pass.
	test('markup nested 300,000 deep is refused before it is parsed', {timeout: 60_000}, async () => {
		expect(await pageText(nested(300_000), 'text/html')).toEqual({
			ok: false,
			reason: 'markup nested more than 500 levels deep (not read: it would take minutes)',
		});
	});

	test('markup nested as deep as real pages go is read', async () => {
		const page = await pageText(nested(150), 'text/html');
		expect(page.ok && page.content).toContain('The talks went on late into the night');
	});

	test('random markup around a story never throws and never yields control characters', async () => {
		const pieces = fc.constantFrom(
			'<div>',
			'</div>',
			'<p>',
			'</p>',
			'<script>',
			'</script>',
			'<!--',
			'-->',
			'<nav>',
			'<a href="x">',
			'\u001B[2J',
			'\u001B]52;c;aGk=\u0007',
			'\u009B31m',
			'\u202E',
			'&#27;[31m',
			'&#x9b;',
			'<meta property="og:site_name" content="\u001B[31mX">',
			'<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"\\u001b[2J"}}</script>',
			'word ',
			'“',
			'\n',
		);
		await fc.assert(
			fc.asyncProperty(fc.array(pieces, {maxLength: 60}), fc.string({maxLength: 40}), async (parts, noise) => {
				const html = `<!doctype html><html><head>${parts.join('')}</head><body>${parts.join('')}${noise}<article>${story}${parts.join('')}</article></body></html>`;
				const page = await pageText(encode(html), 'text/html');
				if (page.ok) {
					// The text is cleaned when the article is built; the metadata already is.
					const article = buildArticle({id: 'x', path: 'x', content: page.content, format: 'text', meta: page.meta});
					expect(isTerminalSafe(article?.text ?? '')).toBe(true);
					expect(isTerminalSafe(article?.title ?? '')).toBe(true);
					expect(isTerminalSafe(JSON.stringify(page.meta ?? {}))).toBe(true);
				}
			}),
			{numRuns: 150},
		);
	});

	test('markup of any shape gets a reason of our own, never the words of a failure inside the reader', async () => {
		const pieces = fc.constantFrom(
			'<html>',
			'<head>',
			'<body>',
			'</body>',
			'<script></script>',
			'<title>T</title>',
			'<video>',
			'<svg>',
			'<template>',
			'<figcaption>',
			'<base href="javascript:x">',
			'<a href="::">',
			'<img src="::">',
			'<meta name="author" content="x">',
			'<p>',
			'</div>',
			'<span>',
			'word ',
			'<!doctype html>',
			story,
		);
		await fc.assert(
			fc.asyncProperty(fc.array(pieces, {maxLength: 30}), async parts => {
				const page = await pageText(encode(parts.join('')), 'text/html', 'https://news.example/a');
				if (!page.ok) expect(page.reason).not.toMatch(/^cannot be read as a page/);
			}),
			{numRuns: 300},
		);
	});
});
