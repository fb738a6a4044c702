import {describe, expect, test} from 'vitest';
import {analyzePassages, quoteRows} from '../helpers/articles.js';

/** The speaker of each quotation of one passage. */
function speakersOf(passage: string): (string | null)[] {
	return quoteRows(analyzePassages({a: passage})).map(([, , speaker]) => speaker);
}

describe('speakers with appositives and parentheticals', () => {
	test.each([
		[
			'party and state in brackets, then an appositive',
			'“We cannot keep borrowing,” Rep. Dana Hill (D-Ore.), a member of the budget panel, said in a phone interview.',
			'Dana Hill',
		],
		[
			'party and state between commas',
			'“The votes are there,” Senate Whip Tom Ruiz, R-Texas, said Tuesday.',
			'Tom Ruiz',
		],
		['of an organisation', '“Prices are falling,” Ms. Park of the Farmers Union said.', 'Park'],
		[
			'a modifier in -ed before a role after the verb',
			'“I don’t know where he stands,” said undecided Republican voter Ann Moss of Derry, N.H., before the event.',
			'Ann Moss',
		],
		[
			'a surname in -ing opening the sentence before its verb',
			'Club president Lisa Fleming spoke last. Fleming said the club will still meet, but said, “It’s time we change how we do it.”',
			'Lisa Fleming',
		],
		[
			'a company title with the company’s abbreviated form',
			'“The plant will stay open,” said Harbor Mills Inc. chief executive Tom Ruiz.',
			'Tom Ruiz',
		],
		[
			'an appositive whose closing comma is missing',
			'Mr. Tom Ruiz, board member of Harbor Media Group also said: “The league has grown.”',
			'Tom Ruiz',
		],
		[
			'a title with an -ing modifier',
			'“They care about two things,” Farmers Union organizing director Ann Moss told the Ledger.',
			'Ann Moss',
		],
		[
			'a title with an -ing modifier after an organisation',
			'“People have been begging for this coverage,” Harbor TV coordinating producer Ann Moss said.',
			'Ann Moss',
		],
		[
			'a gerund modifying a noun after a number',
			'One sweeping question asked whether the candidates would “actively work to preserve” the rules.',
			'One sweeping question',
		],
		['after exhorted', '“It is about time we had a woman in charge,” exhorted Ann Moss, the host.', 'Ann Moss'],
		[
			'an of inside a name that modifies the noun after it',
			'“We will appeal,” a Department of Justice spokesman said.',
			'a Department of Justice spokesman',
		],
		[
			'a sentence adverb opening the sentence is not part of the name',
			'Unfortunately Harbor Trust has not been able to “tone it down.”',
			'Harbor Trust',
		],
		[
			'a date after the speaker is not the speaker',
			'A blog post on November 12 said that “the rollout has started.”',
			'A blog post',
		],
		[
			'a title in lower case running across of into the name',
			'“We learned that from the department,” former secretary of state Ann Moss said.',
			'Ann Moss',
		],
		[
			'an appositive and where it was said',
			'Webb, a longtime adviser to the governor, said Thursday on a radio show that the deal was “dead”.',
			'Webb',
		],
		[
			'after the verb, with an appositive',
			'“It is late,” said Marta Lind, the council’s chair, on Monday.',
			'Marta Lind',
		],
		['an age between commas', '“I voted for him twice,” Carla Ruiz, 54, said.', 'Carla Ruiz'],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});
});

describe('verbs and frames beyond said', () => {
	test.each([
		['asks, after the quotation', '“Who pays for this?” asks Noor Haddad.', 'Noor Haddad'],
		['writes … for a paper', 'Ellen Marsh writes for the Daily Ledger that the plan is “a mirage”.', 'Ellen Marsh'],
		['tweeted', 'Governor Alan Pike tweeted that the bill was “a disgrace”.', 'Alan Pike'],
		['continued with a colon', 'Ortiz continued: “We will not stop until the count is done.”', 'Ortiz'],
		['chanted', '“Count every vote,” the crowd chanted.', 'The crowd'],
		['a document speaks', '“The statute is plain,” the ruling said.', 'The ruling'],
		['the filing argues', 'The filing argues that the rule is “arbitrary and capricious”.', 'The filing'],
		[
			'says on its website that',
			'The Harbor Trust says on its website that the fund is “open to every family”.',
			'Harbor Trust',
		],
		['a commission', '“The rules apply to everyone,” the commission said in a statement.', 'The commission'],
		[
			'in an owner’s words',
			'In Samsung’s words, the new screen has been “refined to provide a clean look.”',
			'Samsung',
		],
		['in the words of', 'In the words of one aide, the plan is “dead on arrival.”', 'One aide'],
		['an office with an adverb as its modifier', '“They are pretty good,” the first lady said.', 'The first lady'],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});

	test('a dash after a quotation names its writer', () => {
		const passage = '“The buses never come on time.” — Jane Ortega, Portland';
		expect(speakersOf(passage)).toEqual(['Jane Ortega']);
	});
});

describe('a credit line under a quotation', () => {
	test('a hyphen opening a line of its own stands for the dash', () => {
		const passage = ['The Claims', '“Big firms pay zero taxes.”', '- Ruiz.', 'The claim is wrong.'].join('\n\n');
		expect(speakersOf(passage)).toEqual(['Ruiz']);
	});

	test('a hyphen inside a line is no credit', () => {
		const passage = ['The Claims', '“Big firms pay zero taxes.”', 'Tax-free - Ruiz said nothing.'].join('\n\n');
		expect(speakersOf(passage)).toEqual([null]);
	});
});

describe('a label before a colon', () => {
	test('a speech noun opening a line is no name', () => {
		const passage = [
			'The Debate',
			'Comment: Ruiz wrong about ‘boring’ league',
			'“The top four will stay the same,” he added.',
		].join('\n\n');
		expect(speakersOf(passage)).toEqual([null, null]);
	});
});

describe('words that are not speakers', () => {
	test('an interjection opening the sentence is not what a pronoun points back to', () => {
		const passage = 'Tom Ruiz spoke on Tuesday. Sure, she “cares about her town,” he says.';
		expect(speakersOf(passage)).toEqual(['Tom Ruiz']);
	});

	test('a base form after a quotation agrees with a plural phrase only', () => {
		expect(speakersOf('Samsung is holding its “Unpacked 5” press event in Barcelona.')).toEqual([null]);
		expect(speakersOf('“We are ready,” say officials in Kyiv.')).toEqual(['Officials']);
	});

	test('in a pronoun’s words', () => {
		const passage = 'Dana Hill spoke on Tuesday. In her words, the budget was “a disgrace from start to finish.”';
		expect(speakersOf(passage)).toEqual(['Dana Hill']);
	});

	test('the United States is a name, not a subject and the verb states', () => {
		expect(speakersOf('The United States has called the strike “a grave mistake”.')).toEqual(['United States']);
	});

	test('a title-case headline keeps its verb', () => {
		expect(speakersOf('Senator Ana Ruiz Says Tax Plan Is ‘A Gift To The Rich’')).toEqual(['Ana Ruiz']);
	});

	test('a verb with another sense does not take a quotation it does not introduce', () => {
		expect(speakersOf('The mayor said the city would reopen the park if the council agreed to a “fair deal”.')).toEqual(
			['The mayor'],
		);
	});

	test('an object inside a relative clause is not the subject', () => {
		expect(
			speakersOf('An aide who spoke anonymously to discuss internal strategy said Monday, “We are not worried.”'),
		).toEqual(['An aide']);
		expect(speakersOf('A voter who came to hear the mayor said the speech was “too long”.')).toEqual(['A voter']);
	});

	test('an object after to is no subject, when no relative clause names one', () => {
		expect(speakersOf('He wanted to meet the governor, “the sooner the better”, aides said.')).toEqual(['Aides']);
	});

	test('a verb form that is also a plural noun, after a modifier, is the noun', () => {
		expect(speakersOf('Feelings are mixed in many Asian states, and Beijing has used “velvet gloves” there.')).toEqual([
			null,
		]);
		expect(speakersOf('The report notes that the fund is “nearly empty”.')).toEqual(['The report']);
	});

	test('a heading in capitals is no speaker; an acronym is', () => {
		expect(speakersOf('TURNOUT HIGHER THAN EXPECTED - “We saw lines at noon,” one clerk said.')).toEqual(['One clerk']);
		expect(speakersOf('TWO DEAD IN STORM - Officials said the roads were “impassable”.')).toEqual(['Officials']);
		expect(speakersOf('“The count is on schedule,” CNN reported.')).toEqual(['CNN']);
		expect(
			speakersOf('FIVE HURT IN DEPOT FIRE Fire Chief Dana Hill said the blaze was “under control” by noon.'),
		).toEqual(['Dana Hill']);
	});

	test('absent is a preposition, not a name', () => {
		expect(speakersOf('Absent a deal, “we will shut down,” Lind said.')).toEqual(['Lind']);
	});

	test.each([
		['According', 'According to the memo, the plan was “never viable”.', 'The memo'],
		['Although', 'Although Ruiz said the plan was “dead,” the vote went ahead.', 'Ruiz'],
		['His', 'His campaign called the report “a smear”.', 'His campaign'],
	])('%s does not speak', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});
});

describe('speaker phrases read right', () => {
	test.each([
		['a modifier after a straight closing mark', '"Support was soft," Texas-based Matt Lind said.', 'Matt Lind'],
		['a year as a modifier', '“She did not like that,” said a 2008 campaign veteran.', 'A 2008 campaign veteran'],
		['a number as a plural subject', '“We do not understand the need,” the two write.', 'The two'],
		[
			'an -ing noun after an owner',
			'A source familiar with Hill’s thinking said, “She will run.”',
			'A source familiar with Hill’s thinking',
		],
		['upon and a participle', 'Dana Hill drew boos upon saying, “The count was fair.”', 'Dana Hill'],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});

	test('a verb form after a modifier without a determiner, or after an owner, is a noun', () => {
		expect(
			speakersOf('The race drew surprisingly positive comments, and one claim that he is not “crazy.”'),
		).not.toContain('Positive');
		expect(
			speakersOf(
				'Lind said that sometimes Dorn’s over-the-top comments make her wish they could “put the genie back.”',
			),
		).toEqual(['Lind']);
	});

	test('a phrase inside a leading prepositional phrase is no subject before appositives', () => {
		expect(
			speakersOf(
				'In a request about the polling places and election procedures, Ann Lind, chief of the voting section, noted the “allegations of long waits.”',
			),
		).toEqual(['Ann Lind']);
	});

	test('a singular noun without a determiner does not speak unprompted', () => {
		expect(speakersOf('Dorn’s not so sure father gave his charity ‘hundreds of thousands.’')).toEqual([null]);
	});

	test('a base form after a singular phrase is a noun: a thunderous chant', () => {
		expect(speakersOf('A mix of fans and activists joined in a thunderous chant of “Feel the heat!”')).not.toContain(
			'A thunderous',
		);
	});
});

describe('the subject of a participle after a comma', () => {
	test.each([
		[
			'past a reported clause',
			'Lind rejected the notion that Democrats could pull away, arguing that there is “room for the administration.”',
			'Lind',
		],
		[
			'a relative clause after the attribution',
			'Lind spoke down the street, where about 50 protesters had gathered, chanting “no contract, no peace.”',
			'50 protesters',
		],
		[
			'the attribution, past the clause it reports',
			'The spokesman said there was no call or meeting planned with Dorn, adding: “If one is proposed we will consider it.”',
			'The spokesman',
		],
		['by and a participle is no agent', 'An official responded by saying Japan should be “careful.”', 'An official'],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});

	test('with a modal, a reporting verb in a reported clause reports nothing', () => {
		expect(
			speakersOf('Lind said in her remarks that the platform should reiterate its support for “stalwart allies.”'),
		).toEqual(['Lind']);
	});
});

describe('two quotations, each with its own attribution', () => {
	test('are not one quotation split by the first', () => {
		expect(
			speakersOf('“He has to stop,” said Sen. Ann Lind. “He will have to earn it,” added Rep. Cathy Dorn Ruiz.'),
		).toEqual(['Ann Lind', 'Cathy Dorn Ruiz']);
	});
});

describe('an attribution right after a partial quotation', () => {
	test('ends the quotation’s sentence: it is the quotation’s, not the clause’s before', () => {
		expect(speakersOf('Hill cannot say that “from his point of view,” Ortiz added.')).toEqual(['Ortiz']);
	});

	test('with a clause of its own, it is not', () => {
		expect(speakersOf('Hill claimed that “the count was rigged,” but Ortiz said the count was fair.')).toEqual([
			'Hill',
		]);
	});
});

describe('a name right before a participle', () => {
	test.each([
		['footage of a person saying', 'The ad cuts to footage of Dana Hill saying, “We will build it.”', 'Dana Hill'],
		[
			'two absolute clauses',
			'Both issued a statement – Paul Dorn saying he was “very encouraged” and Dana Hill calling it a “great meeting.”',
			'Dana Hill',
		],
		[
			'not an object of to',
			'“Most people are unsure,” Hill wrote in a note to Lena Ortiz explaining her vote.',
			'Hill',
		],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage).at(-1)).toEqual(speaker);
	});
});

describe('verbs inside the clause an attribution reports', () => {
	test.each([
		[
			'a verb of another sense after that',
			'Dana Hill also said that Paul Dorn shows “great charm” in private.',
			'Dana Hill',
		],
		['after the reporting verb alone', 'Dana Hill said the ruling signals “a new era” for the court.', 'Dana Hill'],
		[
			'go on with an object is no going on speaking',
			'Dana Hill said that once the Senate goes on recess, “I intend to campaign everywhere.”',
			'Dana Hill',
		],
		[
			'a manner verb in a clause of time',
			'“He is having problems,” Ortiz said as the heckler yelled: “You suck!”',
			'The heckler',
		],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage).at(-1)).toEqual(speaker);
	});
});

describe('a quotation in a clause whose verb is not a reporting verb', () => {
	test.each([
		[
			'the subject of the main clause, past a relative clause about someone else',
			'Senator Ruth Ames is praising Paul Dorn, who ended his campaign on Saturday, as “a man who never went to the gutter”.',
			'Ruth Ames',
		],
		['a plain verb', 'Mayor Lena Ortiz noted the floods and her work to bring jobs from “Hull to York.”', 'Lena Ortiz'],
		[
			'after a leading phrase',
			'To give the tenor of the talk, Rob Kane went on to promote his show, “which is a phenomenal hit.”',
			'Rob Kane',
		],
		[
			'not the subject of a clause inside it',
			'Lee Park argued that his rival Tom Wade has “got to come a long way” on farm policy.',
			'Lee Park',
		],
		[
			'a body by its role',
			'The town released a statement saying his comments “are based on opinion, not fact.”',
			'The town',
		],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});

	test.each([
		['a place', 'During the war, Moscow was an “evil empire” to many.'],
		['a demonstrative phrase', 'Those services are open to members and “any other candidate who qualifies.”'],
		[
			'a time word',
			'Today, for the first time in years, the list is gone. The worst was to label as “USED NEWS” a story.',
		],
	])('%s does not speak for a quotation without a reporting verb', (_, passage) => {
		expect(speakersOf(passage)).toEqual([null]);
	});

	test.each([
		['the subject of a passive is what is named', 'Ortiz pressed the point, and the plan was called “dead”.', null],
		['known as', 'The colonel was widely known as “the Butcher” in the valley.', null],
		[
			'the passive’s agent after the quotation',
			'The plan has been called “a mirage” by Dana Hill, a professor.',
			'Dana Hill',
		],
		[
			'the clause above a passive',
			'Senator Ruth Ames has suggested her husband would be used for “special missions” abroad.',
			'Ruth Ames',
		],
		['a raising passive', 'Paul Dorn is reported to have called the deal “a steal”.', 'Paul Dorn'],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});
});

describe('things that are described, not speakers', () => {
	test.each([
		[
			'a product’s part promising features',
			'The rear camera promises 0.3-second autofocus and “advanced HDR” capabilities.',
		],
		['a phone boasting its parts', 'The new handset boasts 64 GB of storage and a “pro-grade” camera.'],
		['a product with a model number', 'In video mode the Galaxy S5 produces the “best mobile video tested to date”.'],
		[
			'a term inside the object of a verb of other senses',
			'The new integration adds a cryptographic “key” to the device.',
		],
	])('%s', (_, passage) => {
		expect(speakersOf(passage)).toEqual([null]);
	});

	test.each([
		// The same verbs report words where they introduce them, whatever their subject.
		['a clause after the verb', 'The banner promised that “nobody will be left behind”.', 'The banner'],
		['a quotation after the verb', 'The leaflet promises: “Free rides for all.”', 'The leaflet'],
		// A body or document speaks with an object after its verb too.
		['a document', 'The report promised a “fresh start” for the district.', 'The report'],
		// A person is not a thing: the least sure sieve still gives him the term.
		['a person', 'Ann Lee added a “huge” caveat.', 'Ann Lee'],
		// A quotation after the object's name, or one that goes on past a few words, is introduced.
		['after a name', 'Tom Ruiz told the BBC “we will be back next year”.', 'Tom Ruiz'],
		[
			'a long quotation after the object',
			'The memo noted the city “condemns every act of violence against refugees and migrants”.',
			'The memo',
		],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});
});

describe('subjects that are not who speaks', () => {
	test('a participle of inference after a figure’s clause', () => {
		expect(
			speakersOf(
				'Without them, the average income for the rest of the league dropped to £37m, indicating that a “league within a league” has formed.',
			),
		).toEqual([null]);
		expect(
			speakersOf('The average wage in the region fell by a fifth, suggesting that the “boom years” were over.'),
		).toEqual([null]);
		// A speaker by the head of the phrase still speaks through the participle.
		expect(speakersOf('The minister spoke for an hour, suggesting that the plan was “dead”.')).toEqual([
			'The minister',
		]);
	});

	test('after a quotation, a phrase its auxiliary follows opens the reported clause', () => {
		expect(
			speakersOf('Ann Lee, whose town she compared to a “tinderbox”, said any new government would struggle.'),
		).toEqual(['Ann Lee']);
		expect(speakersOf('“We are ready,” said the mayor of the town.')).toEqual(['The mayor of the town']);
	});
});

describe('the owner of a speech noun', () => {
	test.each([
		[
			'a claim with a that-clause, against a participle after it',
			'Gov. Ann Lee blamed the press for making an issue of Mark Ruiz’s claim that the mayor “founded the gang,” saying they missed the point.',
			'Mark Ruiz',
		],
		['a quotation before the noun', 'Critics seized on Dana Kirk’s “basket of cranks” remark.', 'Dana Kirk'],
		[
			// The last speaker named before is Maria Lopez; `his` is bound inside its own clause.
			'a possessive pronoun bound to its clause’s subject',
			'“We will win,” Maria Lopez said. Tom Hale has pushed his promise of “free tuition” for a year.',
			'Tom Hale',
		],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage).at(-1)).toEqual(speaker);
	});

	test('a speech noun that the quotation describes is not its content', () => {
		expect(speakersOf('Jessica Moore issued a statement saying his comment “has no place in our democracy.”')).toEqual([
			'Jessica Moore',
		]);
	});
});

describe('verbs told from their neighbours', () => {
	test.each([
		[
			'after a negated auxiliary',
			'Weaver didn’t seem impressed with the plan, telling reporters, “We will see what it costs.”',
			['Weaver'],
		],
		['an -s form between subject and object', 'The ad targets a “rigged system that keeps them in place.”', ['The ad']],
		[
			'after to, before its object',
			'Ann Moss used to support Paul Dorn, but now said Dorn had “no chance at all.”',
			['Ann Moss'],
		],
		[
			'a participle after a comma inside the marks',
			'Dana Pike delivered a defense of “city values,” saying the city had the “bravery and heart of the nation.”',
			['Dana Pike', 'Dana Pike'],
		],
		[
			'a base form after an acronym in capitals is no verb of a plural subject',
			'Ann Moss stopped by the studio and spoke briefly about the cancellation of his TBS late night show “Harbor Tonight.”',
			['Ann Moss'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('who goes on speaking', () => {
	test('went on after a quoted question the splitter cut off', () => {
		const passage =
			'“You know, it happens, right?” Lena Ortiz went on, as if she had not heard. “But you get over it.”';
		expect(speakersOf(passage)).toEqual(['Lena Ortiz', 'Lena Ortiz']);
	});

	test('a speaker whose words end in a question asked it of the audience, and goes on', () => {
		const passage = [
			'“I have to say this, he hit my hands. Are they small hands?” Ortiz said.',
			'“He referred to my hands. I guarantee you, there is no problem.”',
		].join('\n\n');
		expect(speakersOf(passage)).toEqual(['Ortiz', 'Ortiz']);
	});

	test.each([
		[
			'a dash',
			'“The key vote is the farmers’,” said Ann Moss, chair of the county party. “The mayor has to keep them. Her rival has to win them back” - by the spring, and with little money.',
		],
		[
			'which',
			'“Our members are angry,” said Ann Moss, who speaks for the union. “The new rule hurts them,” which Moss thinks will cost jobs.',
		],
	])('goes on past the writer’s gloss after %s', (_, passage) => {
		expect(speakersOf(passage)).toEqual(['Ann Moss', 'Ann Moss']);
	});

	test('a quotation after a sentence reporting speech within speech is the reporter’s', () => {
		const passage = [
			'Ann Moss argued that many voters say they want change.',
			'“A win in the state would show how weak he is.”',
		].join('\n\n');
		expect(speakersOf(passage)).toEqual(['Ann Moss']);
	});

	test('goes on after a reporting participle opening the sentence', () => {
		const passage =
			'Later, Ann Moss said that the report “was not good.” Adding, “Now, like all their scandals, what they do is never that bad.”';
		expect(speakersOf(passage)).toEqual(['Ann Moss', 'Ann Moss']);
	});

	test('a pronoun after a role named in an appositive, past a leading adverbial, is the named person', () => {
		const passage =
			'In a statement on Sunday, the Harbor Party leader, Ann Moss, called for unity. “There is no time for games,” she said.';
		expect(speakersOf(passage)).toEqual(['Ann Moss']);
	});

	test('a photo label and credit between a speaker and his pronoun are nobody', () => {
		const passage = [
			'Tom Ruiz conceded defeat. “We are proud of our fight,” he said.',
			'Photo',
			'A woman cast her ballot in Athens on Sunday. Credit Ann Moss/Reuters',
			'He added that his party would be “present in the new parliament.”',
		].join('\n\n');
		expect(speakersOf(passage)).toEqual(['Tom Ruiz', 'Tom Ruiz']);
	});

	test('goes on within a paragraph past one sentence about something else', () => {
		const passage =
			'“Those are some very small towns,” Ann Moss said. They also lie far from any city. “That’s a tough area.”';
		expect(speakersOf(passage)).toEqual(['Ann Moss', 'Ann Moss']);
	});

	test('does not go on past a sentence about another person', () => {
		const passage =
			'“Those are some very small towns,” Ann Moss said. Tom Ruiz drove there on Monday. “That’s a tough area.”';
		expect(speakersOf(passage)).toEqual(['Ann Moss', null]);
	});

	test('a paragraph of quotation after a speech act with no words of its own', () => {
		const passage = [
			'Baker Tom Reyes praised the governor’s leadership after the storm.',
			'“We need someone who will cut through the noise and bring people together.”',
		].join('\n\n');
		expect(speakersOf(passage)).toEqual(['Tom Reyes']);
	});

	test('a quotation after a speech act with no words of its own, in the same paragraph', () => {
		const passage = [
			'“We will lose the county,” said Paul Dorn, editor of the Ledger.',
			'State University’s Ann Moss agreed. “The party is running out of time to find anyone else.”',
		].join('\n\n');
		expect(speakersOf(passage)).toEqual(['Paul Dorn', 'Ann Moss']);
	});

	test('across a sentence or two about the speaker', () => {
		const passage = [
			'“In my view, it is the schools,” says Marta Lind, 32, of Sodus, who works in retail.',
			'Lind supports the mayor in the race. She plans to vote early.',
			'“I have a degree, but I have loans too.”',
		].join(' ');
		expect(speakersOf(passage)).toEqual(['Marta Lind', 'Marta Lind']);
	});

	test('not across a sentence about someone else', () => {
		const passage = [
			'“In my view, it is the schools,” says Marta Lind, who works in retail.',
			'Paul Dorn runs the store. “I have a degree, but I have loans too.”',
		].join(' ');
		expect(speakersOf(passage)).toEqual(['Marta Lind', null]);
	});

	test('a quotation the sentence goes on past with a preposition', () => {
		const passage =
			'“There are many quiet voters,” said Kay Lind, a pollster. “They agree with him, but they are not there yet” to back him.';
		expect(speakersOf(passage)).toEqual(['Kay Lind', 'Kay Lind']);
	});

	test('past a term inside the attribution’s sentence', () => {
		const passage =
			'“I do not know where he stands,” said voter Ann Hooton, before the event, a so-called “No-Nonsense” barbecue. “Some sort of amnesty is his plan.”';
		expect(speakersOf(passage).at(-1)).toEqual('Ann Hooton');
	});
});

describe('headlines', () => {
	test('a headline names its speaker before a colon', () => {
		expect(speakersOf('Moss: Budget Is ‘Dead On Arrival’\n\nThe senator spoke on Tuesday in the capital.')).toEqual([
			'Moss',
		]);
	});

	test('a title-case headline with a full stop after it names its speaker too', () => {
		const passage =
			'Dana Moss: ‘I Am the Worst Thing That Ever Happened to the Party.’\n\nThe senator spoke on Tuesday.';
		expect(speakersOf(passage)).toEqual(['Dana Moss']);
	});

	test('a wire headline with a full stop names its speaker before a colon; a column’s label (`The Latest`) names none', () => {
		expect(speakersOf('Ruiz: ‘We will win this race.’\n\nWASHINGTON (AP) — The senator spoke on Tuesday.')).toEqual([
			'Ruiz',
		]);
		expect(
			speakersOf(
				'The Latest: Ruiz delivers a defence of ‘city values.’\n\nWASHINGTON (AP) — The senator spoke on Tuesday.',
			),
		).toEqual(['Ruiz']);
	});

	test('a title-case line is no subject to point back to', () => {
		const passage = [
			'Newspaper Says Mayor Needs To Quit Politics',
			'A week after the flood, the Ledger newspaper ran an editorial.',
			'The editorial told him to leave his “playground for the rich” and visit the town.',
		].join('\n\n');
		expect(speakersOf(passage)).toEqual(['The editorial']);
	});
});

describe('subjects of participles and of reported clauses', () => {
	test('with X telling: the phrase after with is the speaker', () => {
		const passage =
			'The attack sparked a debate over how the country responds, with Senator Joan Ruiz telling reporters he was “directly responsible” for it.';
		expect(speakersOf(passage)).toEqual(['Joan Ruiz']);
	});

	test('a phrase after a verb that a verb follows opens the reported clause', () => {
		const passage =
			'Zeke Amos, an oncologist who advised the mayor on the overhaul, said Medicaid so far has been a success “by any stretch of any metric.”';
		expect(speakersOf(passage)).toEqual(['Zeke Amos']);
	});
});

describe('a name and a colon before a quotation', () => {
	test.each([
		['after a dash', 'Pollsters agree - Carla Biel: “Keep on contacting voters as late as possible.”', ['Carla Biel']],
		[
			'as the object of a verb that is no reporting verb',
			'The timing does not surprise Republican pollster Dan Shore: “Lesser-known candidates get the biggest boost.”',
			['Dan Shore'],
		],
		['as Vulture put it', 'As Vulture put it, “Hello, it is the summer of pop.”', ['Vulture']],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});

	test.each([
		['the object of told', 'Priebus told Fox News: “Both men are meeting next week.”', ['Priebus']],
		['a thing described', 'The ad opens with a slogan. The video with one sentence: “THIS IS NOT OK.”', [null]],
	])('not %s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('places are where, not who', () => {
	test('a place inside a leading participle phrase is not the subject', () => {
		expect(
			speakersOf(
				'Speaking at a town hall in Salem, New Hampshire, Lena Ortiz went after Webb, calling him “a total stiff.”',
			),
		).toEqual(['Lena Ortiz']);
	});

	test('a plural noun before its auxiliary is no reporting verb', () => {
		expect(
			speakersOf(
				'Cruz said on Thursday at a town hall in Buffalo, New York, that states can pass such laws because “men should not be there.”',
			),
		).toEqual(['Cruz']);
	});
});

describe('words that look like verbs in a speaker', () => {
	test('a title modifier in a verb form', () => {
		expect(
			speakersOf('Retired neurosurgeon Ben Carson told supporters that he does not see a “path forward.”'),
		).toEqual(['Ben Carson']);
		expect(speakersOf('“Forget about it,” said retired general Ann Holt, asked about the claim.')).toEqual([
			'Ann Holt',
		]);
	});

	test('a surname that is a reporting verb’s base form', () => {
		expect(speakersOf('“We believe this deal is a great deal for shareholders,” Read said.')).toEqual(['Read']);
	});
});

describe('an attribution alone in the sentence after a quotation', () => {
	test('belongs to the quotation, whatever its stop', () => {
		expect(speakersOf('“Russia, I hope you are able to find the emails that are missing.” Ortiz said.')).toEqual([
			'Ortiz',
		]);
	});

	test('after a question or exclamation, a verb that needs a quotation still takes it', () => {
		expect(speakersOf('“Is the plan really so bad?” Ortiz continued. “Is it worse than nothing?”')).toEqual([
			'Ortiz',
			'Ortiz',
		]);
		expect(speakersOf('“Why now?” Lena Ortiz laughed.')).toEqual(['Lena Ortiz']);
		expect(speakersOf('“This is fantastic!” beamed Dana Hill of Madison, who had waited all day.')).toEqual([
			'Dana Hill',
		]);
	});

	test('after a question, a title quoted later in the attribution’s sentence does not take it away', () => {
		expect(
			speakersOf(
				'“Is he available? We will see, right?” Ann Moss remarked, alluding to his latest turn in “The Harbor.”',
			)[0],
		).toBe('Ann Moss');
	});

	test('after a question, a sentence with its own full quotation keeps its attribution for that one', () => {
		expect(speakersOf('“Why now?” Then Ann Moss writes back, “You look tired.”')).toEqual([null, 'Ann Moss']);
	});

	test('a characterising verb ending the sentence after a question takes it; one with an object does not', () => {
		expect(speakersOf('“What made him change so fundamentally?” Lind questioned.')).toEqual(['Lind']);
		expect(
			speakersOf('Lind was known for one demand: “Tear down this wall!” Conservatives still praise her resolve.'),
		).not.toContain('Conservatives');
	});

	test('a verb form coordinated with a noun is a noun: applause and laughs', () => {
		expect(
			speakersOf(
				'“Let me help you out,” the Republican nominee riffed on whether Lind was honest, drawing applause and laughs.',
			),
		).toEqual(['The Republican nominee']);
	});

	test('a country in capitals before a title is part of the speaker, not the pronoun us', () => {
		expect(speakersOf('“The state is proud!” US Senator Dana Hill said as she cast the votes.')).toEqual(['Dana Hill']);
		expect(speakersOf('“We will vote no,” US Senator Dana Hill said.')).toEqual(['Dana Hill']);
	});

	test('not when more words follow it', () => {
		expect(
			speakersOf('“The fund is empty.” Ortiz said the council would meet on Friday to discuss the budget.'),
		).toEqual([null]);
	});
});

describe('reporting verbs after a quotation', () => {
	test.each([
		['a clause verb after a described subject', '“It is a big hurdle for her,” the aide added.', ['The aide']],
		[
			'a document reads',
			'“Hi neighbours! You are welcome here!” a message on the website reads.',
			['A message on the website'],
		],
		['shot back', '“Jeb wants to be a tough guy tonight,” Ortiz shot back.', ['Ortiz']],
		['chimed in', '“Count me out,” Lena Ortiz chimed in.', ['Lena Ortiz']],
		['retaliated', '“France will always be France,” an angry Hollande retaliated.', ['Hollande']],
		['fumed', '“They could have passed the bill,” Toomey fumed on Tuesday.', ['Toomey']],
		['pressed, after a question', '“Would it be negotiable?” Lena Ortiz pressed.', ['Lena Ortiz']],
		[
			'remembered, before the speaker',
			'“She took it upon herself,” remembered Roy Verley, her spokesman.',
			['Roy Verley'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});

	test('a given name that is also an auxiliary is a name inside a sentence', () => {
		expect(speakersOf('“It is a pretty expensive model,” said Will Doyle, a professor of education.')).toEqual([
			'Will Doyle',
		]);
		expect(speakersOf('Dana Hill, who Will Doyle said was “a rival,” left early.')).toEqual(['Will Doyle']);
		expect(
			speakersOf('After the debate on his call for a “deportation force,” Will described him as “a caricature.”'),
		).toEqual(['Will', 'Will']);
		expect(speakersOf('“Being Called ‘A Real Woman’ Hurt,” Hill Says')).not.toContain('Being');
	});

	test('fuming, pressing and remembering are no speech without a quotation', () => {
		expect(speakersOf('Toomey fumed for a week. Ortiz pressed the point, and the plan was called “dead”.')).toEqual([
			null,
		]);
	});

	test('shot without back is no reporting verb', () => {
		expect(speakersOf('“He is a known rival,” Ortiz shot.')).toEqual([null]);
	});
});

describe('sources a sentence quotes from', () => {
	test('from the report, and a colon', () => {
		expect(speakersOf('From the report: “Samples with longer field periods produced more accurate results.”')).toEqual([
			'The report',
		]);
	});

	test('an as-clause with a clause verb', () => {
		expect(speakersOf('As Speaker Paul Ryan has pointed out, that is the “textbook definition” of racism.')).toEqual([
			'Paul Ryan',
		]);
	});
});

describe('speech nouns linked to their words', () => {
	test.each([
		['a copula and a colon', 'Clara Ruiz’s response was: “Is the store in Ohio or Iowa?”', 'Clara Ruiz'],
		[
			'a copula and that',
			'The senator’s answer was that “the most important institution is the family.”',
			'The senator',
		],
		[
			'a reporting verb before the owner’s noun and a colon',
			'Clara Ruiz, speaking to reporters, said of Tom Webb’s latest request: “The inquiry resolved all of this.”',
			'Clara Ruiz',
		],
	])('%s', (_, passage, speaker) => {
		expect(speakersOf(passage)).toEqual([speaker]);
	});
});

describe('appositives after an object', () => {
	test('a verb’s object before the commas is no subject; the name between them is', () => {
		const passage =
			'On Tuesday in Berea, after winning Ohio in the primary, Gov. Lena Kasper (R-OH), said, “I am getting ready to rent a wagon.”';
		expect(speakersOf(passage)).toEqual(['Lena Kasper']);
	});
});

describe('subjects past modifiers and inside noun phrases', () => {
	test.each([
		[
			'an intensifier between the subject and its verb',
			'Mara Lind herself said Tuesday that “the only way to win the county is to ask, one on one.”',
			['Mara Lind'],
		],
		[
			'the object of a preposition is not the subject of the verb after it',
			'A March letter from the Farmers Union obtained by The Daily Ledger warns that “any further use will go to our lawyers.”',
			['Farmers Union'],
		],
		[
			'a participle after a noun with a number before it modifies that noun',
			'Later, Ana Ruiz shared a syllabus for a 2002 history class called “Empire” on her page, writing “Allow me to help the reporter.”',
			['Ana Ruiz', 'Ana Ruiz'],
		],
		[
			'a characterising verb after a title in quotation marks has its object; no inversion',
			'Reyes, a star of the series “Harbor,” thanked the governor for “making all of us safer.”',
			// The series’ title is nobody’s words.
			[null, 'Reyes'],
		],
		[
			'a characterising verb inverts when the phrase after it ends the clause',
			'“I am a voter,” declares Stella Acs, 27, a Navy veteran.',
			['Stella Acs'],
		],
		[
			'an appositive with a participle modifying its noun',
			'But Tom Mills, at a consulting firm called Harbor Partners, argues that the bank’s influence “will inevitably grow.”',
			['Tom Mills'],
		],
		[
			'a noun that is also a reporting verb, after a number, opens no reported clause',
			'Boos rained down when Ruiz named his rival, and at one point the crowd loudly took up the chant “Four more years!”',
			['The crowd'],
		],
		[
			'the object of a characterising verb after a comma is not its subject',
			'The Ledger, Ruiz said, called the merger “a done deal.”',
			['Ruiz'],
		],
		[
			'with, a noun phrase and a participle make a clause with its own subject',
			'The council has denied the vote was rigged, with Mara Lind taking to the radio to call the claims “pure fantasy” on Monday.',
			['Mara Lind'],
		],
		[
			'with and two joined phrases before a participle',
			'The city was in mourning, with many marchers and spectators chanting “We remember” and “Never again.”',
			['Many marchers and spectators', 'Many marchers and spectators'],
		],
		[
			'a subject pronoun after a verb of other senses opens a clause',
			'Mayor Ruiz signed the order on Monday, while Ann Moss, the former governor, proposed we “sit down and talk it over” first.',
			['Ann Moss'],
		],
		[
			'the object of under is no subject of the verb after it',
			'Ann Moss declared in a heated meeting that any new deal under her watch would demand “absolute secrecy.”',
			['Ann Moss'],
		],
		[
			'a verb after and takes the clause’s subject past a quotation',
			'Ann Moss issued a statement saying his remark “has no place in this city” and said the council will face a “day of reckoning.”',
			['Ann Moss', 'Ann Moss'],
		],
		[
			'past a quotation, not the subject of a reported clause',
			'Tom Ruiz said that Moss is a “good, decent woman,” and said that the mayor “melted down last night.”',
			['Tom Ruiz', 'Tom Ruiz'],
		],
		[
			'past a quotation, not the subject after its closing mark',
			'Tom Ruiz opened the debate saying “of course” Moss has the votes, but said she is “not ready to lead.”',
			['Tom Ruiz', 'Tom Ruiz'],
		],
		[
			'as and a subject with an appositive open a clause of their own',
			'As Tom Ruiz, the No. 2 in the party, put it: “This nominee will not be confirmed.”',
			['Tom Ruiz'],
		],
		[
			'a past written as the base agrees with a singular subject',
			'“Friend, let me be blunt: I can win this county,” the email read.',
			['The email'],
		],
		[
			'a participle phrase between the subject and its verb',
			'Another intelligence source speaking to the Daily Ledger said, “The agents are looking at the accounts.”',
			['Another intelligence source'],
		],
		[
			'a capitalised -ed word opening the sentence before a verb is a name',
			'Husted continued by saying, “We will appeal this decision.”',
			['Husted'],
		],
		[
			'an -s verb after a name with a quotation for its object',
			'Ann Moss supports “appropriate pay raises” for the county’s staff.',
			['Ann Moss'],
		],
		[
			'the clause subject of a later quotation, past an earlier one',
			'Ann Moss listed her aims, making the wealthy pay their “fair share” of taxes and rebuilding the county’s “crumbling roads.”',
			['Ann Moss', 'Ann Moss'],
		],
		[
			'a reporting verb after a noun still reports',
			'The union issued a statement saying it left the talks “because of the threats made against our members.”',
			['The union'],
		],
		[
			'known as and a name: the name of the thing before it, nobody’s words',
			'The team will come up with a new set of calculations known as an “inversion” by Friday.',
			[null],
		],
		[
			'a quotation modifying the noun after it is a label, not the words of a non-reporting verb’s subject',
			'A senior aide to the mayor sent “top secret” messages from a private account.',
			[null],
		],
		[
			'a term quotation under a reporting verb is the subject’s',
			'The senator warned of “runaway” spending in the new budget.',
			['The senator'],
		],
		[
			'a quotation followed by a clause is not a label',
			'Nora Vance began the debate saying “of course” the governor has the votes.',
			['Nora Vance'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('a colon after a leading clause', () => {
	test.each([
		[
			'the main clause’s subject introduces the paragraph after the colon',
			'When the mill closed in 1998, Governor Ann Moss released the following statement:\n“Our thoughts are with every family in the valley tonight.”',
			['Ann Moss'],
		],
		[
			'after a dash',
			'When the moderators turned to snark — Ruiz called them on it:\n“The questions asked tonight show why voters do not trust the media.”',
			['Ruiz'],
		],
		[
			'the person Here’s presents, in the same sentence',
			'The Record\n\nHere’s Ann Moss in December 1992: “Our new direction must rest on the new realities of the valley.”',
			['Ann Moss'],
		],
		[
			'the person Here is presents, before a paragraph of quotation',
			'The Record\n\nHere is Ann Moss on the vote:\n\n“Our new direction must rest on the new realities of the valley.”',
			['Ann Moss'],
		],
		[
			'Here’s and a thing presents nobody',
			'The Record\n\nHere’s a list of Ann Moss’s achievements:\n\n“Our new direction must rest on the new realities of the valley.”',
			[null],
		],
		[
			'the subject of a subordinate clause before it introduces nothing',
			'When Ann Moss came back, the mill was closed:\n“Our thoughts are with every family in the valley tonight.”',
			[null],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('an attribution closing the sentence', () => {
	test.each([
		[
			'not a main clause after the opening subordinate clause the quotation stands in',
			'When Ann Moss later said she would “protect every family farm,” the crowd applauded loudly.',
			['Ann Moss'],
		],
		[
			'an inverted one after a subordinate clause still reports it',
			'When the vote came, the plan was “dead on arrival,” said Tom Ruiz.',
			['Tom Ruiz'],
		],
		[
			'a subject and a verb that needs words, after a clause of the writer’s',
			'Moss “has a right to contest every single vote,” just as Ruiz did in 2008, Dana Hill added.',
			['Dana Hill'],
		],
		[
			'an inverted attribution after a comma reports the whole sentence',
			'The vote signals “the end of an era” for the party, said Mara Lind, a historian at the state university.',
			['Mara Lind'],
		],
		[
			'every quotation before it',
			'The agency found no “ties of any consequence,” apart from a “casual” acquaintance, said the agency’s director, Ann Moss.',
			['Ann Moss', 'Ann Moss'],
		],
		[
			'an outlet that reported the sentence is not its speaker',
			'Ann Moss noted that the tax was “central” to the plan for the first time, reported the Daily Ledger.',
			['Ann Moss'],
		],
		[
			'according to a document by someone: its author',
			'A “fair wage” is about $15 an hour, according to calculations by Ann Moss of the state university.',
			['Ann Moss'],
		],
		[
			'according to a document by an organisation',
			'The plan is “dead on arrival,” according to an analysis by the Farmers Union.',
			['Farmers Union'],
		],
		[
			'according to the reporting speaker’s own document, inside what was reported',
			'Ann Moss, a member of the board, said that according to its count, the party has won, but “we are still counting.”',
			['Ann Moss'],
		],
		[
			'the source of a report is not the speaker',
			'Ann Moss was furious. “You have been very unfair to me,” she told Senator Ruiz, according to aides who were in the room.',
			['Ann Moss'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('a speech noun with an infinitive', () => {
	test.each([
		[
			'the call is the owner’s, not the reporting subject’s',
			'And he said that Mara Lind’s call to “put the county first” was an empty slogan.',
			['Mara Lind'],
		],
		[
			'a speech noun that is a topic introduces nothing',
			'Ruiz was asked by host Ann Moss, who has dismissed the story about Mara Lind’s emails, “Are you tired of hearing about them?”',
			['Ann Moss'],
		],
		[
			'words between the noun and its infinitive',
			'Ruiz said that Mara Lind’s pledge during the campaign to “cut every fee” was broken within a year.',
			['Mara Lind'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('a role and the name in its appositive', () => {
	test.each([
		[
			'an office with the name between commas, then a pronoun',
			'The Prime Minister, Ann Moss, backed the ban. “We have to clean the game up,” she said.',
			['Ann Moss'],
		],
		[
			'an owner’s role with the name between commas, then a pronoun',
			'The union’s chief executive, Ann Moss, backed the plan. “We have to win this,” she said.',
			['Ann Moss'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('a nationality for the person named before', () => {
	test.each([
		[
			'capitalised, after a colon',
			'Ruiz took over in June. The Scot added: “They are on a different planet.”',
			['Ruiz'],
		],
		[
			'after a quotation',
			'“We lost today,” Ann Moss said. “We will be back next year,” the Spaniard added.',
			['Ann Moss', 'Ann Moss'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('repeated quotations', () => {
	test.each([
		[
			'a pull quote repeats words the story attributes later',
			'City Hall Braces for Cuts\n\n“We cannot keep borrowing against our children’s future.”\n\nThe budget passed on Tuesday after a long night. “We cannot keep borrowing against our children’s future,” said Rep. Dana Hill.',
			['Dana Hill', 'Dana Hill'],
		],
		[
			'a pull quote that is part of an attributed quotation',
			'The Vote\n\n“borrowing against our children’s future”\n\nThe budget passed on Tuesday. “We cannot keep borrowing against our children’s future, not this year,” said Rep. Dana Hill.',
			['Dana Hill', 'Dana Hill'],
		],
		[
			'a longer quotation holding a short attributed one is not a repeat',
			'The Vote\n\n“I don’t know where the mayor stands on the new budget.”\n\nThe budget passed on Tuesday. Was Ann Moss convinced? “I don’t know,” said Ann Moss.',
			[null, 'Ann Moss'],
		],
		[
			'a heading line quotes the story in a few words',
			'Harbor flood\n\n‘Up to our knees’ in the old town.\n\nThe river broke its banks on Tuesday. “There was water everywhere, up to our knees,” said Ann Moss, who runs a bakery.',
			['Ann Moss', 'Ann Moss'],
		],
		[
			'a few words repeated in a sentence of the story are not taken for the quotation',
			'The Vote\n\n“We will not raise taxes this year,” said Ann Moss. By the evening the words “taxes this year” were printed on posters all over the old town and along the river.',
			['Ann Moss', null],
		],
		[
			'the same words given by two speakers are nobody’s in particular',
			'The Vote\n\n“We will not raise taxes this year.”\n\n“We will not raise taxes this year,” said Ann Moss. Later the mayor agreed. “We will not raise taxes this year,” said Tom Ruiz.',
			[null, 'Ann Moss', 'Tom Ruiz'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('a share of people asked speaks through the survey', () => {
	test.each([
		[
			'a percentage, in a poll named before',
			'In a Harbor Media poll released Monday, 62 percent of farmers said the rules were “too strict.”',
			['A Harbor Media poll'],
		],
		[
			'a number in a number, in a clause of what the survey finds',
			'The survey also finds that six in 10 voters say the mayor is “out of touch.”',
			['The survey'],
		],
		[
			'a percentage of two groups, according to a survey after it',
			'Nearly 31% of farmers and ranchers said they were “very worried,” according to a Harbor Media survey.',
			['A Harbor Media survey'],
		],
		[
			'a person is no share, even beside a figure and a poll',
			'Ann Moss, whose party won 40 percent of the vote in the last poll, said the result was “a disaster.”',
			['Ann Moss'],
		],
		[
			'a share with no survey in the sentence speaks for itself',
			'A majority of voters said they were “very worried” about the economy.',
			['A majority of voters'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('according to, opening the sentence', () => {
	test.each([
		[
			'is the source of a clause coordinated after it',
			'According to the Harbor Institute, the drought is partly to blame for lost jobs, but so is this “major change in trade policy.”',
			['Harbor Institute'],
		],
		[
			'leaves a clause with its own reporting verb to that verb',
			'According to the company, the plan failed, and Ann Moss called it “a costly mistake.”',
			['Ann Moss'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('a closing mark typed facing the wrong way', () => {
	test('still closes the quotation before its attribution', () => {
		expect(
			speakersOf('“It’s unusual,“ said Ann Moss, an attorney with the Harbor Legal Center. “It’s a hard thing to do.”'),
		).toEqual(['Ann Moss', 'Ann Moss']);
	});
});

describe('speaking perceived', () => {
	test.each([
		['heard', 'A reporter can be heard asking the mayor after the rally: “Should there be a new tax?”', ['A reporter']],
		[
			'shown, with a name joined to its particle by a hyphen',
			'The cleric Omar al-Rashid, who died in 2011, is shown lecturing: “Take heed and learn from history.”',
			['Omar al-Rashid'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});

describe('the phrase after the verb, and what is not a speaker', () => {
	test.each([
		[
			'a determiner, a participle and a role, with the name in an appositive that places it',
			'“The odds are against it,” said another leading appeals lawyer, Dana Hill of the firm Hill & Moss.',
			['Dana Hill'],
		],
		[
			'a number, a participle and a role: the whole phrase, not `One`',
			'“There is no data to suggest that,” said one unaligned Republican strategist.',
			['One unaligned Republican strategist'],
		],
		[
			'`speaks volumes` reports nothing: the quotation is the reporting verb’s',
			'Ann Moss said that fact speaks volumes about who is “ready to lead.”',
			['Ann Moss'],
		],
		[
			'a bare plural of people, named by whom they serve, characterising after `began to`',
			'White House officials began to describe the shooting as “a workplace dispute.”',
			['White House officials'],
		],
		[
			'a body as a label before a colon, after a spaced hyphen',
			'The estimates of turnout are the weak point - Harbor Research: “Every sample leans toward the engaged.”',
			['Harbor Research'],
		],
		[
			'not the subject of a question inside the clause the verb goes on',
			'Ann Moss spoke for the mayor. The spokeswoman refused questions on whom the mayor would like to win but said there was no plan, adding: “If one is proposed we will consider it.”',
			['The spokeswoman'],
		],
		[
			'a question word after `is` opens no clause inside: its subject speaks',
			'This is why critics cannot just cry “but they’re greedy!” when asked about the plan.',
			['Critics'],
		],
	])('%s', (_, passage, speakers) => {
		expect(speakersOf(passage)).toEqual(speakers);
	});
});
