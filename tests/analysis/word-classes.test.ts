import {describe, expect, test} from 'vitest';
import {tokenize} from '../../source/analysis/text/tokens.js';
import {wordClasses} from '../../source/analysis/text/word-classes.js';

/** The class of `word` in `sentence`. */
function classOf(sentence: string, word: string): string | undefined {
	const tokens = tokenize(sentence, 0, sentence.length);
	return wordClasses(tokens)[tokens.findIndex(token => token.text === word)];
}

describe('word classes in context', () => {
	test.each([
		[
			'an -s form after a name, before a quotation, is a verb',
			'Ann Moss supports “pay raises” now.',
			'supports',
			'verb',
		],
		[
			'an -s form after a noun, before a quotation, is a plural',
			'It covers his business ventures “in public or in private.”',
			'ventures',
			'noun',
		],
		[
			'a capitalised -ed word opening a sentence before a verb is a name',
			'Husted continued by saying so.',
			'Husted',
			'name',
		],
		[
			'a capitalised -ed word opening a sentence before a noun is a participle',
			'Reported cases rose.',
			'Reported',
			'participle',
		],
		['agreed is a past form though most -eed words are nouns', 'Ann Moss agreed.', 'agreed', 'participle'],
		['need is a noun', 'There is a need.', 'need', 'noun'],
		['Will opening a sentence before a surname and a past form is a name', 'Will Estrada said so.', 'Will', 'name'],
		['Will opening a question is the modal', 'Will Trump win the state?', 'Will', 'auxiliary'],
	])('%s', (_, sentence, word, expected) => {
		expect(classOf(sentence, word)).toBe(expected);
	});
});
