import {describe, expect, test} from 'vitest';
import type {CorpusAnalysis} from '../../source/model.js';
import {analyzePassages} from '../helpers/articles.js';

/** Groups as `label: article#figure-text, …` with their flag, for readable expectations. */
function groupsOf(analysis: CorpusAnalysis): {label: string; members: string[]; differs: boolean}[] {
	return analysis.groups.map(group => ({
		label: group.label,
		members: group.members.map(({article, index}) => {
			const entry = analysis.articles.find(candidate => candidate.article.id === article)!;
			const {span} = entry.figures[index]!;
			return `${article}: ${entry.article.text.slice(span.start, span.end)}`;
		}),
		differs: group.differs,
	}));
}

describe('grouping figures across articles', () => {
	test('territory in km² and square miles joins after conversion; hedges decide agreement', () => {
		const analysis = analyzePassages({
			a: 'Ukrainian troops controlled about 1,000 square kilometers of Russian territory.',
			b: 'Kyiv’s forces held some 390 square miles of land in the region.',
			c: 'The army said it occupied at least 800 square kilometres.',
		});
		expect(groupsOf(analysis)).toEqual([
			{
				label: 'territory held, km²',
				members: ['a: about 1,000 square kilometers', 'b: some 390 square miles', 'c: at least 800 square kilometres'],
				differs: true,
			},
		]);
	});

	test('a group differs when its outer members disagree, even if each neighbour agrees with the next', () => {
		// ~1,000 allows 900–1,100, ~1,150 allows 1,035–1,265, ~1,300 allows 1,170–1,430:
		// each overlaps the next, but the first and the last do not meet.
		const analysis = analyzePassages({
			a: 'Ukrainian troops controlled about 1,000 square kilometers of Russian territory.',
			b: 'Ukrainian troops controlled about 1,150 square kilometers of Russian territory.',
			c: 'Ukrainian troops controlled about 1,300 square kilometers of Russian territory.',
		});
		expect(groupsOf(analysis).map(group => group.differs)).toEqual([true]);
		const agreeing = analyzePassages({
			a: 'Ukrainian troops controlled about 1,000 square kilometers of Russian territory.',
			b: 'Ukrainian troops controlled about 1,050 square kilometers of Russian territory.',
			c: 'Ukrainian troops controlled about 1,090 square kilometers of Russian territory.',
		});
		expect(groupsOf(agreeing).map(group => group.differs)).toEqual([false]);
	});

	test('hedged figures that overlap agree', () => {
		const analysis = analyzePassages({
			a: 'Reports suggest that some 11,000 North Korean troops are deployed in Kursk.',
			b: 'North Korea sent around 11,000 troops to help Russia.',
		});
		expect(groupsOf(analysis)).toEqual([
			{label: 'North Korean troops', members: ['a: some 11,000', 'b: around 11,000'], differs: false},
		]);
		expect(analysis.groups[0]!.confidence).toBeGreaterThan(0.5);
	});

	test('troops and soldiers of one nation are one count; deaths and other nations are not', () => {
		const analysis = analyzePassages({
			a: 'An estimated 70,000 Russian troops arrived, and over 1,000 North Korean soldiers had died.',
			b: 'Moscow moved 50,000 Russian soldiers to the front.',
			c: 'Pyongyang sent 12,000 North Korean troops.',
		});
		expect(groupsOf(analysis).map(group => [group.label, group.members.length, group.differs])).toEqual([
			['Russian troops', 2, true],
			['North Korean soldiers died', 1, false],
			['North Korean troops', 1, false],
		]);
	});

	test('the same number measuring different things never joins', () => {
		const analysis = analyzePassages({
			a: 'Troops held over 1,000 square kilometers of territory.',
			b: 'Over 1,000 North Korean soldiers had died.',
			c: 'Forces advanced 1,000 kilometres into the region.',
		});
		expect(analysis.groups).toHaveLength(3);
		expect(analysis.groups.every(group => group.members.length === 1)).toBe(true);
	});

	test('distances of different kinds stay apart', () => {
		const analysis = analyzePassages({
			a: 'Forces advanced at least 12 kilometers into the region, opening a front that spans 40 kilometers wide.',
			b: 'The village lies about 15 kilometers from the border.',
		});
		expect(groupsOf(analysis).map(group => group.label)).toEqual([
			'advance, km',
			'front width, km',
			'distance from the border, km',
		]);
	});

	test('two figures in one article can share a group; a figure with nothing said about it stays alone', () => {
		const analysis = analyzePassages({
			a: 'The operation first captured over 1,000 square kilometers. Troops now defend approximately 90 square kilometers. It lasted 300 days.',
		});
		expect(groupsOf(analysis)).toEqual([
			{
				label: 'territory held, km²',
				members: ['a: over 1,000 square kilometers', 'a: approximately 90 square kilometers'],
				differs: true,
			},
			// Nothing says what the days measure: the words around the figure label it.
			{label: 'It lasted 300 days', members: ['a: 300 days'], differs: false},
		]);
	});

	test('a bare count of people in two articles says too little to join them', () => {
		const analysis = analyzePassages({
			a: 'More than 40 people were treated in hospital.',
			b: 'More than 60 people signed up to speak.',
		});
		expect(analysis.groups.map(group => group.members.length)).toEqual([1, 1]);
	});

	test('vague figures and conversions are not group members', () => {
		const analysis = analyzePassages({
			a: 'Thousands of soldiers defend 90 square kilometers (around 35 square miles) of territory.',
		});
		expect(groupsOf(analysis)).toEqual([
			{label: 'territory held, km²', members: ['a: 90 square kilometers'], differs: false},
		]);
	});
});
