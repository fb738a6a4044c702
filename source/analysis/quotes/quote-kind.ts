/**
 * Full quotation, partial quotation, or scare/term quote, judged from the quoted
 * words and the words around them:
 * - full: a sentence or more, standing on its own (`“Russia is getting what it deserves.”`);
 * - term: a short name for something (`as a “buffer zone”`, `“sabotage” activities`);
 * - partial: a fragment inside reported speech (`vowed to “dislodge”`).
 */

import type {QuoteKind, Span} from '../../model.js';

const termIntroducers = new Set(
	(
		'a an the this these those its their his her our your so-called called dubbed termed labelled labeled ' +
		'branded named nicknamed what'
	).split(' '),
);
// Words that follow a quoted fragment in running prose; anything else lower-case is a noun it modifies.
const functionWords = new Set(
	(
		'the a an and or but nor to in on at of for with by from into onto over under about as than that which who whom is are ' +
		'was were be been being has have had will would could should may might can must do does did not so then ' +
		'if when while because after before since until unless though although where its their his her it they he ' +
		'she we you i this these those there here also even just only said says say told adding saying according ' +
		'once until unless whereas whenever'
	).split(' '),
);
const speechIntroducers =
	/(?:\b(?:said|says|say|told|asked|added|wrote|stated|declared|insisted|warned|saying|adding|writing)|:)\s*$/i;

function wordCount(text: string): number {
	return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length;
}

/** `\w`: an ASCII letter or digit, or `_`. */
function isWordCharacter(character: string): boolean {
	if (character.length !== 1) return false;
	const code = character.charCodeAt(0);
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** `[\p{L}-]`: a letter or a hyphen. */
function isWordLetter(character: string): boolean {
	const code = character.charCodeAt(0);
	if (character.length === 1 && code < 128)
		return code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	return /\p{L}/u.test(character);
}

/**
 * What `/([\p{L}-]+)\W*$/u` captures in `text`, read backwards instead: that pattern is
 * tried from every position and costs microseconds on the 80 characters before each
 * quotation. The match is the first run of letters that reaches the trailing run of
 * `\W`: the run holding the letter right before it, else the first run inside it.
 */
export function lastWordOf(text: string): string | undefined {
	const characters = Array.from(text); // Code points, as the `u` pattern reads them.
	let trailing = characters.length;
	while (trailing > 0 && !isWordCharacter(characters[trailing - 1]!)) trailing--;
	let start = trailing;
	if (trailing > 0 && isWordLetter(characters[trailing - 1]!)) {
		start = trailing - 1;
		while (start > 0 && isWordLetter(characters[start - 1]!)) start--;
	} else {
		while (start < characters.length && !isWordLetter(characters[start]!)) start++;
		if (start === characters.length) return undefined;
	}

	let end = start;
	while (end < characters.length && isWordLetter(characters[end]!)) end++;
	return characters.slice(start, end).join('');
}

/** Classifies a quotation; `open`/`close` are the positions of its marks, `sentence` the sentence holding it. */
export function classifyQuote(text: string, inner: Span, open: number, close: number, sentence: Span): QuoteKind {
	const quoted = text.slice(inner.start, inner.end);
	const before = text.slice(Math.max(sentence.start, open - 80), open);
	const after = text.slice(close, Math.min(text.length, close + 40));
	const previousWord = lastWordOf(before)?.toLowerCase();
	const nextWord = /^\s*([\p{L}-]+)/u.exec(after)?.[1];
	const words = wordCount(quoted);
	const startsSentence = /^(?:\.{3}|…)?\s*["'‘“(]?[\p{Lu}\p{N}]/u.test(quoted);
	const endsSentence = /[.!?…]["'’”)]*$/u.test(quoted);
	const standsAlone = before.trim() === '' || /[.!?:,;—–-]["'”’]?\s*$/u.test(before) || speechIntroducers.test(before);

	// `“It’s fine,” Trump said`: a short sentence cut by its attribution; `“Law and Order,”` is a title.
	const shortSentence = /,["'’”)]*$/u.test(quoted) && /\s\p{Ll}/u.test(quoted);
	if (standsAlone && startsSentence && (words >= 3 || endsSentence || shortSentence)) {
		return 'full';
	}

	// A full stop or comma inside the marks is American punctuation, not part of a term.
	if (words <= 4 && !/[!?]["'’”)]*$/u.test(quoted)) {
		const introducedAsTerm = previousWord !== undefined && termIntroducers.has(previousWord);
		// `“sabotage” activities`: a word or two qualifying the noun after it.
		const modifiesNoun =
			words <= 2 &&
			nextWord !== undefined &&
			/^\p{Ll}/u.test(nextWord) &&
			!functionWords.has(nextWord) &&
			!/(?:ed|ly)$/.test(nextWord);
		if (introducedAsTerm || modifiesNoun) {
			return 'term';
		}
	}

	return 'partial';
}
