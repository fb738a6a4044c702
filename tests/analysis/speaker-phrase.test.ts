import {describe, expect, test} from 'vitest';
import {findPersonNames, parseSpeakerPhrase} from '../../source/analysis/attribution/speaker-phrase.js';
import {tokenize} from '../../source/analysis/text/tokens.js';

function parse(phrase: string, appositive?: string) {
	const text = appositive ? `${phrase}, ${appositive},` : phrase;
	const tokens = tokenize(text, 0, phrase.length);
	const appositiveTokens = appositive
		? tokenize(text, phrase.length + 2, phrase.length + 2 + appositive.length)
		: undefined;
	const mention = parseSpeakerPhrase(tokens, {text, appositive: appositiveTokens});
	return mention && {name: mention.name, role: mention.role, kind: mention.kind, anonymous: mention.anonymous};
}

describe('parseSpeakerPhrase', () => {
	test('a title after its modifier is an office, not a name', () => {
		expect(parse('the First Lady')).toMatchObject({name: 'The First Lady', role: undefined, kind: 'person'});
		expect(parse('First Lady Ellen Marsh')).toMatchObject({name: 'Ellen Marsh', role: 'First Lady', kind: 'person'});
		expect(parse('first lady Ellen Marsh')).toMatchObject({name: 'Ellen Marsh', role: 'first lady'});
	});

	test('roles and titles are kept apart from the name', () => {
		expect(parse('Ukraine’s Deputy Prime Minister Iryna Vereshchuk')).toEqual({
			name: 'Iryna Vereshchuk',
			role: 'Deputy Prime Minister',
			kind: 'person',
			anonymous: false,
		});
		expect(parse('Ukrainian foreign ministry spokesman Heorhiy Tykhy')).toMatchObject({
			name: 'Heorhiy Tykhy',
			role: 'Ukrainian foreign ministry spokesman',
		});
		expect(parse('Sen. Lindsey Graham')).toMatchObject({name: 'Lindsey Graham', role: 'Sen.'});
		expect(parse('European Commission President Ursula von der Leyen')).toMatchObject({
			name: 'Ursula von der Leyen',
			role: 'European Commission President',
		});
	});

	test('a role in an appositive, and a name in an appositive', () => {
		expect(parse('Andrii Kovalenko', 'the head of the Center for Countering Disinformation')).toMatchObject({
			name: 'Andrii Kovalenko',
			role: 'head of the Center for Countering Disinformation',
		});
		expect(parse('Another squad leader', 'Faraon')).toMatchObject({
			name: 'Faraon',
			role: 'squad leader',
			kind: 'person',
		});
		expect(parse('One Ukrainian soldier', 'identified as Ruzhyk')).toMatchObject({name: 'Ruzhyk', kind: 'person'});
	});

	test('institutions, places standing for governments, and report sources', () => {
		expect(parse('The Russian Defence Ministry')).toMatchObject({
			name: 'Russian Defence Ministry',
			kind: 'organisation',
		});
		expect(parse('Moscow')).toMatchObject({name: 'Moscow', kind: 'organisation'});
		expect(parse('the analysis of data from the US-based Institute for the Study of War')).toMatchObject({
			name: 'Institute for the Study of War',
			kind: 'organisation',
		});
	});

	test('a document from a person is the person’s, by a title or a given name; from a body, the body’s', () => {
		expect(parse('a quote from Mr. Webb')).toEqual({name: 'Webb', role: 'Mr.', kind: 'person', anonymous: false});
		// British style writes the title without its stop.
		expect(parse('a letter from Mrs Webb')).toEqual({name: 'Webb', role: 'Mrs', kind: 'person', anonymous: false});
		expect(parse('a statement from Sen. Dana Hill')).toMatchObject({name: 'Dana Hill', role: 'Sen.', kind: 'person'});
		expect(parse('a memo from Karen Lowell')).toMatchObject({name: 'Karen Lowell', kind: 'person'});
		// A given name opening a body's name (`Marshall`) does not make it a person.
		expect(parse('a report from Marshall University')).toMatchObject({
			name: 'Marshall University',
			kind: 'organisation',
		});
		expect(parse('a statement from Pew Research')).toMatchObject({name: 'Pew Research', kind: 'organisation'});
	});

	test('initials run together are part of the name; dotted abbreviations of places and bodies are not', () => {
		expect(parse('Fox News anchor E.D. Hill')).toEqual({
			name: 'E.D. Hill',
			role: 'Fox News anchor',
			kind: 'person',
			anonymous: false,
		});
		expect(parse('W.E.B. Du Bois')).toMatchObject({name: 'W.E.B. Du Bois', kind: 'person'});
		expect(parse('U.S. Rep. Dana Hill')).toMatchObject({name: 'Dana Hill', role: 'U.S. Rep.', kind: 'person'});
		expect(parse('the U.N.')).toMatchObject({name: 'U.N.', kind: 'organisation'});
	});

	test('groups and unnamed sources', () => {
		expect(parse('Russian officials')).toMatchObject({kind: 'group', anonymous: false});
		expect(parse('Western intelligence sources')).toMatchObject({kind: 'group', anonymous: true});
		expect(parse('A Ukrainian security official')).toMatchObject({kind: 'unnamed', anonymous: true});
		expect(parse('one blog')).toMatchObject({name: 'One blog', kind: 'unnamed', anonymous: true});
		expect(parse('Latvia’s foreign minister')).toMatchObject({
			kind: 'person',
			role: 'foreign minister',
			anonymous: false,
		});
	});

	test('pronouns are kept for resolution', () => {
		expect(parse('He')).toMatchObject({name: 'He', kind: 'person'});
		expect(parse('They')).toMatchObject({name: 'They', kind: 'group'});
	});

	test('phrases that cannot speak are not speakers', () => {
		expect(parse('These updates')).toBeUndefined();
		expect(parse('This maneuver')).toBeUndefined();
		expect(parse('In a statement')).toBeUndefined();
		expect(parse('participated in the offensive')).toBeUndefined();
	});
});

describe('a name and a reporting verb are a clause, not a phrase', () => {
	test('which Will claims affirmed', () => {
		const text = 'Will claims';
		expect(parseSpeakerPhrase(tokenize(text), {text})?.name).toBe('Will');
	});

	test('a plural noun after a determiner stays', () => {
		const text = 'the Trump claims';
		expect(parseSpeakerPhrase(tokenize(text), {text})?.name).not.toBe('Trump');
	});
});

describe('person names found in running text', () => {
	const namesIn = (text: string) => findPersonNames(text, tokenize(text)).map(found => found.name);

	test('a verb form opens no name', () => {
		expect(namesIn('a column on Electing Obama in 2008')).toEqual([]);
	});

	test('a given name in a verb’s form does', () => {
		expect(namesIn('the coach Sterling Brown said')).toEqual(['Sterling Brown']);
	});

	test('a comparative or an interjection opening the sentence is no given name', () => {
		expect(namesIn('Older Samsung features are still there.')).toEqual([]);
		expect(namesIn('Hey Dana Hill, over here.')).toEqual(['Dana Hill']);
	});

	test('a run with a model number names a product, not a person', () => {
		expect(namesIn('the new Samsung Galaxy S5 went on sale')).toEqual([]);
		expect(namesIn('a Boeing Dreamliner 787 landed, and Dana Hill met it')).toEqual(['Dana Hill']);
	});
});
