/**
 * The one function that turns spans into styled segments, for every view: the
 * panes, the result lists and the plain `compare` output all cut text this way.
 */

import type {Highlight, Mark, Segment} from './marks.js';

/**
 * Cuts `text[start, end)` into segments at every highlight boundary, each with the
 * marks covering it. Highlights may overlap and may extend beyond the range.
 */
export function toSegments(text: string, start: number, end: number, highlights: readonly Highlight[]): Segment[] {
	const relevant = highlights.filter(highlight => highlight.end > start && highlight.start < end);
	const cuts = new Set<number>([start, end]);
	for (const highlight of relevant) {
		cuts.add(Math.max(start, highlight.start));
		cuts.add(Math.min(end, highlight.end));
	}

	const positions = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let index = 0; index < positions.length - 1; index++) {
		const from = positions[index]!;
		const to = positions[index + 1]!;
		const marks: Mark[] = relevant
			.filter(highlight => highlight.start <= from && highlight.end >= to)
			.map(highlight => highlight.mark);
		const previous = segments.at(-1);
		if (previous && sameMarks(previous.marks, marks)) {
			segments[segments.length - 1] = {text: previous.text + text.slice(from, to), marks};
		} else {
			segments.push({text: text.slice(from, to), marks});
		}
	}

	return segments.filter(segment => segment.text.length > 0);
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
	return a.length === b.length && a.every((mark, index) => mark === b[index]);
}
