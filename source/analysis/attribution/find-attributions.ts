/**
 * Finds who a sentence attributes words to. A cue is a speech verb (./speech-verbs.ts),
 * `according to`, `went on`, or a dash after a quotation; its speaker is a noun phrase
 * (./noun-phrase.ts), found by sieves tried from surest to least sure, in the manner of
 * CoreNLP's quote attribution:
 *
 * 1. the phrase right after a verb that follows a quotation: `“…,” said the ruling`;
 * 2. the subject before the verb, past adverbs, times, parentheticals and appositives:
 *    `Rep. Dana Hill (D-Ore.), a member of the budget panel, said`;
 * 3. the phrase after a verb that opens the sentence or follows a comma: `Said Moran, “…”`;
 * 4. the subject of the clause, for a verb after `and`/`but` or a participle (`…, saying`);
 * 5. the phrase after `according to` or a passive's `by`.
 *
 * Speakers found here are unresolved: `he` and `the blog` are resolved per article.
 */

import type {SpeakerMention, Span} from '../../model.js';
import {isCapitalised, isInCapitals, isPossessive, type Token, tokenize, withoutPossessive} from '../text/tokens.js';
import {closedClass, formClass, type WordClass, wordClasses} from '../text/word-classes.js';
import {type ClassedTokens, isTimeWord, phraseEndingAt, phraseStartingAt} from './noun-phrase.js';
import {genderOf} from './mention-gender.js';
import {isPronoun} from './resolve-references.js';
import {parseSpeakerPhrase} from './speaker-phrase.js';
import {
	anonymityPattern,
	demonyms,
	documentNouns,
	infinitiveSpeechNouns,
	isSpeakerNoun,
	placeNames,
	roleNouns,
	speechNouns,
	surveyNouns,
	surveyShares,
} from './speaker-words.js';
import {
	isInflected,
	isPastAsBase,
	namingParticiples,
	opensIdiom,
	perceivedParticiples,
	isNounLikeForm,
	isParticiple,
	isPastParticiple,
	type SpeechVerbClass,
	speechVerbClassOfLower,
	withParticleClass,
} from './speech-verbs.js';

export type FoundAttribution = {
	readonly speaker: SpeakerMention;
	readonly cue: Span;
	/** `That was the verdict of X`, `— Jane Doe`: the words are the quotation just before this sentence. */
	readonly pointsBack?: boolean;
};

export type QuotationSource = {readonly speaker: SpeakerMention; readonly cue: Span};

export type SentenceAttributions = {
	readonly attributions: readonly FoundAttribution[];
	/** The sentence's grammatical subject when it names a possible speaker (for `he`, `they`). */
	readonly subject: SpeakerMention | undefined;
	/** For each quotation (by the start of its words), the subject of the clause it stands in. */
	readonly clauseSubjects: ReadonlyMap<number, QuotationSource>;
	/** The subject of a speech verb that had no words to attribute (`Valastro praised Christie.`). */
	readonly introducing?: QuotationSource;
	/** For each quotation, the owner of the speech noun it is the content of (`Trump’s claim that “…”`). */
	readonly speechNounOwners: ReadonlyMap<number, QuotationSource>;
	/**
	 * In a sentence ending in a colon, the subject of its last clause when a clause comes
	 * before it (`When Wallace died, President Clinton released the following statement:`).
	 */
	readonly colonSubject?: SpeakerMention;
};

/** A speaker phrase as token indices, with the appositive that describes it. */
type Phrase = {readonly start: number; readonly end: number; readonly appositive?: Span};

type Sentence = ClassedTokens & {
	readonly text: string;
	readonly hasQuote: boolean;
	readonly saysAnonymous: boolean;
	/** The sentence opens right after a closing quotation mark: `“…right?” Trump went on.` */
	readonly followsQuotation: boolean;
};

// `That was the blunt verdict of Ashcombe manager Mark Hollis.`
const verdictOf =
	/^(?:That|This|Those|These|Such) (?:was|is|were|are) (?:the|how) (?:[\p{Ll}-]+ ){0,3}(?:verdict|assessment|view|message|reaction|response|warning|words?|conclusion|take|judge?ment|argument|explanation|description|promise|claim|complaint|plea|answer|reply) (?:of|from) /u;
const addressees = new Set(['reporters', 'journalists', 'press', 'media', 'lawmakers', 'parliament', 'supporters']);
const closingQuotes = new Set(['”', '"', '’', "'", '»']);
const quoteMarks = new Set(['“', '”', '"', '‘', '’', "'", '«', '»']);
// `by saying`, `upon saying`, `after telling`: a participle after these has the clause's subject.
const participleOpeners = new Set(['by', 'as', 'upon', 'after', 'before', 'while', 'when']);
const questionWords = new Set(['who', 'whom', 'what', 'why', 'how', 'whether']);
const modals = new Set(['should', 'would', 'could', 'must', 'might', 'may', 'will', 'can', 'shall']);
const singularDeterminers = new Set(['a', 'an', 'each', 'every', 'this', 'that', 'another']);
const dashes = new Set(['—', '―', '–']);
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'get', 'got', 'gets', 'getting']);
const strongBoundaries = new Set([':', ';', '(', '—', '―', '–', '“', '”', '"']);
const goForms = new Set(['go', 'goes', 'went', 'going', 'gone']);
// `Cruz himself said`: an intensifier between the subject and its verb.
const reflexives = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves']);
// `a letter from the Legion obtained by the AP warns`: the object of one of these is not the
// subject of the verb after it (unlike `of`, `than` or `about` in `one of the officials said`,
// `more than 100 people said`).
const objectPrepositions = new Set(
	'by from for with at in on into against toward towards among upon via without within through under beneath behind beyond across despite amid'.split(
		' ',
	),
);
// Words that lead a sentence before its subject: `However, the ministry said`.
const leadingAdverbials = new Set(
	'however meanwhile still also moreover but and yet instead separately earlier later in on at amid after before since despite while during following last speaking asked'.split(
		' ',
	),
);

const lower = (token: Token | undefined) => token?.lower ?? '';
const isDelimiter = (token: Token | undefined) => token !== undefined && (token.text === ',' || dashes.has(token.text));

/** The tokens not inside any of the spans; one pass over both, in text order. */
function outsideSpans(tokens: readonly Token[], spans: readonly Span[]): Token[] {
	const sorted = spans.toSorted((a, b) => a.start - b.start);
	const kept: Token[] = [];
	let at = 0;
	let reach = -1; // The furthest end of the spans started so far.
	for (const token of tokens) {
		while (at < sorted.length && sorted[at]!.start <= token.start) {
			reach = Math.max(reach, sorted[at]!.end);
			at++;
		}

		if (token.end <= reach) continue;
		// `“It’s unusual,“ said Noble`: the mark that closes a quotation, typed facing the wrong
		// way, is read as the closing mark it is.
		const closesSpan = token.text === '“' && sorted[at - 1] !== undefined && token.start === reach;
		kept.push(closesSpan ? {...token, text: '”', lower: '”'} : token);
	}

	return kept;
}

/**
 * Leftwards from `index` past what stands between a subject and its verb: auxiliaries,
 * adverbs, negation and times (`has also said`, `did not say`, `at the time said`,
 * `on Tuesday said`). Returns the first index that is none of these, and whether an
 * auxiliary was passed.
 */
function skipModifiersLeft(sentence: Sentence, index: number): {index: number; auxiliary: boolean} {
	const {tokens, classes} = sentence;
	let sawTime = false;
	let auxiliary = false;
	while (index >= 0) {
		const wordClass = classes[index]!;
		if (wordClass === 'adverb' || wordClass === 'auxiliary' || wordClass === 'negation') {
			auxiliary ||= wordClass === 'auxiliary';
		} else if (isTimeWord(tokens[index]!)) {
			sawTime = true;
		} else if (classes[index] === 'number' && index > 0 && isTimeWord(tokens[index - 1]!)) {
			// `a post on November 12 said`: the day of a date.
		} else if (!(sawTime && (wordClass === 'determiner' || wordClass === 'preposition' || wordClass === 'number'))) {
			break;
		}

		index--;
	}

	return {index, auxiliary};
}

/** The index of the `(` that a `)` at `close` ends, when near. */
function openingBracket(tokens: readonly Token[], close: number): number | undefined {
	for (let index = close - 1; index >= 0 && close - index <= 10; index--) {
		if (tokens[index]!.text === '(') return index;
		if (tokens[index]!.text === ')') return undefined;
	}

	return undefined;
}

/** The noun phrase ending at `end`, past a parenthetical after it (`Sen. Elizabeth Warren (D-Mass.)`). */
function phraseBefore(sentence: Sentence, end: number): Phrase | undefined {
	if (sentence.tokens[end]?.text === ')') {
		const open = openingBracket(sentence.tokens, end);
		if (open === undefined) return undefined;
		end = open - 1;
	}

	const start = phraseEndingAt(sentence, end);
	return start === undefined ? undefined : {start, end};
}

/** The text before `index` ends a clause: the sentence start, a quotation mark, a colon, a conjunction. */
function isStrongBoundary(sentence: Sentence, index: number): boolean {
	if (index < 0) return true;
	const token = sentence.tokens[index]!;
	const wordClass = sentence.classes[index]!;
	if (strongBoundaries.has(token.text) || wordClass === 'conjunction' || wordClass === 'subordinator') return true;
	return token.text === ',' && closingQuotes.has(sentence.tokens[index - 1]?.text ?? '');
}

/**
 * Words between commas that describe the phrase before them: another noun phrase (`, a
 * member of the panel,`), an age (`, 35,`), a party and state (`, R-Texas,`), a relative
 * clause (`, who…,`), a participle (`, speaking on condition of anonymity,`), a time or place.
 */
function isAppositive(sentence: Sentence, start: number, end: number): boolean {
	if (start > end || end - start > 30) return false;
	const {classes} = sentence;
	const first = classes[start]!;
	if (first === 'relative' || first === 'participle' || first === 'gerund') return true;
	if (!['determiner', 'possessive', 'number', 'name', 'noun', 'preposition', 'adverb'].includes(first)) return false;
	// A clause (`the ministry has denied it`) is no appositive.
	for (let index = start; index <= end; index++) {
		// `, an oncologist who advised the mayor,`: a relative clause inside may hold any verb.
		if (classes[index] === 'relative' && index > start) break;
		if (classes[index] === 'auxiliary' || classes[index] === 'verb') return false;
		// `, at a firm called Gavekal,`: a participle right after a noun modifies it.
		const modifiesNoun = classes[index - 1] === 'noun' && index > start;
		if (speechVerbClassOfLower(sentence.tokens[index]!.lower) && classes[index] === 'participle' && !modifiesNoun) {
			return false;
		}
	}

	return true;
}

/**
 * The subject before a comma or dash that precedes the verb, past up to three appositives:
 * `Dean Johnson, a salesman from Sumter, South Carolina, says`. A subject that opens its
 * clause is preferred to one after a plain comma.
 */
function subjectBeforeAppositives(sentence: Sentence, delimiter: number): Phrase | undefined {
	const {tokens} = sentence;
	let right = delimiter;
	let weak: Phrase | undefined;
	for (let count = 0; count < 3; count++) {
		let left = right - 1;
		while (left >= 0 && !isDelimiter(tokens[left]) && right - left <= 31) left--;
		if (left < 0 || !isDelimiter(tokens[left]) || !isAppositive(sentence, left + 1, right - 1)) break;
		const subject = phraseBefore(sentence, left - 1);
		// `after winning Ohio in the primary, Gov. John Kasich (R-OH), said`: the object of a verb or
		// preposition is no subject, nor a phrase inside a leading prepositional phrase (`In a
		// request about polling places and procedures, Chris Herren, chief…, noted`).
		// `As John Cornyn, the No. 2 in the leadership, put it:` opens a clause of its own.
		const opensAsClause =
			subject !== undefined &&
			lower(tokens[subject.start - 1]) === 'as' &&
			isStrongBoundary(sentence, subject.start - 2);
		const takenBefore =
			subject !== undefined &&
			!opensAsClause &&
			(isObjectPosition(sentence, subject.start - 1) ||
				sentence.classes[subject.start - 1] === 'preposition' ||
				insideLeadingPhrase(sentence, subject.start));
		if (subject && !takenBefore) {
			const phrase = {...subject, appositive: {start: tokens[left + 1]!.start, end: tokens[delimiter - 1]!.end}};
			if (isStrongBoundary(sentence, subject.start - 1)) return phrase;
			// `Asked why, Daniel Gros, the director of the centre, which is based in Brussels, said`:
			// a name further left is the subject the descriptions after it describe.
			const isNamed = (candidate: Phrase) => sentence.classes[candidate.start] === 'name';
			if (weak === undefined || (!isNamed(weak) && isNamed(phrase))) weak = phrase;
		}

		right = left;
	}

	if (weak) return weak;
	// Then a name between the commas (not a description: `, a student,`) is the subject itself.
	const between = phraseBefore(sentence, delimiter - 1);
	const isName = between !== undefined && sentence.classes[between.start] === 'name';
	return isName && isDelimiter(tokens[between.start - 1]) ? between : undefined;
}

/** The phrase at `start` is inside a prepositional phrase opening the sentence, before its first comma. */
function insideLeadingPhrase(sentence: Sentence, start: number): boolean {
	if (sentence.classes[0] !== 'preposition') return false;
	for (let index = 1; index < start; index++) if (isDelimiter(sentence.tokens[index])) return false;
	return true;
}

/**
 * The subject of the verb at `verb`: `the ruling said`, `Webb, a longtime adviser, said`,
 * `Barkley, who said`, `Sen. Elizabeth Warren (D-Mass.) said`.
 */
function subjectBefore(sentence: Sentence, verb: number): {phrase: Phrase | undefined; auxiliary: boolean} {
	const {tokens, classes} = sentence;
	let {index, auxiliary} = skipModifiersLeft(sentence, verb - 1);
	if (reflexives.has(lower(tokens[index])) && index > 0 && classes[index - 1] !== 'pronoun') {
		({index, auxiliary} = skipModifiersLeft(sentence, index - 1));
	}

	const token = tokens[index];
	if (token === undefined) return {phrase: undefined, auxiliary};
	if (classes[index] === 'relative' && ['who', 'which', 'that'].includes(token.lower)) {
		const end = tokens[index - 1]?.text === ',' ? index - 2 : index - 1;
		return {phrase: phraseBefore(sentence, end), auxiliary};
	}

	if (isDelimiter(token)) return {phrase: subjectBeforeAppositives(sentence, index), auxiliary};
	// `Reyes, a star of “Harbor,” thanked`: American punctuation puts the appositive's comma inside the marks.
	if (closingQuotes.has(token.text) && sentence.text[token.start - 1] === ',') {
		return {phrase: subjectBeforeAppositives(sentence, index), auxiliary};
	}
	if (token.text === ')') {
		const open = openingBracket(tokens, index);
		if (open !== undefined && isDelimiter(tokens[open - 1])) {
			return {phrase: subjectBeforeAppositives(sentence, open - 1), auxiliary};
		}
	}

	const phrase = unclosedAppositive(sentence, phraseBefore(sentence, index));
	// `an official who spoke anonymously to discuss strategy said`: a phrase after `to` or a
	// verb is an object; the subject is the noun phrase before the relative clause, if any.
	if (phrase && isObjectPosition(sentence, phrase.start - 1)) {
		const head = relativeClauseHead(sentence, phrase.start - 1) ?? participleClauseHead(sentence, phrase.start - 1);
		return {phrase: head, auxiliary};
	}

	// `a syllabus for a class called “Perception”`, `a letter obtained by the AP warns`.
	if (
		phrase &&
		objectPrepositions.has(lower(tokens[phrase.start - 1])) &&
		classes[phrase.start - 1] === 'preposition'
	) {
		return {phrase: participleClauseHead(sentence, phrase.start - 1), auxiliary};
	}

	return {phrase, auxiliary};
}

/** The word at `index` makes what follows it an object: `to`, a verb form, or an infinitive (`to hear`). */
function isObjectPosition(sentence: Sentence, index: number): boolean {
	const {tokens, classes} = sentence;
	const wordClass = classes[index];
	if (tokens[index]?.lower === 'to' || wordClass === 'verb' || wordClass === 'participle' || wordClass === 'gerund') {
		return true;
	}

	return wordClass === 'noun' && tokens[index - 1]?.lower === 'to';
}

/** A naming participle with the name right after it, or after `as` and an article: `known as an “inversion”`. */
function namesWhatPrecedes(sentence: Sentence, verb: number): boolean {
	const {tokens} = sentence;
	if (!namingParticiples.has(tokens[verb]!.lower)) return false;
	let next = verb + 1;
	if (lower(tokens[next]) === 'as') next++;
	if (['a', 'an', 'the'].includes(lower(tokens[next]))) next++;
	return quoteMarks.has(tokens[next]?.text ?? '') && sentence.classes[verb - 1] === 'noun';
}

/**
 * `Mr. Jianguang Li, board member of Super Sports Media Group also said`: a role in lower case
 * after a name and a comma, with no comma to close it, is the name's appositive.
 */
function unclosedAppositive(sentence: Sentence, phrase: Phrase | undefined): Phrase | undefined {
	const {tokens, classes} = sentence;
	if (!phrase || tokens[phrase.start - 1]?.text !== ',' || classes[phrase.start] !== 'noun') return phrase;
	if (!/^\p{Ll}/u.test(tokens[phrase.start]!.text)) return phrase;
	const name = phraseBefore(sentence, phrase.start - 2);
	if (!name || name.start !== 0 || classes[name.end] !== 'name') return phrase;
	return {...name, appositive: {start: tokens[phrase.start]!.start, end: tokens[phrase.end]!.end}};
}

/**
 * The phrase a participle right after it modifies, opening the clause: `[Another source]
 * speaking to Fox News said`, `[A spokesman] speaking on condition of anonymity said`.
 */
function participleClauseHead(sentence: Sentence, from: number): Phrase | undefined {
	const {tokens, classes} = sentence;
	for (let index = from; index > 0 && from - index <= 8; index--) {
		if (!tokens[index]!.isWord || ['verb', 'auxiliary', 'relative'].includes(classes[index]!)) return undefined;
		if (classes[index] !== 'gerund' && !isParticiple(tokens[index]!.lower)) continue;
		// `speaking to Fox News`, `living in Ohio`; not a title's modifier (`NBC coordinating producer`).
		if (!['preposition', 'determiner', 'possessive', 'pronoun', 'adverb'].includes(classes[index + 1] ?? '')) {
			return undefined;
		}

		const head = phraseBefore(sentence, index - 1);
		return head && isStrongBoundary(sentence, head.start - 1) ? head : undefined;
	}

	return undefined;
}

/** The phrase before the nearest `who`/`that` to the left in the same clause: `[an official] who spoke…`. */
function relativeClauseHead(sentence: Sentence, from: number): Phrase | undefined {
	const {tokens, classes} = sentence;
	for (let index = from; index > 0 && from - index <= 20; index--) {
		const token = tokens[index]!;
		if (token.text === ',' || isStrongBoundary(sentence, index)) return undefined;
		if (classes[index] === 'relative' && ['who', 'that'].includes(token.lower))
			return phraseBefore(sentence, index - 1);
	}

	return undefined;
}

/**
 * The phrase after a verb (`said Patricia Moran of Cheyenne`, `said Dmitry Peskov, the
 * Kremlin spokesman.`), with a closing appositive or parenthetical.
 */
function phraseAfter(sentence: Sentence, start: number): Phrase | undefined {
	const {tokens} = sentence;
	const end = phraseStartingAt(sentence, start);
	if (end === undefined) return undefined;
	let after = end + 1;
	if (tokens[after]?.text === '(') {
		const close = tokens.findIndex((token, index) => index > after && token.text === ')');
		if (close !== -1 && close - after <= 10) after = close + 1;
	}

	if (tokens[after]?.text === ',') {
		let next = after + 1;
		while (
			next < tokens.length &&
			next - after <= 30 &&
			tokens[next]!.text !== ',' &&
			!/^[.;:!?]$/.test(tokens[next]!.text)
		) {
			next++;
		}

		// `said Dmitry Peskov, the Kremlin spokesman.`: an appositive that closes the clause.
		const closes = tokens[next] === undefined || ['.', ',', ';', '!', '?'].includes(tokens[next]!.text);
		if (next > after + 1 && closes && isAppositive(sentence, after + 1, next - 1)) {
			return {start, end, appositive: {start: tokens[after + 1]!.start, end: tokens[next - 1]!.end}};
		}
	}

	return {start, end};
}

/** A noun reading of a verb form: after a determiner (`the report`) or a modifier after one (`a Telegram post`). */
function isInsideNounPhrase(sentence: Sentence, index: number): boolean {
	const {classes} = sentence;
	const opensNoun = (wordClass: string | undefined) => wordClass === 'determiner' || wordClass === 'possessive';
	if (classes[index] !== 'noun') return false;
	if (opensNoun(classes[index - 1])) return true;
	// `drawing applause and laughs`: coordinated with a noun.
	if (classes[index - 1] === 'conjunction' && classes[index - 2] === 'noun') return true;
	return (classes[index - 1] === 'name' || classes[index - 1] === 'noun') && opensNoun(classes[index - 2]);
}

/**
 * The subject of the clause a word belongs to, found from the nearest verb before it:
 * `Carson took the stage … and called the system “rotten”`, `…, saying`.
 */
/**
 * The subject of the clause a verb goes on (`X issued a statement saying his remark “…” and
 * said`): the quoted words are not the clause's, so the search goes past them.
 */
function clauseSubject(sentence: Sentence, before: number): Phrase | undefined {
	// Past a quotation, `Graham said that Carson is a “good man,” and said` and `saying “of
	// course” Clinton has…, but said`: not the subject of a clause that was reported.
	for (let from = before; from > 0;) {
		const found = clauseSubjectAndVerb(sentence, from, true);
		if (!found) return undefined;
		const opener = sentence.tokens[found.phrase.start - 1];
		const afterMarks = opener !== undefined && quoteMarks.has(opener.text);
		const reported =
			opener !== undefined &&
			(['that', 'whether', 'if'].includes(opener.lower) || speechVerbClassOfLower(opener.lower) !== undefined);
		// `The spokesman refused questions on whom Cameron would like to win but said`: a subject
		// after a question word that a preposition or reporting verb takes is the subject of a
		// clause inside, not of the one the verb goes on (unlike `This is why Democrats cry`).
		const asker = sentence.tokens[found.phrase.start - 2];
		const questioned =
			opener !== undefined &&
			questionWords.has(opener.lower) &&
			asker !== undefined &&
			(sentence.classes[found.phrase.start - 2] === 'preposition' || speechVerbClassOfLower(asker.lower) !== undefined);
		if (found.absolute || !(afterMarks || questioned || (found.pastQuotation && reported))) return found.phrase;
		from = found.phrase.start;
	}

	return undefined;
}

/**
 * The subject of the clause a participle after a comma belongs to: past the subjects of
 * reported and subordinate clauses (`Menendez rejected the notion that Democrats could…,
 * arguing` is Menendez's).
 */
function participleSubject(sentence: Sentence, participle: number): Phrase | undefined {
	for (let before = participle; before > 0;) {
		const found = clauseSubjectAndVerb(sentence, before);
		if (!found) return undefined;
		const opener = found.phrase.start - 1;
		if (!isReportedClauseStart(sentence, opener) && sentence.classes[opener] !== 'subordinator') return found.phrase;
		before = found.phrase.start;
	}

	return undefined;
}

function clauseSubjectAndVerb(
	sentence: Sentence,
	before: number,
	acrossQuotations = false,
): {phrase: Phrase; verb: number; absolute?: boolean; pastQuotation?: boolean} | undefined {
	const {tokens, classes} = sentence;
	let pastQuotation = false;
	for (let index = before - 1; index > 0 && before - index <= 40; index--) {
		const token = tokens[index]!;
		if (token.text === ';' || token.text === ':') return undefined;
		if (quoteMarks.has(token.text)) {
			if (!acrossQuotations) return undefined;
			pastQuotation = true;
			continue;
		}
		const wordClass = classes[index]!;
		const isVerb =
			wordClass === 'verb' ||
			wordClass === 'participle' ||
			wordClass === 'auxiliary' ||
			(speechVerbClassOfLower(token.lower) !== undefined &&
				wordClass !== 'gerund' &&
				!isInsideNounPhrase(sentence, index));
		if (wordClass === 'gerund') {
			// `…, with Lewandowski taking to Twitter to call Fields “…”`: `with` and a noun phrase
			// before a participle make a clause of their own, with that phrase its subject.
			const phrase = phraseBefore(sentence, index - 1);
			if (phrase && tokens[phrase.start - 1]?.lower === 'with' && tokens[phrase.start - 2]?.text === ',') {
				return {phrase, verb: index, absolute: true};
			}
		}

		if (!isVerb) continue;
		const {phrase} = subjectBefore(sentence, index);
		if (phrase) return pastQuotation ? {phrase, verb: index, pastQuotation} : {phrase, verb: index};
	}

	return undefined;
}

/**
 * A past participle after a form of `be`, perhaps with adverbs between: `was widely called`.
 * Not `is reported to have called`, `is obliged to disclose`, `was quoted as saying`: there
 * the subject is the one who speaks.
 */
function isPassive(sentence: Sentence, verb: number): boolean {
	const {tokens} = sentence;
	// After `be`, an irregular form is the participle: `was known`, `were taken`.
	const wordClass = sentence.classes[verb];
	if (!isPastParticiple(tokens[verb]!.lower) && wordClass !== 'participle' && wordClass !== 'verb') return false;
	const next = lower(tokens[verb + 1]);
	if (next === 'to' || (next === 'as' && sentence.classes[verb + 2] === 'gerund')) return false;
	let index = verb - 1;
	while (index >= 0 && (sentence.classes[index] === 'adverb' || sentence.classes[index] === 'negation')) index--;
	return beForms.has(lower(sentence.tokens[index]));
}

/**
 * The subject of the clause a quotation stands in, whatever its verb: `Cruz is praising
 * Bush as “a man who…”`, `Trump went on to promote “Celebrity Apprentice”`, `the town
 * released a statement saying his comments “are based on…”`. The least sure sieve: used
 * only for a quotation no reporting words claim.
 */
function quotationClauseSubject(
	sentence: Sentence,
	quote: Span,
): {phrase: Phrase; verb: number; absolute?: boolean} | undefined {
	const {tokens} = sentence;
	let index = tokens.findLastIndex(token => token.end <= quote.start);
	if (index === -1 || !quoteMarks.has(tokens[index]!.text)) return undefined;
	index--;
	// `…, then leaned in and boomed: “…”`, `… techniques -- “…”`.
	while (index >= 0 && [',', ':', '-', '--', ...dashes].includes(tokens[index]!.text)) index--;
	// `Warren said Trump was a “proven failure”`, `argued that Cruz has “…”`, `whether Obama
	// would have “…”`: a subject inside a reported or subordinate clause is not the speaker;
	// the search goes on to the clause above it, and past the quotations of the clause before
	// (`pay their “fair share” of taxes, and rebuilding the nation’s “crumbling infrastructure”`).
	for (let before = index + 1; before > 0;) {
		const found = clauseSubjectAndVerb(sentence, before, true);
		if (!found) return undefined;
		// `the plan was called “dead”`, `he is known as “the Butcher”`: a passive's subject is
		// what the words are about, not who says them; the clause above may name the speaker.
		const passive = isPassive(sentence, found.verb);
		// `has been called “strategic ambiguity” by Joshua Hendrick`: the passive's agent.
		const close = tokens.findIndex(token => token.start >= quote.end);
		if (passive && quoteMarks.has(tokens[close]?.text ?? '') && lower(tokens[close + 1]) === 'by') {
			const agent = phraseAfter(sentence, close + 2);
			return agent && {phrase: agent, verb: found.verb};
		}

		// `a set of calculations known as an “inversion”`, `a plan called “Fair Start”`: the
		// words name the thing before the verb; nobody said them.
		if (namesWhatPrecedes(sentence, found.verb)) return undefined;
		const embedded = !found.absolute && isEmbedded(sentence, found.phrase.start - 1);
		if (passive && !embedded) return undefined;
		if (!embedded) return found;
		before = found.phrase.start;
	}

	return undefined;
}

/**
 * `An adviser sent ‘top secret’ messages`: a quotation that modifies the noun after it is a
 * label someone else gave; the subject of a verb that is not a reporting verb did not say it.
 * (Not a name after the marks: `saying “of course” Clinton has` goes on with a clause.)
 */
function labelsNoun(sentence: Sentence, quote: Span, verb: number): boolean {
	const {tokens, classes} = sentence;
	const close = tokens.findIndex(token => token.start >= quote.end);
	const next = close === -1 ? -1 : close + 1;
	const mark = tokens[close];
	// `of “city values,” saying`: punctuation inside the marks ends the phrase.
	const modifies =
		mark !== undefined &&
		quoteMarks.has(mark.text) &&
		!/[,.;:!?]/u.test(sentence.text[mark.start - 1] ?? '') &&
		classes[next] === 'noun';
	return modifies && speechVerbClassOfLower(tokens[verb]!.lower) === undefined;
}

/**
 * Without a reporting verb, only a phrase that clearly names a speaker is taken: a person's
 * name, a person or group by role (`the judge`, `the crowd`), or a named or definite body
 * (`the commission`, `the DNC`) — not a place, a bare plural or `those services`.
 */
function canSpeakUnprompted(speaker: SpeakerMention, text: string): boolean {
	if (speaker.anonymous && speaker.kind !== 'unnamed') return false;
	const firstWord = speaker.name.split(/\s/u)[0]!.toLowerCase();
	if (['those', 'these', 'this', 'that', 'all', 'many', 'some', 'most', 'both'].includes(firstWord)) return false;
	if (placeNames.has(speaker.name.toLowerCase()) || demonyms.has(speaker.name)) return false;
	if (speaker.kind === 'group') {
		// `White House officials`, `Republican leaders`: a bare plural of people named by whom they serve.
		const bareNamed = /^\p{Lu}/u.test(text.slice(speaker.span.start, speaker.span.end)) && roleNouns.has(speaker.head);
		return bareNamed || /^(?:the|its|his|her|their)\s/iu.test(speaker.name);
	}
	// `not so sure father gave`: a singular noun with no determiner is no one in particular.
	if (speaker.kind === 'unnamed') {
		const written = text.slice(speaker.span.start, speaker.span.end);
		return !/^\p{Ll}/u.test(written) || closedClass(firstWord) !== undefined;
	}

	return true;
}

function parseSubject(sentence: Sentence, phrase: Phrase): SpeakerMention | undefined {
	return parseSpeakerPhrase(sentence.tokens.slice(phrase.start, phrase.end + 1), {
		text: sentence.text,
		saysAnonymous: sentence.saysAnonymous,
	});
}

const possessivePronouns = new Map([
	['his', 'he'],
	['her', 'she'],
	['their', 'they'],
	['its', 'it'],
]);

/**
 * The owner of the words a quotation is part of: `Trump’s claim that Obama “founded ISIS”`,
 * `the newspaper’s editorial telling him to leave his “playground…”`, `his “basket of
 * deplorables” remark`. The noun is found before the quotation in its clause, or right after it.
 */
function speechNounOwner(sentence: Sentence, quote: Span): {speaker: SpeakerMention; cue: Span} | undefined {
	const {tokens, classes, text} = sentence;
	const open = tokens.findLastIndex(token => token.end <= quote.start);
	if (open === -1 || !quoteMarks.has(tokens[open]!.text)) return undefined;
	const close = tokens.findIndex(token => token.start >= quote.end);
	const candidates: number[] = [];
	const ownedBeforeQuote = open > 0 && (isPossessive(tokens[open - 1]!.text) || classes[open - 1] === 'possessive');
	if (
		ownedBeforeQuote &&
		close !== -1 &&
		closingQuotes.has(tokens[close]!.text) &&
		speechNouns.has(lower(tokens[close + 1]))
	) {
		candidates.push(close + 1);
	}

	// `Clinton’s response was: “…”`: past the colon that introduces the quotation.
	const from = tokens[open - 1]?.text === ':' ? open - 2 : open - 1;
	for (let index = from; index > 0 && open - index <= 14; index--) {
		const token = tokens[index]!;
		if (strongBoundaries.has(token.text) || quoteMarks.has(token.text) || token.text === '.') break;
		// `…’s answer was that “…”`: the copula that links the noun to its content.
		const linksContent = ['was', 'is'].includes(token.lower) && [':', 'that'].includes(lower(tokens[index + 1]));
		if (linksContent) continue;
		// `Trump’s claim`, `his remarks`: after an owner the word is a noun, whatever else it can be.
		// `Rubio’s catch phrase`: one modifier may stand between the owner and the noun.
		const ownerAt = isPossessiveAt(sentence, index - 1)
			? index - 1
			: classes[index - 1] === 'noun' && isPossessiveAt(sentence, index - 2)
				? index - 2
				: -1;
		if (speechNouns.has(token.lower) && ownerAt !== -1) {
			if (introducesQuotation(sentence, index, open, quote) && !isTopic(sentence, ownerAt)) candidates.push(index);
			continue;
		}

		if (classes[index] === 'auxiliary' || (classes[index] === 'verb' && lower(tokens[index - 1]) !== 'to')) break;
	}

	for (const noun of candidates) {
		// The owner ends right before the noun, or before the quotation that modifies it.
		const ownerEnd = noun === close + 1 ? open - 1 : isPossessiveAt(sentence, noun - 1) ? noun - 1 : noun - 2;
		const owner = tokens[ownerEnd];
		if (owner === undefined) continue;
		const pronoun = possessivePronouns.get(owner.lower);
		const cue = {start: tokens[noun]!.start, end: tokens[noun]!.end};
		if (pronoun !== undefined) {
			const asPronoun = pronounMention(owner, pronoun);
			// `Sanders has pushed his promise of “…”`: the clause's own subject first, if it agrees.
			const found = quotationClauseSubject(sentence, quote);
			const subject = found && parseSubject(sentence, found.phrase);
			const agrees =
				subject !== undefined &&
				subject.kind === asPronoun.kind &&
				(genderOf(subject, text) ?? genderOf(asPronoun, text)) === genderOf(asPronoun, text);
			return {speaker: agrees ? subject : asPronoun, cue};
		}

		const speaker = possessiveOwner(sentence, ownerEnd);
		if (speaker) return {speaker, cue};
	}

	return undefined;
}

/** `his` as the mention `he` (of `her`, `she`; `their`, `they`; `its`, `it`), to be resolved like any pronoun. */
function pronounMention(owner: Token, pronoun: string): SpeakerMention {
	const kind = pronoun === 'they' ? 'group' : pronoun === 'it' ? 'organisation' : 'person';
	const span = {start: owner.start, end: owner.end};
	return {span, name: pronoun, role: undefined, kind, anonymous: false, head: pronoun};
}

/** The owner a possessive at `ownerEnd` ends: `[Trump’s] claim`, `media for [Trump’s] claim`. */
function possessiveOwner(sentence: Sentence, ownerEnd: number): SpeakerMention | undefined {
	const {tokens, classes, text} = sentence;
	const owner = tokens[ownerEnd];
	if (owner === undefined || !isPossessive(owner.text)) return undefined;
	const bare = withoutPossessive(owner.text);
	const bareTokens = tokens.with(ownerEnd, {
		...owner,
		text: bare,
		lower: bare.toLowerCase(),
		end: owner.start + bare.length,
	});
	const found = phraseEndingAt({tokens: bareTokens, classes}, ownerEnd);
	if (found === undefined) return undefined;
	// The owner is the phrase nearest the noun: `media for [Trump’s] claim`.
	let start = found;
	for (let index = ownerEnd - 1; index >= found; index--) {
		if (classes[index] === 'preposition') {
			start = index + 1;
			break;
		}
	}

	return parseSpeakerPhrase(bareTokens.slice(start, ownerEnd + 1), {text, saysAnonymous: sentence.saysAnonymous});
}

/**
 * `In Samsung’s words, …`, `In his words, …`, `In the words of one aide, …`: the words'
 * owner, in a phrase that opens a clause, speaks for the quotation after it.
 */
function wordsOwner(sentence: Sentence, index: number): {phrase?: Phrase; owner?: SpeakerMention} | undefined {
	const {tokens} = sentence;
	if (lower(tokens[index - 1]) === 'the' && lower(tokens[index - 2]) === 'in' && lower(tokens[index + 1]) === 'of') {
		const phrase = phraseAfter(sentence, index + 2);
		return phrase && {phrase};
	}

	const ownerEnd = index - 1;
	const pronoun = possessivePronouns.get(lower(tokens[ownerEnd]));
	if (pronoun !== undefined) {
		return lower(tokens[ownerEnd - 1]) === 'in' ? {owner: pronounMention(tokens[ownerEnd]!, pronoun)} : undefined;
	}

	const owner = possessiveOwner(sentence, ownerEnd);
	if (!owner) return undefined;
	const first = tokens.findIndex(token => token.start >= owner.span.start);
	return lower(tokens[first - 1]) === 'in' || lower(tokens[first - 2]) === 'in' ? {owner} : undefined;
}

/**
 * Whether the speech noun at `noun` takes the quotation as its content: `claim that Obama
 * “…”`, `promise of “…”`, `slogan, “…”`, `slogan “Make America…”`, `the editorial telling
 * him to “…”`, and not as a predicate about it: `his comment “has no place…”`.
 */
function isPossessiveAt(sentence: Sentence, index: number): boolean {
	const token = sentence.tokens[index];
	return token !== undefined && (isPossessive(token.text) || sentence.classes[index] === 'possessive');
}

const topicPrepositions = new Set(['about', 'over', 'regarding', 'concerning']);

/**
 * `who dismissed the story about Clinton’s emails, “…”`: a speech noun that is what something
 * is about introduces nothing.
 */
function isTopic(sentence: Sentence, owner: number): boolean {
	const {tokens, classes} = sentence;
	let index = owner;
	while (index > 0 && ['name', 'noun', 'determiner'].includes(classes[index - 1]!)) index--;
	return topicPrepositions.has(lower(tokens[index - 1]));
}

function introducesQuotation(sentence: Sentence, noun: number, open: number, quote: Span): boolean {
	const {tokens, classes, text} = sentence;
	if (noun > open) return true;
	const gap = tokens.slice(noun + 1, open);
	if (gap.length === 0) return /^\P{L}*\p{Lu}/u.test(text.slice(quote.start, quote.end));
	// `Clinton’s call (earlier in the night) to “make America whole again”`: the infinitive is
	// the call; not `her call to “the American people”`, which names whom it was made to.
	const toInfinitive =
		gap.length <= 6 &&
		gap.at(-1)!.lower === 'to' &&
		infinitiveSpeechNouns.has(tokens[noun]!.lower) &&
		gap.every((token, offset) => token.isWord && !['verb', 'auxiliary'].includes(classes[noun + 1 + offset]!));
	if (toInfinitive) {
		const first = /\p{L}+/u.exec(text.slice(quote.start, quote.end))?.[0] ?? '';
		return /^\p{Ll}/u.test(first) && closedClass(first) === undefined && formClass(first) === 'noun';
	}
	// `Clinton’s response was: “…”`, `the senator’s answer was that “…”`.
	const afterBe = ['was', 'is'].includes(gap[0]!.lower) && [':', 'that'].includes(gap[1]?.lower ?? '') ? 1 : 0;
	if ([',', ':', 'that', 'of', ...dashes].includes(gap[afterBe]!.lower)) {
		return gap
			.slice(afterBe)
			.every((_token, offset) => !['verb', 'auxiliary'].includes(classes[noun + 1 + afterBe + offset]!));
	}

	return classes[noun + 1] === 'gerund' && speechVerbClassOfLower(gap[0]!.lower) !== undefined;
}

/** A phrase after a verb, `that`, `whether`, a preposition or a subordinator is not a main clause's subject. */
function isEmbedded(sentence: Sentence, before: number): boolean {
	const wordClass = sentence.classes[before];
	if (wordClass === undefined) return false;
	if (['verb', 'participle', 'gerund', 'auxiliary', 'preposition', 'subordinator', 'relative'].includes(wordClass)) {
		return true;
	}

	// `saying the city embodied…`: a reporting verb, whatever class its form suggests; not
	// a noun in a phrase (`at one point the crowd chanted`).
	const word = sentence.tokens[before]!.lower;
	if (['that', 'whether', 'if', 'how', 'why', 'what', 'to'].includes(word)) return true;
	const opensNoun = ['determiner', 'possessive', 'number'].includes(sentence.classes[before - 1] ?? '');
	return speechVerbClassOfLower(word) !== undefined && !opensNoun;
}

/** `said that`, `said`: the word before a reported clause's subject. */
function isReportedClauseStart(sentence: Sentence, before: number): boolean {
	const word = lower(sentence.tokens[before]);
	if (word !== 'that') return speechVerbClassOfLower(word) !== undefined;
	// `…denouncing “whitey,” a rumor that Obama disdained as “…”`: `that` after a noun phrase that
	// no verb takes (it opens its clause or follows a comma) opens a relative clause of its own.
	if (sentence.classes[before - 1] !== 'noun') return true;
	const phrase = phraseBefore(sentence, before - 1);
	const opener = sentence.tokens[phrase?.start === undefined ? -1 : phrase.start - 1];
	// American punctuation puts the comma inside the marks: `“whitey,” a rumor that`.
	return phrase === undefined || (opener !== undefined && !isDelimiter(opener) && !closingQuotes.has(opener.text));
}

/** A verb, auxiliary or adverb after a phrase: the phrase is a clause's subject (`Obamacare so far has been`). */
function opensClause(sentence: Sentence, index: number): boolean {
	const wordClass = sentence.classes[index];
	if (wordClass === 'conjunction') return !['and', 'or', 'nor'].includes(lower(sentence.tokens[index]));
	return wordClass === 'verb' || wordClass === 'auxiliary' || wordClass === 'adverb' || wordClass === 'negation';
}

/** `with Senator John McCain telling…`: the noun phrase between `with` and the participle at `verb`. */
function subjectAfterWith(sentence: Sentence, verb: number): Phrase | undefined {
	const {index} = skipModifiersLeft(sentence, verb - 1);
	const phrase = phraseBefore(sentence, index);
	if (!phrase) return undefined;
	if (lower(sentence.tokens[phrase.start - 1]) === 'with') return phrase;
	// `with many marchers and spectators chanting`: two phrases joined.
	if (!['and', 'or'].includes(lower(sentence.tokens[phrase.start - 1]))) return undefined;
	const first = phraseBefore(sentence, phrase.start - 2);
	if (!first || lower(sentence.tokens[first.start - 1]) !== 'with') return undefined;
	return {start: first.start, end: phrase.end};
}

/**
 * `according to calculations by Amy Glasmeier of MIT`, `a 2013 study by economists Peter
 * Schott and Justin Pierce`: the author of a document is its source.
 */
function authorOf(sentence: Sentence, document: Phrase | undefined): Phrase | undefined {
	if (!document || !documentNouns.has(sentence.tokens[document.end]!.lower)) return undefined;
	if (!['by', 'from'].includes(lower(sentence.tokens[document.end + 1]))) return undefined;
	return phraseAfter(sentence, document.end + 2);
}

const subjectPronouns = new Set(['i', 'we', 'he', 'she', 'they']);

const objectDeterminers = new Set<WordClass>(['determiner', 'possessive', 'number']);
const objectOpeners = new Set<WordClass>(['determiner', 'possessive', 'number', 'noun']);

/**
 * The quotation opening at `mark` is a term inside the verb's object (`adds a cryptographic
 * “key”`): a few words right after the object's own words, no comma, colon or preposition
 * between, and no name before it (`told the BBC “…”`).
 */
function isTermInObject(sentence: Sentence, object: number, mark: number): boolean {
	const {tokens, classes} = sentence;
	const before = classes[mark - 1];
	if (before === undefined || !objectOpeners.has(before)) return false;
	for (let index = object; index < mark; index++) if (classes[index] === 'preposition') return false;
	const close = tokens[mark + 1];
	if (close === undefined || !quoteMarks.has(close.text)) return false;
	const words = sentence.text.slice(tokens[mark]!.end, close.start).match(/[\p{L}\p{N}]+/gu) ?? [];
	return words.length <= 4;
}

const bareClauseSubjectClasses = new Set<WordClass>(['determiner', 'possessive', 'number', 'noun', 'name']);

/** `said the rules were…`: a noun phrase and its verb, a reported clause without `that`. */
function opensBareClause(sentence: Sentence, index: number): boolean {
	const {classes} = sentence;
	for (let at = index; at < classes.length && at - index < 8; at++) {
		const wordClass = classes[at]!;
		if (bareClauseSubjectClasses.has(wordClass)) continue;
		return at > index && (wordClass === 'verb' || wordClass === 'auxiliary');
	}

	return false;
}

/** After a verb, past times, adverbs and a prepositional phrase: `that`, a colon or a quotation follows. */
function introducesClause(sentence: Sentence, index: number): boolean {
	const {tokens, classes} = sentence;
	// `adds a cryptographic “key”`, `promised a “big, beautiful wall”`: a quotation inside the
	// verb's object, with no comma or colon before it, is part of that phrase, introduced by nothing.
	const object = index;
	const first = classes[index];
	const takesObject = first !== undefined && objectDeterminers.has(first);
	for (let steps = 0; index < tokens.length && steps < 12; steps++, index++) {
		const token = tokens[index]!;
		const isMark = token.lower === '“' || token.lower === '"' || token.lower === '‘';
		if (isMark && takesObject && isTermInObject(sentence, object, index)) return false;
		if (isMark || token.lower === 'that' || token.lower === ':') return true;
		if (token.text === ',' && quoteMarks.has(tokens[index + 1]?.text ?? '')) return true;
		// `proposed we “wake up…”`, `added she would`: a subject pronoun right after the verb opens a clause.
		if (steps === 0 && subjectPronouns.has(token.lower)) return true;
		const passable =
			isTimeWord(token) ||
			['adverb', 'preposition', 'determiner', 'possessive', 'number', 'noun', 'name'].includes(classes[index]!);
		if (!passable || (classes[index] === 'preposition' && token.lower === 'to' && steps === 0)) return false;
	}

	return false;
}

function cueFor(sentence: Sentence, index: number, last = index): Span {
	const {tokens} = sentence;
	// `told reporters`, `told the BBC`: the addressee belongs to the attribution words.
	if (/^(?:told|tells|tell|telling)$/.test(lower(tokens[index]))) {
		const next = tokens[last + 1];
		const afterThe = lower(next) === 'the' ? tokens[last + 2] : next;
		if (afterThe && (addressees.has(lower(afterThe)) || /^\p{Lu}{2,}$/u.test(afterThe.text))) {
			last = tokens.indexOf(afterThe);
		}
	}

	return {start: tokens[index]!.start, end: tokens[last]!.end};
}

/**
 * `Hillary Clinton Says Trump Is…`: a capitalised verb form in a headline, where the words
 * around it are capitalised too and no lower-case word (`the United States`) opens the run.
 */
function isTitleCaseVerb(sentence: Sentence, index: number): boolean {
	const {tokens} = sentence;
	const next = tokens[index + 1];
	if (next === undefined || !(isCapitalised(next.text) || quoteMarks.has(next.text))) return false;
	let start = index;
	while (start > 0 && tokens[start - 1]!.isWord && isCapitalised(tokens[start - 1]!.text)) start--;
	const before = tokens[start - 1];
	return before === undefined || !before.isWord;
}

/** The word at `index` follows a closing quotation mark, perhaps after a comma: `“…,” he added`. */
function followsQuote(sentence: Sentence, index: number): boolean {
	const {tokens} = sentence;
	let at = index - 1;
	while (at >= 0 && sentence.classes[at] === 'adverb') at--;
	// `“…,” the aide added`: past the subject's noun phrase.
	const start = phraseEndingAt(sentence, at);
	if (start !== undefined) at = start - 1;
	while (
		at >= 0 &&
		(sentence.classes[at] === 'adverb' || sentence.classes[at] === 'pronoun' || sentence.classes[at] === 'name')
	)
		at--;
	if (tokens[at]?.text === ',') at--;
	// `“…so stupid?” Scarborough continued.`: the splitter ended the quotation's sentence at its
	// `?`; the verb then ends its clause (not `Conservatives still praise his refusal`).
	if (at < 0) return sentence.followsQuotation && !tokens[index + 1]?.isWord;
	return closingQuotes.has(tokens[at]?.text ?? '');
}

/** `As Ryan has pointed out,` / `As the report notes,`: an `as` clause that ends at a comma after its verb. */
function isAsParenthesis(sentence: Sentence, index: number): boolean {
	const {tokens} = sentence;
	if (lower(tokens[0]) !== 'as' || index > 14) return false;
	const next = lower(tokens[index + 1]) === 'out' ? index + 2 : index + 1;
	return tokens[next]?.text === ',' && sentence.hasQuote;
}

/** Whether the verb's class lets it attribute here: `manner` and `characterising` verbs need a quotation. */
function attributesHere(sentence: Sentence, verbClass: SpeechVerbClass, index: number): boolean {
	switch (verbClass) {
		case 'speech': {
			return true;
		}

		case 'characterising': {
			// `“…so fundamentally?” Beck questioned.`: the quotation ended the sentence before.
			return sentence.hasQuote || (sentence.followsQuotation && followsQuote(sentence, index));
		}

		case 'manner': {
			return sentence.hasQuote || introducesClause(sentence, index + 1) || followsQuote(sentence, index);
		}

		default: {
			// `clauseOnly` verbs have other senses (`Moscow agreed to a “just peace”`): they
			// attribute a clause or quotation that follows them, or a quotation just before them,
			// or the sentence they are a parenthesis of (`As Ryan has pointed out, …`).
			return (
				introducesClause(sentence, index + 1) ||
				followsQuote(sentence, index) ||
				isAsParenthesis(sentence, index) ||
				closesQuotedSentence(sentence, index)
			);
		}
	}
}

/**
 * `Sanders “has a right to contest every primary,” just as Clinton did, Rendell added.`: the
 * verb ends a sentence that holds a quotation, its subject after a comma.
 */
function closesQuotedSentence(sentence: Sentence, index: number): boolean {
	const {tokens} = sentence;
	if (!sentence.hasQuote || !['.', '!', '?', undefined].includes(tokens[index + 1]?.text)) return false;
	const {phrase} = subjectBefore(sentence, index);
	return phrase !== undefined && tokens[phrase.start - 1]?.text === ',';
}

/** `reports`, `claims` read as plural nouns: after a determiner, or a lone word opening the sentence. */
function isNounReading(sentence: Sentence, index: number, subject: Phrase | undefined): boolean {
	const {tokens, classes} = sentence;
	if (!isNounLikeForm(tokens[index]!.text)) return false;
	const ownerAt = (at: number) => at >= 0 && /\p{L}['’]s$/u.test(tokens[at]!.text);
	const opensNoun = (wordClass: string | undefined, at: number) =>
		wordClass === 'determiner' || wordClass === 'possessive' || wordClass === 'number' || ownerAt(at);
	if (opensNoun(classes[index - 1], index - 1)) return true;
	// `surprisingly positive comments`: a bare lower-case singular word is a modifier, not a subject.
	const single = subject !== undefined && subject.start === subject.end ? subject.start : undefined;
	const word = single === undefined ? undefined : tokens[single]!;
	if (word && /^\p{Ll}+$/u.test(word.text) && !word.lower.endsWith('s') && classes[single!] === 'noun') return true;
	// `drawing applause and laughs`: coordinated with a noun.
	if (classes[index - 1] === 'conjunction' && classes[index - 2] === 'noun') return true;
	// `that states can pass such laws`, `reports have said`: a plural subject before its auxiliary.
	if (classes[index + 1] === 'auxiliary' && /s$/u.test(tokens[index]!.lower)) return true;
	// `the racial remarks`, `many Asian states`: a modifier after a determiner, unless it is a
	// noun that can speak (`the senator states`, `the report notes`).
	const modifier = tokens[index - 1];
	if (modifier && opensNoun(classes[index - 2], index - 2) && !isSpeakerNoun(withoutPossessive(modifier.lower))) {
		return classes[index - 1] === 'noun' || classes[index - 1] === 'name' || classes[index - 1] === 'participle';
	}

	return subject !== undefined && subject.start === 0 && subject.end === 0 && index === 1;
}

/** The sentence's subject, after a leading adverbial such as `On Sunday night,`. */
/**
 * `The Prime Minister, Margaret Thatcher, supported the ban`: the subject with the appositive
 * between its commas, when a verb follows them.
 */
function withAppositive(sentence: Sentence, phrase: Phrase): Phrase {
	const {tokens, classes} = sentence;
	if (tokens[phrase.end + 1]?.text !== ',') return phrase;
	let close = phrase.end + 2;
	while (close < tokens.length && close - phrase.end <= 14 && !isDelimiter(tokens[close])) close++;
	if (close >= tokens.length || close - phrase.end > 14 || !isAppositive(sentence, phrase.end + 2, close - 1))
		return phrase;
	if (!['verb', 'participle', 'auxiliary', 'adverb'].includes(classes[close + 1] ?? '')) return phrase;
	return {...phrase, appositive: {start: tokens[phrase.end + 2]!.start, end: tokens[close - 1]!.end}};
}

function sentenceSubject(sentence: Sentence): Phrase | undefined {
	const {tokens, classes} = sentence;
	if (!leadingAdverbials.has(lower(tokens[0]))) {
		const end = phraseStartingAt(sentence, 0);
		return end === undefined ? undefined : withAppositive(sentence, {start: 0, end});
	}

	// `Speaking at a town hall in Salem, New Hampshire, Trump went…`: the subject is the
	// phrase after a comma that a verb follows, not a place inside the adverbial.
	let fallback: Phrase | undefined;
	for (let comma = 0; comma < tokens.length && comma <= 16; comma++) {
		if (tokens[comma]!.text !== ',') continue;
		const end = phraseStartingAt(sentence, comma + 1);
		if (end === undefined) continue;
		const phrase = {start: comma + 1, end};
		fallback ??= phrase;
		const next = classes[end + 1];
		if (next === 'verb' || next === 'auxiliary' || next === 'participle' || next === 'adverb') return phrase;
		// `In a statement, the New Democracy leader, Antonis Samaras, called for…`: the phrase right
		// after the adverbial, with its appositive.
		const named: Phrase = phrase === fallback ? withAppositive(sentence, phrase) : phrase;
		if (named.appositive) return named;
	}

	return fallback;
}

// The last text asked about by `textSaysAnonymous`, and its answer.
let anonymityAsked: {text: string; says: boolean} | undefined;

/**
 * Whether the anonymity pattern matches anywhere in the text. It has no anchors, so a
 * sentence can match only when its text does: an article's sentences come in turn,
 * and most articles have none, so the text is tested once instead of every sentence.
 */
function textSaysAnonymous(text: string): boolean {
	if (anonymityAsked?.text !== text)
		anonymityAsked = {text, says: mayMatchAnonymity(text) && anonymityPattern.test(text)};
	return anonymityAsked.says;
}

// Every phrase of the pattern holds one of these: a plain case-insensitive search for them is
// much faster than the pattern over a whole article, and makes no lower-case copy of it. The
// pattern folds ASCII letters only, as this search does.
const anonymityWords = /anonym|ed to be |not to be |authori[sz]ed to /i;

function mayMatchAnonymity(text: string): boolean {
	return anonymityWords.test(text);
}

// What a sentence without quotations returns for its quotations' sources: one empty map for all.
const noSources: ReadonlyMap<number, QuotationSource> = new Map();

/** Attributions in one sentence. */
export function findAttributions(
	text: string,
	sentenceSpan: Span,
	quoted: readonly Span[] = [],
	sentenceTokens: readonly Token[] = tokenize(text, sentenceSpan.start, sentenceSpan.end),
): SentenceAttributions {
	const hasQuote = quoted.length > 0;
	// Words inside quotation marks are the speaker's own, never an attribution.
	const tokens = hasQuote ? outsideSpans(sentenceTokens, quoted) : sentenceTokens;
	// `“…right?” Trump went on, as if…`: the splitter ended the quotation's sentence at its `?`.
	const followsQuotation = /[”"’]\s*$/u.test(text.slice(Math.max(0, sentenceSpan.start - 3), sentenceSpan.start));
	const sentence: Sentence = {
		text,
		tokens,
		classes: wordClasses(tokens),
		hasQuote,
		followsQuotation,
		saysAnonymous: textSaysAnonymous(text) && anonymityPattern.test(text.slice(sentenceSpan.start, sentenceSpan.end)),
	};
	// The cues of one sentence ask for the same phrase again and again (a third of the calls on
	// news): each phrase is parsed once.
	const parsed = new Map<string, SpeakerMention | undefined>();
	const parse = (phrase: Phrase | undefined, anyHead = true) => {
		if (!phrase) return undefined;
		const key = `${phrase.start} ${phrase.end} ${phrase.appositive?.start} ${phrase.appositive?.end} ${anyHead}`;
		// A copy: identities are written into each mention later.
		if (parsed.has(key)) {
			const earlier = parsed.get(key);
			return earlier && {...earlier};
		}

		const speaker = parseSpeakerPhrase(tokens.slice(phrase.start, phrase.end + 1), {
			text,
			appositive: phrase.appositive && tokenize(text, phrase.appositive.start, phrase.appositive.end),
			saysAnonymous: sentence.saysAnonymous,
			anyHead,
		});
		parsed.set(key, speaker);
		return speaker;
	};
	const parsedSubject = parse(sentenceSubject(sentence), false);
	const found: FoundAttribution[] = [];
	let introducing: QuotationSource | undefined;
	// Looked for once, and only when a share of people speaks.
	let survey: SpeakerMention | undefined | null = null;
	let surveyAt: number | undefined;
	const throughSurvey = (speaker: SpeakerMention | undefined) => {
		surveyAt ??= surveyIndex(sentence);
		if (speaker === undefined || surveyAt === -1 || !isSurveyedShare(sentence, speaker)) return speaker;
		survey ??= parse(phraseBefore(sentence, surveyAt));
		return survey ?? speaker;
	};
	const add = (said: SpeakerMention | undefined, cue: Span, pointsBack = false) => {
		const speaker = throughSurvey(said);
		if (speaker) found.push(pointsBack ? {speaker, cue, pointsBack} : {speaker, cue});
		return speaker !== undefined;
	};

	const verdict = verdictOf.exec(text.slice(sentenceSpan.start, sentenceSpan.end));
	if (verdict) {
		const cueEnd = sentenceSpan.start + verdict[0].length;
		const afterCue = tokens.findIndex(token => token.start >= cueEnd);
		if (afterCue !== -1) {
			add(parse(phraseAfter(sentence, afterCue)), {start: sentenceSpan.start, end: cueEnd}, true);
		}
	}

	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		const previous = tokens[index - 1];
		// Of punctuation only a dash is a cue: `“…” — Jane Doe, Portland`, after a quotation or
		// opening the sentence after one. Every other cue below is a word.
		if (!token.isWord) {
			// `Republican pollster Daron Shaw: “…”`, `From the report: “…”`: a speaker, then a colon
			// and the quotation, with no verb between.
			if (token.text === ':' && hasQuote && quoteMarks.has(tokens[index + 1]?.text ?? '')) {
				const presented = presentedSpeaker(sentence, parse);
				if (presented) {
					add(presented, cueFor(sentence, index));
					continue;
				}

				// Only a name, and not one a reporting verb or preposition takes as its object (`told
				// Fox News:`, `in a letter to Congress:`); `does not surprise pollster Dan Shore:` is his.
				const phrase = phraseBefore(sentence, index - 1);
				const before = tokens[phrase ? phrase.start - 1 : -1];
				const isAddressee =
					before !== undefined &&
					(speechVerbClassOfLower(before.lower) !== undefined ||
						['preposition', 'subordinator', 'relative'].includes(sentence.classes[phrase!.start - 1]!));
				// `From the report: “…”`, `From Bush’s Facebook post: “…”`: the source it is quoted from.
				const quotedFrom = lower(before) === 'from' && index <= 8;
				const speaker = phrase && (!isAddressee || quotedFrom) ? parse(phrase, false) : undefined;
				const written = speaker ? text.slice(speaker.span.start, speaker.span.end) : '';
				const named = /^\p{Lu}/u.test(written) && !/^(?:the|a|an|this|that)\s/iu.test(written);
				// `… are problematic – Pew Research: “…”`: a body named as a label, after a dash or opening the sentence.
				const labelled =
					phrase !== undefined && (phrase.start === 0 || dashes.has(before?.text ?? '') || before?.text === '-');
				const speaks = speaker?.kind === 'person' || (labelled && speaker?.kind === 'organisation');
				if (speaker && (quotedFrom || (named && speaks)) && canSpeakUnprompted(speaker, text)) {
					add(speaker, cueFor(sentence, index));
				}

				continue;
			}

			// A hyphen stands in for the dash only opening a line of its own (`- Sanders.`).
			const isDash = dashes.has(token.text) || (token.text === '-' && index === 0 && !hasQuote);
			if (isDash && (closingQuotes.has(previous?.text ?? '') || index === 0)) {
				const phrase = phraseAfter(sentence, index + 1);
				const next = phrase && tokens[phrase.end + 1];
				const closes = next === undefined || [',', '.', ';'].includes(next.text);
				if (phrase && closes && (hasQuote || index === 0)) {
					add(parse(phrase), cueFor(sentence, index), !hasQuote);
				}
			}

			continue;
		}

		const word = token.lower;
		if (word === 'according' && lower(tokens[index + 1]) === 'to') {
			const source = phraseAfter(sentence, index + 2);
			const cue = cueFor(sentence, index, index + 1);
			// `X said that according to its analysis, …`: the reporting speaker's own document.
			const ownDocument =
				source !== undefined && possessivePronouns.has(lower(tokens[source.start])) && found.length > 0;
			if (ownDocument) continue;
			if (!add(parse(authorOf(sentence, source), false), cue)) add(parse(source), cue);
			continue;
		}

		// `In Samsung’s words, the UI “…”`: only before a quotation of the sentence.
		if (word === 'words' && hasQuote && tokens.slice(index + 1).some(after => quoteMarks.has(after.text))) {
			const found = wordsOwner(sentence, index);
			const speaker = found?.owner ?? parse(found?.phrase);
			if (speaker) {
				// The cue is `In the words of`, or `words` alone after its owner.
				add(speaker, found?.phrase ? cueFor(sentence, index - 2, index + 1) : cueFor(sentence, index));
				continue;
			}
		}

		// `As Vulture put it, “…”`: `put it` reports words.
		if ((word === 'put' || word === 'puts') && lower(tokens[index + 1]) === 'it' && hasQuote) {
			add(parse(subjectBefore(sentence, index).phrase), cueFor(sentence, index, index + 1));
			continue;
		}

		// `Trump went on: “…”`, `The email goes on to say`.
		// Not `once the Senate goes on recess`: what follows `on` is punctuation, a quotation or a
		// clause, or `to` and a reporting verb.
		const afterOn = tokens[index + 2];
		const goesOnSpeaking =
			afterOn === undefined || !afterOn.isWord || afterOn.lower === 'to' || afterOn.lower === 'that';
		if (
			goForms.has(word) &&
			lower(tokens[index + 1]) === 'on' &&
			goesOnSpeaking &&
			(hasQuote || introducesClause(sentence, index + 2) || (index <= 2 && followsQuotation))
		) {
			const last =
				lower(tokens[index + 2]) === 'to' && speechVerbClassOfLower(lower(tokens[index + 3])) ? index + 3 : index + 1;
			add(parse(subjectBefore(sentence, index).phrase), cueFor(sentence, index, last));
			continue;
		}

		// A capitalised word inside a sentence is a name, not a verb (`the United States`), except in a title-case headline.
		// The lexicon first: most words are no speech verb, and need no look at their neighbours.
		const verbForm = speechVerbClassOfLower(word) ?? withParticleClass(word, lower(tokens[index + 1]));
		const verbClass =
			verbForm && (sentence.classes[index] !== 'name' || isTitleCaseVerb(sentence, index)) ? verbForm : undefined;
		if (!verbClass || opensIdiom(word, offset => tokens[index + offset]?.lower)) continue;
		if (!attributesHere(sentence, verbClass, index)) {
			// `Valastro praised Christie’s leadership.` ¶ `“We need someone who…”`: a speech act with
			// no words of its own may introduce the quotation paragraph after it.
			const {phrase} = subjectBefore(sentence, index);
			const speaker = introducing === undefined && phrase?.start === 0 ? parse(phrase, false) : undefined;
			if (speaker && canSpeakUnprompted(speaker, text)) introducing = {speaker, cue: cueFor(sentence, index)};
			continue;
		}
		const anyHead = verbClass !== 'characterising';

		// Passive: `described by Putin as` takes its agent; `has been described as` has no speaker.
		// Not `responded by saying`: `by` and a participle tell how, not who.
		if (lower(tokens[index + 1]) === 'by' && isPastParticiple(word) && !isParticiple(lower(tokens[index + 2]))) {
			add(parse(phraseAfter(sentence, index + 2)), cueFor(sentence, index, index + 1));
			continue;
		}

		const {index: beforeModifiers} = skipModifiersLeft(sentence, index - 1);
		const between = tokens.slice(beforeModifiers + 1, index);
		if (isPastParticiple(word) && between.some(modifier => beForms.has(modifier.lower))) continue;

		// 1. After a quotation: `“…,” said the ruling`, `“…” asks Smith`.
		const afterQuote =
			closingQuotes.has(previous?.text ?? '') ||
			(previous?.text === ',' && closingQuotes.has(tokens[index - 2]?.text ?? ''));
		// `…a “tinderbox”, said any new government would…`: a phrase its auxiliary follows is the
		// subject of the reported clause, not the speaker.
		const invertedPhrase = afterQuote && !isParticiple(word) ? phraseAfter(sentence, index + 1) : undefined;
		const inverted =
			invertedPhrase && sentence.classes[invertedPhrase.end + 1] !== 'auxiliary' ? invertedPhrase : undefined;
		// `“…,” declared Stephanie Acs, 27.` inverts; in `Washington, star of “Scandal,” thanked Obama
		// for “…”` a verb that characterises has its object, and the clause goes on.
		const endsClause = (phrase: Phrase) => [undefined, ',', '.', ';', '!', '?'].includes(tokens[phrase.end + 1]?.text);
		// A base form after a quotation agrees with a plural phrase only (`“…,” say officials`):
		// in `“Unpacked 5” press event` it is a noun's modifier.
		const formAgrees = (phrase: Phrase) => isInflected(word) || isPastAsBase(word) || isPluralPhrase(sentence, phrase);
		if (
			inverted &&
			(verbClass !== 'characterising' || endsClause(inverted)) &&
			formAgrees(inverted) &&
			add(parse(inverted, anyHead), cueFor(sentence, index))
		) {
			continue;
		}

		// 2. The subject before the verb.
		const {phrase: before, auxiliary} = subjectBefore(sentence, index);
		// A base form agrees with a plural subject only: not `a thunderous chant`, `the famous`.
		const baseAgrees = (phrase: Phrase) =>
			isInflected(word) || auxiliary || isPastAsBase(word) || isPluralPhrase(sentence, phrase);
		// `Westmacott said that Obama shows “great charm”`: a verb of another sense inside the clause
		// an attribution before it reports is part of the reported words.
		// `said that the platform should reiterate`: with a modal, not even a reporting verb reports.
		const hasModal = tokens.slice(before ? before.end + 1 : index, index).some(token => modals.has(token.lower));
		const isReported =
			before !== undefined &&
			(verbClass !== 'speech' || hasModal) &&
			isReportedClauseStart(sentence, before.start - 1) &&
			found.some(earlier => earlier.cue.end <= tokens[before.start]!.start);
		// `The rear camera promises 0.3-second autofocus`: a subject that is no speaker by its head
		// (no person, body, document or medium), its verb taking an object, speaks only where the
		// verb reports words, as a verb of other senses does.
		const next = sentence.classes[index + 1];
		const takesObject = next !== undefined && objectOpeners.has(next);
		const subjectSpeaks = (phrase: Phrase) =>
			parse(phrase, false) ??
			(anyHead &&
			(verbClass !== 'speech' ||
				!takesObject ||
				attributesHere(sentence, 'clauseOnly', index) ||
				opensBareClause(sentence, index + 1))
				? parse(phrase, true)
				: undefined);
		if (
			before &&
			!isReported &&
			!isParticiple(word) &&
			baseAgrees(before) &&
			!isNounReading(sentence, index, before) &&
			add(subjectSpeaks(before), cueFor(sentence, index))
		) {
			continue;
		}

		// 3. Opening the sentence or after a comma: `Said Moran, “…”`, `…, said Peskov.`
		// `Said Moran, “…”`; a base form opening a sentence is a name (`State University’s Ann Moss`)
		// or an imperative.
		const opens = (index === 0 || (index === 1 && quoteMarks.has(previous!.text))) && isInflected(word);
		// `CNN, he said, called the plan “…”`: what follows a characterising verb is its object.
		const afterComma =
			previous?.text === ',' && !before && !/^(?:told|tell|tells)$/.test(word) && verbClass !== 'characterising';
		if ((opens || afterComma) && !isParticiple(word) && tokens[index + 1]?.isWord) {
			const after = phraseAfter(sentence, index + 1);
			// `…, said Obamacare so far has been…`: a phrase that a verb follows opens the reported clause.
			const speaker = after && !opensClause(sentence, after.end + 1) ? parse(after, anyHead) : undefined;
			if (
				speaker &&
				(speaker.kind !== 'group' || speaker.name.includes(' ')) &&
				add(speaker, cueFor(sentence, index))
			) {
				continue;
			}
		}

		// 4. The clause's subject: `… and called it “rotten”`, `…, saying`, `by saying`, `as saying`.
		const afterConjunction = sentence.classes[beforeModifiers] === 'conjunction';
		// `… of “New York values,” saying`: American punctuation puts the comma inside the marks.
		const commaInQuote = previous !== undefined && closingQuotes.has(previous.text) && text[previous.start - 1] === ',';
		// `…, with Senator John McCain telling reporters he…`: the phrase after `with` is the participle's subject.
		const withSubject = isParticiple(word) ? subjectAfterWith(sentence, index) : undefined;
		if (withSubject && add(parse(withSubject, anyHead), cueFor(sentence, index))) continue;
		// `footage of Trump saying`, `reminds me of Lincoln saying that`: a name right before the
		// participle is its subject.
		if (isParticiple(word) && verbClass !== 'manner' && sentence.classes[index - 1] === 'name') {
			const phrase = phraseBefore(sentence, index - 1);
			// `footage of Dana Hill`: the name after the phrase's last preposition.
			const lastPreposition = phrase
				? sentence.classes.slice(phrase.start, index).lastIndexOf('preposition') + phrase.start
				: -1;
			const named = phrase && lastPreposition >= phrase.start ? {start: lastPreposition + 1, end: index - 1} : phrase;
			// Not `a statement to Wired explaining`: an object of `to`, `for` or `from` is no subject.
			const taken = named && sentence.classes[named.start - 1] === 'preposition';
			const ofOrLike = named && ['of', 'like'].includes(lower(tokens[named.start - 1]));
			const speaker = named && (!taken || ofOrLike) ? parse(named, false) : undefined;
			if (speaker?.kind === 'person' && add(speaker, cueFor(sentence, index))) continue;
		}
		// `A reporter can be heard asking Trump: “…”`, `the cleric is shown lecturing: “…”`.
		if (
			isParticiple(word) &&
			perceivedParticiples.has(lower(previous)) &&
			tokens.slice(Math.max(0, index - 4), index - 1).some(token => beForms.has(token.lower))
		) {
			const {phrase} = subjectBefore(sentence, index - 1);
			if (add(parse(phrase, anyHead), cueFor(sentence, index - 1, index))) continue;
		}

		const participle =
			isParticiple(word) &&
			(previous?.text === ',' || commaInQuote || index === 0 || participleOpeners.has(lower(previous)));
		if (participle) {
			// `…, where about 50 protesters had gathered, chanting`: a clause after the last
			// attribution gives the participle its subject; a reported or subordinate clause does not.
			const last = found.at(-1);
			const nearest = participleSubject(sentence, index);
			const relativeBetween =
				last !== undefined &&
				nearest !== undefined &&
				tokens.some(
					(token, at) => at < nearest.start && token.start >= last.cue.end && sentence.classes[at] === 'relative',
				);
			const afterLast = nearest !== undefined && (last === undefined || relativeBetween);
			// `Income dropped to £37m, indicating that…`: what a participle of inference (`indicating`,
			// `suggesting`, `showing`) has for its subject is often the whole clause before it; only a
			// speaker by its head speaks there.
			const subjectAnyHead = anyHead && verbClass !== 'clauseOnly';
			add(
				(afterLast ? parse(nearest, subjectAnyHead) : undefined) ??
					last?.speaker ??
					parse(clauseSubject(sentence, index), subjectAnyHead) ??
					parsedSubject,
				cueFor(sentence, index),
			);
		} else if (afterConjunction && !isParticiple(word) && !isNounReading(sentence, index, undefined)) {
			add(parse(clauseSubject(sentence, beforeModifiers), anyHead), cueFor(sentence, index));
		}
	}

	// `The Journal notes that…`: a subject that ran into the verb is the verb's speaker.
	const overlapping = found.find(
		attribution =>
			parsedSubject !== undefined &&
			attribution.cue.start >= parsedSubject.span.start &&
			attribution.cue.start < parsedSubject.span.end,
	);
	const subject = overlapping?.speaker ?? parsedSubject;
	const colonSubject = found.length === 0 ? lastClauseSubjectBeforeColon(sentence, parse) : undefined;
	if (!hasQuote) {
		return {
			attributions: found,
			subject,
			clauseSubjects: noSources,
			speechNounOwners: noSources,
			introducing,
			colonSubject,
		};
	}

	const clauseSubjects = new Map<number, QuotationSource>();
	const speechNounOwners = new Map<number, QuotationSource>();
	for (const quote of quoted) {
		const owner = speechNounOwner(sentence, quote);
		// `Trump’s claim that “…”` names the words' owner; in `Trump’s “hateful” rhetoric` the
		// quotation may as well be someone's verdict on them, so it is only a last resort.
		// After a colon the quotation may as well be the words of a verb before the noun
		// (`Clinton said of Chaffetz’s request: “…”`): then, too, the owner is a last resort.
		const afterColon = /:\s*[“"‘']?$/u.test(text.slice(Math.max(0, quote.start - 3), quote.start));
		if (owner && owner.cue.start < quote.start && !afterColon) speechNounOwners.set(quote.start, owner);
		else if (owner) {
			clauseSubjects.set(quote.start, owner);
			continue;
		}

		const clause = quotationClauseSubject(sentence, quote);
		if (!clause || labelsNoun(sentence, quote, clause.verb)) continue;
		const speaker = throughSurvey(parse(clause.phrase, false));
		if (!speaker || !canSpeakUnprompted(speaker, text)) continue;
		// `New budget is ‘a disaster’`: a document the words describe, after `is`, did not say them;
		// someone's document does (`Clinton’s slogan is “I’m with her”`).
		const owned = tokens
			.slice(clause.phrase.start, clause.phrase.end + 1)
			.some(token => isPossessive(token.text) || possessivePronouns.has(token.lower));
		if (beForms.has(tokens[clause.verb]!.lower) && documentNouns.has(speaker.head) && !owned) continue;
		// `X denied it, with Y taking to Twitter to call Z “…”`: a clause of its own has its own
		// speaker, before any attribution of the sentence.
		if (clause.absolute) add(speaker, cueFor(sentence, clause.verb));
		else clauseSubjects.set(quote.start, {speaker, cue: cueFor(sentence, clause.verb)});
	}

	return {attributions: found, subject, clauseSubjects, speechNounOwners, introducing, colonSubject};
}

/** A phrase a verb's base form agrees with: `officials`, `the two`, `they`; not `a chant` or `TBS`. */
function isPluralPhrase(sentence: Sentence, phrase: Phrase): boolean {
	const {tokens} = sentence;
	const head = tokens[phrase.end]!;
	if (singularDeterminers.has(tokens[phrase.start]!.lower)) return false;
	// `the two write`: a number other than one is plural.
	const pluralNumber = sentence.classes[phrase.end] === 'number' && !['one', '1'].includes(head.lower);
	return (
		pluralNumber ||
		// Not an acronym in capitals: `TBS`, `CBS`.
		(/[^su]s$/.test(head.lower) && !isInCapitals(head.text)) ||
		['they', 'we', 'i', 'you', 'people', 'both'].includes(head.lower)
	);
}

/**
 * `75 percent of Republicans`, `Six in 10 voters`, `Most Americans`: a subject that is a
 * share of people, by the words of its phrase and the words of its phrase before it, which
 * the speaker may have left out (`31% of`).
 */
function isSurveyedShare(sentence: Sentence, speaker: SpeakerMention): boolean {
	const {tokens, classes} = sentence;
	let first = tokens.findIndex(token => token.start >= speaker.span.start);
	if (first === -1) return false;
	// Back over the words of the same phrase: `31% of Republicans and Republican-leaning voters`.
	const samePhrase = (index: number) =>
		(tokens[index]!.isWord || tokens[index]!.text === '%') &&
		!['verb', 'auxiliary', 'participle', 'relative', 'subordinator'].includes(classes[index]!);
	for (let back = 0; back < 6 && first > 0 && samePhrase(first - 1); back++) first--;

	const words: string[] = [];
	for (let index = first; index < tokens.length && tokens[index]!.start < speaker.span.end; index++) {
		words.push(tokens[index]!.lower);
		// `Six in 10`, `one out of four`: a number in a number.
		const of = tokens[index + 1]?.lower === 'out' ? index + 3 : index + 2;
		const between = tokens
			.slice(index + 1, of)
			.map(token => token.lower)
			.join(' ');
		if (classes[index] === 'number' && (between === 'in' || between === 'out of') && classes[of] === 'number') {
			return true;
		}
	}

	const phrase = ` ${words.join(' ')} `;
	return surveyShares.some(share => phrase.includes(` ${share} `));
}

/** Where the sentence names a survey outside its quotations (`In a September Washington Post-ABC News poll`); -1 for none. */
function surveyIndex(sentence: Sentence): number {
	return sentence.tokens.findIndex(
		(token, index) => surveyNouns.has(token.lower) && sentence.classes[index] === 'noun',
	);
}

/** Where the phrase after `Here’s` or `Here is` opening the sentence starts; 0 for none. */
function presentedAt(sentence: Sentence): number {
	const {tokens} = sentence;
	if (/^here['’]s$/u.test(lower(tokens[0]))) return 1;
	return lower(tokens[0]) === 'here' && lower(tokens[1]) === 'is' ? 2 : 0;
}

/** `Here’s Clinton in December 1992: “…”`, `Here is Ann Moss on the vote:`: the person presented. */
function presentedSpeaker(
	sentence: Sentence,
	parse: (phrase: Phrase | undefined, anyHead: boolean) => SpeakerMention | undefined,
): SpeakerMention | undefined {
	const at = presentedAt(sentence);
	if (at === 0) return undefined;
	const speaker = parse(phraseAfter(sentence, at), false);
	return speaker?.kind === 'person' && /^\p{Lu}/u.test(sentence.tokens[at]!.text) ? speaker : undefined;
}

/**
 * `When Wallace died in 1998, President Clinton released the following statement:`, `… — Cruz
 * called them on it:`: a named subject of the clause the colon ends, when it is the main clause;
 * the person a `Here’s` presents.
 */
function lastClauseSubjectBeforeColon(
	sentence: Sentence,
	parse: (phrase: Phrase | undefined, anyHead: boolean) => SpeakerMention | undefined,
): SpeakerMention | undefined {
	const {tokens} = sentence;
	const colon = tokens.length - 1;
	if (tokens[colon]?.text !== ':') return undefined;
	if (presentedAt(sentence) > 0) return presentedSpeaker(sentence, parse);
	const clause = clauseSubjectAndVerb(sentence, colon);
	if (!clause || clause.phrase.start === 0 || beForms.has(tokens[clause.verb]!.lower)) return undefined;
	if (!isDelimiter(tokens[clause.phrase.start - 1])) return undefined;
	const speaker = parse(clause.phrase, false);
	return speaker &&
		speaker.kind !== 'unnamed' &&
		!isPronoun(speaker) &&
		/^\p{Lu}/u.test(tokens[clause.phrase.start]!.text)
		? speaker
		: undefined;
}
