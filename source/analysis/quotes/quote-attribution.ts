/**
 * Which attribution a quotation belongs to, tried from the surest pattern to the
 * least sure, as in CoreNLP's quote-attribution sieves:
 * 1. `“…,” X said` — an attribution right after the closing mark (even when the
 *    sentence splitter put it in the next sentence: `“Why?” Borger asked.`);
 * 2. `X said, “…”` / `X said: “…”` — an attribution right before the opening mark;
 * 3. `X said the plan was “a disgrace”` — a partial or term quotation inside the
 *    clause of an attribution before it; an attribution whose clause has ended
 *    (`After X criticized him, Y shot back, “…”`) does not count;
 * 4. an attribution later in the same sentence (`“…” and more, X said`).
 */

import type {Attribution, QuoteKind, Span} from '../../model.js';
import clauseVerbs from '../vocabulary/clause-verbs.json' with {type: 'json'};
import type {QuotedSpan} from './quote-marks.js';
import {closedClass, formClass} from '../text/word-classes.js';

const onlyPunctuation = /^[\s,:;—–-]*$/u;
// `After X criticized…,`: a clause opened by one of these ends at its comma.
export const subordinators: ReadonlySet<string> = new Set(
	'after as when while before since although though because if once until whereas unless'.split(' '),
);
// `…, and at one point the crowd reprised the chant “…”`: a coordinated clause of its own,
// told by a finite verb (an auxiliary or a past form) after the conjunction.
const coordinatedClause = /,\s*(?:and|but|while|whereas|yet)\s+(.*)$/su;
const finiteVerb =
	/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|\p{L}+ed)\b/iu;
// `As X spoke, …` tells when; `As X said, …` attributes what follows.
const speakingOnly = /^(?:speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking)$/iu;

const clauseVerbLemmas = new Set<string>(clauseVerbs);
const irregularLemmas = new Map([
	['said', 'say'],
	['thought', 'think'],
	['wrote', 'write'],
	['written', 'write'],
]);

/** `said`, `insists`, `warning`: a verb that takes a clause without `that` (`said the plan was…`). */
function takesBareClause(word: string): boolean {
	const lower = word.toLowerCase();
	const stems = [
		lower,
		lower.replace(/(?:es|s)$/u, ''),
		lower.replace(/(?:ed|ing)$/u, ''),
		lower.replace(/(?:d|ing)$/u, ''),
	];
	// `admitted` → admit, `noting` → note.
	stems.push(lower.replace(/(\p{L})\1(?:ed|ing)$/u, '$1'), lower.replace(/ing$/u, 'e'));
	return clauseVerbLemmas.has(irregularLemmas.get(lower) ?? '') || stems.some(stem => clauseVerbLemmas.has(stem));
}

export type QuoteContext = {
	readonly text: string;
	readonly quote: QuotedSpan;
	readonly kind: QuoteKind;
	/** The sentence (or first sentence) holding the quote. */
	readonly sentence: Span;
	/** Where the next quotation of the article opens, if any. */
	readonly nextOpen?: number;
};

const startOf = (attribution: Attribution) => Math.min(attribution.speaker.span.start, attribution.cue.start);
const endOf = (attribution: Attribution) => Math.max(attribution.speaker.span.end, attribution.cue.end);

/** The subordinator opening the clause that holds the attribution (`After`, `As`), if any. */
function subordinatorOf(text: string, sentence: Span, attribution: Attribution): string | undefined {
	const before = text.slice(sentence.start, startOf(attribution));
	const clause = before.slice(before.lastIndexOf(',') + 1);
	const first = /^\s*[„“"']?\s*(\p{L}+)/u.exec(clause)?.[1]?.toLowerCase();
	return first !== undefined && subordinators.has(first) ? first : undefined;
}

/** Whether the quote is in the clause the attribution's words open. */
export function isInClauseOf(context: QuoteContext, attribution: Attribution): boolean {
	const {text, quote, sentence} = context;
	const gap = text.slice(endOf(attribution), quote.open);
	if (gap.includes(';')) {
		return false;
	}

	const cueWord = /\p{L}+/u.exec(text.slice(attribution.cue.start, attribution.cue.end))?.[0] ?? '';
	// `According to a study by X, the recession is to blame, but so is this “…”`: opening the
	// sentence, `according to` is the source of all of it.
	const opensSentence = /^\s*[„“"']?\s*$/u.test(text.slice(sentence.start, startOf(attribution)));
	if (opensSentence && cueWord.toLowerCase() === 'according') return true;
	// `said the plan…, but Obama is giving them “…”` goes on reporting; `called him X, and…` does not.
	const takesClause = /^\s*(?:\S+\s+){0,6}?that\s/u.test(gap) || takesBareClause(cueWord);
	const coordinated = coordinatedClause.exec(gap)?.[1];
	if (!takesClause && coordinated !== undefined && finiteVerb.test(coordinated)) {
		return false;
	}

	// `After X criticized him, Y shot back, “…”`: the subordinate clause ends at its comma.
	const subordinator = subordinatorOf(text, sentence, attribution);
	const isParenthetical = subordinator === 'as' && !speakingOnly.test(cueWord);
	return subordinator === undefined || isParenthetical || !/,\s*\p{L}/u.test(gap);
}

/**
 * The attribution for a quotation among those of its own sentences (`own`) and those
 * of the sentence right after it (`following`, used only when adjacent).
 */
export function attributionFor(
	context: QuoteContext,
	own: readonly Attribution[],
	following: readonly Attribution[],
): Attribution | undefined {
	const {text, quote, kind} = context;
	const after = own.filter(attribution => startOf(attribution) >= quote.close);
	// `“Argo” director Ben Affleck said`: a fragment with no punctuation to close it, run into
	// the phrase after it, modifies that phrase; it is not the words the verb reports.
	// Not `Trump’s “excesses” are sickening`, `“down the line” he warned`: a verb or pronoun after it
	// goes on with the clause.
	const wordAfter = /^[’'"”]*\s+([\p{L}-]+)/u.exec(text.slice(quote.close, quote.close + 40))?.[1]?.toLowerCase();
	const modifiesWhatFollows =
		kind !== 'full' &&
		wordAfter !== undefined &&
		closedClass(wordAfter) === undefined &&
		formClass(wordAfter) === 'noun' &&
		!/[,.;:!?…—–-][’'"”]*\s*$/u.test(text.slice(quote.inner.start, quote.inner.end));
	const isAdjacentAfter = (attribution: Attribution) =>
		!modifiesWhatFollows && onlyPunctuation.test(text.slice(quote.close, startOf(attribution)));
	// `“…,” said X` / `“…?” asked X`: an inverted attribution is always about the quotation before it.
	const inverted = after.find(
		attribution => isAdjacentAfter(attribution) && attribution.cue.start < attribution.speaker.span.start,
	);
	if (inverted) {
		return inverted;
	}

	// `Comey cannot say that “from his perspective,” Lewandowski added.`: an attribution right
	// after the quotation that ends there (no clause of its own follows) is the quotation's.
	const closingAfter = after.find(
		attribution =>
			isAdjacentAfter(attribution) && /^\s*(?:[,.;]|$)/u.test(text.slice(endOf(attribution), endOf(attribution) + 2)),
	);
	if (closingAfter) return closingAfter;

	// `The rejection signals “the beginning of the end” for the EU, said Geert Wilders, founder of…`:
	// an inverted attribution that closes the sentence after a comma reports all of it. Not
	// `“…,” he told Flake, according to officials`, `…, reported the Examiner`: the source of a
	// report is not its speaker.
	// `…, just as Clinton did, Rendell added.`: the subject before its verb closes the sentence too.
	const closes = (attribution: Attribution) =>
		attribution.cue.start < attribution.speaker.span.start ||
		/^\s+$/u.test(text.slice(attribution.speaker.span.end, attribution.cue.start));
	const closingSentence = after.find(
		attribution =>
			closes(attribution) &&
			!/^(?:according|reports?|reported)\b/iu.test(text.slice(attribution.cue.start, attribution.cue.end)) &&
			/,\s*$/u.test(text.slice(quote.close, attribution.cue.start)) &&
			/^(?:,[^\n“”";]*)?[.!?]\s*(?:\n|$)/u.test(text.slice(endOf(attribution), endOf(attribution) + 200)),
	);
	if (closingSentence) return closingSentence;

	const before = own.filter(attribution => endOf(attribution) <= quote.open);
	const inClause = before.filter(attribution => isInClauseOf(context, attribution));
	const nearestInClause = inClause.toSorted((a, b) => a.cue.start - b.cue.start).at(-1);
	// `Trump claimed that “…,” one of the prosecutors said the cases differ`: a fragment
	// inside a `that` clause is not the words of a speaker named after it.
	if (kind !== 'full' && nearestInClause && /(?:^|\s)that\s/u.test(text.slice(endOf(nearestInClause), quote.open))) {
		return nearestInClause;
	}

	// `“Why?” Borger asked.` is split after the question mark; `“….” Smith said` is not prose.
	const endsInQuestionOrExclamation = /[?!][’'"”]*\s*$/u.test(text.slice(quote.inner.start, quote.inner.end));
	// `“…missing.” Trump said.`: a sentence that is nothing but the attribution belongs to the
	// quotation before it, whatever the stop inside the marks.
	const isOnlyAttribution = (attribution: Attribution) =>
		/^[^.!?\n“”"]{0,40}[.!?]\s*(?:\n|$)/u.test(text.slice(endOf(attribution), endOf(attribution) + 50));
	const isAdjacentFollowing = (attribution: Attribution) =>
		(endsInQuestionOrExclamation || isOnlyAttribution(attribution)) &&
		!text.slice(quote.close, startOf(attribution)).includes('\n') &&
		isAdjacentAfter(attribution);
	const adjacentAfter = after.find(isAdjacentAfter) ?? following.find(isAdjacentFollowing);
	// `When Trump said he would “protect our citizens,” the crowd applauded.`: words inside the
	// opening subordinate clause are its speaker's; the main clause after it is another matter.
	const inOpeningClause =
		nearestInClause !== undefined && subordinatorOf(text, context.sentence, nearestInClause) !== undefined;
	if (inOpeningClause && adjacentAfter && adjacentAfter.speaker.span.start < adjacentAfter.cue.start) {
		return nearestInClause;
	}

	const adjacentBefore = before.findLast(attribution =>
		onlyPunctuation.test(text.slice(endOf(attribution), quote.open)),
	);
	return adjacentAfter ?? adjacentBefore ?? nearestInClause ?? laterInSentence(context, after[0]);
}

/**
 * `“…” and more, X said`: an attribution later in the sentence. Not for a fragment when the
 * verb has words of its own after it (`Her turn on “The View” was described by Hill as a
 * “stunt”`, `After watching “The View,” Hill said it was a “stunt”`), unless the attribution
 * stands apart between commas (`The “reckless” plan, Hill said, was “a disaster”`).
 */
function laterInSentence(context: QuoteContext, attribution: Attribution | undefined): Attribution | undefined {
	if (attribution === undefined || context.kind === 'full' || context.nextOpen === undefined) return attribution;
	const end = endOf(attribution);
	const toNext = context.text.slice(end, context.nextOpen);
	const ownWordsAfter = context.nextOpen > end && !/[.!?;]\s/u.test(toNext) && !toNext.includes('\n');
	return ownWordsAfter && !toNext.includes(',') ? undefined : attribution;
}
