import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {lastWordOf} from '../../source/analysis/quotes/quote-kind.js';
import {analyzePassages} from '../helpers/articles.js';

function kindOf(sentence: string, quoted: string): string | undefined {
	const analysis = analyzePassages({a: sentence});
	return analysis.articles[0]!.quotes.find(quote => quote.text === quoted)?.kind;
}

describe('quote kinds', () => {
	test.each([
		['“We will not give up an inch of our land,” the mayor said.', 'We will not give up an inch of our land,'],
		['The mayor said: “We will not give up.”', 'We will not give up.'],
		['The mayor wrote on Telegram, saying, “Help is coming.”', 'Help is coming.'],
		['The mayor said “Nothing has changed here” on Monday.', 'Nothing has changed here'],
	])('full: %s', (sentence, quoted) => {
		expect(kindOf(sentence, quoted)).toBe('full');
	});

	test.each([
		['The minister vowed to “crush” the attackers.', 'crush'],
		['She said the offensive had “completely stalled” by the evening.', 'completely stalled'],
		[
			'The official said the aim was to “stretch the enemy, inflict losses and destabilise the region.”',
			'stretch the enemy, inflict losses and destabilise the region.',
		],
		['He defended the raid as “entirely lawful” under the charter.', 'entirely lawful'],
	])('partial: %s', (sentence, quoted) => {
		expect(kindOf(sentence, quoted)).toBe('partial');
	});

	test.each([
		['Officials want to turn the area into a “buffer zone” for now.', 'buffer zone'],
		['Moscow calls it a “special military operation.”', 'special military operation.'],
		['The region reported “sabotage” attempts overnight.', 'sabotage'],
		['Critics dismissed the so-called “peace plan” outright.', 'peace plan'],
	])('term: %s', (sentence, quoted) => {
		expect(kindOf(sentence, quoted)).toBe('term');
	});
});

describe('the word before a quotation', () => {
	// Letters ASCII and not, digits, `_`, hyphens, spaces, punctuation, a mark, surrogate pairs and lone surrogates.
	const character = fc.constantFrom(
		...'aZz09_- ,.“”éЖ\u0301ß\u00A0\t😀𝐀'.match(/[\s\S]/gu)!,
		'\uD835\uDC00',
		'\uD800',
		'\uDC00',
	);

	test('the backward reading finds what /([\\p{L}-]+)\\W*$/u captures, for any text', () => {
		fc.assert(
			fc.property(fc.array(character, {maxLength: 40}), parts => {
				const text = parts.join('');
				expect(lastWordOf(text)).toBe(/([\p{L}-]+)\W*$/u.exec(text)?.[1]);
			}),
			{numRuns: 5000},
		);
	});
});
