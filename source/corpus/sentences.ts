/**
 * Sentence spans. `Intl.Segmenter` does the segmentation; news prose then needs
 * its breaks after titles (`Gen.`), initials (`John F.`), abbreviations (`U.S.`)
 * and quotations followed by their attribution (`“Why?” he asked.`) undone.
 */

import type {Span} from '../model.js';

const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'});

// Abbreviations that are always followed by more of the same sentence.
const titles = new Set(
	(
		'mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pte adm cmdr cdr brig gov sen rep rev hon pres sec amb ' +
		'supt insp det st mt ft no nos vol fig art vs e.g i.e cf approx'
	).split(' '),
);
// Abbreviations that may end a sentence; kept joined unless a new sentence clearly starts.
const abbreviations = new Set(
	'jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co bros etc a.m p.m jr sr est al'.split(' '),
);
// Words that typically open a new sentence: after `U.S.` or `etc.` they mean a real break.
const sentenceOpeners = new Set(
	(
		'the a an he she it they we i you this that these those there his her its their our my but and or so yet ' +
		'in on at after before while when if as however meanwhile still also then now last next some many most ' +
		'one two three no not what who why how where'
	).split(' '),
);

function lastToken(segment: string): string {
	// Only the tail matters; slicing keeps a huge unbroken line linear. Read backwards from
	// the end, as `/(\S+)\s*$/` would match it (trimEnd removes exactly what `\s` matches):
	// that pattern tries every position of the tail, and this runs for every segment.
	const tail = segment.slice(-64).trimEnd();
	let start = tail.length;
	while (start > 0 && !/\s/.test(tail[start - 1]!)) start--;
	return tail.slice(start);
}

function firstWord(segment: string): string {
	return /^[\s"'“‘(]*([\p{L}\d]+)/u.exec(segment)?.[1] ?? '';
}

/** Whether the break between two segments is false and they belong to one sentence. */
function continuesSentence(previous: string, next: string): boolean {
	const token = lastToken(previous);
	if (!token.endsWith('.')) {
		// `“Why?” he asked.`: a sentence never starts lower-case in news prose.
		return /^[\s"'“‘(]*\p{Ll}/u.test(next);
	}

	const word = firstWord(next);
	if (word === '' || /^\p{Ll}/u.test(word)) {
		return true;
	}

	const original = token.replace(/^[("'“‘]+/, '').slice(0, -1);
	const bare = original.toLowerCase();
	if (titles.has(bare)) {
		return true;
	}

	// Initials (`John F. Kennedy`) and dotted abbreviations (`U.S.`, `p.m.`).
	const isInitial = /^\p{Lu}$/u.test(original);
	const isDotted = /^(?:\p{L}\.)+\p{L}$/u.test(bare);
	if (isInitial || isDotted || abbreviations.has(bare)) {
		return /^\d/.test(word) || !sentenceOpeners.has(word.toLowerCase());
	}

	return false;
}

// V8's segmenter slows down more than quadratically on long inputs (400 kB takes 18 s,
// in 4 kB pieces 50 ms), and no news sentence is that long: text goes in by pieces.
const pieceLength = 4000;

/** Where the piece from `start` ends: after a line or sentence end, else a space, else anywhere. */
function pieceEnd(text: string, start: number, end: number): number {
	if (end - start <= pieceLength) {
		return end;
	}

	const window = text.slice(start, start + pieceLength);
	const cut =
		Math.max(window.lastIndexOf('\n'), ...['. ', '? ', '! ', '。', '！', '？'].map(mark => window.lastIndexOf(mark))) +
			1 || window.lastIndexOf(' ') + 1;
	if (cut > 0) {
		return start + cut;
	}

	// No break at all: cut anywhere but inside a surrogate pair.
	const code = text.charCodeAt(start + pieceLength - 1);
	return start + pieceLength - (code >= 0xd8_00 && code <= 0xdb_ff ? 1 : 0);
}

/** Sentence spans within `text[start, end)`, trimmed of surrounding space; none longer than a piece. */
export function segmentSentences(text: string, start = 0, end = text.length): Span[] {
	const spans: Span[] = [];
	let pending: {start: number; end: number} | undefined;
	// Each piece's segments in turn: two loops rather than a generator of segments, whose
	// objects made segmentation about a fifth slower on news paragraphs; and each segment
	// asked for where the last one ended rather than iterated (the same boundaries, found
	// without the iterator's result objects: about a third less time in the segmenter).
	for (let pieceStart = start; pieceStart < end;) {
		const pieceStop = pieceEnd(text, pieceStart, end);
		const piece = text.slice(pieceStart, pieceStop);
		const segments = segmenter.segment(piece);
		for (let next = 0; next < piece.length;) {
			const {segment, index} = segments.containing(next)!;
			next = index + segment.length;
			const segmentStart = pieceStart + index;
			if (
				pending &&
				pending.end - pending.start + segment.length <= pieceLength &&
				continuesSentence(text.slice(Math.max(pending.start, pending.end - 64), pending.end), segment)
			) {
				pending.end = segmentStart + segment.length;
				continue;
			}

			if (pending) {
				spans.push(trimSpan(text, pending));
			}

			pending = {start: segmentStart, end: segmentStart + segment.length};
		}

		pieceStart = pieceStop;
	}

	if (pending) {
		spans.push(trimSpan(text, pending));
	}

	return spans.filter(span => span.end > span.start);
}

function trimSpan(text: string, span: Span): Span {
	let {start, end} = span;
	while (start < end && /\s/.test(text[start]!)) {
		start++;
	}

	while (end > start && /\s/.test(text[end - 1]!)) {
		end--;
	}

	return {start, end};
}
