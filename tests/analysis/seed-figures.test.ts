import {beforeAll, describe, expect, test} from 'vitest';
import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {CorpusAnalysis} from '../../source/model.js';
import {seedsDirectory} from '../helpers/files.js';

let analysis: CorpusAnalysis;
beforeAll(async () => {
	analysis = analyzeCorpus(await loadCorpus([seedsDirectory]));
});

const entry = (prefix: string) => analysis.articles.find(({article}) => article.id.startsWith(prefix))!;

/** `text | value | unit | qualifier | counted` for each figure of an article. */
function rows(prefix: string): string[] {
	const {article, figures} = entry(prefix);
	return figures.map(figure =>
		[
			article.text.slice(figure.span.start, figure.span.end),
			figure.high === undefined ? figure.value : `${figure.value}-${figure.high}`,
			figure.unit || '-',
			figure.qualifier,
			figure.counted ?? '-',
			...(figure.vague ? ['vague'] : []),
		].join(' | '),
	);
}

describe('figures in the seeds, as a reader marks them', () => {
	test('000: the occupied area and thousands of soldiers; nothing from the trailing headlines', () => {
		expect(rows('000')).toEqual([
			'thousands | 1000-10000 | - | exact | soldiers | vague',
			'exceeds 1,150 square kilometers | 1150 | km2 | > | -',
		]);
	});

	test('001: settlements, territory (two claims), the zone, the advance, the front', () => {
		expect(rows('001')).toEqual([
			'over two dozen | 24 | - | > | settlements',
			'approximately 1,000 square kilometers | 1000 | km2 | ~ | -',
			'at least 800 square kilometers | 800 | km2 | >= | -',
			'20-kilometre | 20 | km | exact | -',
			'at least 12 kilometers | 12 | km | >= | -',
			'40 kilometers | 40 | km | exact | -',
			'thousands | 1000-10000 | - | exact | Ukrainian troops | vague',
		]);
	});

	test('002: the advance range, captured soldiers and drones; 2022 is a date and "second" an ordinal', () => {
		expect(rows('002')).toEqual([
			'1-2 km | 1-2 | km | exact | -',
			'100 | 100 | - | exact | Russian soldiers captured',
			'117 | 117 | - | exact | drones shot down',
		]);
		expect(entry('002').dates.map(date => date.year)).toEqual([2022]);
	});

	test('003: distance, North Korean troops, 24 hours; no 2 from World War II', () => {
		expect(rows('003')).toEqual([
			'about 15 kilometers | 15 | km | ~ | -',
			'some 11,000 | 11000 | - | ~ | North Korean troops',
			'within 24 hours | 24 | h | <= | -',
		]);
	});

	test('004: territory now and at the start, each with its conversion; troops; deaths; the span', () => {
		expect(rows('004')).toEqual([
			'approximately 90 square kilometers | 90 | km2 | ~ | -',
			'around 35 square miles | 35 | mi2 | ~ | -',
			'over 1,000 square kilometers | 1000 | km2 | > | -',
			// `over 1,000 square kilometers (386 square miles)`: the restatement is `over` too.
			'386 square miles | 386 | mi2 | > | -',
			'an estimated 70,000 | 70000 | - | ~ | Russian troops',
			'around 11,000 | 11000 | - | ~ | troops',
			'over 1,000 | 1000 | - | > | North Korean soldiers died',
			'three-month | 3 | mo | exact | -',
		]);
		expect(entry('004').figures.map(figure => figure.conversion)).toEqual([
			undefined,
			{of: 0, agrees: true},
			undefined,
			{of: 2, agrees: true},
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(entry('004').dates.map(date => [date.year, date.month, date.day])).toEqual([
			[2024, 8, undefined],
			[2024, 8, 6],
			[2024, undefined, undefined],
		]);
	});

	test('attributions: Syrskyi for the territory he gives, ISW for its estimate', () => {
		const name = (prefix: string, index: number) => {
			const id = entry(prefix).figures[index]!.attribution?.speakerId;
			return analysis.speakers.find(speaker => speaker.id === id)?.name ?? null;
		};

		expect(name('000', 1)).toBe('Oleksandr Syrskyi');
		expect(name('001', 1)).toBe('Oleksandr Syrskyi');
		expect(name('001', 2)).toBe('Institute for the Study of War');
		expect(name('004', 0)).toBe('Oleksandr Syrskyi');
		expect(name('004', 6)).toBe('Western intelligence sources');
	});
});

describe('figure groups in the seeds', () => {
	const groupOf = (prefix: string, index: number) =>
		analysis.groups.find(group => group.id === entry(prefix).figures[index]!.group);
	const memberKeys = (prefix: string, index: number) =>
		groupOf(prefix, index)!.members.map(member => `${member.article.slice(0, 3)}#${member.index}`);

	test('the territory figures of 000, 001 and 004 are one group, flagged as differing', () => {
		const territory = groupOf('000', 1)!;
		expect(territory.label).toBe('territory held, km²');
		expect(territory.unit).toBe('km2');
		expect(memberKeys('000', 1)).toEqual(['000#1', '001#1', '001#2', '004#0', '004#2']);
		expect(territory.differs).toBe(true);
	});

	test('the North Korean troop figures of 003 and 004 are one group that agrees', () => {
		expect(memberKeys('003', 1)).toEqual(['003#1', '004#5']);
		expect(groupOf('003', 1)!.differs).toBe(false);
	});

	test('unrelated figures stay apart: 1,000 km² and 1,000 soldiers who died, Russian and North Korean troops', () => {
		expect(groupOf('004', 6)).not.toBe(groupOf('004', 2));
		expect(memberKeys('004', 6)).toEqual(['004#6']);
		expect(memberKeys('004', 4)).toEqual(['004#4']);
		expect(memberKeys('001', 4)).toEqual(['001#4']);
		expect(memberKeys('002', 0)).toEqual(['002#0']);
	});

	test('vague figures and conversions are in no group', () => {
		expect(entry('000').figures[0]!.group).toBeUndefined();
		expect(entry('004').figures[1]!.group).toBeUndefined();
	});
});
