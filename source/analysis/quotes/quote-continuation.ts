/**
 * A quotation with no attribution of its own that stands alone in its sentence
 * (`“That’s a tough area.”`) continues the voice before it: the speaker of the
 * quotation in the sentence before, or of the reported speech there (`X said:`).
 * Turn-taking breaks the chain: a paragraph after a quoted question is an answer,
 * most likely someone else's, and words left outside the marks (`“…,” Bennett shot
 * back`) name a speaker that was not recognised. In both cases the speaker stays
 * unknown rather than guessed.
 */

import type {Attribution, Quote, Span, SpeakerMention} from '../../model.js';
import {rootMention} from '../attribution/resolve-references.js';
import {speechVerbClass} from '../attribution/speech-verbs.js';
import type {QuotedSpan} from './quote-marks.js';

export type PreviousQuote = {
	readonly quote: Quote;
	/** The sentence its last part ends in. */
	readonly sentence: number;
};

export type ContinuationContext = {
	readonly text: string;
	readonly sentences: readonly Span[];
	/** Every quotation of the article, in order. */
	readonly quoted: readonly QuotedSpan[];
	/** Index of the quotation in `quoted`. */
	readonly index: number;
	readonly first: number;
	readonly last: number;
	readonly previous: PreviousQuote | undefined;
	readonly attributionsOf: (sentence: number) => readonly Attribution[];
	/** A speech verb's subject in a sentence without words of its own (`Valastro praised Christie.`). */
	readonly introducedBy?: (sentence: number) => Attribution | undefined;
	/** The resolved subject of a sentence without quotations or attributions. */
	readonly subjectOf?: (sentence: number) => SpeakerMention | undefined;
};

const askVerbs = /^(?:ask|asks|asked|asking|question|questions|questioned|wonder|wonders|wondered)$/iu;

/** Whether nothing but quotations stands in the sentences from `first` to `last`. */
export function standsAlone(context: ContinuationContext): boolean {
	const {text, sentences, quoted, index, first, last} = context;
	const start = sentences[first]!.start;
	const end = sentences[last]!.end;
	let at = start;
	// Quotations are in text order: walk back to the first one reaching into the sentences.
	let from = index;
	while (from > 0 && quoted[from - 1]!.close > start) from--;
	for (let next = from; next < quoted.length && quoted[next]!.open < end; next++) {
		const {open, close} = quoted[next]!;
		const before = text.slice(at, Math.max(at, open));
		// `Adding, “…”`: a reporting participle opening the sentence goes on with the speaker before.
		const participle = at === start ? /^\s*(\p{L}+ing),\s*$/u.exec(before)?.[1]?.toLowerCase() : undefined;
		const goesOn = participle !== undefined && speechVerbClass(participle) !== undefined;
		if (/[\p{L}\p{N}]/u.test(before) && !goesOn) {
			return false;
		}

		at = Math.max(at, close);
	}

	// `“…aren’t there yet” to support him.`: the sentence goes on past the marks with a
	// preposition or subordinate clause, naming nobody; `“…” - increasing his name
	// recognition.`, `“…,” which Moss thinks…`: the writer's gloss after a dash or `which`.
	const rest = text.slice(at, end);
	return !/[\p{L}\p{N}]/u.test(rest) || continuesPastMarks.test(rest);
}

const continuesPastMarks =
	/^(?:[\s,]*(?:to|because|for|in|on|at|if|when|after|before|until|unless|since|than|with|without|from|of|about|which)\s|\s*(?:[—–]|--?\s))[^“”"]*$/u;

function cueWordOf(text: string, attribution: Attribution): string {
	return /\p{L}+/u.exec(text.slice(attribution.cue.start, attribution.cue.end))?.[0] ?? '';
}

function startsParagraph(text: string, quote: QuotedSpan): boolean {
	const before = text.slice(Math.max(0, quote.open - 2), quote.open);
	return quote.open === 0 || before.endsWith('\n');
}

/** The attribution a stand-alone quotation continues, if any can be told. */
export function continuedAttribution(context: ContinuationContext): Attribution | undefined {
	const {text, quoted, index, first, previous, attributionsOf} = context;
	if (!standsAlone(context)) {
		return undefined;
	}

	const quote = quoted[index]!;
	const newParagraph = startsParagraph(text, quote);
	const previousSentence = first - 1;
	// `…, before the event, a “No-B.S.” barbecue. ¶ “…”`: a term inside an attribution's sentence
	// is no voice; the attribution is.
	const termOnly = previous?.quote.kind === 'term' && previous.quote.attribution === undefined;
	if (previous?.sentence === previousSentence && !termOnly) {
		// `“That would be you?” Borger asked. ¶ “That would be me.”`: an answer. A speaker who
		// said several sentences ending in a question (`“…Are they small hands?” Trump said.`)
		// asked it of the audience, and goes on.
		const attribution = previous.quote.attribution;
		const cueWord = attribution === undefined ? '' : cueWordOf(text, attribution);
		const isRhetorical = !askVerbs.test(cueWord) && /[.!?]["'’”)]*\s+\p{Lu}/u.test(previous.quote.text);
		const isQuestion = /\?\s*$/u.test(previous.quote.text) && !isRhetorical;
		// `called the strike “reckless”.` characterises; `said the plan was “a disgrace.”` gives a voice.
		const verbClass = attribution === undefined ? undefined : speechVerbClass(cueWord);
		const characterises =
			previous.quote.kind !== 'full' &&
			attribution !== undefined &&
			(verbClass === undefined || verbClass === 'characterising');
		return (newParagraph && isQuestion) || characterises ? undefined : attribution;
	}

	const reported = attributionsOf(previousSentence).filter(candidate => !candidate.pointsBack);
	// The first is the main clause's (`X argued that voters say…`): the reporter's.
	const reporting = reported[0];
	// `“…,” says Melissa Roloson. | Roloson supports Clinton. | “I’m a college graduate…”`: a
	// sentence or two about the speaker between two of her quotations.
	const before = previous?.quote.attribution;
	if (!reporting && before && previous.sentence >= previousSentence - 2 && previous.sentence < previousSentence) {
		let sentence = previousSentence;
		while (sentence > previous.sentence && isAbout(context.subjectOf?.(sentence), before)) sentence--;
		if (sentence === previous.sentence) return before;
		// `“…,” Woolson said. They also lie in a dead zone. “That’s a tough area.”`: within one
		// paragraph, one sentence about something other than a person leaves the voice as it was.
		const between = context.subjectOf?.(previousSentence);
		const sameParagraph = !text.slice(context.sentences[previous.sentence]!.start, quote.open).includes('\n');
		if (
			previous.sentence === previousSentence - 1 &&
			sameParagraph &&
			(between === undefined || rootMention(between).kind !== 'person')
		) {
			return before;
		}
	}

	if (!reporting) {
		// `Ann Moss agreed. “…”`, or the same with the quotation a paragraph of its own: the
		// quotation right after the sentence takes its speech act's subject.
		return context.introducedBy?.(previousSentence);
	}

	// `HuffPost asked him whether… ¶ “…”`: the reply is not the asker's; `X asked: “…”` is.
	const cueWord = cueWordOf(text, reporting);
	const sentence = context.sentences[previousSentence]!;
	const introduces = /:\s*$/u.test(text.slice(sentence.start, sentence.end));
	return askVerbs.test(cueWord) && !introduces ? undefined : reporting;
}

const isAbout = (subject: SpeakerMention | undefined, attribution: Attribution) =>
	subject !== undefined && isSamePerson(subject, attribution.speaker);

/** Two mentions of one named person: the same surname at their roots. */
function isSamePerson(a: SpeakerMention, b: SpeakerMention): boolean {
	const first = rootMention(a);
	const second = rootMention(b);
	if (first.kind !== 'person' || second.kind !== 'person') return false;
	const surname = (mention: SpeakerMention) => mention.name.split(/\s+/u).at(-1)!.toLowerCase();
	return /^\p{Lu}/u.test(first.name) && surname(first) === surname(second);
}
