/**
 * Noun-phrase boundaries over word classes (../text/word-classes.ts), so that a speaker is
 * a noun phrase and never a clause fragment: it starts at a determiner, a possessive, a
 * number, a name or a noun (never `If`, `Adding`, `According`, `Although`), it ends at a
 * name or noun that is not possessive (never `His`, `The candidate’s`), and it takes a
 * prepositional phrase only where English attaches one to a noun (`Ms. Park of the
 * Farmers Union`), not a time (`Insiders in the next two weeks`).
 */

import {isCapitalised, isPossessive, type Token} from '../text/tokens.js';
import {calendarWords, timeWords, type WordClass} from '../text/word-classes.js';
import {organisationNouns, titleModifiers} from './speaker-words.js';

/** Tokens of one sentence with their classes; indices are shared. */
export type ClassedTokens = {
	readonly tokens: readonly Token[];
	readonly classes: readonly WordClass[];
};

/** An inclusive range of token indices. */
export type TokenRange = {readonly start: number; readonly end: number};

// Quantifiers that stand alone for people: `another said`, `some chanted`, `many say`.
const standAloneDeterminers = new Set([
	'another',
	'some',
	'many',
	'most',
	'several',
	'both',
	'all',
	'few',
	'one',
	'others',
	'each',
]);
// Longer than any speaker phrase in news prose; bounds the work on a sentence of a thousand names.
const maxPhraseTokens = 24;
const nominal = new Set<WordClass>(['name', 'noun', 'number']);
const joiners = new Set(['-', '/', '&']);

/** `NBC News/Wall Street Journal`, `AT & T`; a hyphen with spaces round it is a dash (`problematic - Pew Research`). */
function joins(phrase: ClassedTokens, index: number): boolean {
	const token = phrase.tokens[index]!;
	if (!joiners.has(token.text)) return false;
	if (token.text !== '-') return true;
	const previous = phrase.tokens[index - 1];
	const next = phrase.tokens[index + 1];
	return previous?.end === token.start && next?.start === token.end;
}
// Prepositions that attach to a noun before them: `officials in Iowa`, `a spokesman for X`.
const attachingLeft = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'within', 'inside', 'by', 'on']);
// After a name only `of` attaches (`Patricia Moran of Cheyenne`); `said Moran in a statement` is where.
const attachingAfterName = new Set(['of']);
const attachingAfterNoun = new Set(['of', 'for', 'at', 'from', 'with', 'within', 'inside']);
const organisationJoiners = new Set(['of', 'for', 'on']);

/**
 * Days, months, `yesterday`, a year, and time nouns written in lower case (`The New York
 * Times` is no time); `May` after a given name is one (`Theresa May`), so it is left out.
 */
export function isTimeWord(token: Token): boolean {
	// A year is four characters: most words need no pattern.
	if (token.text.length === 4 && /^(?:19|20)\d\d$/.test(token.text)) return true;
	if (!timeWords.has(token.lower) || token.text === 'May') return false;
	return !isCapitalised(token.text) || calendarWords.has(token.lower);
}

/** A name, noun or number; a time word only as an owner (`Tuesday’s ruling`). */
function isNominal(phrase: ClassedTokens, index: number): boolean {
	const token = phrase.tokens[index]!;
	return nominal.has(phrase.classes[index]!) && (!isTimeWord(token) || isPossessive(token.text));
}

/** A token that can end (head) a noun phrase; not the day of a date (`November 12`). */
function canHead(phrase: ClassedTokens, index: number): boolean {
	const token = phrase.tokens[index]!;
	const previous = phrase.tokens[index - 1];
	const isDay = phrase.classes[index] === 'number' && previous !== undefined && isTimeWord(previous);
	return isNominal(phrase, index) && !isPossessive(token.text) && !isDay;
}

/** Whether the words from `start` to `end` are a time: `the next two weeks`, `Tuesday`, `2015`. */
function isTimeObject(phrase: ClassedTokens, start: number, end: number): boolean {
	return isTimeWord(phrase.tokens[end]!) || (start === end && phrase.classes[end] === 'number');
}

/**
 * The start of the noun phrase whose last word is `end`, or undefined when that word
 * cannot end one. Walks left over modifiers, joiners and attached prepositional phrases.
 */
export function phraseEndingAt(phrase: ClassedTokens, end: number): number | undefined {
	const {tokens, classes} = phrase;
	if (end < 0 || end >= tokens.length) return undefined;
	const last = tokens[end]!;
	if (classes[end] === 'pronoun') return end;
	if (classes[end] === 'determiner' && standAloneDeterminers.has(last.lower)) return end;
	if (!canHead(phrase, end)) return undefined;
	let start = end;
	let index = end - 1;
	while (index >= 0 && end - index <= maxPhraseTokens) {
		const token = tokens[index]!;
		const wordClass = classes[index]!;
		if (isNominal(phrase, index)) {
			start = index;
		} else if ((wordClass === 'participle' || wordClass === 'gerund') && index > 0) {
			// `the governing party`, `a retired general`: kept only if a determiner or noun precedes.
			start = index;
		} else if (joins(phrase, index) && index > 0 && isNominal(phrase, index - 1)) {
			start = index;
		} else if (
			wordClass === 'adverb' &&
			index > 0 &&
			classes[index - 1] === 'determiner' &&
			(start < end || titleModifiers.has(token.lower))
		) {
			// `The nearly 90-second ad`; `the first lady`, where the adverb is a title's modifier.
			start = index;
		} else if (
			wordClass === 'number' &&
			index > 0 &&
			(classes[index - 1] === 'determiner' || classes[index - 1] === 'possessive')
		) {
			// `a 2002 psychology class`, `the three Democratic senators`.
			start = index;
		} else if (wordClass === 'determiner' || wordClass === 'possessive') {
			start = index;
			if (!attachesBefore(phrase, index, end)) break;
			start = index - 1;
			index -= 2;
			continue;
		} else if (attachingLeft.has(token.lower) && attachesBefore(phrase, index + 1, end)) {
			start = index;
		} else {
			break;
		}

		index--;
	}

	// A participle or gerund modifies a noun only after a determiner or number (`the accused
	// gunman`, `one sweeping question`); otherwise it is a verb and the phrase starts after it:
	// `Adding`, `Gowdy referenced a…`.
	if (classes[start] !== 'determiner' && classes[start] !== 'possessive' && classes[start] !== 'number') {
		for (let at = end; at >= start; at--) {
			if (classes[at] === 'participle' || classes[at] === 'gerund' || classes[at] === 'verb') {
				start = at + 1;
				break;
			}
		}
	}

	while (start < end && !opensPhrase(phrase, start)) start++;
	return opensPhrase(phrase, start) ? start : undefined;
}

/**
 * Whether the phrase starting at `objectStart` is the object of a preposition at
 * `objectStart - 1` attached to a noun before it: `members [of] [the committee]`.
 */
function attachesBefore(phrase: ClassedTokens, objectStart: number, end: number): boolean {
	const preposition = phrase.tokens[objectStart - 1];
	if (!preposition || !attachingLeft.has(preposition.lower)) return false;
	if (objectStart - 2 < 0 || !isNominal(phrase, objectStart - 2)) return false;
	return !isTimeObject(phrase, objectStart, end) && !isPossessive(phrase.tokens[objectStart - 2]!.text);
}

function opensPhrase(phrase: ClassedTokens, index: number): boolean {
	const wordClass = phrase.classes[index]!;
	const token = phrase.tokens[index]!;
	if (wordClass === 'determiner') return token.lower !== 'that';
	return wordClass === 'possessive' || wordClass === 'pronoun' || isNominal(phrase, index);
}

/**
 * The end of the noun phrase that starts at `start` (`said [the ruling]`, `said [Patricia Moran
 * of Cheyenne]`), or undefined when no phrase starts there.
 */
export function phraseStartingAt(phrase: ClassedTokens, start: number): number | undefined {
	const {tokens, classes} = phrase;
	if (start >= tokens.length || !opensPhrase(phrase, start)) return undefined;
	if (classes[start] === 'pronoun') return start;
	let end = -1;
	let index = start;
	if (classes[start] === 'determiner' || classes[start] === 'possessive') {
		if (standAloneDeterminers.has(tokens[start]!.lower) && !startsNoun(phrase, start + 1)) return start;
		index++;
	}

	while (index < tokens.length && index - start <= maxPhraseTokens) {
		const token = tokens[index]!;
		const wordClass = classes[index]!;
		// `a 2008 Clinton veteran`, `the 2016 race`: a year between the determiner and a noun modifies it.
		const modifyingYear = wordClass === 'number' && end === -1 && index === start + 1 && isNominal(phrase, index + 1);
		if (isTimeWord(token) && !isPossessive(token.text) && !modifyingYear) break;
		if (modifyingYear) {
			// A modifier, never the head.
		} else if (isNominal(phrase, index)) {
			end = index;
		} else if (
			(wordClass === 'participle' || wordClass === 'gerund') &&
			index > start &&
			(end === -1 || (end === start && classes[start] === 'number')) &&
			isNominal(phrase, index + 1)
		) {
			// `the governing party`: a modifier between the determiner and the noun.
		} else if (wordClass === 'adverb' && end === -1 && index === start + 1) {
			// `the nearly 90-second ad`.
		} else if (joins(phrase, index) && end === index - 1 && isNominal(phrase, index + 1)) {
			// `NBC News/Wall Street Journal`.
		} else {
			break;
		}

		index++;
	}

	if (end === -1 || isPossessive(tokens[end]!.text)) return undefined;
	// `of the New York delegation`, `a spokesman for the campaign`.
	const next = tokens[end + 1];
	const afterName = classes[end] === 'name';
	// `the Institute for the Study of War`, `the Committee on Ways and Means`: a capitalised
	// organisation word takes a capitalised object as part of its name.
	const namesOrganisation =
		afterName && organisationNouns.has(tokens[end]!.lower) && organisationJoiners.has(next?.lower ?? '');
	if (next && (namesOrganisation || (afterName ? attachingAfterName : attachingAfterNoun).has(next.lower))) {
		const objectEnd = phraseStartingAt(phrase, end + 2);
		const capitalisedObject =
			objectEnd !== undefined &&
			tokens
				.slice(end + 2, objectEnd + 1)
				.every(
					token => isCapitalised(token.text) || token.lower === 'the' || token.lower === 'of' || token.lower === 'and',
				);
		if (
			objectEnd !== undefined &&
			(!namesOrganisation || capitalisedObject) &&
			!isTimeObject(phrase, end + 2, objectEnd) &&
			classes[end + 2] !== 'pronoun'
		) {
			return objectEnd;
		}
	}

	return end;
}

function startsNoun(phrase: ClassedTokens, index: number): boolean {
	if (index >= phrase.tokens.length) return false;
	// `another leading Supreme Court advocate`, `one unaligned Republican strategist`: a
	// participle modifying the noun after it.
	const modifier = phrase.classes[index] === 'participle' || phrase.classes[index] === 'gerund';
	return isNominal(phrase, index) || (modifier && index + 1 < phrase.tokens.length && isNominal(phrase, index + 1));
}

/** The tokens of a range. */
export function tokensOf(phrase: ClassedTokens, range: TokenRange): Token[] {
	return phrase.tokens.slice(range.start, range.end + 1);
}
