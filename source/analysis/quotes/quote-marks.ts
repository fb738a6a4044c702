/**
 * Pairs quotation marks within each paragraph. Curly marks say which way they
 * face; straight ones are judged by the characters around them. A quote that does
 * not close within its paragraph is dropped, unless the next paragraph opens with
 * a quote mark (the convention for a quotation running over several paragraphs),
 * in which case it is cut at the paragraph end.
 *
 * Double marks as news prints them: “…” and "…"; doubled apostrophes ''…'' (wire
 * copy), ``…'' (TeX) and ‘‘…’’; guillemets «…» and »…«; low-high „…“ (translated
 * copy). Single marks: ‘…’, '…' and ‹…›, never an apostrophe (`rock 'n' roll`,
 * `the '90s`, `'em`, `O'Neill`, `the Joneses' house`).
 */

import type {Span} from '../../model.js';
import apostropheWords from '../vocabulary/apostrophe-words.json' with {type: 'json'};

export type QuotedSpan = {
	/** Position of the opening mark. */
	readonly open: number;
	/** Position just after the closing mark (the paragraph end when cut). */
	readonly close: number;
	/** The quoted text without its marks, trimmed. */
	readonly inner: Span;
};

type Facing = 'open' | 'close' | 'either';

/** A double quotation mark: one character, or two (`''`, ` `` `, `‘‘`, `’’`). */
type DoubleMark = {readonly facing: Facing; readonly length: number};

const maxSingleQuoteLength = 300;

function isSpaceOrStart(character: string | undefined): boolean {
	return character === undefined || /[\s([{\u2014\u2013-]/u.test(character);
}

function isSpaceOrEnd(character: string | undefined): boolean {
	return character === undefined || /[\s)\]}.,;:!?\u2014\u2013-]/u.test(character);
}

function isLetterOrDigit(character: string | undefined): boolean {
	return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/** A straight mark faces the way its neighbours say: `"word` opens, `word"` closes. */
function straightFacing(before: string | undefined, after: string | undefined): Facing {
	if (isSpaceOrStart(before) && !isSpaceOrEnd(after)) {
		return 'open';
	}

	if (!isSpaceOrStart(before) && isSpaceOrEnd(after)) {
		return 'close';
	}

	return 'either';
}

/**
 * The double mark at `index`, if any. `pending` is the opening mark of the quotation
 * still open, which decides the marks used both ways: `“` closes `„Ja“` (and the typo
 * `“Frozen“ and`), `«` closes `»Ja«`.
 */
function doubleMarkAt(
	text: string,
	index: number,
	start: number,
	end: number,
	pending: string | undefined,
): DoubleMark | undefined {
	const mark = text[index]!;
	const before = index > start ? text[index - 1] : undefined;
	const next = index + 1 < end ? text[index + 1] : undefined;
	switch (mark) {
		case '"': {
			return {facing: straightFacing(before, next), length: 1};
		}

		case '“': {
			const closes = pending !== undefined && !isSpaceOrStart(before) && isSpaceOrEnd(next);
			return {facing: closes ? 'close' : 'open', length: 1};
		}

		case '”': {
			// `”Word` after a space opens (Scandinavian style, or a slip of the keyboard).
			const opens = pending === undefined && isSpaceOrStart(before) && isLetterOrDigit(next);
			return {facing: opens ? 'open' : 'close', length: 1};
		}

		case '„': {
			return {facing: 'open', length: 1};
		}

		case '«': {
			return {facing: pending === '»' ? 'close' : 'open', length: 1};
		}

		case '»': {
			const opens = pending === undefined && isSpaceOrStart(before) && isLetterOrDigit(next);
			return {facing: opens ? 'open' : 'close', length: 1};
		}

		case "'": {
			return next === "'" ? doubledApostrophe(text, index, start, end, pending) : undefined;
		}

		case '`': {
			return next === '`' ? {facing: 'open', length: 2} : undefined;
		}

		case '‘': {
			return next === '‘' ? {facing: 'open', length: 2} : undefined;
		}

		case '’': {
			return next === '’' ? {facing: 'close', length: 2} : undefined;
		}

		default: {
			return undefined;
		}
	}
}

/** `''` at `index`: a double mark, except inches (`a 12'' screen`) when no quotation is open. */
function doubledApostrophe(
	text: string,
	index: number,
	start: number,
	end: number,
	pending: string | undefined,
): DoubleMark | undefined {
	const before = index > start ? text[index - 1] : undefined;
	if (pending === undefined && before !== undefined && /\p{N}/u.test(before)) {
		return undefined;
	}

	// Three apostrophes: a closing double mark after a single one (`… 'no.'''`) is the
	// last two, so leave the first to the single marks; an opening one is the first two.
	const after = index + 2 < end ? text[index + 2] : undefined;
	if (after === "'") {
		const beyond = index + 3 < end ? text[index + 3] : undefined;
		if (!isSpaceOrStart(before) && isSpaceOrEnd(beyond)) {
			return undefined;
		}

		return {facing: 'open', length: 2};
	}

	return {facing: before === "'" ? 'close' : straightFacing(before, after), length: 2};
}

function trimmed(text: string, start: number, end: number): Span {
	while (start < end && /\s/u.test(text[start]!)) {
		start++;
	}

	while (end > start && /\s/u.test(text[end - 1]!)) {
		end--;
	}

	return {start, end};
}

function startsWithOpeningMark(text: string, paragraph: Span | undefined): boolean {
	return paragraph !== undefined && /^["“«„‘'`]/u.test(text.slice(paragraph.start, paragraph.start + 1));
}

/**
 * `Penn told the council, “I don’t want… corner.` with the closing mark forgotten: an
 * introduced quotation that runs to a sentence end at the paragraph end is kept.
 */
function isIntroducedSentence(text: string, paragraph: Span, open: number): boolean {
	const before = text.slice(paragraph.start, open);
	const introduced = before.trim() === '' || /(?:[,:]|\b(?:said|says|told|asked|added|wrote|saying))\s*$/u.test(before);
	return introduced && /[.!?…]$/u.test(text.slice(open, paragraph.end));
}

/** A table of the characters in `marks`, by code (all are below U+2040), for `nextMark`. */
function markTable(marks: string): Uint8Array {
	const table = new Uint8Array(0x20_40);
	for (const mark of marks) table[mark.charCodeAt(0)] = 1;
	return table;
}

/**
 * The first position in `[from, end)` of a character in `table`, else `end`: the pairing
 * loops jump from mark to mark, since nearly every character of a text is none.
 */
function nextMark(table: Uint8Array, text: string, from: number, end: number): number {
	for (let index = from; index < end; index++) {
		if (table[text.charCodeAt(index)] === 1) return index;
	}

	return end;
}

// Every character `doubleMarkAt` can read as (the first of) a double mark.
const doubleMarkCharacters = markTable('"“”„«»\'`‘’');

/** Double-quoted spans of one paragraph. */
function pairDoubleQuotes(text: string, paragraph: Span, next: Span | undefined): QuotedSpan[] {
	const quotes: QuotedSpan[] = [];
	let open: number | undefined;
	let openLength = 1;
	for (
		let index = nextMark(doubleMarkCharacters, text, paragraph.start, paragraph.end);
		index < paragraph.end;
		index = nextMark(doubleMarkCharacters, text, index + 1, paragraph.end)
	) {
		const mark = doubleMarkAt(text, index, paragraph.start, paragraph.end, open === undefined ? undefined : text[open]);
		if (mark === undefined) {
			continue;
		}

		if (open !== undefined && mark.facing !== 'open') {
			quotes.push({open, close: index + mark.length, inner: trimmed(text, open + openLength, index)});
			open = undefined;
		} else if (mark.facing !== 'close') {
			// A second opening mark means the first was stray: start again here.
			open = index;
			openLength = mark.length;
		}

		index += mark.length - 1;
	}

	if (open !== undefined && (startsWithOpeningMark(text, next) || isIntroducedSentence(text, paragraph, open))) {
		quotes.push({open, close: paragraph.end, inner: trimmed(text, open + openLength, paragraph.end)});
	}

	return quotes;
}

const elidedWords = new Set<string>(apostropheWords);

/**
 * An apostrophe where a single quote could open: an elided word (`'em`, `'til`,
 * `rock 'n' roll`) or an abbreviated year or decade (`'90s`, `class of '16`).
 */
function opensElision(text: string, index: number, end: number): boolean {
	const word = /^[\p{L}\p{N}]+/u.exec(text.slice(index + 1, Math.min(end, index + 12)))?.[0] ?? '';
	return elidedWords.has(word) || /^\d\d(?:s)?$/u.test(word);
}

/** A mark that can close a single quote: not followed by a letter, not after a space. */
function canCloseSingle(text: string, index: number, paragraph: Span): boolean {
	const before = index > paragraph.start ? text[index - 1] : undefined;
	const after = index + 1 < paragraph.end ? text[index + 1] : undefined;
	return before !== undefined && !/\s/u.test(before) && isSpaceOrEnd(after);
}

/**
 * `'The Joneses' house is big,' he said`: a plural possessive (`s'` before a word in
 * lower case) closes nothing when a surer close follows with no opening mark between.
 */
function isPossessive(text: string, index: number, paragraph: Span): boolean {
	if (!/s/iu.test(text[index - 1] ?? '') || !/^\s\p{Ll}/u.test(text.slice(index + 1, index + 3))) {
		return false;
	}

	const limit = Math.min(paragraph.end, index + maxSingleQuoteLength);
	for (let later = index + 1; later < limit; later++) {
		const mark = text[later];
		if (mark !== "'" && mark !== '’' && mark !== '‘') continue;
		const after = later + 1 < paragraph.end ? text[later + 1] : undefined;
		if (mark !== '’' && isSpaceOrStart(text[later - 1]) && isLetterOrDigit(after)) return false;
		// Surer: punctuation inside the mark (`big,'`) or after it (`big'.`), or the paragraph end.
		const sure = /[.,!?;:]/u.test(text[later - 1]!) || after === undefined || !/\s/u.test(after);
		if (mark !== '‘' && canCloseSingle(text, later, paragraph) && sure) return true;
	}

	return false;
}

const singleMarks = new Set(["'", '‘', '’', '‹', '›', '‚']);
const singleMarkCharacters = markTable([...singleMarks].join(''));
const doubledSingles = new Set(["'", '‘', '’']);

/** Top-level single-quoted spans (British style), ignoring apostrophes and anything inside double quotes. */
function pairSingleQuotes(text: string, paragraph: Span, inside: readonly QuotedSpan[]): QuotedSpan[] {
	const quotes: QuotedSpan[] = [];
	let open: number | undefined;
	let outer = 0; // `inside` is in text order, so one pointer walks it.
	for (
		let index = nextMark(singleMarkCharacters, text, paragraph.start, paragraph.end);
		index < paragraph.end;
		index = nextMark(singleMarkCharacters, text, index + 1, paragraph.end)
	) {
		const mark = text[index]!;
		if (!singleMarks.has(mark)) {
			continue;
		}

		while (outer < inside.length && inside[outer]!.close <= index) {
			outer++;
		}

		if (outer < inside.length && inside[outer]!.open <= index) {
			continue;
		}

		const before = index > paragraph.start ? text[index - 1] : undefined;
		const after = index + 1 < paragraph.end ? text[index + 1] : undefined;
		// Doubled marks are double quotes (or inches), never a single one; nor is the
		// second apostrophe of `rock 'n' roll`.
		if (
			(doubledSingles.has(mark) && (before === mark || after === mark)) ||
			(before === 'n' && singleMarks.has(text[index - 2] ?? '') && isSpaceOrStart(text[index - 3]))
		) {
			continue;
		}

		const opener = open === undefined ? undefined : text[open];
		const canOpen =
			(mark === "'" || mark === '‘' || mark === '‹' || mark === '‚') &&
			isSpaceOrStart(before) &&
			isLetterOrDigit(after) &&
			!opensElision(text, index, paragraph.end);
		// `‹` and `›` pair only with each other; `‘` closes only the low `‚…‘` of translated copy.
		const closes =
			mark === '›' ? opener === '‹' : mark === '‘' ? opener === '‚' : mark !== '‹' && mark !== '‚' && opener !== '‹';
		const canClose =
			open !== undefined && closes && canCloseSingle(text, index, paragraph) && !isPossessive(text, index, paragraph);
		if (open !== undefined && canClose) {
			if (index - open <= maxSingleQuoteLength) {
				quotes.push({open, close: index + 1, inner: trimmed(text, open + 1, index)});
			}

			open = undefined;
		} else if (canOpen) {
			open = index;
		}
	}

	return quotes;
}

/** Every quoted span of the article, in text order. */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
	const found: QuotedSpan[] = [];
	for (const [index, paragraph] of paragraphs.entries()) {
		const doubles = pairDoubleQuotes(text, paragraph, paragraphs[index + 1]);
		// Appended one by one: spreading thousands of quotes into push overflows the stack.
		for (const span of [doubles, pairSingleQuotes(text, paragraph, doubles)].flat()) {
			found.push(span);
		}
	}

	return found.filter(quote => quote.inner.end > quote.inner.start).sort((a, b) => a.open - b.open);
}
