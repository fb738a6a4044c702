/**
 * Finds who a sentence attributes words to, in the patterns news prose uses:
 * `X said`, `“…,” said X`, `X, the head of Y, stated`, `according to X`,
 * `described by X as`, and participles (`…, saying`) that take the sentence's subject.
 * Speakers found here are unresolved: `he` and `the blog` are resolved per article.
 */

import type {SpeakerMention, Span} from '../../model.js';
import {isCapitalised, type Token, tokenize} from '../text/tokens.js';
import {parseSpeakerPhrase} from './speaker-phrase.js';
import {anonymityPattern, determiners, roleWords, speakerNouns, timeWords, verbModifiers} from './speaker-words.js';
import {isNounLikeForm, isParticiple, isPastParticiple, needsClause, speechVerbClassOfLower} from './speech-verbs.js';

export type FoundAttribution = {
	readonly speaker: SpeakerMention;
	readonly cue: Span;
	/** `That was the verdict of X`: the words are the quotation just before this sentence. */
	readonly pointsBack?: boolean;
};

export type SentenceAttributions = {
	readonly attributions: readonly FoundAttribution[];
	/** The sentence's grammatical subject when it names a possible speaker (for `he`, `they`). */
	readonly subject: SpeakerMention | undefined;
};

const clauseWords = new Set(
	(
		'what how why that which who whom whose and but or nor while when as because if after before since although though ' +
		'where whereas so than to by with without amid despite including whether unless until'
	).split(' '),
);
const phraseEndWords = new Set(
	'that who which as to including while and when after before in on at said says adding saying'.split(' '),
);
const leadingAdverbials = new Set(
	(
		'however meanwhile still also moreover but and yet instead separately earlier later on in at amid after before ' +
		'since despite while during following last in a speaking asked'
	).split(' '),
);
// `That was the blunt verdict of Ashcombe manager Mark Hollis.`
const verdictOf =
	/^(?:That|This|Those|These|Such) (?:was|is|were|are) (?:the|how) (?:[\p{Ll}-]+ ){0,3}(?:verdict|assessment|view|message|reaction|response|warning|words?|conclusion|take|judge?ment|argument|explanation|description|promise|claim|complaint|plea|answer|reply) (?:of|from) /u;
const addressees = new Set(['reporters', 'journalists', 'press', 'media', 'lawmakers', 'parliament']);
const closingQuotes = new Set(['”', '"', '’', "'", '»']);

const lower = (token: Token | undefined) => token?.lower ?? '';

/** Skips auxiliaries, adverbs and time words leftwards from `index`. */
function skipModifiersLeft(tokens: readonly Token[], index: number): number {
	while (index >= 0) {
		const word = lower(tokens[index]);
		const isModifier =
			tokens[index]!.isWord &&
			(verbModifiers.has(word) ||
				timeWords.has(word) ||
				word === 'been' ||
				(/ly$/.test(word) && !isCapitalised(tokens[index]!.text)));
		if (!isModifier) {
			break;
		}

		index--;
	}

	return index;
}

type Phrase = {readonly tokens: readonly Token[]; readonly appositive?: readonly Token[]};

// Longer than any speaker phrase in news prose; bounds the work on a sentence of a thousand `said`s.
const maxPhraseTokens = 24;

/** The subject phrase before a verb, with an appositive in commas (`X, the head of Y, said`). */
function phraseBefore(tokens: readonly Token[], verbIndex: number): Phrase | undefined {
	let end = skipModifiersLeft(tokens, verbIndex - 1);
	// `Ukraine’s military intelligence agency (GUR) said`: the bracket glosses the phrase.
	if (tokens[end]?.text === ')') {
		const open = tokens.findLastIndex((token, index) => index < end && token.text === '(');
		if (open > 0 && end - open <= 6) {
			end = open - 1;
		}
	}

	let appositive: Token[] | undefined;
	if (tokens[end]?.text === ',') {
		let comma = end - 1;
		const appositiveStop = Math.max(-1, end - maxPhraseTokens);
		while (
			comma > appositiveStop &&
			tokens[comma]!.text !== ',' &&
			(tokens[comma]!.isWord || tokens[comma]!.text === '-')
		) {
			comma--;
		}

		if (comma < 0 || tokens[comma]!.text !== ',') {
			return undefined;
		}

		appositive = tokens.slice(comma + 1, end);
		end = comma - 1;
	}

	let start = end;
	const stop = Math.max(-1, end - maxPhraseTokens);
	while (
		start > stop &&
		(tokens[start]!.isWord || tokens[start]!.text === '-') &&
		!clauseWords.has(lower(tokens[start]))
	) {
		start--;
	}

	// `A senior official who spoke on condition of anonymity said`: the relative clause
	// describes the speaker before it, like an appositive.
	if (start > 0 && ['who', 'which'].includes(lower(tokens[start])) && appositive === undefined) {
		const relative = tokens.slice(start, end + 1);
		const before = phraseBefore(tokens, start);
		if (before && before.appositive === undefined) {
			return {tokens: before.tokens, appositive: relative};
		}
	}

	const phrase = tokens.slice(start + 1, end + 1);
	return phrase.length > 0 ? {tokens: phrase, appositive} : undefined;
}

/** The phrase after a word (`said one blog Sunday`, `by Putin as`, `according to X,`). */
function phraseAfter(tokens: readonly Token[], index: number): Phrase | undefined {
	let end = index;
	while (
		end < tokens.length &&
		(tokens[end]!.isWord || tokens[end]!.text === '-') &&
		!phraseEndWords.has(tokens[end]!.text)
	) {
		end++;
	}

	const phrase = tokens.slice(index, end);
	let appositive: Token[] | undefined;
	if (tokens[end]?.text === ',') {
		let next = end + 1;
		while (next < tokens.length && tokens[next]!.isWord) {
			next++;
		}

		// `said Dmitry Peskov, the Kremlin spokesman.`: an appositive that closes the clause.
		if (next > end + 1 && (tokens[next] === undefined || ['.', ',', ';'].includes(tokens[next]!.text))) {
			appositive = tokens.slice(end + 1, next);
		}
	}

	return phrase.length > 0 ? {tokens: phrase, appositive} : undefined;
}

/** The subject at the start of the sentence, after a leading adverbial such as `On Sunday night,`. */
function sentenceSubject(tokens: readonly Token[]): Phrase | undefined {
	let start = 0;
	if (leadingAdverbials.has(lower(tokens[0]))) {
		const comma = tokens.findIndex(token => token.text === ',');
		if (comma === -1 || comma > 12) {
			return undefined;
		}

		start = comma + 1;
	}

	let end = start;
	const isPhraseWord = (token: Token) => {
		const word = lower(token);
		return (
			token.isWord &&
			(isCapitalised(token.text) || determiners.has(word) || roleWords.has(word) || speakerNouns.has(word))
		);
	};

	while (end < tokens.length && isPhraseWord(tokens[end]!)) {
		end++;
	}

	if (end === start) {
		return undefined;
	}

	let appositive: Token[] | undefined;
	if (tokens[end]?.text === ',') {
		const close = tokens.findIndex((token, index) => index > end && token.text === ',');
		if (close !== -1) {
			appositive = tokens.slice(end + 1, close);
		}
	}

	return {tokens: tokens.slice(start, end), appositive};
}

/** After a verb, skipping `on Sunday` and `out`: `that`, a colon, or a quotation follows. */
function introducesClause(tokens: readonly Token[], index: number): boolean {
	while (index < tokens.length) {
		const word = lower(tokens[index]);
		if (timeWords.has(word) || ['on', 'in', 'out', 'also', 'last', 'this'].includes(word)) {
			index++;
		} else {
			return ['that', ':', '“', '"'].includes(word);
		}
	}

	return false;
}

/**
 * `Statewide recounts in Nevada have…`: a verb form that is also a plural noun, after a
 * lone sentence-initial word, is the noun.
 */
function isNounReading(verb: Token, phrase: readonly Token[], tokens: readonly Token[]): boolean {
	return phrase.length === 1 && phrase[0] === tokens[0] && isNounLikeForm(verb.text);
}

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

		if (token.end > reach) kept.push(token);
	}

	return kept;
}

/** A base-form verb after a singular phrase is a noun (`a Telegram post`, `the claim`). */
function agreesAsVerb(verb: Token, phrase: readonly Token[]): boolean {
	const word = lower(verb);
	const isInflected = /(?:s|ed|ing)$/.test(word) || ['said', 'told', 'wrote', 'thought', 'spoke'].includes(word);
	if (isInflected) {
		return true;
	}

	const head = lower(phrase.at(-1));
	return /s$/.test(head) || ['they', 'we', 'i', 'you', 'people'].includes(head);
}

function cueFor(tokens: readonly Token[], index: number, length: number): Span {
	let last = index + length - 1;
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
 * Attributions in one sentence. Characterising verbs (`described`, `condemned`) count
 * only when the sentence holds a quotation.
 */
export function findAttributions(
	text: string,
	sentence: Span,
	quoted: readonly Span[] = [],
	sentenceTokens: readonly Token[] = tokenize(text, sentence.start, sentence.end),
): SentenceAttributions {
	const hasQuote = quoted.length > 0;
	// Words inside quotation marks are the speaker's own, never an attribution.
	const tokens = hasQuote ? outsideSpans(sentenceTokens, quoted) : sentenceTokens;
	const saysAnonymous = anonymityPattern.test(text.slice(sentence.start, sentence.end));
	const parse = (phrase: Phrase | undefined) =>
		phrase ? parseSpeakerPhrase(phrase.tokens, {text, appositive: phrase.appositive, saysAnonymous}) : undefined;
	const subjectPhrase = sentenceSubject(tokens);
	const subject = parse(subjectPhrase);
	const found: FoundAttribution[] = [];

	const verdict = verdictOf.exec(text.slice(sentence.start, sentence.end));
	if (verdict) {
		const cueEnd = sentence.start + verdict[0].length;
		const afterCue = tokens.findIndex(token => token.start >= cueEnd);
		const speaker = afterCue === -1 ? undefined : parse(phraseAfter(tokens, afterCue));
		if (speaker) {
			found.push({speaker, cue: {start: sentence.start, end: cueEnd}, pointsBack: true});
		}
	}

	for (const [index, token] of tokens.entries()) {
		if (lower(token) === 'according' && lower(tokens[index + 1]) === 'to') {
			const speaker = parse(phraseAfter(tokens, index + 2));
			if (speaker) {
				found.push({speaker, cue: cueFor(tokens, index, 2)});
			}

			continue;
		}

		const verbClass = token.isWord ? speechVerbClassOfLower(token.lower) : undefined;
		if (!verbClass || (verbClass === 'characterising' && !hasQuote)) {
			continue;
		}

		// `maintained control`, `added to the tension`: these verbs report speech only before a clause.
		if (needsClause(token.text) && !hasQuote && !introducesClause(tokens, index + 1)) {
			continue;
		}

		// Passive with agent: `described by Putin as`, `outlined by … Iryna Vereshchuk`.
		if (lower(tokens[index + 1]) === 'by' && isPastParticiple(token.text)) {
			const speaker = parse(phraseAfter(tokens, index + 2));
			if (speaker) {
				found.push({speaker, cue: cueFor(tokens, index, 2)});
			}

			continue;
		}

		// Inverted after a quotation or comma: `“…,” said one blog`, `…, said Peskov`.
		const previous = tokens[index - 1];
		const afterQuote =
			(previous && closingQuotes.has(previous.text)) ||
			(previous?.text === ',' && closingQuotes.has(tokens[index - 2]?.text ?? ''));
		// After a bare comma the subject usually comes first (`Penn, who…, told the council`);
		// only without one is it `…, said Peskov`.
		const afterComma =
			previous?.text === ',' &&
			!afterQuote &&
			!/^(?:told|tell|tells)$/i.test(token.text) &&
			!parse(phraseBefore(tokens, index));
		const inverted = (afterQuote || afterComma) && !isParticiple(token.text);
		if (inverted && tokens[index + 1]?.isWord) {
			const speaker = parse(phraseAfter(tokens, index + 1));
			if (speaker && (speaker.kind !== 'group' || speaker.name.split(' ').length > 1)) {
				found.push({speaker, cue: cueFor(tokens, index, 1)});
				continue;
			}
		}

		// `…, saying “…”`: a participle takes the speaker already named, or the subject.
		if (isParticiple(token.text) && (previous?.text === ',' || index === 0)) {
			const speaker = found.at(-1)?.speaker ?? subject;
			if (speaker) {
				found.push({speaker, cue: cueFor(tokens, index, 1)});
			}

			continue;
		}

		const phrase = phraseBefore(tokens, index);
		if (phrase && agreesAsVerb(token, phrase.tokens) && !isNounReading(token, phrase.tokens, tokens)) {
			const speaker = parse(phrase);
			if (speaker) {
				found.push({speaker, cue: cueFor(tokens, index, 1)});
			}
		}
	}

	return {attributions: found, subject};
}
