/**
 * Pairs quotation marks within each paragraph. Curly marks say which way they
 * face; straight ones are judged by the characters around them. A quote that does
 * not close within its paragraph is dropped, unless the next paragraph opens with
 * a quote mark (the convention for a quotation running over several paragraphs),
 * in which case it is cut at the paragraph end.
 */

import type {Span} from '../../model.js';

export type QuotedSpan = {
	/** Position of the opening mark. */
	readonly open: number;
	/** Position just after the closing mark (the paragraph end when cut). */
	readonly close: number;
	/** The quoted text without its marks, trimmed. */
	readonly inner: Span;
};

type Facing = 'open' | 'close' | 'either';

const maxSingleQuoteLength = 300;

function isSpaceOrStart(character: string | undefined): boolean {
	return character === undefined || /[\s([{\u2014\u2013-]/u.test(character);
}

function isSpaceOrEnd(character: string | undefined): boolean {
	return character === undefined || /[\s)\]}.,;:!?\u2014\u2013-]/u.test(character);
}

function doubleFacing(text: string, index: number, start: number, end: number): Facing | undefined {
	const mark = text[index];
	if (mark === '“' || mark === '«') {
		return 'open';
	}

	if (mark === '”' || mark === '»') {
		return 'close';
	}

	if (mark !== '"') {
		return undefined;
	}

	const before = index > start ? text[index - 1] : undefined;
	const after = index + 1 < end ? text[index + 1] : undefined;
	if (isSpaceOrStart(before) && !isSpaceOrEnd(after)) {
		return 'open';
	}

	if (!isSpaceOrStart(before) && isSpaceOrEnd(after)) {
		return 'close';
	}

	return 'either';
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
	return paragraph !== undefined && /^["“«‘']/u.test(text.slice(paragraph.start, paragraph.start + 1));
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

/** Double-quoted spans of one paragraph. */
function pairDoubleQuotes(text: string, paragraph: Span, next: Span | undefined): QuotedSpan[] {
	const quotes: QuotedSpan[] = [];
	let open: number | undefined;
	for (let index = paragraph.start; index < paragraph.end; index++) {
		const facing = doubleFacing(text, index, paragraph.start, paragraph.end);
		if (facing === undefined) {
			continue;
		}

		if (open !== undefined && facing !== 'open') {
			quotes.push({open, close: index + 1, inner: trimmed(text, open + 1, index)});
			open = undefined;
		} else if (facing !== 'close') {
			// A second opening mark means the first was stray: start again here.
			open = index;
		}
	}

	if (open !== undefined && (startsWithOpeningMark(text, next) || isIntroducedSentence(text, paragraph, open))) {
		quotes.push({open, close: paragraph.end, inner: trimmed(text, open + 1, paragraph.end)});
	}

	return quotes;
}

/** Top-level single-quoted spans (British style), ignoring apostrophes and anything inside double quotes. */
function pairSingleQuotes(text: string, paragraph: Span, inside: readonly QuotedSpan[]): QuotedSpan[] {
	const quotes: QuotedSpan[] = [];
	let open: number | undefined;
	let outer = 0; // `inside` is in text order, so one pointer walks it.
	for (let index = paragraph.start; index < paragraph.end; index++) {
		const mark = text[index];
		if (mark !== '‘' && mark !== '’' && mark !== "'") {
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
		const canOpen = mark !== '’' && isSpaceOrStart(before) && after !== undefined && /[\p{L}\p{N}]/u.test(after);
		const canClose = mark !== '‘' && before !== undefined && !/\s/u.test(before) && isSpaceOrEnd(after);
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
