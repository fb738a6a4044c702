import {beforeAll, describe, expect, test} from 'vitest';
import type {CorpusAnalysis} from '../../source/model.js';
import {SearchIndex} from '../../source/search/search-index.js';
import {analyzePassages} from '../helpers/articles.js';
import {seedAnalysis} from '../helpers/dashboard.js';

let analysis: CorpusAnalysis;
let index: SearchIndex;
beforeAll(async () => {
	analysis = await seedAnalysis();
	index = new SearchIndex(analysis);
});

/** Hits as `kind article text`, the article as its short id. */
function hits(query: string): string[] {
	return index.search(query).hits.map(({document}) => {
		const article = document.article === undefined ? '-' : analysis.articles[document.article]!.article.id.slice(0, 3);
		return `${document.kind} ${article} ${document.text}`;
	});
}

describe('searching the seeds', () => {
	test('tykh finds the one Tykhy identity first, then his quotations from both spellings', () => {
		const found = hits('tykh');
		expect(found[0]).toBe('speaker - Georgiy Tykhy');
		const quotes = found.filter(hit => hit.startsWith('quote'));
		expect(quotes).toEqual([
			'quote 002 taking over',
			'quote 001 absolutely legitimate',
			expect.stringMatching(/^quote 001 The sooner Russia agrees/),
		]);
		expect(found).toContainEqual(expect.stringMatching(/^sentence 002 .*Heorhiy Tykhy/));
	});

	test('11,000 finds the troop figures of 003 and 004, and nothing measuring 1,000', () => {
		const found = hits('11,000');
		// Both score alike; which comes first is not the point.
		expect(found.filter(hit => hit.startsWith('figure')).toSorted()).toEqual([
			'figure 003 some 11,000',
			'figure 004 around 11,000',
		]);
		expect(found.join('\n')).not.toContain('1,000 square');
	});

	test('by:putin dislodge finds the quotation in 001 only', () => {
		expect(hits('by:putin dislodge')).toEqual(['quote 001 dislodge', 'quote 001 dislodge']);
	});

	test('a figure is found by its value written any way, and by its unit', () => {
		for (const query of ['1150', '1,150', '1150 km2', 'num:1150']) {
			expect(hits(query)).toContain('figure 000 exceeds 1,150 square kilometers');
		}

		expect(hits('num:1150')).toEqual(['figure 000 exceeds 1,150 square kilometers']);
	});

	test('a number matches by value, not as characters: 150 is not in 1,150, nor 11 in 11,000', () => {
		expect(hits('num:150')).toEqual([]);
		expect(hits('num:11').join('\n')).not.toContain('11,000');
		expect(hits('num:11,000').length).toBeGreaterThan(0);
		expect(hits('num:11000')).toEqual(hits('num:11,000'));
	});

	test('syrsky finds Syrskyi, whose aliases hold both spellings', () => {
		expect(hits('syrsky')[0]).toBe('speaker - Oleksandr Syrskyi');
		expect(hits('syrskyi')[0]).toBe('speaker - Oleksandr Syrskyi');
	});

	test('in:, q:, exact, prefix, suffix and negation narrow the hits', () => {
		expect(hits('in:004 q:')).toEqual(['quote 004 We will continue these operations,']);
		expect(hits("'sudzha").map(hit => hit.slice(0, 12))).toEqual(['sentence 003', 'sentence 002']);
		expect(hits('^Ukraine').every(hit => / Ukraine/.test(hit))).toBe(true);
		expect(hits('zone$ q:')).toEqual(['quote 000 buffer zone', 'quote 002 security zone']);
		expect(hits('kursk !Ukraine').some(hit => hit.includes('Ukraine'))).toBe(false);
		expect(hits('tykh | bortnikov').slice(0, 2).sort()).toEqual([
			'speaker - Alexander Bortnikov',
			'speaker - Georgiy Tykhy',
		]);
	});

	test('the result reports the count per kind and the matched characters', () => {
		const result = index.search('sudzha');
		expect(result.total).toBe(2);
		expect(result.counts).toEqual({speaker: 0, quote: 0, figure: 0, title: 0, sentence: 2});
		const [first] = result.hits;
		expect(first!.ranges.map(([start, end]) => first!.document.text.slice(start, end))).toEqual(['Sudzha']);
	});

	test('letters scattered across a sentence are not a match', () => {
		expect(
			index.search('tkhy').hits.some(hit => hit.document.kind === 'sentence' && !/tykhy/i.test(hit.document.text)),
		).toBe(false);
		expect(index.search('zqxj').total).toBe(0);
	});
});

describe('on passages of our own', () => {
	test('fuzzy letters in order within a word, smart case, and typing one letter at a time', () => {
		const own = new SearchIndex(
			analyzePassages({
				a: 'Zelenskyy said the front held near Pokrovsk.',
				b: 'The pokrovsk road was cut, officials said.',
			}),
		);
		const sentences = (query: string) =>
			own
				.search(query)
				.hits.filter(hit => hit.document.kind === 'sentence')
				.map(hit => hit.document.text);
		expect(sentences('pkrvsk')).toHaveLength(2);
		expect(sentences('Pokrovsk')).toEqual(['Zelenskyy said the front held near Pokrovsk.']);
		const typed = ['p', 'po', 'pok', 'pokr'].map(query => own.search(query).counts.sentence);
		expect(typed.at(-1)).toBe(2);
		expect(typed[0]).toBeGreaterThanOrEqual(typed.at(-1)!);
	});
});
