import {beforeAll, describe, expect, test} from 'vitest';
import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {rootMention} from '../../source/analysis/attribution/resolve-references.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {CorpusAnalysis} from '../../source/model.js';
import {quoteRows} from '../helpers/articles.js';
import {seedsDirectory} from '../helpers/files.js';

let analysis: CorpusAnalysis;
beforeAll(async () => {
	analysis = analyzeCorpus(await loadCorpus([seedsDirectory]));
});

// Every quotation in the seeds, read off the articles: text, kind, speaker identity.
const expected: Record<string, [string, string, string][]> = {
	'000': [
		['buffer zone', 'term', 'Ukrainian officials'],
		['The occupied area exceeds 1,150 square kilometers,', 'full', 'Oleksandr Syrskyi'],
		['terrorist invasion,', 'term', 'Russian officials'],
		['worthy response', 'term', 'Vladimir Putin'],
	],
	'001': [
		['just peace', 'term', 'Ukraine'],
		['dislodge', 'partial', 'Vladimir Putin'],
		// One identity with 003's `Russian Defense Ministry`, which names it more often.
		['enemy mobile groups in armoured vehicles', 'partial', 'Russian Defense Ministry'],
		['collective West,', 'term', 'Alexander Bortnikov'],
		[
			'The sooner Russia agrees to restore a just peace, the sooner the raids by the Ukrainian defence forces into Russia will stop,',
			'full',
			'Georgiy Tykhy',
		],
		['absolutely legitimate', 'partial', 'Georgiy Tykhy'],
		['increase in the intensity of hostilities', 'partial', 'Ukraine'],
		['sabotage', 'term', 'Ukraine'],
		['terrifying', 'partial', 'Faraon'],
		[
			'Russia assumed that, given its advances elsewhere, Ukraine wouldn’t undertake such bold actions,',
			'full',
			'Mykola Bielieskov',
		],
		['dislodge', 'partial', 'Vladimir Putin'],
		['sow discord', 'partial', 'Vladimir Putin'],
		[
			'stretch the positions of the enemy, inflict maximum losses, and destabilize the situation in Russia.',
			'partial',
			'A Ukrainian security official',
		],
	],
	'002': [
		['completely blocked', 'partial', 'A commander of the Chechen Akhmat special forces unit'],
		['taking over', 'partial', 'Georgiy Tykhy'],
		['security zone', 'term', 'Iryna Vereshchuk'],
		['red line.', 'term', 'Vladimir Putin'],
	],
	'003': [
		['Russia is getting what it deserves.', 'full', 'Andriy Yermak'],
		['The enemy has thrown reserves into the offensive in Kursk region,', 'full', 'One blog'],
		[
			'For the breakthrough, the AFU covered the area with powerful radio electronic warfare systems, hampering the work of our UAVs (drones), … There are small arms battles, our artillery and tanks are actively working against the enemy.',
			'full',
			'One blog',
		],
		['In this offensive the enemy uses mine clearance trawls, tanks and other armored vehicles,', 'full', 'One blog'],
		[
			'Our guys are fighting, there is a battle going on right now, and serious battles. It is unclear why, there was no military sense in the Ukrainian Armed Forces entering the Kursk region, or holding on there now as they are doing, throwing their best units there to be slaughtered,',
			'full',
			'Vladimir Putin',
		],
	],
	'004': [['We will continue these operations,', 'full', 'Oleksandr Syrskyi']],
};

describe('quotations in the seeds', () => {
	test.each(Object.keys(expected))('article %s: every quotation, its kind and speaker, and nothing else', id => {
		expect(quoteRows(analysis, id)).toEqual(expected[id]);
	});

	test('the attribution cue and the speaker as written are marked in the text', () => {
		const entry = analysis.articles.find(({article}) => article.id.startsWith('001'))!;
		const slice = (span: {start: number; end: number}) => entry.article.text.slice(span.start, span.end);
		const tykhy = entry.quotes.find(quote => quote.text.startsWith('The sooner'))!;
		expect(slice(tykhy.attribution!.cue)).toBe('told reporters');
		const he = entry.quotes.find(quote => quote.text === 'absolutely legitimate')!;
		expect(slice(he.attribution!.speaker.span)).toBe('He');
		const official = entry.quotes.at(-1)!;
		expect(rootMention(official.attribution!.speaker).anonymous).toBe(true);
	});

	test('the split quote of 003 keeps both its spans', () => {
		const entry = analysis.articles.find(({article}) => article.id.startsWith('003'))!;
		const split = entry.quotes.find(quote => quote.text.startsWith('For the breakthrough'))!;
		expect(split.spans.map(span => entry.article.text.slice(span.start, span.end))).toEqual([
			'For the breakthrough, the AFU covered the area with powerful radio electronic warfare systems, hampering the work of our UAVs (drones),',
			'There are small arms battles, our artillery and tanks are actively working against the enemy.',
		]);
	});
});

describe('speaker identities in the seeds', () => {
	const speaker = (name: string) =>
		analysis.speakers.find(entry => entry.name === name || entry.aliases.includes(name));

	test('Syrskyi and Syrsky are one person, in four articles', () => {
		const syrskyi = speaker('Syrsky')!;
		expect(syrskyi).toBe(speaker('Oleksandr Syrskyi'));
		expect(syrskyi.articles.map(id => id.slice(0, 3))).toEqual(['000', '001', '002', '004']);
		expect(syrskyi.quoteCount).toBe(2);
	});

	test('Georgiy and Heorhiy Tykhy are one person', () => {
		const tykhy = speaker('Heorhiy Tykhy')!;
		expect(tykhy).toBe(speaker('Georgiy Tykhy'));
		expect(tykhy.articles.map(id => id.slice(0, 3))).toEqual(['001', '002']);
		expect(tykhy.quoteCount).toBe(3);
	});

	test('Putin is one identity across four articles', () => {
		const putin = analysis.speakers.filter(entry => /Putin/.test(entry.name));
		expect(putin).toHaveLength(1);
		expect(putin[0]!.articles.map(id => id.slice(0, 3))).toEqual(['000', '001', '002', '003']);
		expect(putin[0]!.quoteCount).toBe(6);
	});

	test('roles are kept apart from names', () => {
		expect(speaker('Iryna Vereshchuk')!.role).toBe('Deputy Prime Minister');
		expect(speaker('Andrii Kovalenko')!.role).toBe('head of Ukraine’s Center for Countering Disinformation');
	});

	test('people with different names stay apart', () => {
		expect(speaker('Andrii Kovalenko')).not.toBe(speaker('Andriy Yermak'));
		expect(speaker('Andriy Zagorodnyuk')).not.toBe(speaker('Andriy Yermak'));
	});
});
