/**
 * A compact part-of-speech reading of tokens, enough to tell a noun phrase from a clause
 * fragment: closed-class words from a lexicon (determiners, pronouns, prepositions,
 * conjunctions, auxiliaries, common adverbs), verb forms by their endings and the irregular
 * forms of English verbs, and capitalisation for names. Measured against wink-nlp's tagger
 * on the speaker phrases of real news, it delimits them as well at a small fraction of the
 * cost (see the note of issue 14).
 */

import functionWords from '../vocabulary/function-words.json' with {type: 'json'};
import timeWordLists from '../vocabulary/time-words.json' with {type: 'json'};
import wordForms from '../vocabulary/word-forms.json' with {type: 'json'};
import {isCapitalised, isInCapitals, type Token} from './tokens.js';

export type WordClass =
	| 'determiner'
	| 'possessive'
	| 'pronoun'
	| 'relative'
	| 'preposition'
	| 'conjunction'
	| 'subordinator'
	| 'auxiliary'
	| 'negation'
	| 'adverb'
	| 'number'
	| 'verb'
	| 'participle'
	| 'gerund'
	| 'name'
	| 'noun'
	| 'punctuation';

// Earlier classes win for words in two lists: `her` is a possessive, `one` a number,
// `since` and `after` prepositions.
const closedClasses: readonly [WordClass, readonly string[]][] = [
	['possessive', functionWords.possessives],
	['pronoun', functionWords.pronouns.filter(word => word !== 'one')],
	['relative', functionWords.relatives],
	['number', functionWords.numbers],
	['determiner', functionWords.determiners],
	['preposition', functionWords.prepositions],
	['conjunction', functionWords.conjunctions],
	['subordinator', functionWords.subordinators],
	['auxiliary', functionWords.auxiliaries],
	['negation', functionWords.negations],
	['adverb', functionWords.adverbs],
];

const closedClassOf = new Map<string, WordClass>();
for (const [wordClass, words] of closedClasses) {
	for (const word of words) {
		if (!closedClassOf.has(word)) closedClassOf.set(word, wordClass);
	}
}

const irregularVerbForms = new Set(wordForms.irregularVerbForms);
const nounsInLy = new Set(wordForms.nounsInLy);
const nounsInIng = new Set(wordForms.nounsInIng);

/** Days, months, `yesterday`, and time nouns (`week`, `hours`): never a speaker's head. */
export const timeWords = new Set([
	...timeWordLists.days,
	...timeWordLists.months,
	...timeWordLists.relative,
	...timeWordLists.nouns,
]);

/** Days and months, time words even when capitalised. */
// Time words whatever their case (`Today, for the first time…` opens a sentence with one).
export const calendarWords = new Set([...timeWordLists.days, ...timeWordLists.months, ...timeWordLists.relative]);

/** The class of a word known to the lexicon, whatever its position. */
export function closedClass(lower: string): WordClass | undefined {
	return closedClassOf.get(lower);
}

/** The class an open-class word takes from its form: `-ing`, `-ed`, `-ly`, irregular past forms. */
export function formClass(lower: string): WordClass {
	if (irregularVerbForms.has(lower)) return 'verb';
	if (lower.length > 4 && lower.endsWith('ing') && !nounsInIng.has(lower)) return 'gerund';
	// `need`, `speed`, `bed` are nouns; `-eed` words rarely a past form.
	if (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed')) return 'participle';
	if (lower.length > 3 && lower.endsWith('ly') && !nounsInLy.has(lower)) return 'adverb';
	return 'noun';
}

/** Digits, dots and commas only (`1,150`, `3.5`): `/^[\d.,]+$/` without a regular expression. */
function isNumeral(word: string): boolean {
	if (word.length === 0) return false;
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if (!((code >= 48 && code <= 57) || code === 46 || code === 44)) return false;
	}

	return true;
}

/**
 * The class of one token. `initial` says it opens its sentence (or a quotation), where a
 * capital letter does not make a name.
 */
export function wordClassOf(token: Token, initial: boolean): WordClass {
	if (!token.isWord) return 'punctuation';
	const {lower} = token;
	const known = closedClassOf.get(lower);
	// `US`, `IT`: a word in capitals is a name, not the pronoun.
	if (known !== undefined && !(token.text.length > 1 && isInCapitals(token.text) && !initial)) {
		return known;
	}

	if (isNumeral(lower)) return 'number';
	if (isCapitalised(token.text) && !initial) return 'name';
	const form = formClass(lower);
	return initial && form === 'noun' && isCapitalised(token.text) ? 'name' : form;
}

// Marks after which a word opens a clause (its capital letter makes no name); `:` too.
const clauseOpeners = new Set(['“', '"', '‘', '(', '—', '–', '-', ':']);

/** The classes of a run of tokens, the first opening a sentence. */
export function wordClasses(tokens: readonly Token[]): WordClass[] {
	// Run for every sentence: a set lookup rather than a regular expression per token.
	return tokens.map((token, index) => {
		const previous = tokens[index - 1];
		return wordClassOf(token, previous === undefined || clauseOpeners.has(previous.text));
	});
}
