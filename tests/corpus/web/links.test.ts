import {describe, expect, test} from 'vitest';
import {extractPage, onlyLinks} from '../../../source/corpus/web/extract.js';

const page = (body: string) =>
	`<!doctype html><html><head><title>The harbour</title></head><body>${body}</body></html>`;
const letters = (text: string) => text.replaceAll(/\s/g, '').length;

/** Paragraphs of `plain` text with a link of `linked` text after each sentence, and the share of the text in links. */
function linkedParagraphs(count: number, plain: string, linked: string) {
	const paragraph = `<p>${`${plain} <a href="https://example.org/source">${linked}</a>. `.repeat(3)}</p>`;
	return {html: `<article>${paragraph.repeat(count)}</article>`, share: letters(linked) / letters(plain + linked)};
}

describe('a page that is a list of links', () => {
	test('an article with a link in every sentence is read', () => {
		const {html, share} = linkedParagraphs(
			6,
			'The council said on Tuesday that 1,150 people had been moved from the area, according to',
			'figures published by the regional emergency service',
		);
		// More than boilerpipe's third, less than half.
		expect(share).toBeGreaterThan(0.35);
		expect(share).toBeLessThan(0.5);
		const extracted = extractPage(page(html));
		expect(extracted.ok && extracted.content).toContain(
			'1,150 people had been moved from the area, according to figures published by the regional emergency service.',
		);
	});

	test('the same page with the links longer than the rest of the text is refused', () => {
		const {html, share} = linkedParagraphs(
			6,
			'The council said on Tuesday, according to',
			'figures published by the regional emergency service about the 1,150 people moved',
		);
		expect(share).toBeGreaterThan(0.5);
		expect(extractPage(page(html))).toEqual({ok: false, reason: onlyLinks});
	});

	test('a section front of headlines is refused', () => {
		const items = Array.from(
			{length: 40},
			(_, index) =>
				`<li><a href="/story/${index}">Council approves the budget for the harbour district, part ${index}</a></li>`,
		);
		expect(extractPage(page(`<h1>Latest news</h1><ul>${items.join('\n')}</ul>`))).toEqual({
			ok: false,
			reason: onlyLinks,
		});
	});

	test('a run of bare links is refused', () => {
		const links = Array.from({length: 60}, (_, index) => `<a href="/x/${index}">link number ${index}</a> `);
		expect(extractPage(page(`<div>${links.join('')}</div>`))).toEqual({ok: false, reason: onlyLinks});
	});

	test('a named anchor left open around the story is no link', () => {
		const story = '<p>The council said on Tuesday that 1,150 people had been moved from the area by the evening.</p>';
		const extracted = extractPage(page(`<article><a name="top">${story.repeat(4)}</article>`));
		expect(extracted.ok && extracted.content).toContain('1,150 people had been moved from the area');
	});
});
