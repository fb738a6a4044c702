/**
 * Reads a speaker phrase into name, role and kind:
 * `Ukraine’s Deputy Prime Minister Iryna Vereshchuk` → Iryna Vereshchuk, Deputy Prime Minister, person;
 * `The Russian Defence Ministry` → organisation; `Russian officials` → group;
 * `A Ukrainian security official` → unnamed and anonymous; `he`, `the blog` → references.
 * A phrase whose head cannot speak (`These updates`) is not a speaker.
 */

import type {SpeakerKind, SpeakerMention, Span} from '../../model.js';
import {isCapitalised, isPossessive, type Token, withoutPossessive} from '../text/tokens.js';
import {
	anonymousNouns,
	demonyms,
	determiners,
	groupPronouns,
	indefiniteDeterminers,
	institutionWords,
	personalPronouns,
	placeNames,
	roleWords,
	speakerNouns,
	timeWords,
} from './speaker-words.js';

export type PhraseContext = {
	readonly text: string;
	/** Tokens of an appositive that follows the phrase (`, the head of …,`), if any. */
	readonly appositive?: readonly Token[];
	/** The sentence says its source is anonymous (`speaking on condition of anonymity`). */
	readonly saysAnonymous?: boolean;
};

const prepositions = new Set(['of', 'in', 'at', 'for', 'with', 'from', 'on', 'within', 'inside']);
const leadingPrepositions = new Set([
	'after',
	'before',
	'during',
	'amid',
	'despite',
	'since',
	'by',
	'to',
	'into',
	'under',
	'over',
]);
const reportNouns = new Set(
	'analysis data report study assessment estimate estimates figures note notes research memo filing poll survey document copy'.split(
		' ',
	),
);
const namingWords = new Set(['identified', 'named', 'called', 'known', 'as', 'only', 'by', 'nicknamed', 'a', 'an']);

function lower(token: Token): string {
	return token.lower;
}

/** A capitalised word that can be part of a personal name. */
function isNameWord(token: Token): boolean {
	const word = lower(token);
	return (
		token.isWord &&
		isCapitalised(token.text) &&
		!isPossessive(token.text) &&
		!roleWords.has(word) &&
		!demonyms.has(word) &&
		!institutionWords.has(word) &&
		!placeNames.has(word) &&
		!timeWords.has(word) &&
		!determiners.has(word) &&
		// A sentence-initial common noun (`Reports suggest`, `Officials said`) is not a name.
		!speakerNouns.has(word) &&
		!anonymousNouns.has(word) &&
		!/^\p{Lu}{2,}$/u.test(token.text)
	);
}

function spanOf(tokens: readonly Token[]): Span {
	return {start: tokens[0]!.start, end: tokens.at(-1)!.end};
}

function textOf(text: string, tokens: readonly Token[]): string {
	return tokens.length === 0 ? '' : text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

const postNominals = /^(?:KC|QC|MP|MEP|Jr\.?|Sr\.?|II|III|IV|PhD|MD)$/;

/** The phrase without trailing post-nominal letters (`KC`, `Jr.`). */
function postNominalAt(tokens: readonly Token[]): readonly Token[] {
	let end = tokens.length;
	while (end > 1 && postNominals.test(tokens[end - 1]!.text)) {
		end--;
	}

	return tokens.slice(0, end);
}

// Lower-case particles inside names: `Ursula von der Leyen`, `Charles de Gaulle`.
const nameParticles = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'dos', 'al', 'bin', 'ibn']);

/** The trailing run of name words, when the phrase ends in a personal name. */
function trailingName(tokens: readonly Token[]): readonly Token[] {
	let start = tokens.length;
	while (start > 0) {
		if (isNameWord(tokens[start - 1]!)) {
			start--;
			continue;
		}

		// Particles count only between name words: `Ursula von der Leyen`.
		let particles = start;
		while (particles > 0 && nameParticles.has(tokens[particles - 1]!.text)) {
			particles--;
		}

		if (particles === start || start === tokens.length || particles === 0 || !isNameWord(tokens[particles - 1]!)) {
			break;
		}

		start = particles;
	}

	return tokens.slice(start);
}

const organisationJoiners = new Set(['of', 'for', 'the', 'and', 'on']);

/** `the Institute for the Study of War` inside `the analysis of data from …`. */
function capitalisedOrganisation(tokens: readonly Token[]): readonly Token[] | undefined {
	let best: Token[] = [];
	let run: Token[] = [];
	for (const token of tokens) {
		// `US-based` qualifies the name rather than belonging to it.
		if (token.isWord && isCapitalised(token.text) && !/-\p{Ll}/u.test(token.text)) {
			run.push(token);
		} else if (run.length > 0 && organisationJoiners.has(token.text)) {
			run.push(token);
		} else {
			run = [];
		}

		if (run.length > best.length && isCapitalised(run.at(-1)!.text)) {
			best = [...run];
		}
	}

	return best.length > 0 ? best : undefined;
}

/** `, the head of Ukraine’s Center for Countering Disinformation,` → `head of Ukraine’s Center…`. */
function appositiveRole(text: string, appositive: readonly Token[] | undefined): string | undefined {
	const words = (appositive ?? []).filter(token => token.isWord);
	const first = words[0]?.text.toLowerCase();
	// `, the head of …,` or `, head of …,`; not `, one of …` or `, speaking on condition…`.
	if (first === undefined || first === 'one' || (!determiners.has(first) && !roleWords.has(first))) {
		return undefined;
	}

	const rest = determiners.has(first) ? words.slice(1) : words;
	const head = rest.find(token => prepositions.has(token.text)) ?? rest.at(-1);
	const headIndex = head ? rest.indexOf(head) - (prepositions.has(head.text) ? 1 : 0) : -1;
	const headWord = rest[headIndex]?.text.toLowerCase() ?? '';
	return roleWords.has(headWord) || speakerNouns.has(headWord) ? textOf(text, rest) : undefined;
}

type MentionFields = {
	name: string;
	role?: string | undefined;
	kind: SpeakerKind;
	anonymous: boolean;
	head: string;
};

function mention(phrase: readonly Token[], fields: MentionFields): SpeakerMention {
	return {span: spanOf(phrase), role: undefined, ...fields};
}

/** Parses a speaker phrase; undefined when it cannot be a speaker. */
export function parseSpeakerPhrase(tokens: readonly Token[], context: PhraseContext): SpeakerMention | undefined {
	const {text} = context;
	// Trailing time words (`said one blog Sunday`) are not part of the speaker.
	let phrase = tokens.filter(token => token.isWord || token.text === '-');
	while (phrase.length > 0 && timeWords.has(lower(phrase.at(-1)!))) {
		phrase = phrase.slice(0, -1);
	}

	if (phrase.length === 0 || phrase.length > 14) {
		return undefined;
	}

	const first = lower(phrase[0]!);
	// `In a statement posted…`: a prepositional phrase is not a speaker.
	if (prepositions.has(first) || leadingPrepositions.has(first)) {
		return undefined;
	}

	if (phrase.length === 1 && (personalPronouns.has(first) || groupPronouns.has(first))) {
		const kind = personalPronouns.has(first) ? 'person' : 'group';
		return mention(phrase, {name: phrase[0]!.text, kind, anonymous: false, head: first});
	}

	// `one of the people`, `some of the officials`: the speaker is the group after `of`.
	if (phrase.length > 2 && determiners.has(first) && phrase[1]!.text === 'of') {
		const group = parseSpeakerPhrase(phrase.slice(2), context);
		return group && {...group, span: spanOf(phrase), anonymous: group.anonymous || group.kind !== 'organisation'};
	}

	// The head is before any prepositional phrase: `head of Russia’s FSB`, `official in the Office`.
	const prepositionAt = phrase.findIndex((token, index) => index > 0 && prepositions.has(token.text));
	const core = prepositionAt === -1 ? phrase : phrase.slice(0, prepositionAt);
	const modifier = prepositionAt === -1 ? [] : phrase.slice(prepositionAt);
	const headToken = core.at(-1)!;
	const head = withoutPossessive(lower(headToken));
	const determiner = determiners.has(first) ? first : undefined;
	const afterDeterminer = determiner ? core.slice(1) : core;
	const owners = afterDeterminer.filter(token => isPossessive(token.text));
	const roleTokens = afterDeterminer.filter(token => !isPossessive(token.text));

	// A personal name ends the phrase: `Russian President Vladimir Putin`, `Oliver Strand KC`.
	const withoutPostNominals = postNominalAt(core);
	const fullRun = prepositionAt === -1 ? trailingName(withoutPostNominals) : [];
	// A run longer than a name holds an unknown title: `Clark County Registrar Dennis Okafor`.
	const name = fullRun.length > 4 ? fullRun.slice(-2) : fullRun;
	if (name.length > 0) {
		const role = roleTokens.slice(0, roleTokens.indexOf(name[0]!));
		return mention(phrase, {
			name: textOf(text, name),
			role: role.length > 0 ? textOf(text, role) : appositiveRole(text, context.appositive),
			kind: 'person',
			anonymous: false,
			head: withoutPossessive(lower(name.at(-1)!)),
		});
	}

	// A name in the appositive: `Another squad leader, Faraon,` / `One soldier, identified as Ruzhyk,`.
	const appositiveName = trailingName(
		postNominalAt((context.appositive ?? []).filter(token => !namingWords.has(token.text))),
	);
	const appositiveIsName =
		appositiveName.length > 0 &&
		(context.appositive ?? []).filter(
			token => token.isWord && !namingWords.has(token.text) && !postNominals.test(token.text),
		).length === appositiveName.length;
	if (appositiveIsName && speakerNouns.has(head)) {
		return mention(phrase, {
			name: textOf(text, appositiveName),
			role: roleTokens.length > 0 ? textOf(text, roleTokens) : undefined,
			kind: 'person',
			anonymous: false,
			head: lower(appositiveName.at(-1)!),
		});
	}

	// `the analysis of data from the US-based Institute for the Study of War`.
	if (reportNouns.has(head)) {
		const organisation = capitalisedOrganisation(modifier);
		if (organisation) {
			return mention(phrase, {
				name: textOf(
					text,
					organisation.filter((token, index) => index > 0 || token.text !== 'the'),
				),
				kind: 'organisation',
				anonymous: false,
				head: lower(organisation.at(-1)!),
			});
		}
	}

	const isPlace = core.length === 1 && placeNames.has(withoutPossessive(lower(headToken)));
	// `The Russian Defence Ministry`, and `Russia’s defence ministry` (an institution with an owner).
	const isInstitution =
		core.some(token => isCapitalised(token.text) && institutionWords.has(lower(token))) ||
		(owners.length > 0 && institutionWords.has(head));
	const asWritten = textOf(text, phrase);
	const displayName = asWritten.charAt(0).toUpperCase() + asWritten.slice(1);
	if (isPlace || (isInstitution && !indefiniteDeterminers.has(first))) {
		const name = textOf(text, determiner === 'the' ? phrase.slice(1) : phrase);
		return mention(phrase, {name, kind: 'organisation', anonymous: false, head});
	}

	if (!speakerNouns.has(head) && !anonymousNouns.has(head)) {
		return undefined;
	}

	const plural = /s$/.test(head) && !/ss$/.test(head);
	const anonymous =
		anonymousNouns.has(head) ||
		(indefiniteDeterminers.has(first) && !plural) ||
		(context.saysAnonymous === true && owners.length === 0);
	if (plural || ['people', 'men', 'women', 'staff', 'media', 'leadership'].includes(head)) {
		return mention(phrase, {name: displayName, kind: 'group', anonymous, head});
	}

	// `Latvia’s foreign minister`: an identifiable office holder, though unnamed here.
	const kind: SpeakerKind = owners.length > 0 || (roleWords.has(head) && determiner === 'the') ? 'person' : 'unnamed';
	return mention(phrase, {
		name: displayName,
		role: owners.length > 0 ? textOf(text, roleTokens) : undefined,
		kind,
		anonymous,
		head,
	});
}

/** Full personal names (two to four name words) anywhere in a run of tokens: `coach Dan Whitfield made…`. */
export function findPersonNames(text: string, tokens: readonly Token[]): {name: string; position: number}[] {
	const names: {name: string; position: number}[] = [];
	let index = 0;
	while (index < tokens.length) {
		let end = index;
		while (end < tokens.length && (isNameWord(tokens[end]!) || (end > index && nameParticles.has(tokens[end]!.text)))) {
			end++;
		}

		const run = postNominalAt(tokens.slice(index, end));
		if (run.length >= 2 && run.length <= 4 && isNameWord(run.at(-1)!)) {
			names.push({name: textOf(text, run), position: run[0]!.start});
		}

		index = Math.max(end, index + 1);
	}

	return names;
}
