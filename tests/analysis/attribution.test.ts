import {describe, expect, test} from 'vitest';
import {rootMention} from '../../source/analysis/attribution/resolve-references.js';
import {analyzePassages, quoteRows} from '../helpers/articles.js';

/** `[quote text, speaker name]` for each quotation of one passage. */
function speakersOf(passage: string): [string, string | null][] {
	return quoteRows(analyzePassages({a: passage})).map(([text, , speaker]) => [text, speaker]);
}

describe('attribution patterns', () => {
	test.each([
		['“…,” X said', '“The bridge is down,” Dmytro Lubinets said.', 'Dmytro Lubinets'],
		['X said, “…”', 'Dmytro Lubinets said, “The bridge is down.”', 'Dmytro Lubinets'],
		['X said: “…”', 'Dmytro Lubinets said: “The bridge is down.”', 'Dmytro Lubinets'],
		['“…,” said X', '“The bridge is down,” said Dmytro Lubinets.', 'Dmytro Lubinets'],
		['“…,” said X, appositive', '“The bridge is down,” said Dmitry Peskov, the Kremlin spokesman.', 'Dmitry Peskov'],
		['X told reporters', '“The bridge is down,” Lubinets told reporters on Friday.', 'Lubinets'],
		['X stated', 'Governor Vyacheslav Gladkov stated that the shelling was “relentless”.', 'Vyacheslav Gladkov'],
		['X noted that', 'Analyst Michael Kofman noted that the front was “fluid”.', 'Michael Kofman'],
		['according to X', 'The town was “completely destroyed”, according to Mayor Ivan Fedorov.', 'Ivan Fedorov'],
		['According to X, “…”', 'According to Ivan Fedorov, “nothing is left standing.”', 'Ivan Fedorov'],
		[
			'a speech verb far from the quote',
			'Chancellor Olaf Scholz warned that the alliance would face a “turning point” soon.',
			'Olaf Scholz',
		],
		[
			'passive with a by-agent before the quote',
			'The strike was described by Kaja Kallas as a “war crime”.',
			'Kaja Kallas',
		],
		[
			'passive with a by-agent after the quote',
			'A new “corridor” for civilians was announced by the Red Cross on Monday.',
			'Red Cross',
		],
		[
			'participle after the attribution',
			'Mark Rutte spoke in Brussels, saying, “We stand with Ukraine.”',
			'Mark Rutte',
		],
		[
			'participle taking the subject',
			'Jens Stoltenberg visited Kyiv on Monday, calling the attack “barbaric”.',
			'Jens Stoltenberg',
		],
		[
			'appositive between name and verb',
			'Andriy Kovalenko, the head of the centre, stated that the claims were “fake”.',
			'Andriy Kovalenko',
		],
		[
			'bracketed acronym before the verb',
			'Ukraine’s military intelligence agency (HUR) said the drones hit “key targets”.',
			'Ukraine’s military intelligence agency',
		],
	])('%s', (_pattern, passage, speaker) => {
		const rows = speakersOf(passage);
		expect(rows).toHaveLength(1);
		expect(rows[0]![1]).toBe(speaker);
	});
});

describe('references back to a speaker', () => {
	test('he is the last named person', () => {
		const passage = [
			'“We are not interested in taking land,” spokesman Heorhiy Tykhy told reporters.',
			'He defended the raid as “absolutely legitimate”.',
		].join('\n');
		expect(speakersOf(passage).map(([, speaker]) => speaker)).toEqual(['Heorhiy Tykhy', 'Heorhiy Tykhy']);
	});

	test('the blog and it are the blog met before', () => {
		const passage = [
			'“The enemy has thrown in reserves,” said one military blog on Sunday.',
			'“Our drones are working,” the blog said.',
			'It added that the ground was “frozen solid”.',
		].join('\n');
		expect(speakersOf(passage).map(([, speaker]) => speaker)).toEqual([
			'One military blog',
			'One military blog',
			'One military blog',
		]);
	});

	test('they are the last group or institution', () => {
		const passage = [
			'The Russian Defence Ministry said its troops had repelled the attack.',
			'They claimed to have destroyed “dozens of vehicles”.',
		].join('\n');
		expect(speakersOf(passage)).toEqual([['dozens of vehicles', 'Russian Defence Ministry']]);
	});

	test('a pronoun with nobody before it has no speaker', () => {
		expect(speakersOf('She said the situation was “under control”.')).toEqual([['under control', null]]);
	});
});

describe('when no speaker can be found', () => {
	test('a term with no attribution in its sentence has none, rather than the nearest name', () => {
		const passage = [
			'Sergei Shoigu visited the front on Monday.',
			'The so-called “special military operation” began in 2022.',
		].join('\n');
		expect(speakersOf(passage)).toEqual([['special military operation', null]]);
	});

	test('words inside a quotation are never its attribution', () => {
		expect(speakersOf('“We will respond, the president said so,” one official explained.')).toEqual([
			['We will respond, the president said so,', 'One official'],
		]);
	});

	test('a full quotation continues the speaker of the full quotation just before it', () => {
		const passage = [
			'“We will hold,” Colonel Yuriy Ihnat said.',
			'“There is no other way.”',
			'“Nobody asked us.” Then the talks ended.',
		].join('\n');
		expect(speakersOf(passage).map(([, speaker]) => speaker)).toEqual(['Yuriy Ihnat', 'Yuriy Ihnat', 'Yuriy Ihnat']);
	});

	test('but not a partial quotation before it', () => {
		const passage = ['Mark Rutte called the strike “reckless”.', '“We do not negotiate.” That was the message.'].join(
			'\n',
		);
		expect(speakersOf(passage)).toEqual([
			['reckless', 'Mark Rutte'],
			['We do not negotiate.', null],
		]);
	});
});

describe('a quotation split by its attribution', () => {
	test('is one quote with two spans and an ellipsis in its text', () => {
		const analysis = analyzePassages({
			a: '“First we hold the line,” Colonel Olena Bilous said, “and then we advance.”',
		});
		const [quote, ...rest] = analysis.articles[0]!.quotes;
		expect(rest).toEqual([]);
		expect(quote!.spans).toHaveLength(2);
		expect(quote!.text).toBe('First we hold the line, … and then we advance.');
		expect(quoteRows(analysis)[0]![2]).toBe('Olena Bilous');
	});

	test('quotes in different paragraphs are never joined', () => {
		const analysis = analyzePassages({a: '“We hold,” Ihnat said.\n“We advance,” Ihnat said.'});
		expect(analysis.articles[0]!.quotes.map(quote => quote.spans.length)).toEqual([1, 1]);
	});
});

describe('groups, institutions and anonymous sources', () => {
	test('each is a speaker, flagged anonymous only when unnamed', () => {
		const analysis = analyzePassages({
			a: [
				'Russian officials condemned the raid as a “terrorist attack”.',
				'The Russian Defence Ministry claimed it had stopped “enemy mobile groups”.',
				'A senior security official, speaking on condition of anonymity, said the aim was to “stretch the enemy”.',
				'Western intelligence sources said the figure was “far higher”.',
			].join('\n'),
		});
		const rows = analysis.articles[0]!.quotes.map(quote => {
			const speaker = rootMention(quote.attribution!.speaker);
			return [speaker.name, speaker.kind, speaker.anonymous];
		});
		expect(rows).toEqual([
			['Russian officials', 'group', false],
			['Russian Defence Ministry', 'organisation', false],
			['A senior security official', 'unnamed', true],
			['Western intelligence sources', 'group', true],
		]);
	});
});

describe('patterns met in other outlets’ copy', () => {
	test('a quotation named in the next sentence: “…” That was the verdict of X', () => {
		const passage = [
			'“We were the better side for an hour and we threw it away.” That was the blunt verdict of Ashcombe manager Mark Hollis.',
			'He said his players had “stopped doing the basics”.',
		].join('\n');
		expect(speakersOf(passage).map(([, speaker]) => speaker)).toEqual(['Mark Hollis', 'Mark Hollis']);
	});

	test('a relative clause between the speaker and the verb, and a later bare reference', () => {
		const passage = [
			'A senior official who spoke on condition of anonymity said Kyiv had asked for more air defence.',
			'“We do not have enough missiles,” the official said.',
		].join('\n');
		const analysis = analyzePassages({a: passage});
		const speaker = rootMention(analysis.articles[0]!.quotes[0]!.attribution!.speaker);
		expect([speaker.name, speaker.anonymous]).toEqual(['A senior official', true]);
	});

	test('one of the people familiar with the matter is an anonymous source', () => {
		const analysis = analyzePassages({
			a: 'A deal could come “within weeks, not months”, one of the people said.',
		});
		expect(rootMention(analysis.articles[0]!.quotes[0]!.attribution!.speaker).anonymous).toBe(true);
	});

	test('a name before a chain of descriptions is the speaker, and its role the first description', () => {
		const analysis = analyzePassages({
			a: 'Asked what the vote changes, Dana Hill, the director of the Centre for Policy Studies, which is based in Brussels, said, “Unfortunately nothing.”',
			b: '“It is over,” said Ben Okafor, chief executive of Ledgerline, a London company.',
			c: '“We were stunned,” said Ann Moss, a historian who found the letters.',
		});
		expect(quoteRows(analysis).map(([, , speaker]) => speaker)).toEqual(['Dana Hill', 'Ben Okafor', 'Ann Moss']);
		const roles = Object.fromEntries(analysis.speakers.map(speaker => [speaker.name, speaker.role]));
		expect(roles).toMatchObject({
			'Dana Hill': 'director of the Centre for Policy Studies',
			'Ben Okafor': 'chief executive of Ledgerline',
			'Ann Moss': 'historian',
		});
	});

	test('a relative clause after a noun phrase no verb takes has its own speaker', () => {
		expect(
			speakersOf('There is a tape of Dana Hill denouncing “waste,” a rumor that Ben Okafor disdained as “scurrilous.”'),
		).toEqual([
			['waste,', 'Dana Hill'],
			['scurrilous.', 'Ben Okafor'],
		]);
		// After a verb's object, `that` opens the clause the verb reports.
		expect(speakersOf('Dana Hill told the committee that the plan was “reckless.”')).toEqual([
			['reckless.', 'Dana Hill'],
		]);
		expect(speakersOf('The senator scorned the plan as “fantasy.”')).toEqual([['fantasy.', 'The senator']]);
	});

	test('a document the words describe after `is` did not say them; someone’s document did', () => {
		expect(speakersOf('The new budget is “a disaster.”')).toEqual([['a disaster.', null]]);
		expect(speakersOf('Dana Hill’s campaign slogan is “I’m with you.”')).toEqual([
			['I’m with you.', 'Dana Hill’s campaign slogan'],
		]);
		expect(speakersOf('The ministry is “deeply concerned.”')).toEqual([['deeply concerned.', 'The ministry']]);
	});

	test('a so-called term is the writer’s, even in a sentence with a speaker', () => {
		expect(speakersOf('Okafor said 1,100 ballots went through the so-called “cure” process.')).toEqual([
			['cure', null],
		]);
		// Written open as well as hyphenated.
		expect(speakersOf('Okafor said 1,100 ballots went through the so called “cure” process.')).toEqual([
			['cure', null],
		]);
	});

	test('a fragment before a verb with words of its own after it is not that verb’s', () => {
		expect(speakersOf('Her turn on “The View” was described by Dana Hill as a “stunt.”')).toEqual([
			['The View', null],
			['stunt.', 'Dana Hill'],
		]);
		expect(speakersOf('“Argo” director Ben Okafor said he felt “sort of halfway home.”')).toEqual([
			['Argo', null],
			['sort of halfway home.', 'Ben Okafor'],
		]);
		// A verb or a pronoun after the fragment goes on with the clause.
		expect(speakersOf('Ben Okafor spoke in London. Conceding a deal “down the line” he warned: “Not soon.”')).toEqual([
			['down the line', 'Ben Okafor'],
			['Not soon.', 'Ben Okafor'],
		]);
		// Between commas the attribution is the whole sentence's.
		expect(speakersOf('The “reckless” plan, Dana Hill said, was “a disaster.”')).toEqual([
			['reckless', 'Dana Hill'],
			['a disaster.', 'Dana Hill'],
		]);
	});

	test('a split quotation with where it was said between the parts is one quote', () => {
		const analysis = analyzePassages({
			a: '“We’re not contesting anything yet,” Calloway said in a statement, “but Nevadans deserve to know.”',
		});
		expect(analysis.articles[0]!.quotes.map(quote => quote.text)).toEqual([
			'We’re not contesting anything yet, … but Nevadans deserve to know.',
		]);
	});

	test('the subject comes before the comma: X, who…, told the council, “…”', () => {
		expect(
			speakersOf('Gloria Penn, who has lived on Alder Street for 31 years, told the council, “I don’t want cameras.”'),
		).toEqual([['I don’t want cameras.', 'Gloria Penn']]);
	});

	test('post-nominal letters do not hide a name in an appositive', () => {
		expect(speakersOf('Reeve’s barrister, Oliver Strand KC, said his client had “always intended” to repay.')).toEqual([
			['always intended', 'Oliver Strand'],
		]);
	});

	test('a plural noun that looks like a verb is not an attribution', () => {
		const analysis = analyzePassages({a: 'Statewide recounts in Nevada have shifted totals by a few dozen votes.'});
		expect(analysis.speakers).toEqual([]);
	});

	test('the agency is the institution named before it; a singular they is the unnamed source', () => {
		const passage = [
			'At least 38 of the dead were children, according to the National Disaster Management Authority (NDMA).',
			'“The scale is beyond what districts can manage,” the agency said.',
			'An aid worker, who asked not to be named, said convoys were stuck.',
			'“We have trucks full of food,” they said.',
		].join('\n');
		expect(speakersOf(passage).map(([, speaker]) => speaker)).toEqual([
			'National Disaster Management Authority',
			'An aid worker',
		]);
	});
});
