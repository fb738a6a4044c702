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

/** What a word says of its gender: `female`, `male`, or nothing. */
function genderOfWord(word: string): Gender | undefined {
	// Only a word ending in `s` can end in a possessive: no regular expression for the others.
	const bare = word.endsWith('s') ? word.replace(/[’']s$/u, '') : word;
	return femaleWords.has(bare) ? 'female' : maleWords.has(bare) ? 'male' : undefined;
}

/** The gender the words of a lower-case text agree on (split at spaces and commas), `found` so far; null when they disagree. */
function genderOfText(words: string, found: Gender | undefined): Gender | undefined | null {
	let known = found;
	let start = 0;
	// `words.split(/[\s,]+/u)` without the array: asked of every mention remembered.
	for (let index = 0; index <= words.length; index++) {
		if (index < words.length && !isSeparator(words.charCodeAt(index))) continue;
		if (index > start) {
			const gender = genderOfWord(words.slice(start, index));
			if (gender && known && gender !== known) return null;
			known ??= gender;
		}

		start = index + 1;
	}

	return known;
}

/** A comma or white space (`/[\s,]/u`), by code for ASCII. */
function isSeparator(code: number): boolean {
	if (code < 128) return code === 0x2c || code === 0x20 || (code >= 9 && code <= 13);
	return /\s/u.test(String.fromCharCode(code));
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
	// Asked again of the same mention as each later reference is resolved: read once.
	const known = genders.get(mention);
	if (known?.text === text) return known.gender;
	const gender = genderOfWords(mention, text);
	genders.set(mention, {text, gender});
	return gender;
}

const genders = new WeakMap<SpeakerMention, {readonly text: string; readonly gender: Gender | undefined}>();

function genderOfWords(mention: SpeakerMention, text: string): Gender | undefined {
	const pronoun = pronounGender(mention.name);
	if (pronoun) return pronoun;
	// The words of its role, of the phrase and its head agree on one gender, or tell none.
	const phrase = text.slice(mention.span.start, mention.span.end).toLowerCase();
	const ofRole = mention.role ? genderOfText(mention.role.toLowerCase(), undefined) : undefined;
	const ofPhrase = ofRole === null ? null : genderOfText(phrase, ofRole);
	const ofHead = ofPhrase === null ? null : genderOfWord(mention.head);
	const byWords =
		ofPhrase === null || (ofHead && ofPhrase && ofHead !== ofPhrase) ? undefined : (ofPhrase ?? ofHead ?? undefined);
	if (byWords || mention.kind !== 'person') {
		return byWords;
	}

	const nameWords = mention.name.split(/\s+/u);
	return nameWords.length > 1 ? genderOfGivenName(nameWords[0]!) : undefined;
}
