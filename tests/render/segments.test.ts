import {describe, expect, test} from 'vitest';
import type {Highlight} from '../../source/render/marks.js';
import {toSegments} from '../../source/render/segments.js';

const quote = {kind: 'quote', quoteKind: 'full', speakerId: 'syrskyi'} as const;
const figure = {kind: 'figure', status: 'differs'} as const;

describe('toSegments', () => {
	const text = '“The area exceeds 1,150 km,” he said.';
	const highlights: Highlight[] = [
		{start: 1, end: 27, mark: quote},
		{start: 10, end: 26, mark: figure},
	];

	test('cuts at every boundary and stacks overlapping marks', () => {
		expect(toSegments(text, 0, text.length, highlights)).toEqual([
			{text: '“', marks: []},
			{text: 'The area ', marks: [quote]},
			{text: 'exceeds 1,150 km', marks: [quote, figure]},
			{text: ',', marks: [quote]},
			{text: '” he said.', marks: []},
		]);
	});

	test('a line cut from the middle keeps the marks of highlights that started earlier', () => {
		expect(toSegments(text, 14, 22, highlights)).toEqual([{text: 'eds 1,15', marks: [quote, figure]}]);
	});

	test('the segments always spell the text exactly', () => {
		for (let start = 0; start < text.length; start += 3) {
			const segments = toSegments(text, start, text.length, highlights);
			expect(segments.map(segment => segment.text).join('')).toBe(text.slice(start));
		}
	});
});
