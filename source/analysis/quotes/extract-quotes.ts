/**
 * Every quotation in an article with its kind and speaker, and every attribution
 * (quoted or reported speech) with its resolved speaker.
 */

import type {Article, Attribution, Quote, Span, SpeakerMention} from '../../model.js';
import {findAttributions, type QuotationSource} from '../attribution/find-attributions.js';
import {createResolver, isPronoun, type ReferenceResolver, rootMention} from '../attribution/resolve-references.js';
import {findPersonNames, parseSpeakerPhrase} from '../attribution/speaker-phrase.js';
import {isTitleCase} from '../../corpus/headline.js';
import {speechVerbClass} from '../attribution/speech-verbs.js';
import {sentenceTokens, type Token} from '../text/tokens.js';
import {attributionFor, subordinators} from './quote-attribution.js';
import {continuedAttribution, type PreviousQuote} from './quote-continuation.js';
import {classifyQuote} from './quote-kind.js';
import {findQuotedSpans, type QuotedSpan} from './quote-marks.js';

export type ArticleSpeech = {
	readonly quotes: readonly Quote[];
	readonly attributions: readonly Attribution[];
	/** Full personal names mentioned anywhere, for telling who a surname alone is. */
	readonly names: readonly {readonly name: string; readonly position: number}[];
};

function sentenceAt(sentences: readonly Span[], position: number): number {
	// Sentences are sorted; a binary search keeps long articles linear overall.
	let low = 0;
	let high = sentences.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const sentence = sentences[middle]!;
		if (position < sentence.start) {
			high = middle - 1;
		} else if (position >= sentence.end) {
			low = middle + 1;
		} else {
			return middle;
		}
	}

	return Math.max(0, Math.min(low, sentences.length - 1));
}

/**
 * For each sentence, the sentence its clause began in: itself, or, when it starts
 * inside a quotation (`…stated that it “did well. It was uplifting” and…`), the
 * sentence where that quotation opened.
 */
function clauseStarts(sentences: readonly Span[], quoted: readonly QuotedSpan[]): number[] {
	const starts = sentences.map((_sentence, index) => index);
	for (const quote of quoted) {
		const opened = sentenceAt(sentences, quote.open);
		for (let index = opened + 1; index < sentences.length && sentences[index]!.start < quote.close; index++) {
			starts[index] = starts[opened]!;
		}
	}

	return starts;
}

/**
 * The sentence opens with its subject: not with a subordinate clause (`When Wallace died,
 * Clinton released a statement:`) nor with its verb (`Stated Stone:`).
 */
function opensWithSubject(text: string, sentence: Span, subject: SpeakerMention | undefined): boolean {
	if (subject === undefined) return false;
	const firstWord = subject.name.split(/\s/u)[0]!.toLowerCase();
	return (
		/^\s*$/u.test(text.slice(sentence.start, subject.span.start)) &&
		!subordinators.has(firstWord) &&
		speechVerbClass(firstWord) === undefined
	);
}

/** The sentence's sources of quotations (by the start of their words), resolved, into `into`. */
function resolveSources(
	resolver: ReferenceResolver,
	sources: ReadonlyMap<number, QuotationSource>,
	into: Map<number, Attribution>,
	sentence: number,
): void {
	for (const [quoteStart, {speaker, cue}] of sources) {
		const resolved = resolver.resolve(speaker);
		if (resolved) into.set(quoteStart, {speaker: resolved, cue, sentence});
	}
}

type ArticleAttributions = {
	readonly attributions: Attribution[];
	/** By the start of a quotation's words: the subject of the clause it stands in. */
	readonly clauseSubjects: Map<number, Attribution>;
	/** By the start of a quotation's words: the owner of the speech noun it is the content of. */
	readonly speechNounOwners: Map<number, Attribution>;
	/** By sentence: a speech verb's subject with no words attributed in the sentence. */
	readonly introducing: Map<number, Attribution>;
	/** By sentence, for sentences without quotations or attributions: their subject, resolved. */
	readonly subjects: Map<number, SpeakerMention>;
};

/** Attributions of every sentence, with pronouns and bare references resolved. */
function articleAttributions(
	article: Article,
	quoted: readonly QuotedSpan[],
	tokens: readonly (readonly Token[])[],
	names: readonly {readonly name: string; readonly position: number}[],
	titleCase: readonly boolean[],
): ArticleAttributions {
	const {text, sentences} = article;
	const quotedBySentence = new Map<number, Span[]>();
	for (const quote of quoted) {
		const first = sentenceAt(sentences, quote.inner.start);
		const last = sentenceAt(sentences, quote.inner.end - 1);
		for (let index = first; index <= last; index++) {
			const spans = quotedBySentence.get(index);
			if (spans) spans.push(quote.inner);
			else quotedBySentence.set(index, [quote.inner]);
		}
	}

	const resolver = createResolver(text, names);
	const attributions: Attribution[] = [];
	const clauseSubjects = new Map<number, Attribution>();
	const speechNounOwners = new Map<number, Attribution>();
	const introducing = new Map<number, Attribution>();
	const subjects = new Map<number, SpeakerMention>();
	for (const [index, sentence] of sentences.entries()) {
		// A headline compresses what the body attributes in full (`…, Top Commander Confirms`).
		const isHeadline = article.headline !== undefined && sentence.start < article.headline.end;
		if (isHeadline && !quotedBySentence.has(index)) {
			continue;
		}

		const found = findAttributions(text, sentence, quotedBySentence.get(index), tokens[index]);
		// A title-case line's capitalised run (`Newspaper Says Clinton Needs`) is no subject, nor a
		// label line of one word (`Photo`, `Advertisement`).
		const isLabel = !quotedBySentence.has(index) && tokens[index]!.filter(token => token.isWord).length === 1;
		const subject =
			found.subject && !isPronoun(found.subject) && found.subject.kind !== 'unnamed' && !titleCase[index] && !isLabel
				? found.subject
				: undefined;
		let subjectRemembered = false;
		for (const {speaker, cue, pointsBack} of found.attributions) {
			// `Fallon fired back: “…,” he wrote`: the sentence's own subject comes before its pronoun.
			if (subject && !subjectRemembered && subject.span.end <= speaker.span.start) {
				resolver.remember(subject);
				subjectRemembered = true;
			}

			const resolved = resolver.resolve(speaker);
			if (resolved) {
				// Written out rather than spread: this runs for every attribution.
				attributions.push(
					pointsBack
						? {speaker: resolved, cue, sentence: index, pointsBack}
						: {speaker: resolved, cue, sentence: index},
				);
				if (!resolved.antecedent) {
					resolver.remember(resolved);
				}
			}
		}

		// `Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chances`: a headline's speaker before its colon.
		const headlineSpeaker = isHeadline ? headlineColonSpeaker(text, tokens[index]!) : undefined;
		if (headlineSpeaker) {
			const speaker = resolver.resolve(headlineSpeaker.speaker);
			if (speaker) attributions.push({speaker, cue: headlineSpeaker.cue, sentence: index});
		}

		// `Cruz continued:`, `The statement read:`: a sentence that opens with its subject and ends
		// in a colon introduces what follows as the subject's words, whatever its verb.
		let end = sentence.end;
		while (end > sentence.start && /\s/u.test(text[end - 1]!)) end--;
		const colon = text[end - 1] === ':' ? end - 1 : -1;
		const colonSubject =
			found.colonSubject ?? (opensWithSubject(text, sentence, found.subject) ? found.subject : undefined);
		if (colon !== -1 && found.attributions.length === 0 && colonSubject) {
			const speaker = resolver.resolve(colonSubject);
			if (speaker) {
				attributions.push({speaker, cue: {start: colonSubject.span.end, end: colon + 1}, sentence: index});
			}
		}

		resolveSources(resolver, found.speechNounOwners, speechNounOwners, index);
		resolveSources(resolver, found.clauseSubjects, clauseSubjects, index);

		if (found.introducing && found.attributions.length === 0) {
			const speaker = resolver.resolve(found.introducing.speaker);
			if (speaker) introducing.set(index, {speaker, cue: found.introducing.cue, sentence: index});
		}

		if (found.subject && found.attributions.length === 0 && !quotedBySentence.has(index) && !titleCase[index]) {
			const resolved = resolver.resolve(found.subject);
			if (resolved) subjects.set(index, resolved);
		}

		// Remembered last (again), the subject is the first candidate for the next sentence's `he`.
		if (subject) {
			resolver.remember(subject);
		}
	}

	return {attributions, clauseSubjects, speechNounOwners, introducing, subjects};
}

/**
 * The whole attribution stands against the quotation, with only punctuation between:
 * `“…,” X said`, `said X: “…”`; a participle after it (`“…,” saying`) has its speaker elsewhere.
 */
function isAdjacent(text: string, quote: QuotedSpan, attribution: Attribution): boolean {
	const {speaker, cue} = attribution;
	const start = Math.min(speaker.span.start, cue.start);
	const end = Math.max(speaker.span.end, cue.end);
	if (start >= quote.close) return /^[\s,:;—–-]*$/u.test(text.slice(quote.close, start));
	return end <= quote.open && /^[\s,:;—–-]*$/u.test(text.slice(end, quote.open));
}

/**
 * The speaker a headline names before a colon, as news headlines do (`Issa: Clinton’s
 * ‘Honesty Is In Question’`, `Clinton camp: …`, `Obama on Syria: …`): a person or body, in up to six words; a
 * rubric in capitals (`EXCLUSIVE:`) or a label (`The Latest:`) names none.
 */
function headlineColonSpeaker(
	text: string,
	tokens: readonly Token[],
): {speaker: SpeakerMention; cue: Span} | undefined {
	const colon = tokens.findIndex(token => token.text === ':');
	// `Gillibrand on Hillary’s Speeches: ‘I Think She Will’`: the speaker, then the topic.
	const on = tokens.findIndex((token, index) => index < colon && token.lower === 'on');
	const end = on > 0 ? on : colon;
	if (colon < 1 || end > 6) return undefined;
	const prefix = tokens.slice(0, end);
	if (!prefix.every(token => token.isWord) || !/\p{Ll}/u.test(text.slice(prefix[0]!.start, prefix.at(-1)!.end))) {
		return undefined;
	}

	// `The Latest:`, `The Biggest Losers:`: a superlative after `the` is a column's label.
	if (prefix[0]!.lower === 'the' && /\p{Ll}{2,}est$/u.test(prefix[1]?.text ?? '')) return undefined;

	const speaker = parseSpeakerPhrase(prefix, {text});
	if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'organisation')) return undefined;
	return {speaker, cue: {start: tokens[colon]!.start, end: tokens[colon]!.end}};
}

/** Whether only an attribution stands between two quotes: `“First part,” she said, “second part.”` */
function isSplitByAttribution(
	text: string,
	first: QuotedSpan,
	second: QuotedSpan,
	attribution: Attribution | undefined,
): boolean {
	const between = text.slice(first.close, second.open);
	if (!attribution || between.includes('\n') || !/,$/.test(text.slice(first.inner.start, first.inner.end))) {
		return false;
	}

	const {speaker, cue} = attribution;
	if (speaker.span.start < first.close || cue.end > second.open) {
		return false;
	}

	// Only the attribution stands between the parts, perhaps with where or when it was
	// said (`Calloway said in a statement,`); a full stop there ends the first sentence
	// unless the attribution itself is all there is (`the blog said.`).
	const offset = first.close;
	const rest = [speaker.span, cue]
		.toSorted((a, b) => b.start - a.start)
		.reduce((remaining, span) => remaining.slice(0, span.start - offset) + remaining.slice(span.end - offset), between);
	const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
	return words.length === 0
		? /^[\s,.:;]*$/u.test(rest)
		: words.length <= 10 && /,\s*$/.test(between) && !/[.!?]/.test(rest);
}

/** Words of a quotation, compared without case, marks or spacing. */
function wordsOf(text: string): string {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).join(' ');
}

/**
 * A pull quote or a headline repeats a quotation the story attributes elsewhere, whole or in
 * part: the same words (at least a clause of them, so a repeated term like `top secret` is
 * not taken for the same use; in a heading line, three words) are the same speaker's. A longer quotation holding an
 * attributed short one is not a repeat: `“I don't know, exactly.”` is not all of
 * `“I don't know exactly where he stands on that.”`
 */
function attributeRepeats(quotes: readonly Quote[], article: Article): Quote[] {
	// A headline or a heading quoting the story (`‘Carnage on the road’ in Nice.`), a line of a
	// few words of its own, repeats it in fewer words.
	const isHeadingLine = (quote: Quote) => {
		const start = quote.spans[0]!.start;
		const paragraph = article.paragraphs.find(candidate => candidate.start <= start && start < candidate.end);
		return (
			paragraph !== undefined && wordsOf(article.text.slice(paragraph.start, paragraph.end)).split(' ').length <= 12
		);
	};
	const minimumWords = (quote: Quote) => (isHeadingLine(quote) ? 3 : 5);
	const attributed = quotes
		.filter(quote => quote.attribution !== undefined)
		.map(quote => ({words: wordsOf(quote.text), attribution: quote.attribution!}))
		.filter(({words}) => words.split(' ').length >= 3);
	if (attributed.length === 0) return [...quotes];
	return quotes.map(quote => {
		if (quote.attribution) return quote;
		const words = wordsOf(quote.text);
		if (words.split(' ').length < minimumWords(quote)) return quote;
		const speakers = new Set<string>();
		let source: Attribution | undefined;
		for (const other of attributed) {
			if (!` ${other.words} `.includes(` ${words} `)) continue;
			speakers.add(rootMention(other.attribution.speaker).name.toLowerCase());
			source ??= other.attribution;
		}
		// Two speakers with the same words: no telling which one is repeated.
		return source && speakers.size === 1 ? {...quote, attribution: source} : quote;
	});
}

export function extractQuotes(
	article: Article,
	tokens: readonly (readonly Token[])[] = sentenceTokens(article),
): ArticleSpeech {
	const {text, sentences} = article;
	const quoted = findQuotedSpans(text, article.paragraphs);
	// A title-case line (`Newspaper Says Clinton Needs To Quit`) reads as one long name, and
	// names no subject.
	const titleCase = sentences.map(sentence => isTitleCase(text.slice(sentence.start, sentence.end)));
	const names = sentences.flatMap((_sentence, index) =>
		titleCase[index] ? [] : findPersonNames(text, tokens[index]!),
	);
	const {attributions, clauseSubjects, speechNounOwners, introducing, subjects} = articleAttributions(
		article,
		quoted,
		tokens,
		names,
		titleCase,
	);
	const bySentence = new Map<number, Attribution[]>();
	for (const attribution of attributions) {
		// `Citing “…”, the spokeswoman said`: a phrase that is its own cue names no speaker.
		const {speaker, cue} = attribution;
		if (speaker.span.start < cue.end && cue.start < speaker.span.end) continue;
		const inSentence = bySentence.get(attribution.sentence);
		if (inSentence) inSentence.push(attribution);
		else bySentence.set(attribution.sentence, [attribution]);
	}

	const quotes: Quote[] = [];
	const usedClauseSubjects: Attribution[] = [];
	let previous: PreviousQuote | undefined;
	const clauseStart = clauseStarts(sentences, quoted);
	for (let index = 0; index < quoted.length; index++) {
		const quote = quoted[index]!;
		const first = sentenceAt(sentences, quote.inner.start);
		const last = sentenceAt(sentences, quote.inner.end - 1);
		// A sentence that starts inside a quotation goes on with the clause it opened in.
		const candidates: Attribution[] = [];
		for (let sentence = clauseStart[first]!; sentence <= last; sentence++) {
			if (sentence === clauseStart[first] || sentence === first || sentence === last) {
				candidates.push(...(bySentence.get(sentence) ?? []));
			}
		}

		const kind = classifyQuote(text, quote.inner, quote.open, quote.close, sentences[first]!);
		// `the so-called “peace plan”`: the writer's distancing, not anyone's words.
		const isSoCalled = /\bso[- ]called\s*$/i.test(text.slice(Math.max(0, quote.open - 12), quote.open));
		// `“Why now?” | Mills then writes back, “You look cute.”`: a sentence with its own quotation is its own.
		// A title there (`…, alluding to his turn in “The Revenant.”`) is no quotation of its own.
		const nextQuote = quoted[index + 1];
		const followingHasQuote =
			nextQuote !== undefined &&
			nextQuote.open < (sentences[last + 1]?.end ?? 0) &&
			classifyQuote(text, nextQuote.inner, nextQuote.open, nextQuote.close, sentences[last + 1]!) === 'full';
		const following = followingHasQuote
			? []
			: (bySentence.get(last + 1) ?? []).filter(candidate => !candidate.pointsBack);
		let attribution = isSoCalled
			? undefined
			: attributionFor(
					{text, quote, kind, sentence: sentences[clauseStart[first]!]!, nextOpen: quoted[index + 1]?.open},
					candidates.filter(candidate => !candidate.pointsBack),
					following,
				);
		const spans: Span[] = [quote.inner];
		const next = quoted[index + 1];
		// `“…,” said Sen. Collins. “…,” added Rep. Rodgers.`: a second part with its own attribution
		// right after it is another quotation.
		const nextHasOwn =
			next !== undefined &&
			(bySentence.get(sentenceAt(sentences, next.inner.end - 1)) ?? []).some(
				candidate =>
					candidate !== attribution &&
					/^[\s,.:;—–-]*$/u.test(text.slice(next.close, Math.min(candidate.speaker.span.start, candidate.cue.start))),
			);
		if (next && !nextHasOwn && isSplitByAttribution(text, quote, next, attribution)) {
			spans.push(next.inner);
			index++;
		}

		// `“…” That was the verdict of X.`
		const nextSentence = bySentence.get(last + 1)?.find(candidate => candidate.pointsBack);
		if (!attribution && nextSentence && kind === 'full') {
			attribution = nextSentence;
		}

		// `Cruz is praising Bush as “…”`: the subject of the clause the quotation stands in.
		// `Trump’s claim that Obama “founded ISIS”`: the words of the claim's owner, unless an
		// attribution stands right against the quotation.
		const owner = isSoCalled ? undefined : speechNounOwners.get(quote.inner.start);
		const clauseSubject = isSoCalled ? undefined : clauseSubjects.get(quote.inner.start);
		const fallback = owner ?? clauseSubject;
		if (fallback && (!attribution || (owner && !isAdjacent(text, quote, attribution)))) {
			attribution = fallback;
			usedClauseSubjects.push(fallback);
		}

		// A full quotation with no attribution of its own continues the voice before it.
		if (!attribution && kind === 'full') {
			attribution = continuedAttribution({
				text,
				sentences,
				quoted,
				index: spans.length > 1 ? index - 1 : index,
				first,
				last,
				previous: previous,
				attributionsOf: sentence => bySentence.get(sentence) ?? [],
				introducedBy: sentence => introducing.get(sentence),
				subjectOf: sentence => subjects.get(sentence),
			});
			if (attribution && attribution === introducing.get(attribution.sentence)) usedClauseSubjects.push(attribution);
		}

		quotes.push({
			spans,
			// The words between the parts are left out, as an ellipsis would in print.
			text: spans.map(span => text.slice(span.start, span.end)).join(' … '),
			kind: spans.length > 1 && kind !== 'full' ? 'full' : kind,
			attribution,
		});
		// `“Why?” | Obama asked. | “What…?”`: the quotation's unit ends with its attribution.
		const endSentence = sentenceAt(sentences, spans.at(-1)!.end - 1);
		previous = {quote: quotes.at(-1)!, sentence: Math.max(endSentence, attribution?.sentence ?? endSentence)};
	}

	const withRepeats = attributeRepeats(quotes, article);
	// A clause subject that speaks for a quotation is an attribution like any other.
	const allAttributions =
		usedClauseSubjects.length === 0
			? attributions
			: [...attributions, ...usedClauseSubjects].toSorted(
					(a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start,
				);
	return {quotes: withRepeats, attributions: allAttributions, names};
}
