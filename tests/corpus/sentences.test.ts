import {describe, expect, test} from 'vitest';
import {segmentSentences} from '../../source/corpus/sentences.js';

function sentencesOf(text: string): string[] {
	return segmentSentences(text).map(({start, end}) => text.slice(start, end));
}

describe('segmentSentences', () => {
	test('splits ordinary sentences and trims the spaces between them', () => {
		expect(sentencesOf('Ukraine advanced. Russia regrouped!  Who holds Kursk? ')).toEqual([
			'Ukraine advanced.',
			'Russia regrouped!',
			'Who holds Kursk?',
		]);
	});

	test('titles and ranks do not end sentences', () => {
		expect(sentencesOf('Gen. Oleksandr Syrsky spoke to Lt. Col. Ivanov and Dr. Smith. They agreed.')).toEqual([
			'Gen. Oleksandr Syrsky spoke to Lt. Col. Ivanov and Dr. Smith.',
			'They agreed.',
		]);
	});

	test('initials and dotted abbreviations do not end sentences before a name', () => {
		expect(sentencesOf('John F. Kennedy met U.S. President Truman at 3 p.m. Monday in Washington.')).toEqual([
			'John F. Kennedy met U.S. President Truman at 3 p.m. Monday in Washington.',
		]);
	});

	test('a dotted abbreviation does end a sentence when a new one clearly starts', () => {
		expect(sentencesOf('The weapons were supplied by the U.S. The move angered Moscow.')).toEqual([
			'The weapons were supplied by the U.S.',
			'The move angered Moscow.',
		]);
	});

	test('decimals, months and numbers after abbreviations stay inside the sentence', () => {
		expect(sentencesOf('Prices rose 2.5 per cent in Aug. 2024 at No. 10 Downing St. in London. Then fell.')).toEqual([
			'Prices rose 2.5 per cent in Aug. 2024 at No. 10 Downing St. in London.',
			'Then fell.',
		]);
	});

	test('a quoted question followed by its attribution is one sentence', () => {
		expect(sentencesOf('“Why did the line break?” he asked. “Nobody knows.” She left.')).toEqual([
			'“Why did the line break?” he asked.',
			'“Nobody knows.”',
			'She left.',
		]);
	});

	test('a quotation that ends a sentence closes it, quote mark included', () => {
		expect(sentencesOf('He said, “Russia is getting what it deserves.” The blog disagreed.')).toEqual([
			'He said, “Russia is getting what it deserves.”',
			'The blog disagreed.',
		]);
	});

	test('an ellipsis inside a sentence does not split it', () => {
		expect(sentencesOf('The talks... continued until dawn. Nothing was agreed.')).toEqual([
			'The talks... continued until dawn.',
			'Nothing was agreed.',
		]);
	});

	test('a paragraph of a thousand sentences comes out whole, in order', () => {
		const text = 'Troops went in. '.repeat(1000);
		expect(sentencesOf(text)).toEqual(Array.from({length: 1000}, () => 'Troops went in.'));
	});

	test('a sentence that runs on without an end is cut into pieces no longer than 4,000 characters', () => {
		const text = 'word '.repeat(3000).trim();
		const sentences = sentencesOf(text);
		expect(sentences.length).toBeGreaterThanOrEqual(4);
		expect(sentences.every(sentence => sentence.length <= 4000)).toBe(true);
		expect(sentences.join(' ')).toBe(text);
	});

	test('a sentence with an abbreviation where a piece ends is still one sentence', () => {
		// 249 filler sentences of 16 characters put `Gen.` just before the 4,000th.
		const text = `${'Troops went in. '.repeat(249)}He met Gen. Smith there.`;
		expect(sentencesOf(text).at(-1)).toBe('He met Gen. Smith there.');
	});

	test('segments only the given range, with offsets into the whole text', () => {
		const text = 'Headline\n\nFirst one. Second one.';
		const spans = segmentSentences(text, 10, text.length);
		expect(spans).toEqual([
			{start: 10, end: 20},
			{start: 21, end: 32},
		]);
	});
});
