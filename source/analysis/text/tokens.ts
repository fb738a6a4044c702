/**
 * Word and punctuation tokens with offsets, for the pattern rules of the analysis.
 * Words keep inner apostrophes, hyphens and abbreviation dots (`Ukraine’s`,
 * `state-controlled`, `U.S.`, `Gen.`); everything else is one punctuation token.
 */

export type Token = {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	/** A word (letters or digits) rather than punctuation. */
	readonly isWord: boolean;
	/** The text in lower case, computed once since every rule compares it. */
	readonly lower: string;
};

// The tokens as a pattern: dotted abbreviations (`U.S.`, `p.m.`), words with inner
// apostrophes, hyphens, dots and commas (decimals, `1,150`), any other single
// character. `tokenize` scans by hand to the same result, several times faster than
// running this pattern (the tests hold the two to each other).
export const tokenPattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,-](?=[\p{L}\p{N}]))*|\S/gu;
// A trailing dot is kept only for known short abbreviations: titles, months, company forms.
const dottedTitles =
	/^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Gov|Sen|Rep|Rev|Prof|Pres|St|Jr|Sr|No|Inc|Corp|Ltd|Co|Bros|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

// Character classes, by code point: ASCII by arithmetic, the rest looked up once.
const letter = 1;
const letterOrNumber = 2;
const mark = 4;
const space = 8;
const classCache = new Map<number, number>();

function classOf(code: number): number {
	if (code < 128) {
		if ((code | 32) >= 97 && (code | 32) <= 122) return letter | letterOrNumber;
		if (code >= 48 && code <= 57) return letterOrNumber;
		return code === 32 || (code >= 9 && code <= 13) ? space : 0;
	}

	let flags = classCache.get(code);
	if (flags === undefined) {
		const character = String.fromCodePoint(code);
		flags =
			(/\p{L}/u.test(character) ? letter | letterOrNumber : 0) |
			(/\p{N}/u.test(character) ? letterOrNumber : 0) |
			(/\p{M}/u.test(character) ? mark : 0) |
			(/\s/u.test(character) ? space : 0);
		classCache.set(code, flags);
	}

	return flags;
}

/** The code point at `index`, or -1 at or past `end`; a lone surrogate (or half a pair cut by `end`) is itself. */
function codeAt(text: string, index: number, end: number): number {
	if (index >= end) return -1;
	const code = text.codePointAt(index)!;
	return code > 0xff_ff && index + 1 >= end ? text.charCodeAt(index) : code;
}

const width = (code: number) => (code > 0xff_ff ? 2 : 1);
const innerPunctuation = new Set([0x27, 0x20_19, 0x2e, 0x2c, 0x2d]); // ' ’ . , -

/** Where the token starting at `start` ends, exactly as `tokenPattern` would match it. */
function tokenEnd(text: string, start: number, end: number): number {
	const first = codeAt(text, start, end);
	// Two or more letter-dot pairs: `U.S.`
	let index = start;
	let pairs = 0;
	for (let code = first; code !== -1 && classOf(code) & letter; code = codeAt(text, index, end)) {
		if (codeAt(text, index + width(code), end) !== 0x2e) break;
		index += width(code) + 1;
		pairs++;
	}

	if (pairs >= 2) return index;
	if (!(classOf(first) & letterOrNumber)) return start + width(first);
	index = start + width(first);
	for (;;) {
		const code = codeAt(text, index, end);
		if (code === -1) return index;
		if (classOf(code) & (letterOrNumber | mark)) {
			index += width(code);
		} else if (innerPunctuation.has(code) && classOf(codeAt(text, index + 1, end)) & letterOrNumber) {
			index++;
		} else {
			return index;
		}
	}
}

/** `M` in `Edward M. Kennedy`: one capital letter, its dot, a space and a capitalised word. */
function isInitial(text: string, word: string, dot: number, end: number): boolean {
	if (word.length !== 1 || dot + 2 >= end) return false;
	const letter = word.charCodeAt(0);
	const next = text.charCodeAt(dot + 2);
	return letter >= 65 && letter <= 90 && text.charCodeAt(dot + 1) === 0x20 && next >= 65 && next <= 90;
}

/**
 * `word.toLowerCase()`, the same string when it has no capital: V8 copies the string even
 * then, and most words of a text are in lower case already.
 */
function lowerCase(word: string): string {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if ((code >= 65 && code <= 90) || code >= 128) return word.toLowerCase();
	}

	return word;
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
	const tokens: Token[] = [];
	let index = start;
	while (index < end) {
		const code = codeAt(text, index, end);
		if (classOf(code) & space) {
			index += width(code);
			continue;
		}

		let wordEnd = tokenEnd(text, index, end);
		let word = text.slice(index, wordEnd);
		// `Gen.` keeps its dot so that it reads as a title, not a sentence end; so does an initial
		// inside a name (`Edward M. Kennedy`).
		if (
			wordEnd < end &&
			text.charCodeAt(wordEnd) === 0x2e &&
			(dottedTitles.test(word) || isInitial(text, word, wordEnd, end))
		) {
			word += '.';
			wordEnd++;
		}

		// `code` is the token's first code point, as `word.codePointAt(0)` would read it.
		const isWord = (classOf(code) & letterOrNumber) !== 0;
		tokens.push({text: word, start: index, end: wordEnd, isWord, lower: lowerCase(word)});
		index = wordEnd;
	}

	return tokens;
}

const apostrophe = 0x27;
const rightQuote = 0x20_19; // ’
const letterS = 0x73;
const isApostrophe = (code: number) => code === apostrophe || code === rightQuote;

/** The word without a possessive ending: `Ukraine’s` → `Ukraine`. */
export function withoutPossessive(word: string): string {
	// Asked of nearly every capitalised word: one that ends in neither `s` nor an
	// apostrophe has no ending to take off, and needs no regular expression.
	const last = word.charCodeAt(word.length - 1);
	if (last !== letterS && !isApostrophe(last)) return word;
	return word.replace(/['’]s$/u, '').replace(/s['’]$/u, 's');
}

/** `Ukraine’s`, `officials'`: `/['’]s$|s['’]$/u` read from the last two characters. */
export function isPossessive(word: string): boolean {
	const last = word.charCodeAt(word.length - 1);
	const before = word.charCodeAt(word.length - 2);
	return (last === letterS && isApostrophe(before)) || (isApostrophe(last) && before === letterS);
}

/**
 * Whether the word has nothing to put in upper case (`US`, `IT`, `2024`): `word ===
 * word.toUpperCase()`, without making the copy for a word that starts in lower-case ASCII.
 */
export function isInCapitals(word: string): boolean {
	const first = word.charCodeAt(0);
	if (first >= 97 && first <= 122) return false;
	// `Obama`: a lower-case ASCII letter second answers it too.
	const second = word.charCodeAt(1);
	if (second >= 97 && second <= 122) return false;
	return word === word.toUpperCase();
}

export function isCapitalised(word: string): boolean {
	const code = word.charCodeAt(0);
	// Called for nearly every word: ASCII without a regular expression.
	if (code < 128) return code >= 65 && code <= 90;
	return /^\p{Lu}/u.test(word);
}

/**
 * The tokens of each of an article's sentences. Every analysis of the article reads
 * them, so they are made once per article and passed along, then dropped: kept for a
 * whole corpus they would take more memory than the text.
 */
export function sentenceTokens(article: {
	readonly text: string;
	readonly sentences: readonly {start: number; end: number}[];
}): Token[][] {
	return article.sentences.map(sentence => tokenize(article.text, sentence.start, sentence.end));
}
