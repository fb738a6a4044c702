import {describe, expect, test} from 'vitest';
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
