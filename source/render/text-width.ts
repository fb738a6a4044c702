/**
 * Terminal column widths. Wide (CJK, most emoji) characters take two columns and
 * combining marks or zero-width joiners none, so columns stay aligned in the panes.
 */

import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter('en', {granularity: 'grapheme'});

/** Each grapheme of `text` with its offset and column width. */
export function* graphemeWidths(text: string, offset = 0): Generator<{index: number; length: number; width: number}> {
	// Latin letters and typographic punctuation (curly quotes, dashes, ellipses) are one
	// column each and never combine: the common case, without segmenting.
	if (isSimpleText(text)) {
		for (let index = 0; index < text.length; index++) {
			yield {index: offset + index, length: 1, width: 1};
		}

		return;
	}

	for (const {segment, index} of graphemes.segment(text)) {
		yield {index: offset + index, length: segment.length, width: stringWidth(segment)};
	}
}

// Printable Latin-1 and Latin Extended, and general punctuation without the
// zero-width and direction characters; no combining marks.
// The soft hyphen is left out: it takes no column.
const simpleText = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]*$/;

function isSimpleText(text: string): boolean {
	return simpleText.test(text);
}

/** Column width of a string. */
export function columns(text: string): number {
	return isSimpleText(text) ? text.length : stringWidth(text);
}

/** Cuts a string to at most `width` columns, adding `…` when it had to cut. */
export function fitToWidth(text: string, width: number): string {
	if (columns(text) <= width) {
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
