import {describe, expect, test} from 'vitest';
import {findDateline, isHeadline, titleFromLead} from '../../source/corpus/headline.js';

describe('isHeadline', () => {
	const body = ['Ukrainian forces advanced into Kursk on Tuesday, officials said.'];

	test('a short first line without sentence punctuation, followed by text', () => {
		expect(isHeadline('Ukraine Forces Advance into Russian Territory, Seize Control of Kursk Border Town', body)).toBe(
			true,
		);
		expect(isHeadline('Ukraine says it will not hold Russian land', body)).toBe(true);
		expect(isHeadline('Can Ukraine hold Kursk?', body)).toBe(true);
	});

	test('a title-case line is a headline even with a full stop after it', () => {
		expect(isHeadline('Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’', body)).toBe(true);
		expect(isHeadline('Newspaper Says Mayor Needs To Quit Political Games.', body)).toBe(true);
		// A lead sentence of names has its verb in lower case.
		expect(isHeadline('Senator Laura Benton Met Tom Ruiz.', body)).toBe(true);
		expect(isHeadline('Senator Laura Benton met Tom Ruiz on Tuesday.', body)).toBe(false);
	});

	test('a sentence-case line with a full stop is a headline when a dateline opens the body after it', () => {
		const wire = ['WASHINGTON (AP) — The mayor said on Tuesday that the plan would go ahead.'];
		expect(isHeadline('Mayor’s camp: rival’s plan threatens city finances.', wire)).toBe(true);
		expect(isHeadline('Mayor’s camp: rival’s plan threatens city finances.', body)).toBe(false);
		// A lead of two lines is no title.
		expect(isHeadline('The mayor resigned.\nHer deputy takes over.', wire)).toBe(false);
	});

	test('not a lead sentence, and not the only paragraph', () => {
		expect(isHeadline('Ukraine has achieved a series of victories in Kursk.', body)).toBe(false);
		expect(isHeadline('KYIV: Ukraine on Tuesday said it would not hold on to Russian territory.', body)).toBe(false);
		expect(isHeadline('Ukraine Holds Kursk', [])).toBe(false);
	});
});

describe('findDateline', () => {
	function datelineOf(paragraph: string): string | undefined {
		const found = findDateline(paragraph);
		return found ? paragraph.slice(0, found.length) : undefined;
	}

	test.each([
		['KYIV: Ukraine on Tuesday said it would not hold on.', 'KYIV'],
		['WASHINGTON (AP) — President Biden said on Monday.', 'WASHINGTON (AP)'],
		['LONDON, Aug 13 (Reuters) - Britain said on Tuesday.', 'LONDON, Aug 13 (Reuters)'],
		['KYIV, Ukraine — Ukrainian troops advanced.', 'KYIV, Ukraine'],
		['Kyiv, Ukraine (AP) — Ukrainian troops advanced.', 'Kyiv, Ukraine (AP)'],
		['NEW YORK: Markets fell.', 'NEW YORK'],
	])('%s', (paragraph, expected) => {
		expect(datelineOf(paragraph)).toBe(expected);
	});

	test.each([
		'US President Joe Biden commented on the operation.',
		'Kyiv: the capital was quiet on Monday.',
		'BREAKING: Ukraine enters Kursk.',
		'Ukraine on Tuesday said it would not hold on.',
	])('no dateline in %s', paragraph => {
		expect(findDateline(paragraph)).toBeUndefined();
	});

	test('the prefix covers the punctuation so the sentence starts at its first word', () => {
		const paragraph = 'KYIV: Ukraine said so.';
		expect(paragraph.slice(findDateline(paragraph)!.prefix)).toBe('Ukraine said so.');
	});
});

describe('titleFromLead', () => {
	test('a short lead sentence is the title, without its full stop', () => {
		expect(titleFromLead('Ukraine holds on in Kursk.')).toBe('Ukraine holds on in Kursk');
	});

	test('a long lead is cut at a clause, or at a word, with an ellipsis, within 80 characters', () => {
		const lead =
			'Ukraine on Tuesday said it would not hold on to Russian territory captured in its surprise cross-border incursion, officials said.';
		const title = titleFromLead(lead);
		expect(title).toBe('Ukraine on Tuesday said it would not hold on to Russian territory captured in…');
		expect(title.length).toBeLessThanOrEqual(80);
		const clause =
			'Syrsky, the commander-in-chief of the armed forces of Ukraine since February, said the troops would stay in Kursk for now.';
		expect(titleFromLead(clause)).toBe('Syrsky, the commander-in-chief of the armed forces of Ukraine since February…');
	});
});
