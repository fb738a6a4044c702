/**
 * Terminal column widths. Wide (CJK, most emoji) characters take two columns and
 * combining marks or zero-width joiners none, so columns stay aligned in the panes.
 *
 * Measured a grapheme at a time, in time linear in the text: in Node 20, each step of
 * an `Intl.Segmenter` iterator copies the whole string it segments (V8 11), so
 * segmenting a paragraph costs its length squared (129 s for 64 kB). Characters that
 * never join their neighbours (letters, digits, punctuation, ideographs, precomposed
 * syllables) are measured one by one from a table; only the stretches around those
 * that do (marks, joiners, emoji sequences, conjoining jamo) go to the segmenter, in
 * windows of a few dozen characters.
 */

import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter('en', {granularity: 'grapheme'});

/** Characters handed to the segmenter at once (more when one grapheme is longer). */
const windowLength = 64;

/**
 * Characters that can join a neighbour into one grapheme (UAX #29): marks and other
 * extenders, spacing marks (and Thai and Lao AM), prepended marks, format and control
 * characters, conjoining Hangul jamo (precomposed syllables join only jamo), regional
 * indicators, Kirat Rai vowel signs (which ICU joins like spacing marks), and unassigned
 * code points. Between two characters outside this set there is always a grapheme
 * boundary (tests/render/text-width.test.ts checks every code point).
 */
const joining =
	/[\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Mc}\p{Cf}\p{Cc}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Regional_Indicator}\u0E33\u0EB3\u0D4E\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{111C2}\u{111C3}\u{113D1}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\u{16D63}\u{16D67}-\u{16D6A}]/u;

// Per code point, once seen: 1 + its width when it stands alone, `joins` when it may join a neighbour.
const joins = 4;
const bmpProperties = new Uint8Array(0x1_00_00);
const astralProperties = new Map<number, number>();

function properties(codePoint: number): number {
	let known = codePoint < 0x1_00_00 ? bmpProperties[codePoint]! : (astralProperties.get(codePoint) ?? 0);
	if (known === 0) {
		const character = String.fromCodePoint(codePoint);
		known = joining.test(character) ? joins : 1 + stringWidth(character);
		if (codePoint < 0x1_00_00) bmpProperties[codePoint] = known;
		else astralProperties.set(codePoint, known);
	}

	return known;
}

/**
 * Marks that join the character before them and nothing after them (UAX #29 Extend
 * and SpacingMark), as the segmenter itself says, asked once per mark: not the
 * joiners, whose rules look at both sides, nor the viramas that link consonants into
 * one cluster.
 */
const markCandidate = /^(?![\u200C\u200D])[\p{M}\p{Emoji_Modifier}]$/u;
const graphemeCount = (text: string) => [...graphemes.segment(text)].length;

function joinsOnlyBefore(mark: string): boolean {
	return (
		markCandidate.test(mark) && graphemeCount(`a${mark}\u0915`) === 2 && graphemeCount(`\u0915${mark}\u0915`) === 2
	);
}

/** Memoised per code point (BMP): 0 not yet asked, 1 no, 2 yes. */
function bmpAnswer(answers: Uint8Array, codePoint: number, ask: (character: string) => boolean): boolean {
	let known = answers[codePoint]!;
	if (known === 0) {
		known = ask(String.fromCodePoint(codePoint)) ? 2 : 1;
		answers[codePoint] = known;
	}

	return known === 2;
}

// Viramas, the consonants they join and the marks between them (Indic_Conjunct_Break
// Linker, Consonant and Extend), as the segmenter says.
const linkers = new Uint8Array(0x1_00_00);
const conjunctConsonants = new Uint8Array(0x1_00_00);
const isLinker = (codePoint: number) =>
	codePoint >= 0x9_00 &&
	codePoint < 0x1_00_00 &&
	bmpAnswer(linkers, codePoint, mark => markCandidate.test(mark) && graphemeCount(`\u0915${mark}\u0915`) === 1);
const isConjunctConsonant = (codePoint: number) =>
	codePoint >= 0x9_00 &&
	codePoint < 0x1_00_00 &&
	bmpAnswer(
		conjunctConsonants,
		codePoint,
		letter => /^\p{L}$/u.test(letter) && graphemeCount(`\u0915\u094D${letter}`) === 1,
	);

const conjunctExtends = new Uint8Array(0x1_00_00);
const isConjunctExtend = (codePoint: number) =>
	codePoint < 0x1_00_00 &&
	bmpAnswer(conjunctExtends, codePoint, mark => graphemeCount(`\u0915${mark}\u094D\u0915`) === 1);

const plainMarks = new Uint8Array(0x1_00_00);
const astralPlainMarks = new Map<number, boolean>();
// A letter with more marks than this (Zalgo text) goes to the segmenter.
const maxPlainMarks = 16;

function isPlainMark(codePoint: number): boolean {
	if (codePoint < 0x3_00) return false;
	if (codePoint < 0x1_00_00) return bmpAnswer(plainMarks, codePoint, joinsOnlyBefore);
	let known = astralPlainMarks.get(codePoint);
	if (known === undefined) {
		known = joinsOnlyBefore(String.fromCodePoint(codePoint));
		astralPlainMarks.set(codePoint, known);
	}

	return known;
}

const pictographic = /^\p{Extended_Pictographic}$/u;
const isPictographic = (codePoint: number) => codePoint >= 0xa9 && pictographic.test(String.fromCodePoint(codePoint));

// Widths of the graphemes the segmenter found, which repeat (an accented letter, an emoji).
const clusterWidths = new Map<string, number>();
const clusterWidthsLimit = 20_000;

function clusterWidth(segment: string): number {
	let width = clusterWidths.get(segment);
	if (width === undefined) {
		width = stringWidth(segment);
		if (clusterWidths.size >= clusterWidthsLimit) clusterWidths.clear();
		clusterWidths.set(segment, width);
	}

	return width;
}

/** The code point at `index`, reading no further than `end`. */
function codePointAt(text: string, index: number, end: number): number {
	const code = text.charCodeAt(index);
	if (code >= 0xd8_00 && code <= 0xdb_ff && index + 1 < end) {
		const low = text.charCodeAt(index + 1);
		if (low >= 0xdc_00 && low <= 0xdf_ff) return (code - 0xd8_00) * 0x4_00 + low - 0xdc_00 + 0x1_00_00;
	}

	return code;
}

/** Whether a code point may join a neighbour into one grapheme (else the table measures it alone). */
export function mayJoin(codePoint: number): boolean {
	return properties(codePoint) === joins;
}

const unitsOf = (codePoint: number) => (codePoint >= 0x1_00_00 ? 2 : 1);

/**
 * Reads the graphemes of `text[start, end)` one at a time, with their offsets and
 * widths, exactly as `Intl.Segmenter` splits that slice and `string-width` measures
 * each piece:
 *
 *   const cursor = new GraphemeCursor(text, start, end);
 *   while (cursor.next()) use(cursor.index, cursor.length, cursor.width);
 */
export class GraphemeCursor {
	/** The current grapheme: its offset into the text, its length in code units, its columns. */
	index = 0;
	length = 0;
	width = 0;
	private position: number;
	/** Graphemes found by the segmenter and not yet read: offset, length, width, … */
	private pending: number[] = [];
	private pendingAt = 0;

	constructor(
		private readonly text: string,
		start = 0,
		private readonly end = text.length,
	) {
		this.position = start;
	}

	/** Moves to the next grapheme; false at the end. */
	next(): boolean {
		if (this.pendingAt < this.pending.length) {
			this.index = this.pending[this.pendingAt]!;
			this.length = this.pending[this.pendingAt + 1]!;
			this.width = this.pending[this.pendingAt + 2]!;
			this.pendingAt += 3;
			return true;
		}

		const {text, end, position} = this;
		if (position >= end) return false;
		const code = text.charCodeAt(position);
		// Printable ASCII and Latin up to the combining marks: one column, never joined.
		if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0x3_00 && code !== 0xad)) {
			const following = position + 1 < end ? text.charCodeAt(position + 1) : 0x20;
			if ((following >= 0x20 && following < 0x7f) || (following >= 0xa0 && following < 0x3_00 && following !== 0xad)) {
				this.index = position;
				this.length = 1;
				this.width = 1;
				this.position = position + 1;
				return true;
			}
		}

		const codePoint = codePointAt(text, position, end);
		const own = properties(codePoint);
		const after = position + unitsOf(codePoint);
		if (own !== joins) {
			// A letter with plain combining marks after it is one grapheme (UAX #29 GB9),
			// found without the segmenter: scripts written with marks stay fast.
			let marksEnd = after;
			let head = codePoint;
			while (marksEnd < end && marksEnd - after < maxPlainMarks) {
				const mark = codePointAt(text, marksEnd, end);
				if (isPlainMark(mark)) {
					// Only some marks (a nukta, not a vowel sign) keep a consonant open to a virama.
					if (!isConjunctExtend(mark)) head = 0;
					marksEnd += unitsOf(mark);
				} else if (isLinker(mark) && isConjunctConsonant(head)) {
					// A virama between consonants makes one cluster (GB9c: क्ष).
					const next = marksEnd + 1 < end ? codePointAt(text, marksEnd + 1, end) : 0;
					if (!isConjunctConsonant(next)) break;
					marksEnd += 1 + unitsOf(next);
					head = next;
				} else if (mark === 0x20_0d && isPictographic(codePoint)) {
					// An emoji joined to the next (GB11: 👩‍👩‍👧) goes on after the joiner.
					const next = marksEnd + 1 < end ? codePointAt(text, marksEnd + 1, end) : 0;
					if (!isPictographic(next)) break;
					marksEnd += 1 + unitsOf(next);
				} else {
					break;
				}
			}

			if (marksEnd >= end || properties(codePointAt(text, marksEnd, end)) !== joins) {
				this.index = position;
				this.length = marksEnd - position;
				this.width = marksEnd === after ? own - 1 : clusterWidth(text.slice(position, marksEnd));
				this.position = marksEnd;
				return true;
			}
		}

		this.segmentFrom(position);
		return this.next();
	}

	/**
	 * Segments the stretch from `from` (a grapheme boundary) to the last place in a window
	 * where two characters that never join meet, which is a boundary too; at most a window at a
	 * time, keeping back the window's last grapheme, which the next window may extend.
	 */
	private segmentFrom(from: number): void {
		const {text, end} = this;
		let size = windowLength;
		for (;;) {
			let limit = Math.min(end, from + size);
			// Never between the halves of a surrogate pair.
			const last = text.charCodeAt(limit - 1);
			if (limit < end && last >= 0xd8_00 && last <= 0xdb_ff) limit++;
			let stop = limit;
			let previousJoins = true;
			for (let index = from; index < limit;) {
				const codePoint = codePointAt(text, index, end);
				const joinsHere = properties(codePoint) === joins;
				// The last such boundary in the window, not the first: one call per window costs
				// far less than one per short stretch (text full of marks and emoji).
				if (index > from && !previousJoins && !joinsHere) stop = index;

				previousJoins = joinsHere;
				index += unitsOf(codePoint);
			}

			const found: number[] = [];
			for (const {segment, index} of graphemes.segment(text.slice(from, stop))) {
				found.push(from + index, segment.length, clusterWidth(segment));
			}

			// Up to a boundary, or to the end of the text, every grapheme is whole; at the end
			// of a window the last one may go on past it.
			const whole = stop < limit || limit === end;
			if (whole || found.length > 3) {
				if (!whole) found.length -= 3;
				this.pending = found;
				this.pendingAt = 0;
				this.position = found.at(-3)! + found.at(-2)!;
				return;
			}

			size *= 2; // One grapheme fills the window: a longer one.
		}
	}
}

/** Each grapheme of `text` with its offset (plus `offset`) and column width. */
export function* graphemeWidths(text: string, offset = 0): Generator<{index: number; length: number; width: number}> {
	const cursor = new GraphemeCursor(text);
	while (cursor.next()) {
		yield {index: offset + cursor.index, length: cursor.length, width: cursor.width};
	}
}

// Printable Latin-1 and Latin Extended, and general punctuation without the
// zero-width and direction characters; no combining marks.
// The soft hyphen is left out: it takes no column.
const simpleText = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]*$/;

/** Column width of `text[start, end)`. */
export function columns(text: string, start = 0, end = text.length): number {
	if (start === 0 && end === text.length && simpleText.test(text)) {
		return text.length;
	}

	// Escape sequences take no columns (string-width skips them); our own styles are short.
	if (text.includes('\u001B') || text.includes('\u009B')) {
		return stringWidth(text.slice(start, end));
	}

	let width = 0;
	const cursor = new GraphemeCursor(text, start, end);
	while (cursor.next()) width += cursor.width;
	return width;
}

/** Cuts a string to at most `width` columns, adding `…` when it had to cut. */
export function fitToWidth(text: string, width: number): string {
	if (simpleText.test(text)) {
		return text.length <= width ? text : width <= 0 ? '' : `${text.slice(0, width - 1)}…`;
	}

	if (text.includes('\u001B') || text.includes('\u009B')) {
		return fitStyled(text, width);
	}

	// One pass that stops once the text is known to be too wide: what fits in `width - 1`
	// columns is kept for the `…`.
	let used = 0;
	let end = 0;
	const cursor = new GraphemeCursor(text);
	while (cursor.next()) {
		used += cursor.width;
		if (used > width) {
			return width <= 0 ? '' : `${text.slice(0, end)}…`;
		}

		if (used <= width - 1) end = cursor.index + cursor.length;
	}

	return text;
}

/** `fitToWidth` for text with escape sequences in it, measured as string-width does. */
function fitStyled(text: string, width: number): string {
	if (stringWidth(text) <= width) {
		return text;
	}

	if (width <= 0) {
		return '';
	}

	let used = 0;
	let end = 0;
	for (const grapheme of graphemeWidths(text)) {
		if (used + grapheme.width > width - 1) {
			break;
		}

		used += grapheme.width;
		end = grapheme.index + grapheme.length;
	}

	return `${text.slice(0, end)}…`;
}

/** Pads (or cuts) a string to exactly `width` columns. */
export function padToWidth(text: string, width: number): string {
	const fitted = fitToWidth(text, width);
	return fitted + ' '.repeat(Math.max(0, width - columns(fitted)));
}

/**
 * Measures a character of each kind string-width treats apart, so that the patterns it
 * compiles when a kind is first met (some 50 ms in all, Hangul alone 30) are ready
 * before the dashboard takes the terminal rather than inside its first frame.
 */
export function prepareTextWidths(): void {
	columns('a é Ж 東 한 😀 👍🏽 e\u0301 क्ष');
}
