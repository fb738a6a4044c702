import {describe, expect, test} from 'vitest';
import {findQuotedSpans} from '../../source/analysis/quotes/quote-marks.js';
import {articleFrom} from '../helpers/articles.js';

function quotedTexts(content: string): string[] {
	const article = articleFrom(content);
	return findQuotedSpans(article.text, article.paragraphs).map(quote =>
		article.text.slice(quote.inner.start, quote.inner.end),
	);
}

describe('findQuotedSpans', () => {
	test('curly and straight double quotes', () => {
		expect(quotedTexts('He called it a “buffer zone” and said "we will stay" there.')).toEqual([
			'buffer zone',
			'we will stay',
		]);
	});

	test('single quotes inside double ones stay inside the outer quotation', () => {
		expect(quotedTexts('“They told us ‘hold the line’ and we did,” the sergeant said.')).toEqual([
			'They told us ‘hold the line’ and we did,',
		]);
	});

	test('top-level single quotes, British style, but never apostrophes', () => {
		expect(quotedTexts('Mr Johnson said the deal was ‘oven ready’. Ukraine’s soldiers’ morale held.')).toEqual([
			'oven ready',
		]);
		expect(quotedTexts("Kyiv's forces aren't leaving, the general's aide said.")).toEqual([]);
	});

	test('a quotation running across sentences is one span', () => {
		expect(quotedTexts('“We are fighting. It is hard. We will win,” the commander said.')).toEqual([
			'We are fighting. It is hard. We will win,',
		]);
	});

	test('a stray unclosed mark is dropped at its paragraph end and the rest is still read', () => {
		expect(
			quotedTexts(
				'The “ key on the keyboard was stuck, and nothing closes it\nThe next paragraph has a “real quote” in it.',
			),
		).toEqual(['real quote']);
		expect(quotedTexts('The village of “Nova was taken by noon.\nA “second” quote.')).toEqual(['second']);
	});

	test('an introduced quotation whose closing mark was forgotten is cut at its paragraph end', () => {
		expect(
			quotedTexts('Gloria Penn told the council, “I don’t want cameras on every corner.\nThe vote was 4-3.'),
		).toEqual(['I don’t want cameras on every corner.']);
	});

	test('a stray second opening mark does not swallow the text after it', () => {
		expect(quotedTexts('A stray “ mark, then a “proper one” here.')).toEqual(['proper one']);
	});

	test('a quotation over several paragraphs: each unclosed paragraph is cut at its end', () => {
		expect(quotedTexts('“We shall never surrender.\n“We shall go on to the end,” he said.')).toEqual([
			'We shall never surrender.',
			'We shall go on to the end,',
		]);
	});

	test('thousands of unbalanced marks stay linear and find nothing false', () => {
		const text = `${'“ '.repeat(5000)}end of text.`;
		expect(quotedTexts(text)).toEqual([]);
	});
});
