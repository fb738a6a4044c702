/**
 * The parts of an article above its body: a headline when the first line is a
 * title, a dateline such as `KYIV:` or `LONDON (Reuters) -`, and a short title.
 */

import {endsLikeSentence, minorWords} from './boilerplate.js';
import {sliceWhole} from './sanitize.js';

/**
 * The first paragraph is a headline when it is short, unpunctuated, and followed by more
 * text; punctuated too, on one line, when the body after it opens with a dateline (wire
 * copy: `Clinton camp: Trump’s plan threatens security.` ¶ `WASHINGTON (AP) — …`).
 */
export function isHeadline(first: string, rest: readonly string[]): boolean {
	const words = first.split(/\s+/).length;
	const endsAsQuestion = /[?!]["'”’]?$/.test(first);
	const beforeDateline = !first.includes('\n') && findDateline(rest[0] ?? '') !== undefined;
	return (
		rest.length > 0 &&
		first.length <= 200 &&
		words <= 30 &&
		(!endsLikeSentence(first) || endsAsQuestion || isTitleCase(first) || beforeDateline)
	);
}

/**
 * Every word but the small ones capitalised: a title even with a full stop after it
 * (`Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’`); a sentence
 * has its verb in lower case.
 */
export function isTitleCase(line: string): boolean {
	// Asked of every sentence of an analysed article: one word at a time, stopping at the
	// first major word in lower case (the verb of a sentence comes early), with the
	// regular expressions only for what ASCII cannot answer.
	let major = 0;
	wordPattern.lastIndex = 0;
	for (let match = wordPattern.exec(line); match !== null; match = wordPattern.exec(line)) {
		const word = match[0].replace(leadingMarks, '');
		if (!startsWithLetter(word) || minorWords.has(word.toLowerCase().replace(trailingMarks, ''))) continue;
		if (!startsWithCapital(word)) return false;
		major++;
	}

	return major >= 4;
}

const wordPattern = /\S+/g;
const leadingMarks = /^["'“‘(]+/u;
const trailingMarks = /[.,:;!?"'”’)]+$/u;

function startsWithLetter(word: string): boolean {
	const code = word.charCodeAt(0);
	if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
	return /^\p{L}/u.test(word);
}

function startsWithCapital(word: string): boolean {
	const code = word.charCodeAt(0);
	if (code < 128) return code >= 65 && code <= 90;
	return /^\p{Lu}/u.test(word);
}

const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const upperPlace = "\\p{Lu}[\\p{Lu}'’.-]+(?:[ -]\\p{Lu}[\\p{Lu}'’.-]+)*";
const titlePlace = "\\p{Lu}[\\p{L}'’.-]+(?:[ -]\\p{Lu}[\\p{L}'’.-]+)*";
const agency = '\\((?:AP|AFP|Reuters|dpa|Xinhua|Interfax|TASS|Ukrinform|UNIAN|CNN|BBC|Bloomberg|[A-Z]{2,6})\\)';
const dateline = new RegExp(
	'^(' +
		`(?:${upperPlace}(?:, ${titlePlace})?(?:,? ${month} \\d{1,2}(?:, \\d{4})?)?(?: ${agency})?` +
		`|${titlePlace}(?:, ${titlePlace})?(?:,? ${month} \\d{1,2}(?:, \\d{4})?)? ${agency})` +
		')\\s*(?::|—|–|--|-)\\s+(?=["“‘\'\\p{Lu}\\d])',
	'u',
);

// Capitalised lead-in labels that are not places.
const labels =
	/^(?:BREAKING(?: NEWS)?|UPDATE[DS]?|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|COMMENT|FACT CHECK|EXPLAINER|NOTE|CORRECTION|READ MORE|RELATED|PHOTOS?|VIDEO)$/;

const datelineReach = 160;

/** Length of the dateline text and of the whole prefix (with its punctuation), when there is one. */
export function findDateline(paragraph: string): {readonly length: number; readonly prefix: number} | undefined {
	// A dateline is a short lead-in: looking at the paragraph's start only keeps the
	// pattern's backtracking short (it took milliseconds per lead on whole paragraphs).
	const match = dateline.exec(paragraph.slice(0, datelineReach));
	if (!match || labels.test(match[1]!)) {
		return undefined;
	}

	return {length: match[1]!.length, prefix: match[0].length};
}

const titleLength = 80;

/** A short title from a lead sentence: the whole sentence when short, else a clause or words and an ellipsis. */
export function titleFromLead(sentence: string): string {
	const trimmed = sentence.trim();
	// Only the end can hold the final stops; a long run of them elsewhere must not cost time.
	const bare = trimmed.slice(0, -20) + trimmed.slice(-20).replace(/[.!?]+$/, '');
	if (bare.length <= titleLength) {
		return bare;
	}

	const clause = /^(.{40,78}?)(?:,|;| —| –) /u.exec(bare);
	if (clause) {
		return `${clause[1]}…`;
	}

	const cut = sliceWhole(bare, titleLength - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}
