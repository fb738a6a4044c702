import {describe, expect, test} from 'vitest';
import {layoutArticle, lineOfOffset, wrapRange} from '../../source/render/layout.js';
import {columns} from '../../source/render/text-width.js';
import {articleFrom} from '../helpers/articles.js';

function wrapped(text: string, width: number): string[] {
	return wrapRange(text, {start: 0, end: text.length}, width).map(({start, end}) => text.slice(start, end));
}

describe('wrapRange', () => {
	test('breaks at spaces, never inside words, and drops the space at the break', () => {
		expect(wrapped('The occupied area exceeds 1,150 square kilometers', 20)).toEqual([
			'The occupied area',
			'exceeds 1,150 square',
			'kilometers',
		]);
	});

	test('a word wider than the pane is broken where it stands', () => {
		expect(wrapped('abcdefghijklmnop qr', 6)).toEqual(['abcdef', 'ghijkl', 'mnop', 'qr']);
	});

	test('wide and zero-width characters keep lines within the width', () => {
		const text = '東京で会議 が開かれた 👩‍👩‍👧 family e\u0301te\u0301 Сирський сказав';
		for (const width of [4, 7, 10, 13]) {
			for (const line of wrapped(text, width)) {
				expect(columns(line)).toBeLessThanOrEqual(width);
			}
		}

		expect(wrapped('東京東京', 4)).toEqual(['東京', '東京']);
	});

	test('an empty paragraph is one empty line', () => {
		expect(wrapRange('', {start: 0, end: 0}, 10)).toEqual([{start: 0, end: 0}]);
	});
});

describe('layoutArticle', () => {
	test('paragraphs separated by blank lines; furniture after the text, labelled', () => {
		const article = articleFrom(
			'Ukraine Holds Kursk Foothold\nUkrainian troops still hold ground in the Kursk region, the commander said.\nPost a Comment',
		);
		const lines = layoutArticle(article, 30);
		expect(
			lines.map(line =>
				line.kind === 'text' ? article.text.slice(line.start, line.end) : line.kind === 'blank' ? '' : `[${line.text}]`,
			),
		).toEqual([
			'Ukraine Holds Kursk Foothold',
			'',
			'Ukrainian troops still hold',
			'ground in the Kursk region,',
			'the commander said.',
			'',
			'[── removed page furniture ──]',
			'[Post a Comment]',
		]);
		expect(lines[0]).toMatchObject({headline: true});
		expect(lineOfOffset(lines, article.text.indexOf('commander'))).toBe(4);
	});

	test('every offset maps to the text line that holds it', () => {
		const article = articleFrom(
			Array.from({length: 30}, (_, index) => `Paragraph ${index} has some words in it, and a “quote” too.`).join('\n'),
		);
		const lines = layoutArticle(article, 17);
		for (let offset = 0; offset < article.text.length; offset++) {
			const index = lineOfOffset(lines, offset);
			const line = lines[index]!;
			expect(line.kind).toBe('text');
			const next = lines.slice(index + 1).find(candidate => candidate.kind === 'text');
			expect(line.kind === 'text' && line.start <= offset).toBe(true);
			expect(next === undefined || (next.kind === 'text' && next.start > offset)).toBe(true);
		}
	});
});
