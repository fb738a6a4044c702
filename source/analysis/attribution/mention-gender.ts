/**
 * The grammatical gender a mention is referred back to with (`he` or `she`), when
 * the words tell it: a title (`Mr.`, `Mrs.`, `Ms.`), a gendered role noun
 * (`spokeswoman`, `chairman`), or a given name that is used for one sex only.
 *
 * The given names (vocabulary/given-names.json) were compiled for English-language
 * news in general: the most common names of the US Social Security Administration's
 * birth-name lists by decade, with common given names of Europe, Latin America, the
 * Arab world, South and East Asia and Africa. Names used for both sexes in some
 * country (`Andrea`, `Jean`, `Kim`, `Lindsey`, `Chris`) are left out, so that they
 * decide nothing.
 */

import type {SpeakerMention} from '../../model.js';
import gendered from '../vocabulary/gendered-nouns.json' with {type: 'json'};
import {type Gender, givenNameGender} from '../speakers/names.js';

export type {Gender};

const femaleWords = new Set(gendered.female);
const maleWords = new Set(gendered.male);

function genderOfWords(words: readonly string[]): Gender | undefined {
	let found: Gender | undefined;
	for (const word of words) {
		const gender = femaleWords.has(word) ? 'female' : maleWords.has(word) ? 'male' : undefined;
		if (gender && found && gender !== found) {
			return undefined;
		}

		found ??= gender;
	}

	return found;
}

/** The gender a given name is used for, if only one. */
export function genderOfGivenName(name: string): Gender | undefined {
	return givenNameGender(name);
}

/** The gender of `he` or `she`; undefined for any other word. */
export function pronounGender(word: string): Gender | undefined {
	const pronoun = word.toLowerCase();
	return pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined;
}

/** The gender of a mention as the article words it, if they tell one. */
export function genderOf(mention: SpeakerMention, text: string): Gender | undefined {
	const pronoun = pronounGender(mention.name);
	if (pronoun) return pronoun;
	const phrase = text.slice(mention.span.start, mention.span.end).toLowerCase();
	const words = [...(mention.role ?? '').toLowerCase().split(/[\s,]+/u), ...phrase.split(/[\s,]+/u), mention.head];
	// Only a word ending in `s` can end in a possessive: no regular expression for the others.
	const byWords = genderOfWords(words.map(word => (word.endsWith('s') ? word.replace(/[’']s$/u, '') : word)));
	if (byWords || mention.kind !== 'person') {
		return byWords;
	}

	const nameWords = mention.name.split(/\s+/u);
	return nameWords.length > 1 ? genderOfGivenName(nameWords[0]!) : undefined;
}
