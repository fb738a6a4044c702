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

// Dotted abbreviations (`U.S.`, `p.m.`), words with inner apostrophes/hyphens/dots
// (decimals, `1,150`), and a trailing dot only for known short abbreviations (see below).
const tokenPattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,-](?=[\p{L}\p{N}]))*|\S/gu;
const dottedTitles =
	/^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Gov|Sen|Rep|Rev|Prof|Pres|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
	const tokens: Token[] = [];
	tokenPattern.lastIndex = start;
	const source = text.slice(0, end);
	let match: RegExpExecArray | null;
	while ((match = tokenPattern.exec(source)) !== null) {
		let word = match[0];
		let wordEnd = match.index + word.length;
		// `Gen.` keeps its dot so that it reads as a title, not a sentence end.
		if (dottedTitles.test(word) && source[wordEnd] === '.') {
			word += '.';
			wordEnd++;
			tokenPattern.lastIndex = wordEnd;
		}

		tokens.push({
			text: word,
			start: match.index,
			end: wordEnd,
			isWord: /[\p{L}\p{N}]/u.test(word[0]!),
			lower: word.toLowerCase(),
		});
	}

	return tokens;
}

/** The word without a possessive ending: `Ukraine’s` → `Ukraine`. */
export function withoutPossessive(word: string): string {
	return word.replace(/['’]s$/u, '').replace(/s['’]$/u, 's');
}

export function isPossessive(word: string): boolean {
	return /['’]s$|s['’]$/u.test(word);
}

export function isCapitalised(word: string): boolean {
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
