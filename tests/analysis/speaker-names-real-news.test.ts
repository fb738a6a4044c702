/**
 * Over the 840 real articles of the PolNeAR train split (../shared/data/polnear-train,
 * read where present, skipped with a message where not): every speaker's name is a
 * noun phrase. It does not start with a preposition, a conjunction, a pronoun, an
 * adverb or a verb form, and holds no clause punctuation. The word lists here are the
 * test's own, written from English grammar, not the analysis's vocabularies: a rule
 * cannot pass by agreeing with itself.
 */

import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {loadCorpus} from '../../source/corpus/load.js';

const trainText = path.resolve(import.meta.dirname, '../../../shared/data/polnear-train/text');
const present = existsSync(trainText);
if (!present) console.warn(`skipped: the PolNeAR train split is not at ${trainText}`);

const prepositions =
	'about above across after against along amid among around as at before behind below beneath beside besides between beyond by despite during except for from in inside into like near of off on onto out outside over past per since than through throughout to toward towards under until unlike up upon via with within without'.split(
		' ',
	);
const conjunctions =
	'and but or nor so yet because although though while whereas if unless whether when whenever where wherever once lest that which who whom whose what why how'.split(
		' ',
	);
const pronouns =
	'i me mine we us ours you yours he him hers it they them theirs myself himself herself itself themselves ourselves yourself anyone everyone someone nobody somebody everybody'.split(
		' ',
	);
// Determiners open a noun phrase (`His wife`, `This document`) but are none alone (`His`).
const determiners = 'the a an my our your his her its their this these those that'.split(' ');
const adverbs =
	'also even just only still then now here there again already almost maybe perhaps however meanwhile moreover instead indeed otherwise therefore thus too very never always often sometimes soon later earlier yesterday today tomorrow tonight not'.split(
		' ',
	);
// Verb forms that open clauses in news (a reporting verb, an auxiliary, a participle).
const verbForms =
	'said says say saying told tells added adding according noted noting asked asking is are was were be been being has have had do does did will would can could should may might must wrote writes tweeted tweeting stated explained argued claimed'.split(
		' ',
	);
const notOpening = new Set([...prepositions, ...conjunctions, ...pronouns, ...adverbs, ...verbForms]);

// Commas, semicolons, colons, brackets, question and exclamation marks, quotation
// marks (not apostrophes: O’Brien); a comma between digits (1,200) is part of a number.
const clausePunctuation = /[;:()[\]?!"“”]|,(?!\d)|(?<!\d),/u;
// An -ly word is an adverb (Early and Kelly are names, hence capitalised names allowed).
const lyAdverb = /^[a-z]+ly$/;

// Auxiliaries that are also given names, before a surname: `Will Rogers`.
const givenNameHomographs = new Set(['Will']);

/** Why a name is not a noun phrase, or undefined when it is one. */
function notANounPhrase(name: string): string | undefined {
	const words = name.split(/\s+/);
	const first = words[0]!;
	const isGivenName = givenNameHomographs.has(first) && /^\p{Lu}\p{Ll}/u.test(words[1] ?? '');
	if (notOpening.has(first.toLowerCase()) && !isGivenName) return `starts with “${first}”`;
	if (words.length === 1 && determiners.includes(first.toLowerCase())) return `is the determiner “${first}” alone`;
	if (lyAdverb.test(first)) return `starts with the adverb “${first}”`;
	if (clausePunctuation.test(name)) return 'holds clause punctuation';
	// `Ann Moss agreed`: a name and then a past form is a clause (`the accused` is a noun phrase).
	const last = words.at(-1)!;
	const beforeLast = words.at(-2) ?? '';
	const afterName = /^\p{Lu}/u.test(beforeLast) && !determiners.includes(beforeLast.toLowerCase());
	if (afterName && /^[a-z]+ed$/.test(last)) return `ends with the verb “${last}”`;
	return undefined;
}

describe.skipIf(!present)('speakers of real news (PolNeAR train split)', () => {
	test('the rule itself: names and noun phrases pass, fragments do not', () => {
		for (const name of [
			'Barack Obama',
			'The commission',
			'Rep. Dana Hill',
			'Kelly Ayotte',
			'1,200 protesters',
			'His wife',
			'Will Rogers',
			'The accused',
		]) {
			expect(notANounPhrase(name), name).toBeUndefined();
		}

		for (const name of [
			'According',
			'Although Trump',
			'His',
			'Said Smith',
			'Tim Kaine (D-Va',
			'Whose husband',
			'Smith, R-Texas',
			'Will say',
			'Will',
			'University’s Ann Moss agreed',
		]) {
			expect(notANounPhrase(name), name).toBeDefined();
		}
	});

	test('every speaker name is a noun phrase', async () => {
		const analysis = analyzeCorpus(await loadCorpus([trainText]));
		expect(analysis.articles.length).toBe(840);
		const problems = analysis.speakers.flatMap(speaker => {
			const why = notANounPhrase(speaker.name);
			return why === undefined ? [] : [`${speaker.name}: ${why}`];
		});
		expect(problems).toEqual([]);
	}, 120_000);
});
