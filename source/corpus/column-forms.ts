/**
 * Characters that terminals and `string-width` (which Ink lays out with) give different
 * numbers of columns, rewritten into forms they all draw alike, so that a pane's rows
 * and the columns of `compare` stay in line in tmux, xterm.js and the rest.
 *
 * Ink places each grapheme in as many cells as string-width gives it, and the terminal
 * then draws it in as many columns as it sees fit: one column of disagreement on a row
 * moves everything after it, the other pane included. So the text itself must hold no
 * such character. Measured with tmux 3.3a (glibc 2.36), @xterm/headless 6 and
 * string-width 8 (tests/render/terminal-widths.test.ts draws each class in a terminal):
 *
 * - Emoji sequences: tmux draws an emoji joined by U+200D to the next as one cell and
 *   xterm.js, xterm and VTE as its parts; a skin tone is two more columns in tmux 3.3a and
 *   none in tmux 3.4; U+FE0F widens a text-style emoji in tmux 3.4 and string-width but
 *   not in tmux 3.3a or xterm.js. So the joiner goes (in emoji, and in Indic and Arabic
 *   text, where tmux also draws the letter after it inside the cell before), skin tones
 *   go, text-style emoji and keycaps take U+FE0E (text presentation: one column
 *   everywhere), and regional indicators stay only as pairs that make a flag (with
 *   nothing joined to them).
 * - Conjuncts: a virama joins the next consonant into one grapheme (UAX #29 GB9c) that
 *   string-width counts as one column, while terminals draw each consonant in its own:
 *   a zero-width non-joiner after the virama keeps them apart for both.
 * - Prepended letters (Malayalam dot reph and the like) join the next character, which
 *   string-width then does not count: a zero-width non-joiner after them likewise.
 * - Thai and Lao AM (U+0E33, U+0EB3) join the consonant before them into one column for
 *   string-width and take their own column in terminals: they are written as their
 *   compatibility decompositions, nikhahit (niggahita) and AA, as every font draws them.
 * - Conjoining Hangul jamo: string-width and terminals agree on a syllable block
 *   (a leading consonant, a vowel, perhaps a final), and on jamo after a precomposed
 *   syllable, but not on a vowel or final anywhere else (one column against none).
 *   Modern blocks are composed (NFC, the same text); a vowel or final that starts a
 *   block of its own or comes after a complete one becomes its compatibility letter
 *   (U+3131–318E, two columns everywhere), or U+FFFD when it has none.
 */

/* eslint-disable no-misleading-character-class -- classes of lone selectors, skin tones and regional indicators are the point here */

/** Viramas that join the next consonant (Indic_Conjunct_Break=Linker, as Intl.Segmenter has them). */
const conjunctLinkers =
	'\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D\u1039\u17D2\u1A60\u1B44\u1BAB\uA9C0\uAAF6\u{10A3F}\u{11133}\u{113D0}\u{1193E}\u{11A47}\u{11A99}\u{11F42}';
/** Letters that join the character after them (Grapheme_Cluster_Break=Prepend, bar format controls). */
const prependedLetters = '\u0D4E\u{111C2}\u{111C3}\u{113D1}\u{1193F}\u{11941}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}';
/** Letters that join the consonant before them as a spacing mark, and their decompositions. */
const spacingLetters: ReadonlyMap<string, string> = new Map([
	['\u0E33', '\u0E4D\u0E32'],
	['\u0EB3', '\u0ECD\u0EB2'],
]);

const zeroWidthNonJoiner = '\u200C';
const anyLinker = new RegExp(`[${conjunctLinkers}]`, 'u');
// A whole run of what extends a grapheme (marks, selectors, non-joiners), before a letter:
// matched from its first character only, so that a long run is read once.
const extendingRun = /(?<![\p{Grapheme_Extend}\p{M}])[\p{Grapheme_Extend}\p{M}]+(?=\p{L})/gu;
const prepended = new RegExp(`[${prependedLetters}](?!\\u200C)`, 'gu');

const emojiModifier = /[\u{1F3FB}-\u{1F3FF}]/gu;
// With whatever joins them: string-width counts a flag with a mark after it as one column.
const regionalIndicators = /([\u{1F1E6}-\u{1F1FF}]+)[\p{Grapheme_Extend}\p{M}]*/gu;
// A string-property class needs the `v` flag, which TypeScript checks only in literals.
const flag = new RegExp(String.raw`^\p{RGI_Emoji_Flag_Sequence}$`, 'v');
const keycap = /([#*\d])[\uFE0E\uFE0F]?\u20E3/g;
const presentationSelector = /[\uFE0E\uFE0F]/g;
const textPresentation = '\uFE0E';
const emojiPresentation = /\p{Emoji_Presentation}/u;
const emoji = /\p{Emoji}/u;

/** Text with every character in a form terminals and string-width give the same columns. */
export function toColumnForms(text: string): string {
	// AM first: its decomposition is a mark, which a flag before it must not keep.
	let shown = text;
	for (const [letter, decomposition] of spacingLetters) shown = shown.replaceAll(letter, decomposition);
	if (/[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u20E3\uFE0E\uFE0F]/u.test(shown)) shown = emojiForms(shown);
	if (anyLinker.test(shown)) shown = shown.replaceAll(extendingRun, separateConjunct);
	return composeHangul(shown.replaceAll(prepended, `$&${zeroWidthNonJoiner}`));
}

/** A run of marks with a virama in it, and no non-joiner after the virama, gets a non-joiner. */
function separateConjunct(run: string): string {
	for (let index = run.length; index > 0;) {
		const character = codePointBefore(run, index);
		if (character === zeroWidthNonJoiner) return run;
		if (anyLinker.test(character)) return `${run}${zeroWidthNonJoiner}`;
		index -= character.length;
	}

	return run;
}

function emojiForms(text: string): string {
	return text
		.replaceAll(emojiModifier, '')
		.replaceAll(regionalIndicators, (_joined, run: string) => {
			let flags = '';
			for (let index = 0; index + 4 <= run.length; index += 4) {
				const pair = run.slice(index, index + 4);
				if (flag.test(pair)) flags += pair;
			}

			return flags;
		})
		.replaceAll(keycap, `$1${textPresentation}\u20E3`)
		.replaceAll(presentationSelector, (selector, offset: number, whole: string) => {
			const before = codePointBefore(whole, offset);
			// A second selector means nothing.
			if (before === textPresentation || before === '\uFE0F') return '';
			if (emojiPresentation.test(before)) return selector === textPresentation ? '' : selector;
			if (emoji.test(before)) return textPresentation;
			return selector === textPresentation ? selector : '';
		});
}

function codePointBefore(text: string, offset: number): string {
	const low = text.charCodeAt(offset - 1);
	const start = low >= 0xdc_00 && low <= 0xdf_ff && offset >= 2 ? offset - 2 : offset - 1;
	return start < 0 ? '' : String.fromCodePoint(text.codePointAt(start)!);
}

// ---------------------------------------------------------------------------------------
// Hangul

const conjoiningJamo = /[\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]/;
const hangulRun = /[\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uAC00-\uD7A3]+/g;

type Jamo = 'leading' | 'vowel' | 'final' | 'syllable-lv' | 'syllable-lvt';

function jamoKind(code: number): Jamo | undefined {
	if ((code >= 0x11_00 && code <= 0x11_5f) || (code >= 0xa9_60 && code <= 0xa9_7c)) return 'leading';
	if ((code >= 0x11_60 && code <= 0x11_a7) || (code >= 0xd7_b0 && code <= 0xd7_c6)) return 'vowel';
	if ((code >= 0x11_a8 && code <= 0x11_ff) || (code >= 0xd7_cb && code <= 0xd7_fb)) return 'final';
	if (code >= 0xac_00 && code <= 0xd7_a3) return (code - 0xac_00) % 28 === 0 ? 'syllable-lv' : 'syllable-lvt';
	return undefined;
}

/** The compatibility letter (U+3131–318E) for a conjoining vowel or final, where there is one. */
const compatibilityLetters = new Map<number, string>();
for (let code = 0x31_31; code <= 0x31_8e; code++) {
	const letter = String.fromCodePoint(code);
	const jamo = letter.normalize('NFKD');
	if (jamo.length === 1 && jamoKind(jamo.codePointAt(0)!) !== 'leading')
		compatibilityLetters.set(jamo.codePointAt(0)!, letter);
}

// The modern finals decompose to leading consonants, so they are listed in their order.
for (const [index, letter] of [...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'].entries()) {
	compatibilityLetters.set(0x11_a8 + index, letter);
}

/**
 * Where a block stands after each character: what a vowel or final may still join
 * without string-width counting it (`none`: nothing, it would start or overrun a block).
 */
type BlockState =
	| 'none'
	| 'after-leading'
	| 'after-vowel'
	| 'after-final'
	| 'after-syllable-vowel'
	| 'after-syllable-final'
	| 'after-leading-syllable';

function composeHangul(text: string): string {
	if (!conjoiningJamo.test(text)) return text;
	return text.replaceAll(hangulRun, run => (conjoiningJamo.test(run) ? agreedHangul(run.normalize('NFC')) : run));
}

/** One run of Hangul with each vowel and final that string-width would count as a column replaced. */
function agreedHangul(run: string): string {
	let state: BlockState = 'none';
	let result = '';
	for (const character of run) {
		const code = character.codePointAt(0)!;
		const kind = jamoKind(code);
		let next: BlockState | undefined;
		switch (kind) {
			case 'leading': {
				next = 'after-leading';
				break;
			}

			case 'syllable-lv':
			case 'syllable-lvt': {
				// A leading consonant joins a syllable after it; string-width then counts every jamo that follows.
				next =
					state === 'after-leading'
						? 'after-leading-syllable'
						: kind === 'syllable-lv'
							? 'after-syllable-vowel'
							: 'after-syllable-final';
				break;
			}

			case 'vowel': {
				if (state === 'after-leading') next = 'after-vowel';
				else if (state === 'after-syllable-vowel') next = 'after-syllable-vowel';
				break;
			}

			case 'final': {
				if (state === 'after-vowel') next = 'after-final';
				else if (state === 'after-syllable-vowel' || state === 'after-syllable-final') next = 'after-syllable-final';
				break;
			}

			case undefined: {
				next = 'none';
			}
		}

		if (next === undefined) {
			result += compatibilityLetters.get(code) ?? '\uFFFD';
			state = 'none';
		} else {
			result += character;
			state = next;
		}
	}

	return result;
}
