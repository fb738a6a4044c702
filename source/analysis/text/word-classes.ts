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
import givenNameLists from '../vocabulary/given-names.json' with {type: 'json'};
import titleLists from '../vocabulary/titles.json' with {type: 'json'};
import {isCapitalised, isInCapitals, type Token} from './tokens.js';

const allFunctionWords = new Set(Object.values(functionWords).flat());

/** Whether a lower-case word is a function word (a determiner, preposition, auxiliary…), never a content word. */
export function isFunctionWord(word: string): boolean {
	return allFunctionWords.has(word);
}

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
// `agreed`, `freed`: the past of a verb in -ee, where most -eed words are nouns (`need`, `speed`).
const participlesInEed = new Set(wordForms.participlesInEed);

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

// Given names that are also function words (`Will`): a name when capitalised inside a sentence.
const functionWordGivenNames = new Set(
	[...givenNameLists.female, ...givenNameLists.male]
		.map(name => name.toLowerCase())
		.filter(name => closedClassOf.has(name)),
);

/** `Will`: a capitalised word that is a given name as well as a function word. */
export function isGivenNameHomograph(token: Token): boolean {
	return functionWordGivenNames.has(token.lower) && isCapitalised(token.text) && !isInCapitals(token.text);
}

// Given names with a verb's ending (`Jared`, `Alfred`, `Ling`), which the form alone would misread.
const verbLikeGivenNames = new Set(
	[...givenNameLists.female, ...givenNameLists.male]
		.map(name => name.toLowerCase())
		.filter(name => /(?:ed|ing)$/u.test(name)),
);

/** The class of a word known to the lexicon, whatever its position. */
export function closedClass(lower: string): WordClass | undefined {
	return closedClassOf.get(lower);
}

/**
 * The lexicon's class of a token. A word in capitals is a name, not the pronoun, even
 * opening a sentence (`US Senator Jeff Sessions said`).
 */
export function closedClassOfToken(token: Token): WordClass | undefined {
	// Asked of every token: the lexicon first, since most words are not in it.
	const known = closedClassOf.get(token.lower);
	return known === undefined || (token.text.length > 1 && isInCapitals(token.text)) ? undefined : known;
}

/** The class an open-class word takes from its form: `-ing`, `-ed`, `-ly`, irregular past forms. */
export function formClass(lower: string): WordClass {
	if (irregularVerbForms.has(lower)) return 'verb';
	if (lower.length > 4 && lower.endsWith('ing') && !nounsInIng.has(lower)) return 'gerund';
	// `need`, `speed`, `bed` are nouns; `-eed` words rarely a past form.
	if (lower.length > 4 && lower.endsWith('ed') && (!lower.endsWith('eed') || participlesInEed.has(lower))) {
		return 'participle';
	}

	// `used`, `owed`, `aged`: four letters from a vowel (`shed`, `sled` are nouns).
	if (lower.length === 4 && /^[aeiou]\p{L}ed$/u.test(lower)) return 'participle';
	if (lower.length > 3 && lower.endsWith('ly') && !nounsInLy.has(lower)) return 'adverb';
	return 'noun';
}

/** `didn’t`, `can't`: `/n['’]t$/u` read from the last three characters, since every word is asked. */
function endsInNt(lower: string): boolean {
	const last = lower.length - 1;
	if (last < 2 || lower.charCodeAt(last) !== 0x74) return false;
	const apostrophe = lower.charCodeAt(last - 1);
	return (apostrophe === 0x27 || apostrophe === 0x20_19) && lower.charCodeAt(last - 2) === 0x6e;
}

/** `/^\p{Ll}/u`, without a regular expression for ASCII. */
function startsInLowerCase(word: string): boolean {
	const code = word.charCodeAt(0);
	if (code < 128) return code >= 97 && code <= 122;
	return /^\p{Ll}/u.test(word);
}

/** `targets`, not `boss` or `judge’s`: `/[^s'’]s$/u` read from the last two characters. */
function isSForm(lower: string): boolean {
	const last = lower.length - 1;
	if (last < 1 || lower.charCodeAt(last) !== 0x73) return false;
	const before = lower.charCodeAt(last - 1);
	return before !== 0x73 && before !== 0x27 && before !== 0x20_19;
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
	const known = closedClassOfToken(token);
	if (known !== undefined) return known;

	// `didn’t`, `won’t`, `can't`: a negated auxiliary.
	if (endsInNt(lower)) return 'auxiliary';
	if (isNumeral(lower)) return 'number';
	if (isCapitalised(token.text) && !initial) return 'name';
	// `Jared Potts spoke`: a given name that looks like a verb form opens a name.
	if (isCapitalised(token.text) && verbLikeGivenNames.has(lower)) return 'name';
	const form = formClass(lower);
	return initial && form === 'noun' && isCapitalised(token.text) ? 'name' : form;
}

// After these, a word of noun form is a verb's base form: `did not seem`, `will meet`.
const takesBaseForm = new Set(
	'will would shall should can could may might must do does did cannot not never'.split(' '),
);
const opensObject = new Set<WordClass>(['determiner', 'possessive', 'pronoun', 'name', 'number']);

/**
 * A lower-case word read as a noun from its form alone is a verb where its neighbours say so:
 * after a modal or negation (`didn’t seem`), after `to` before its object (`to support
 * fellow…`), and an -s form between a subject and its object (`The ad targets a…`).
 */
function isVerbInContext(tokens: readonly Token[], classes: readonly WordClass[], index: number): boolean {
	const token = tokens[index]!;
	if (classes[index] !== 'noun' || !startsInLowerCase(token.text)) return false;
	const previous = tokens[index - 1];
	const previousClass = classes[index - 1];
	if (previous === undefined) return false;
	if (takesBaseForm.has(previous.lower) || endsInNt(previous.lower)) return !token.lower.endsWith('s');
	const nextClass = classes[index + 1];
	// `Clinton supports “appropriate pay raises”`: after a name, a quotation can be the object
	// too (after a noun the -s word is as often a plural: `their business ventures “…”`).
	const quotedObject = previousClass === 'name' && ['“', '"', '‘'].includes(tokens[index + 1]?.text ?? '');
	if (nextClass === undefined || (!opensObject.has(nextClass) && !quotedObject)) return false;
	if (previous.lower === 'to') return !token.lower.endsWith('s');
	// `judge’s`, `boss`: a possessive or a noun in -ss is no -s verb form.
	return isSForm(token.lower) && (previousClass === 'noun' || previousClass === 'name');
}

// `retired neurosurgeon Ben Carson`, `acting director`: title modifiers that look like verb forms.
const titleModifierForms = new Set(titleLists.modifiers.filter(word => formClass(word) !== 'noun'));

/** The class a word takes from its neighbours, where they overrule its form. */
function classInContext(tokens: readonly Token[], classes: readonly WordClass[], index: number): WordClass {
	const next = classes[index + 1];
	if (titleModifierForms.has(tokens[index]!.lower) && (next === 'noun' || next === 'name')) return 'noun';
	// `Cruz’s thinking`, `his reasoning`: an -ing form after an owner is a noun.
	if (classes[index] === 'gerund' && index > 0) {
		const previous = tokens[index - 1]!;
		if (classes[index - 1] === 'possessive' || /\p{L}['’]s$/u.test(previous.text)) return 'noun';
	}

	// `said Will Doyle`, `, Will urged`: a given name that is also a function word, capitalised
	// inside a sentence, is the name.
	if (index > 0 && isGivenNameHomograph(tokens[index]!)) {
		const previous = tokens[index - 1]!.text;
		if (!clauseOpeners.has(previous)) return 'name';
	}

	// `Will Estrada said.` opening a sentence: a given name, a surname and a past form (not
	// `Will Trump win?`).
	if (index === 0 && isGivenNameHomograph(tokens[0]!) && next === 'name') {
		const third = tokens[2];
		const past = third !== undefined && (classes[2] === 'participle' || irregularVerbForms.has(third.lower));
		if (past || third?.text === ',') return 'name';
	}
	// `Husted continued`, `Boreing said`: a capitalised -ed or -ing word opening the sentence,
	// right before a verb, is its subject's name (`Reported cases rose` has a noun after it).
	if (
		index === 0 &&
		(classes[0] === 'participle' || classes[0] === 'gerund') &&
		isCapitalised(tokens[0]!.text) &&
		!irregularVerbForms.has(tokens[0]!.lower) &&
		(next === 'verb' || next === 'participle')
	) {
		return 'name';
	}

	return isVerbInContext(tokens, classes, index) ? 'verb' : classes[index]!;
}

// Marks after which a word opens a clause (its capital letter makes no name); `:` too.
const clauseOpeners = new Set(['“', '"', '‘', '(', '—', '–', '-', ':']);

/**
 * A straight `"` closes a quotation against the word before it, or right after the opening
 * mark when the quotation's words were left out: `"…cratering," Texas-based`.
 */
function isClosingMark(tokens: readonly Token[], index: number): boolean {
	const before = tokens[index - 1];
	if (tokens[index]!.text !== '"' || before === undefined) return false;
	return before.end === tokens[index]!.start || before.text === '"' || before.text === '“';
}

/** The classes of a run of tokens, the first opening a sentence. */
export function wordClasses(tokens: readonly Token[]): WordClass[] {
	// Run for every sentence: a set lookup rather than a regular expression per token.
	const classes = tokens.map((token, index) => {
		const previous = tokens[index - 1];
		return wordClassOf(
			token,
			previous === undefined || (clauseOpeners.has(previous.text) && !isClosingMark(tokens, index - 1)),
		);
	});
	return classes.map((_wordClass, index) => classInContext(tokens, classes, index));
}
