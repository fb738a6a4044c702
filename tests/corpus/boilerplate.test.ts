import {describe, expect, test} from 'vitest';
import {isFurniture, isHeadlineLike, separateBoilerplate} from '../../source/corpus/boilerplate.js';

const story = [
	'Ukrainian forces pushed deeper into the Kursk region on Tuesday, according to the general staff in Kyiv.',
	'The Russian Defence Ministry said its troops had repelled several attacks near the town of Sudzha.',
	'Officials in Moscow declared a regional state of emergency as thousands of residents were evacuated.',
];

describe('isFurniture', () => {
	test.each([
		'Post a Comment',
		'Previous Post Next Post',
		'Advertisement',
		'ADVERTISEMENT',
		'Share this article',
		'Share on Facebook',
		'Subscribe to our newsletter',
		'Sign up for the Morning Briefing newsletter',
		'Read more: Why Kursk matters',
		'Related stories',
		'You may also like',
		'12 Comments',
		'Home › World › Europe',
		'Image caption, Ukrainian soldiers near Sudzha',
		// A video's caption and a video player's controls (BBC pages).
		'Media caption European leaders cautiously welcomed the election results',
		'Media player help',
		'Out of media player. Press enter to return or tab to continue.',
		// A share bar: several items of furniture on one line.
		'Share on Facebook · Share on X · Email this article',
		'Facebook | Twitter | Print this page',
		// Paywalls and subscription prompts.
		'This article is for subscribers only.',
		'Already a subscriber? Log in',
		'To continue reading, subscribe today',
		'You have reached your free article limit for this month.',
	])('%s is furniture', line => {
		expect(isFurniture(line)).toBe(true);
	});

	test.each([
		'Syrsky said the troops would share their positions with the new brigade.',
		'Subscribers to the Telegram channel said the bridge had been hit, which the ministry denied later that evening in a long statement that ran well past the usual length of a page furniture line.',
		'Strategic Impact and Ongoing Clashes',
		'Home is where the front line now runs, a soldier said.',
		// Separators in a real line, and the words of furniture inside a sentence.
		'Kyiv · Moscow · Kursk: the three cities where the war is decided',
		'Email this article to the ministry, the protesters urged their followers on Tuesday.',
		'The article is for subscribers of the union newsletter, the spokesman said.',
		'Media coverage of the election was thin, the monitors said.',
	])('%s is not furniture', line => {
		expect(isFurniture(line)).toBe(false);
	});
});

describe('isHeadlineLike', () => {
	test('short title-case lines without sentence punctuation', () => {
		expect(isHeadlineLike('ICC Issues Arrest Warrants For Netanyahu, Gallant And Al-Masri')).toBe(true);
		expect(isHeadlineLike('Strategic Impact and Ongoing Clashes')).toBe(true);
	});

	test('not sentences, not sentence-case lines, not long lines', () => {
		expect(isHeadlineLike('Russia Fires Missile In Ukraine Attack.')).toBe(false);
		expect(isHeadlineLike('the troops were told to hold the line near the river')).toBe(false);
		expect(isHeadlineLike(`${'Very Long Title Words '.repeat(8)}`.trim())).toBe(false);
	});
});

describe('separateBoilerplate', () => {
	test('a trailing list of other headlines is removed, even when it shares words with the story', () => {
		const related = [
			'Russia Fires Missile In Ukraine Attack — Kyiv',
			'Police Raid Warehouses Amid Food Poisoning Deaths',
		];
		const result = separateBoilerplate([...story, ...related]);
		expect(result.kept).toEqual(story);
		expect(result.removed).toEqual(related);
	});

	test('section subheads followed by paragraphs stay in the article', () => {
		const paragraphs = [story[0]!, 'North Korean Involvement and Casualties', story[1]!, story[2]!];
		expect(separateBoilerplate(paragraphs)).toEqual({kept: paragraphs, removed: []});
	});

	test('furniture in the middle and at the end is removed and kept in order', () => {
		const result = separateBoilerplate([
			story[0]!,
			'Advertisement',
			story[1]!,
			'Post a Comment',
			'Previous Post Next Post',
		]);
		expect(result.kept).toEqual([story[0], story[1]]);
		expect(result.removed).toEqual(['Advertisement', 'Post a Comment', 'Previous Post Next Post']);
	});

	test('one trailing headline goes when it shares nothing with the story, stays when it does', () => {
		const unrelated = 'South African Police Raid Warehouses';
		expect(separateBoilerplate([...story, unrelated]).removed).toEqual([unrelated]);
		const related = 'Sudzha Residents Evacuated From Kursk Region';
		expect(separateBoilerplate([...story, related]).kept).toContain(related);
	});

	test('a list introduced by a colon belongs to the story', () => {
		const paragraphs = [...story, 'The regions under emergency rule are:', 'Kursk Oblast', 'Belgorod Oblast'];
		expect(separateBoilerplate(paragraphs).removed).toEqual([]);
	});

	test('real paragraphs are never removed, even short final ones', () => {
		const paragraphs = [...story, 'The fighting continues.'];
		expect(separateBoilerplate(paragraphs)).toEqual({kept: paragraphs, removed: []});
	});

	test('a text of only furniture keeps nothing', () => {
		expect(separateBoilerplate(['Post a Comment', 'Share this article']).kept).toEqual([]);
	});
});
