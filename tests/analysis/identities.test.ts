import {describe, expect, test} from 'vitest';
import {givenNamesCompatible, transliterationKey} from '../../source/analysis/speakers/names.js';
import {analyzePassages, quoteRows} from '../helpers/articles.js';

describe('transliteration keys', () => {
	test.each([
		['Syrskyi', 'Syrsky'],
		['Zelensky', 'Zelenskyy'],
		['Zelenskiy', 'Zelensky'],
		['Tykhy', 'Tikhiy'],
		['Bielieskov', 'Beleskov'],
		['Kravets', 'Kravec'],
	])('%s and %s are one name', (a, b) => {
		expect(transliterationKey(a)).toBe(transliterationKey(b));
	});

	test.each([
		['Ivanov', 'Ivanova'],
		['Smirnov', 'Smirnova'],
		['Petrenko', 'Petrov'],
	])('%s and %s are not', (a, b) => {
		expect(transliterationKey(a)).not.toBe(transliterationKey(b));
	});

	test('given names match across Ukrainian, Russian and English spellings, and by initial', () => {
		expect(givenNamesCompatible('Heorhiy', 'Georgiy')).toBe(true);
		expect(givenNamesCompatible('Andrii', 'Andriy')).toBe(true);
		expect(givenNamesCompatible('Oleksandr', 'Alexander')).toBe(true);
		expect(givenNamesCompatible('Volodymyr', 'Vladimir')).toBe(true);
		expect(givenNamesCompatible('V.', 'Volodymyr')).toBe(true);
		expect(givenNamesCompatible('Ivan', 'Oleksiy')).toBe(false);
		expect(givenNamesCompatible('Mary', 'John')).toBe(false);
	});
});

describe('speaker identities across articles', () => {
	test('spelling variants, surname-only mentions and titles join one identity', () => {
		const analysis = analyzePassages({
			a: 'Commander Oleksandr Syrskyi said troops held “1,000 square kilometres”. “We hold,” Syrskyi said.',
			b: '“We will continue,” General Alexander Syrsky said.',
			c: '“It is going well,” Syrsky told reporters.',
		});
		const syrskyi = analysis.speakers.filter(speaker => /Syrsk/.test(speaker.name));
		expect(syrskyi).toHaveLength(1);
		expect(syrskyi[0]).toMatchObject({articles: ['a', 'b', 'c'], quoteCount: 4});
		expect(syrskyi[0]!.aliases).toEqual(expect.arrayContaining(['Syrskyi', 'Alexander Syrsky', 'Syrsky']));
	});

	test('distinct people who share a surname stay apart; a bare surname is the one named last', () => {
		const analysis = analyzePassages({
			a: [
				'John Smith, a senator from Ohio, said the bill would pass.',
				'Mary Smith, his opponent, said it would “never get through”.',
				'“It is dead on arrival,” Smith added.',
			].join('\n'),
		});
		const smiths = analysis.speakers.filter(speaker => speaker.name.endsWith('Smith'));
		expect(smiths.map(speaker => speaker.name)).toEqual(['John Smith', 'Mary Smith']);
		expect(quoteRows(analysis).map(([, , speaker]) => speaker)).toEqual(['Mary Smith', 'Mary Smith']);
	});

	test('a bare surname shared by two people in other articles joins neither', () => {
		const analysis = analyzePassages({
			a: '“We are holding,” Ivan Petrenko said.',
			b: '“We are not,” Oleksiy Petrenko said.',
			c: '“Nobody knows,” Petrenko said.',
		});
		expect(analysis.speakers.map(speaker => speaker.name)).toEqual(['Ivan Petrenko', 'Oleksiy Petrenko', 'Petrenko']);
	});

	test('institutions join across articles; unnamed sources and groups do not', () => {
		const analysis = analyzePassages({
			a: 'The Russian Defence Ministry said it had repelled “enemy groups”. One blog said it was “a rout”.',
			b: 'The Russian Defense Ministry said troops had “liberated” the village. One blog said it was “quiet”.',
		});
		const ministry = analysis.speakers.filter(speaker => speaker.kind === 'organisation');
		expect(ministry).toHaveLength(1);
		expect(ministry[0]).toMatchObject({articles: ['a', 'b'], quoteCount: 2});
		expect(analysis.speakers.filter(speaker => speaker.name === 'One blog')).toHaveLength(2);
	});

	test('ids are stable slugs of the display name', () => {
		const analysis = analyzePassages({a: '“Yes,” Heorhiy Tykhy said.', b: '“No,” Georgiy Tykhy said.'});
		expect(analysis.speakers.map(speaker => [speaker.id, speaker.name, speaker.aliases])).toEqual([
			['heorhiy-tykhy', 'Heorhiy Tykhy', ['Georgiy Tykhy']],
		]);
	});
});

describe('a surname alone, using names the article mentions without quoting', () => {
	test('is the person named in full in its own article, not a namesake quoted elsewhere', () => {
		const analysis = analyzePassages({
			a: '“We must act,” council member Dana Whitfield said.',
			b: 'Harbour City coach Dan Whitfield made three changes. “I’d rather lose trying,” Whitfield told reporters.',
		});
		const quoteSpeakers = quoteRows(analysis).map(([, , speaker]) => speaker);
		expect(quoteSpeakers).toEqual(['Dana Whitfield', 'Dan Whitfield']);
		expect(analysis.speakers.find(speaker => speaker.name === 'Dan Whitfield')!.aliases).toEqual(['Whitfield']);
	});

	test('unless the title names an office only a namesake elsewhere holds', () => {
		const analysis = analyzePassages({
			a: '“We will rebuild the port,” President Daniel Marsh said.',
			b: 'First lady Ellen Marsh visited a school.\n\n“Every child can learn,” Ellen Marsh said.\n\n“The budget is safe,” President Marsh said in a statement.',
		});
		const quoteSpeakers = quoteRows(analysis).map(([, , speaker]) => speaker);
		expect(quoteSpeakers).toEqual(['Daniel Marsh', 'Ellen Marsh', 'Daniel Marsh']);
	});

	test('an honorific is a role only when nothing better is known', () => {
		const analysis = analyzePassages({
			a: 'Foreign Minister Oleksii Marchuk said so. “No,” Mr Marchuk said. “Never,” Mr Marchuk added.',
		});
		expect(analysis.speakers[0]!.role).toBe('Foreign Minister');
	});
});

describe('how the articles describe a speaker', () => {
	test('a description resolved to a speaker is one of the ways the speaker is called; a pronoun is not', () => {
		const analysis = analyzePassages({
			a: 'Casino owner Sheldon Marsh met the candidate on Monday. “It was very nice,” the gambling tycoon said. “He was charming,” he added.',
			b: '“We will build it,” Sheldon Marsh said. “It is a good deal,” said the billionaire.',
		});
		const marsh = analysis.speakers.find(speaker => speaker.name === 'Sheldon Marsh')!;
		expect(marsh.quoteCount).toBe(4);
		expect(marsh.aliases).toEqual(['gambling tycoon', 'billionaire']);
	});

	test('a capitalised phrase after `the` is no person’s full name: `Marsh` stays the Marsh named elsewhere', () => {
		const analysis = analyzePassages({
			a: '“We will win,” Donald Marsh said.',
			b: 'For those not yet on the Marsh Train, it is late. “They lost everybody,” Marsh told the station.',
		});
		expect(quoteRows(analysis).map(([, , speaker]) => speaker)).toEqual(['Donald Marsh', 'Donald Marsh']);
	});
});
