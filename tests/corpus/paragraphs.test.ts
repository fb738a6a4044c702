import {describe, expect, test} from 'vitest';
import {splitParagraphs} from '../../source/corpus/paragraphs.js';
import {stripMarkdown} from '../../source/corpus/markdown.js';

describe('splitParagraphs', () => {
	test('one paragraph per line when lines are long (text pasted from the web)', () => {
		const long = 'Ukrainian forces advanced into the Kursk region on Tuesday, officials said, and held their ground.';
		expect(splitParagraphs(`${long} More.\n${long}\n\n\n${long}`)).toEqual([`${long} More.`, long, long]);
	});

	test('hard-wrapped text joins the lines of each blank-line-separated block', () => {
		const text = [
			'Ukrainian forces advanced into the Kursk region',
			'on Tuesday, officials said.',
			'',
			'The Russian Defence Ministry said it had repelled',
			'the attacks.',
		].join('\n');
		expect(splitParagraphs(text)).toEqual([
			'Ukrainian forces advanced into the Kursk region on Tuesday, officials said.',
			'The Russian Defence Ministry said it had repelled the attacks.',
		]);
	});

	test('drops blank and space-only lines and trims each paragraph', () => {
		expect(splitParagraphs('  First line. \n \n\n Second line.  ')).toEqual(['First line.', 'Second line.']);
	});
});

describe('stripMarkdown', () => {
	test('keeps the words of headings, emphasis, links and quotes; drops images and rules', () => {
		const markdown = [
			'# Ukraine Holds Ground in Kursk',
			'',
			'**Kyiv** says its troops hold *about* [1,000 sq km](https://example.org).',
			'![map](map.png)',
			'---',
			'> “We will continue,” Syrsky said.',
			'',
			'Use `snake_case` and keep under_scores_in_words.',
		].join('\n');
		expect(splitParagraphs(stripMarkdown(markdown))).toEqual([
			'Ukraine Holds Ground in Kursk',
			'Kyiv says its troops hold about 1,000 sq km.',
			'“We will continue,” Syrsky said.',
			'Use snake_case and keep under_scores_in_words.',
		]);
	});
});
