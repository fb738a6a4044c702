import {beforeAll, describe, expect, test} from 'vitest';
import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {CorpusAnalysis} from '../../source/model.js';
import {formatFigure, formatGroup, shortIds} from '../../source/render/format.js';
import {figureStatuses} from '../../source/render/highlights.js';
import {seedsDirectory} from '../helpers/files.js';

let analysis: CorpusAnalysis;
beforeAll(async () => {
	analysis = analyzeCorpus(await loadCorpus([seedsDirectory]));
});

describe('formatting figures and groups', () => {
	test('a figure with its hedge, and its unit when it is not the group’s', () => {
		const base = {
			span: {start: 0, end: 1},
			counted: undefined,
			vague: false,
			subject: undefined,
			conversion: undefined,
			attribution: undefined,
		};
		expect(formatFigure({...base, value: 1150, high: undefined, unit: 'km2', qualifier: '>'}, 'km2')).toBe('>1,150');
		expect(formatFigure({...base, value: 1, high: 2, unit: 'km', qualifier: 'exact'})).toBe('1–2 km');
		expect(formatFigure({...base, value: 35, high: undefined, unit: 'mi2', qualifier: '~'}, 'km2')).toBe('~35 mi²');
		// `from 4.8 to 4.7 percent` is a move, not a range; `thousands` is a magnitude.
		expect(formatFigure({...base, value: 4.8, high: 4.7, unit: 'percent', qualifier: 'exact'})).toBe('4.8→4.7 %');
		expect(formatFigure({...base, value: 1000, high: 10_000, unit: '', qualifier: 'exact', vague: true})).toBe(
			'many 1,000',
		);
	});

	test('the territory group across the seeds reads as in the dashboard issue', () => {
		const territory = analysis.groups.find(group => group.label === 'territory held, km²')!;
		expect(formatGroup(analysis, territory)).toBe(
			'territory held, km²: 000 >1,150 · 001 ~1,000, >=800 · 004 ~90, >1,000',
		);
	});

	test('short ids are the prefix before _ when unique, else the whole id', () => {
		expect([...shortIds(['000_ab', '001_cd']).values()]).toEqual(['000', '001']);
		expect([...shortIds(['a_1', 'a_2']).values()]).toEqual(['a_1', 'a_2']);
	});
});

describe('figure statuses against the other pane', () => {
	test('000 opposite 001: the territory figure differs; 003 opposite 004: the troop figure agrees', () => {
		const entry = (prefix: string) => analysis.articles.find(({article}) => article.id.startsWith(prefix))!;
		expect(figureStatuses(analysis, entry('000'), entry('001'))).toEqual(['vague', 'differs']);
		expect(figureStatuses(analysis, entry('003'), entry('004'))).toEqual(['alone', 'agrees', 'alone']);
		// Opposite an article with no figure of the group, nothing is compared.
		expect(figureStatuses(analysis, entry('000'), entry('002'))).toEqual(['vague', 'alone']);
	});
});
