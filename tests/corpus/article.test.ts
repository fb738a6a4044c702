import {describe, expect, test} from 'vitest';
import {buildArticle} from '../../source/corpus/article.js';
import type {Article, Span} from '../../source/model.js';

function build(content: string, format: 'text' | 'markdown' = 'text'): Article {
	const article = buildArticle({id: 'a', path: 'a.txt', content, format});
	if (!article) {
		throw new Error('expected an article');
	}

	return article;
}

const slice = (article: Article, span: Span | undefined) =>
	span ? article.text.slice(span.start, span.end) : undefined;

describe('buildArticle', () => {
	test('headline, dateline-free body, sentences and furniture from a small page', () => {
		const article = build(
			[
				'Ukraine Holds Kursk Foothold, Commander Says',
				'',
				'Ukraine’s troops still hold ground in Kursk. Gen. Syrsky said so on Sunday.',
				'',
				'Share this article',
				'Post a Comment',
			].join('\r\n'),
		);
		expect(article.title).toBe('Ukraine Holds Kursk Foothold, Commander Says');
		expect(slice(article, article.headline)).toBe(article.title);
		expect(article.dateline).toBeUndefined();
		expect(article.boilerplate).toEqual(['Share this article', 'Post a Comment']);
		expect(article.text).not.toContain('Share');
		expect(article.sentences.map(span => slice(article, span))).toEqual([
			'Ukraine Holds Kursk Foothold, Commander Says',
			'Ukraine’s troops still hold ground in Kursk.',
			'Gen. Syrsky said so on Sunday.',
		]);
	});

	test('a dateline is recorded and kept out of the first sentence; the title comes from the lead', () => {
		const article = build('KYIV: Ukraine said it would not hold Russian land. Moscow disagreed.\nThe talks stalled.');
		expect(slice(article, article.dateline)).toBe('KYIV');
		expect(article.headline).toBeUndefined();
		expect(article.title).toBe('Ukraine said it would not hold Russian land');
		expect(slice(article, article.sentences[0])).toBe('Ukraine said it would not hold Russian land.');
	});

	test('paragraph spans cover each paragraph exactly; text never holds control characters', () => {
		const article = build('First \u001B[31mparagraph\u001B[0m here.\n\n\nSecond\u0007 paragraph.');
		expect(article.paragraphs.map(span => slice(article, span))).toEqual([
			'First paragraph here.',
			'Second paragraph.',
		]);
		expect(article.text).toBe('First paragraph here.\n\nSecond paragraph.');
	});

	test('a Markdown heading is a headline without its hashes', () => {
		const article = build('# Kursk: What We Know\n\nUkraine advanced on Tuesday.', 'markdown');
		expect(slice(article, article.headline)).toBe('Kursk: What We Know');
	});

	test('nothing but furniture gives no article', () => {
		expect(
			buildArticle({id: 'x', path: 'x.txt', content: 'Post a Comment\nShare this article\n', format: 'text'}),
		).toBe(undefined);
	});
});
