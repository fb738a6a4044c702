import {describe, expect, test} from 'vitest';
import {personName, titlesIn, transliterationKey} from '../../source/analysis/speakers/names.js';
import {titlesBefore} from '../../source/analysis/speakers/titles-before.js';
import {analyzePassages, quoteRows} from '../helpers/articles.js';

describe('a personal name without the words a sentence put before it', () => {
	test.each([
		['What Mr. Obama', 'Obama', ['mr']],
		['somber Mr. Obama', 'Obama', ['mr']],
		['When Principal Kim Sims', 'Kim Sims', ['principal']],
		['former Sen. Jim Webb', 'Jim Webb', ['senator']],
		['Vice President Joe Biden', 'Joe Biden', ['vice president']],
		['Martin Luther King Jr.', 'Martin Luther King', []],
		['Bill de Blasio', 'Bill de Blasio', []],
		['Obama’s', 'Obama', []],
		['Entrusting Donald Trump', 'Donald Trump', []],
		['Finally Jane Doe', 'Jane Doe', []],
		// A letter's salutation.
		['Dear Michelle Cottle', 'Michelle Cottle', []],
		// Or before a given name alone: the sentence began with the verb.
		['Joining Michelle', 'Michelle', []],
		// A word form before a surname alone may be a given name.
		['Irving Kristol', 'Irving Kristol', []],
		// A title with nothing after it is the name itself.
		['Justice', 'Justice', []],
	])('%s → %s', (written, name, titles) => {
		expect(personName(written)).toMatchObject({words: name.split(' '), text: name, titles});
	});

	test.each(['As', 'Besides', 'His', 'According', 'Why Barack Loves Her', 'the senator'])('%s is no name', written => {
		expect(personName(written)).toBeUndefined();
	});

	test('titles in a role are given in full', () => {
		expect(titlesIn('former Sen.')).toEqual(['senator']);
		expect(titlesIn('first lady')).toEqual(['first lady']);
		expect(titlesIn('Rep.')).toEqual(['representative']);
		expect(titlesIn('a longtime adviser')).toEqual([]);
	});

	test('Hill and Gill, Harry and Gary stay different names', () => {
		expect(transliterationKey('Hill')).not.toBe(transliterationKey('Gill'));
		expect(transliterationKey('Harry')).not.toBe(transliterationKey('Gary'));
	});

	test('doubled consonants fold, doubled vowels do not: Boos is not Boss', () => {
		expect(transliterationKey('Mitchell')).toBe(transliterationKey('Mitchel'));
		expect(transliterationKey('Boos')).not.toBe(transliterationKey('Boss'));
	});
});

describe('the titles written just before a name', () => {
	const at = (text: string, name: string) => titlesBefore(text, text.indexOf(name));

	test('a title phrase before the name is read back', () => {
		expect(at('She was joined by first lady Michelle Obama on stage.', 'Michelle')).toEqual(['first lady']);
		expect(at('He met former Sen. Jim Webb in Richmond.', 'Jim')).toEqual(['senator']);
		expect(at('He thanked his wife, Michelle Obama, for her work.', 'Michelle')).toEqual(['wife']);
	});

	test('another name or the end of a sentence stops the reading', () => {
		expect(at('“Thanks,” she told Mr. Obama, Michelle Obama said.', 'Michelle')).toEqual([]);
		expect(at('The president spoke. Michelle Obama followed.', 'Michelle')).toEqual([]);
		expect(at('Voters in Ohio liked Michelle Obama.', 'Michelle')).toEqual([]);
	});
});

describe('one identity per person across articles and name forms', () => {
	const passages = {
		a: [
			'President Barack Obama spoke in Denver on Tuesday. “We will not back down,” Mr. Obama said.',
			'“Nobody is above the law,” a somber Mr. Obama said.',
			'First lady Michelle Obama spoke after him. “We are proud of this city,” Mrs. Obama said.',
		].join('\n'),
		b: '“The economy is growing,” President Obama said on Friday.',
	};

	test('Barack Obama, Mr. Obama and President Obama join; Michelle Obama stays apart', () => {
		const analysis = analyzePassages(passages);
		expect(quoteRows(analysis).map(([text, , speaker]) => [text, speaker])).toEqual([
			['We will not back down,', 'Barack Obama'],
			['Nobody is above the law,', 'Barack Obama'],
			['We are proud of this city,', 'Michelle Obama'],
			['The economy is growing,', 'Barack Obama'],
		]);
		const barack = analysis.speakers.find(speaker => speaker.name === 'Barack Obama')!;
		expect(barack).toMatchObject({articles: ['a', 'b'], quoteCount: 3, role: 'President'});
		expect(analysis.speakers.some(speaker => /somber|What/.test(speaker.name + speaker.aliases.join()))).toBe(false);
	});

	test('a given name used for both sexes decides no gender: Mr Tsipras and he are Alexis Tsipras', () => {
		const analysis = analyzePassages({
			a: 'Alexis Tsipras, the leader of Syriza, conceded defeat. “We fought against blackmail,” he said.',
			b: '“We will tear up the bailout,” Mr Tsipras said.',
		});
		expect(quoteRows(analysis).map(([, , speaker]) => speaker)).toEqual(['Alexis Tsipras', 'Alexis Tsipras']);
	});

	test('a surname alone that she points back to is the woman of that name', () => {
		const analysis = analyzePassages({
			a: 'President Barack Obama spoke first. “We are ready,” Obama said. Michelle Obama spoke next.',
			b: 'Obama visited donors in Denver. “Barack believes we must fight for the world as it should be,” she said.',
		});
		expect(quoteRows(analysis, 'b').map(([, , speaker]) => speaker)).toEqual(['Michelle Obama']);
	});

	test('a given name alone that two people share stays one unresolved speaker, with a pronoun or without', () => {
		const analysis = analyzePassages({
			a: [
				'Michelle Webb met Michelle Lowell in 1989.',
				'“We were friends at once,” Michelle says.',
				'“Me? No!” she laughs.',
			].join('\n\n'),
		});
		const michelles = analysis.speakers.filter(speaker => speaker.name === 'Michelle');
		expect(michelles).toHaveLength(1);
		expect(michelles[0]).toMatchObject({quoteCount: 2});
	});

	test('a middle initial is part of the name, and the name without it is the same person', () => {
		const analysis = analyzePassages({
			a: '“We will win,” said Labor Secretary Thomas E. Perez on Monday.',
			b: '“We are ready,” Thomas Perez said.',
			c: '“We are done,” Perez said.',
		});
		expect(quoteRows(analysis).map(([, , speaker]) => speaker)).toEqual([
			'Thomas E. Perez',
			'Thomas E. Perez',
			'Thomas E. Perez',
		]);
	});

	test('a surname alone elsewhere is the namesake the corpus calls by surname alone', () => {
		const analysis = analyzePassages({
			a: 'President Barack Obama spoke first. “We are ready,” Obama said. Michelle Obama spoke next.',
			b: '“I am running again,” Obama told reporters.',
		});
		expect(quoteRows(analysis, 'b')).toEqual([['I am running again,', 'full', 'Barack Obama']]);
	});

	test('nor when the corpus calls each of them so about as often', () => {
		const analysis = analyzePassages({
			a: 'President Barack Obama spoke first. “We are ready,” Obama said.',
			b: 'First lady Michelle Obama spoke. “We are proud,” Obama said.',
			c: '“I am running again,” Obama told reporters.',
		});
		expect(quoteRows(analysis, 'c')).toEqual([['I am running again,', 'full', 'Obama']]);
	});

	test('not when the corpus writes Mr. and Mrs. for both', () => {
		const analysis = analyzePassages({
			...passages,
			c: '“I am running again,” Obama told reporters.',
		});
		expect(quoteRows(analysis, 'c')).toEqual([['I am running again,', 'full', 'Obama']]);
	});

	test('a surname alone with two namesakes in other articles, neither called so, joins neither', () => {
		const analysis = analyzePassages({
			a: 'First lady Michelle Obama spoke. “We are proud,” she said.',
			b: 'President Barack Obama spoke. “We are ready,” he said.',
			c: '“I am running again,” Obama told reporters.',
		});
		expect(quoteRows(analysis, 'c')).toEqual([['I am running again,', 'full', 'Obama']]);
	});

	test('short forms of a given name and a double surname are one person', () => {
		const analysis = analyzePassages({
			a: '“We will win,” William Clinton said.',
			b: '“We did win,” Bill Clinton said.',
			c: '“The party is united,” Debbie Wasserman Schultz said.',
			d: '“It is not,” Wasserman Schultz said. “Not yet,” Rep. Wasserman Schultz said.',
		});
		expect(analysis.speakers.map(speaker => [speaker.name, speaker.articles])).toEqual([
			['William Clinton', ['a', 'b']],
			['Debbie Wasserman Schultz', ['c', 'd']],
		]);
	});

	test('a family named after someone the article names is a group, not that person', () => {
		const analysis = analyzePassages({
			a: 'President Barack Obama and Michelle Obama arrived. “We love this town,” the Obamas said in a statement.',
		});
		const family = analysis.speakers.find(speaker => speaker.name.endsWith('Obamas'));
		expect(family?.kind ?? 'none').not.toBe('person');
	});
});

test('a headline run into a name is not a longer form of it', () => {
	const analysis = analyzePassages({
		a: '“We will build it,” Donald Trump said.',
		b: '9 (More) Offensive Things Donald Trump Has Said About Voters.\n\n“We will build it,” Donald Trump said again.',
	});
	expect(analysis.speakers.find(speaker => speaker.name.endsWith('Trump'))?.name).toBe('Donald Trump');
});
