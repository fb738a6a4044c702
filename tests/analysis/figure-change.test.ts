import {describe, expect, test} from 'vitest';
import {analyzePassages} from '../helpers/articles.js';

/** `text → change` for each figure of a passage (`=` when the words give no direction). */
function changesOf(passage: string): string[] {
	const {article, figures} = analyzePassages({a: passage}).articles[0]!;
	return figures.map(figure => `${article.text.slice(figure.span.start, figure.span.end)} → ${figure.change ?? '='}`);
}

describe('the direction a figure moves', () => {
	test.each([
		['Shares of the carmaker rose 4.2% on Monday.', ['4.2% → up']],
		['The index fell 312 points.', ['312 points → down']],
		['Exports climbed by nearly 8 percent.', ['nearly 8 percent → up']],
		['Sales slid a further 3% in March.', ['3% → down']],
		['Unemployment declined sharply by 0.4 percent.', ['0.4 percent → down']],
		['The contract was up 19 cents.', ['19 cents → up']],
		['Shares were down 2.3% before the bell.', ['2.3% → down']],
		['Dow +0.2%, bonds flat.', ['0.2% → up']],
		['The firm expects to grow revenue by 35 per cent.', ['35 per cent → up']],
		['Output was revised upward by 40 tonnes.', ['40 tonnes → up']],
	])('%s', (passage, expected) => {
		expect(changesOf(passage)).toEqual(expected);
	});

	test('a figure restating a moved figure moves with it: `, or …` and a bracketed conversion', () => {
		expect(changesOf('The Dow dropped 178.84 points, or 1.48 percent, on Friday.')).toEqual([
			'178.84 points → down',
			'1.48 percent → down',
		]);
		expect(changesOf('The glacier shrank 3 kilometres (1.9 miles) in a decade.')).toEqual([
			'3 kilometres → down',
			'1.9 miles → down',
		]);
	});

	test('the level a figure moved to, and a figure near a change word it is not governed by, do not move', () => {
		// The rise is the 7%; $2.3 billion is where exports ended.
		expect(changesOf('Exports to Brazil dropped 7% to $2.3 billion.')).toEqual(['7% → down', '$2.3 billion → =']);
		expect(changesOf('The defence gave up 517 yards.')).toEqual(['517 yards → =']);
		expect(changesOf('Prices rose after 5 days of talks.')).toEqual(['5 days → =']);
		expect(changesOf('Prices are expected to increase between 5% and 6%.')).toEqual(['between 5% and 6% → =']);
		expect(changesOf('The shop reopened with 12 staff.')).toEqual(['12 → =']);
	});
});

describe('ranges', () => {
	/** `text | value-high | unit` for each figure. */
	function rangesOf(passage: string): string[] {
		const {article, figures} = analyzePassages({a: passage}).articles[0]!;
		return figures.map(
			figure =>
				`${article.text.slice(figure.span.start, figure.span.end)} | ${figure.value}${figure.high === undefined ? '' : `-${figure.high}`} | ${figure.unit || '-'}`,
		);
	}

	test.each([
		['Homes sell for $370,000 to $5.5 million.', ['$370,000 to $5.5 million | 370000-5500000 | USD']],
		[
			'The regulator could impose a fine of $3 billion to $5 billion.',
			['$3 billion to $5 billion | 3000000000-5000000000 | USD'],
		],
		['Prices rose between 5% and 6% this year.', ['between 5% and 6% | 5-6 | percent']],
		['The trade could rebound five per cent to 20 per cent.', ['five per cent to 20 per cent | 5-20 | percent']],
		['There were 1 to 2 thousand people.', ['1 to 2 thousand | 1000-2000 | -']],
		['Growth will slow from 4.8 to 4.7 percent.', ['from 4.8 to 4.7 percent | 4.8-4.7 | percent']],
		['He went from 208 pounds to 193 by running.', ['from 208 pounds to 193 | 208-193 | GBP']],
		['Over the past three or four years, rates fell.', ['three or four years | 3-4 | yr']],
		[
			'Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am.',
			['from $36,040 at 10.45pm last night to $34,935 | 36040-34935 | USD'],
		],
		['Mileage rose from 20 mpg in 2008 to 29 mpg.', ['from 20 mpg in 2008 to 29 mpg | 20-29 | mpg']],
	])('%s', (passage, expected) => {
		expect(rangesOf(passage)).toEqual(expected);
	});

	test('a restatement after `, or` and a clause between the ends are no range', () => {
		expect(rangesOf('It fell 1.48 percent, or 5 points.')).toEqual([
			'1.48 percent | 1.48 | percent',
			'5 points | 5 | pt',
		]);
		expect(rangesOf('Prices went from 5 dollars, then to 7.')).toEqual(['5 dollars | 5 | USD', '7 | 7 | -']);
	});

	test('a power of ten written after the digits is part of the number', () => {
		expect(rangesOf('The mass is approximately 1.99×10−30 kilograms, or 6.02 x 10^23 atoms.')).toEqual([
			'approximately 1.99×10−30 kilograms | 1.99e-30 | kg',
			'6.02 x 10^23 | 6.02e+23 | -',
		]);
		expect(rangesOf('A 5 x 10 metre room.')).toEqual(['5 | 5 | -', '10 metre | 10 | m']);
	});

	test('two ends in different units, or a drop to a lower level without `from`, are two figures', () => {
		expect(rangesOf('The stock jumped 18 cents to $23.50.').length).toBe(2);
		expect(rangesOf('Output fell 40 to 30 on the day.')).toEqual(['40 | 40 | -', '30 | 30 | -']);
	});

	test('vague magnitudes are their order of magnitude', () => {
		expect(rangesOf('Dozens of people were hurt and millions of dollars lost.')).toEqual([
			'Dozens | 12-120 | -',
			'millions | 1000000-10000000 | -',
		]);
	});
});

describe('numbers in names and years are not figures', () => {
	function textsOf(passage: string): string[] {
		const {article, figures} = analyzePassages({a: passage}).articles[0]!;
		return figures.map(figure => article.text.slice(figure.span.start, figure.span.end));
	}

	test.each([
		['The base iPhone 11 has just 64 GB of storage.', ['64 GB']],
		['The airline grounded its own 787 Dreamliner fleet of 12 jets.', ['12']],
		['A category 4 hurricane brought winds of 130 mph.', ['130 mph']],
		['The office at 575 Wilbraham Road was sold.', []],
		['In the 90049 ZIP code, 37 homes sold.', ['37']],
		['The firm was founded in 2012 as a startup.', []],
		['Testing began in 2011 was slow.', []],
		['They procured COVID-19 tests for 300 staff.', ['300']],
		['It records 4K video on a 1080p screen for $4K, up 5p.', ['$4K', '5p']],
	])('%s', (passage, expected) => {
		expect(textsOf(passage)).toEqual(expected);
	});

	test('a capitalised plural or a nationality after a number is what it counts', () => {
		expect(textsOf('Some 50 Republicans and 100 Russian soldiers were there.')).toEqual(['Some 50', '100']);
	});
});

describe('words that name numbers only in names', () => {
	test('`us` and `mark` before a number are ordinary words: the figure stays', () => {
		const {article, figures} = analyzePassages({a: 'He gave us 5 reasons to mark 10 years of peace.'}).articles[0]!;
		expect(figures.map(figure => article.text.slice(figure.span.start, figure.span.end))).toEqual(['5', '10 years']);
	});
});

describe('spans of years', () => {
	test('`between 1600 and 1900` is two dates; a count after the range keeps it a figure', () => {
		const years = analyzePassages({a: 'Between 1600 and 1900 world temperatures fell.'}).articles[0]!;
		expect(years.figures).toEqual([]);
		expect(years.dates.map(date => date.year)).toEqual([1600, 1900]);
		const counts = analyzePassages({a: 'Sales rose from 1200 to 1900 units.'}).articles[0]!;
		expect(counts.figures.map(figure => [figure.value, figure.high])).toEqual([[1200, 1900]]);
	});
});

describe('directions and hedges carried by the words around a figure', () => {
	test('a clause that leaves out the verb of the one before keeps its direction', () => {
		expect(changesOf('Ross was down 2.3%, Burlington by 2.6% and Gap rose 1.9%.')).toEqual([
			'2.3% → down',
			'2.6% → down',
			'1.9% → up',
		]);
	});

	test('`by X to Y`: the amount and the level it reached, unless the two are a range of amounts', () => {
		const {article, figures} = analyzePassages({
			a: 'The deficit increased by $43.6 billion to $419.2 billion. Temperatures dropped by 1 to 1.5 degrees.',
		}).articles[0]!;
		expect(figures.map(figure => [article.text.slice(figure.span.start, figure.span.end), figure.change])).toEqual([
			['$43.6 billion', 'up'],
			['$419.2 billion', undefined],
			['1 to 1.5 degrees', 'down'],
		]);
	});

	test('a tilde is `about`, and a bracketed restatement claims what its figure claims', () => {
		const {figures} = analyzePassages({
			a: 'Bake for ~25 minutes. Accounts with more than 7.5 million Danish crowns (US $1.1 million) pay. It makes just under 296 hp (224 kW / 300 PS).',
		}).articles[0]!;
		expect(figures.map(figure => [figure.value, figure.qualifier])).toEqual([
			[25, '~'],
			[7_500_000, '>'],
			[1_100_000, '>'],
			[296, '<'],
			[224, '<'],
			[300, '<'],
		]);
	});
});

describe('signs, prefixes and verbs that say how a figure stands', () => {
	test('a minus sign against the digits after a currency or a word; a hyphen between numbers is a range', () => {
		const {figures} = analyzePassages({a: 'The balance fell to $-50.8bn after a -5% month; read pages 5 -10.'})
			.articles[0]!;
		expect(figures.map(figure => [figure.value, figure.high, figure.unit])).toEqual([
			[-50_800_000_000, undefined, 'USD'],
			[-5, undefined, 'percent'],
			[5, 10, ''],
		]);
	});

	test('`sub-7` is below 7; `barely` and `averaged` are approximate', () => {
		const {figures} = analyzePassages({
			a: 'They make sub-7 nanometer chips. It trades on barely 6.5 times earnings. He averaged 7.3 points.',
		}).articles[0]!;
		expect(figures.map(figure => [figure.value, figure.qualifier])).toEqual([
			[7, '<'],
			[6.5, '~'],
			[7.3, '~'],
		]);
	});

	test('`added` is a rise of a price or share, not of a count', () => {
		expect(changesOf('Hextar added 15 sen and the index added 2%. They need to add ten users.')).toEqual([
			'15 sen → up',
			'2% → up',
			'ten → =',
		]);
	});
});
