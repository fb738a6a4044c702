/**
 * A quotation with no attribution of its own that stands alone in its sentence
 * (`“That’s a tough area.”`) continues the voice before it: the speaker of the
 * quotation in the sentence before, or of the reported speech there (`X said:`).
 * Turn-taking breaks the chain: a paragraph after a quoted question is an answer,
 * most likely someone else's, and words left outside the marks (`“…,” Bennett shot
 * back`) name a speaker that was not recognised. In both cases the speaker stays
 * unknown rather than guessed.
 */

import type {Attribution, Quote, Span} from '../../model.js';
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
		if (/[\p{L}\p{N}]/u.test(text.slice(at, Math.max(at, open)))) {
			return false;
		}

		at = Math.max(at, close);
	}

	return !/[\p{L}\p{N}]/u.test(text.slice(at, end));
}

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
	if (previous?.sentence === previousSentence) {
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
	const last = reported.at(-1);
	if (!last) {
		// Only a paragraph of quotation right after the sentence takes its speech act's subject.
		return newParagraph ? context.introducedBy?.(previousSentence) : undefined;
	}

	// `HuffPost asked him whether… ¶ “…”`: the reply is not the asker's; `X asked: “…”` is.
	const cueWord = cueWordOf(text, last);
	const sentence = context.sentences[previousSentence]!;
	const introduces = /:\s*$/u.test(text.slice(sentence.start, sentence.end));
	return askVerbs.test(cueWord) && !introduces ? undefined : last;
}
