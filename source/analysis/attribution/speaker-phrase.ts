/**
 * Reads a speaker noun phrase into name, role and kind:
 * `Ukraine’s Deputy Prime Minister Iryna Vereshchuk` → Iryna Vereshchuk, Deputy Prime Minister, person;
 * `The Federal Election Commission`, `the ruling`, `Fox News` → organisation; `Republican officials` → group;
 * `A senior State Department official`, `the 46-year-old` → unnamed; `he`, `the blog` → references.
 * The phrase is a noun phrase already (./noun-phrase.ts); a head that cannot speak makes it no speaker.
 */

import type {SpeakerKind, SpeakerMention, Span} from '../../model.js';
import particleList from '../vocabulary/name-particles.json' with {type: 'json'};
import {isCapitalised, isInCapitals, isPossessive, type Token, withoutPossessive} from '../text/tokens.js';
import {closedClass, closedClassOfToken, formClass, isGivenNameHomograph} from '../text/word-classes.js';
import {isTimeWord} from './noun-phrase.js';
import {isInflected, speechVerbClass} from './speech-verbs.js';
import {genderOfGivenName} from './mention-gender.js';
import {isLeadingWord} from '../speakers/names.js';
import {
	anonymousNouns,
	demonyms,
	documentNouns,
	firstAndSecondPersons,
	groupNouns,
	groupPronouns,
	isSpeakerNoun,
	mastheadWords,
	mediaNouns,
	nationalNouns,
	organisationNouns,
	personalPronouns,
	personNouns,
	placeNames,
	singularPersonNouns,
	speechNouns,
	titleModifiers,
	titleWords,
} from './speaker-words.js';

export type PhraseContext = {
	readonly text: string;
	/** Tokens of an appositive that follows the phrase (`, the head of …,`), if any. */
	readonly appositive?: readonly Token[];
	/** The sentence says its source is anonymous (`speaking on condition of anonymity`). */
	readonly saysAnonymous?: boolean;
	/** Any head may speak: the verb is one of speech (`the 46-year-old said`). */
	readonly anyHead?: boolean;
};

const prepositions = new Set(['of', 'in', 'at', 'for', 'with', 'from', 'on', 'within', 'inside', 'by']);
const indefiniteDeterminers = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three']);
const groupDeterminers = new Set(['some', 'many', 'most', 'several', 'both', 'all', 'few', 'others']);
// Lower-case particles inside names: `Ursula von der Leyen`, `Charles de Gaulle`.
const nameParticles = new Set<string>(particleList);
const postNominals = /^(?:KC|QC|MP|MEP|Jr\.?|Sr\.?|II|III|IV|PhD|MD|Esq\.?)$/;
const organisationJoiners = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&']);
const namingWords = new Set(['identified', 'named', 'called', 'known', 'as', 'only', 'by', 'nicknamed', 'a', 'an']);

// Not an initial (`M.`): one letter and its dot.
const isAcronym = (text: string) =>
	/^\p{Lu}[\p{Lu}\d&.]+$/u.test(text) && text.length >= 2 && !/^\p{Lu}\.$/u.test(text);

/** A word that stands before a name as a title or office (`Sen.`, `Whip`, `Senate`, `Russian`). */
function isTitleLike(token: Token): boolean {
	const word = withoutPossessive(token.lower);
	return (
		titleWords.has(word) ||
		titleModifiers.has(word) ||
		demonyms.has(word) ||
		organisationNouns.has(word) ||
		personNouns.has(word) ||
		(isAcronym(token.text) && !isInitials(token.text))
	);
}

// `E.D. Hill`, `J.K. Rowling`, `W.E.B. Du Bois`: initials run together are part of a name, unlike
// the dotted abbreviations of places and bodies (`U.S.`, `U.N.`: demonyms, checked first).
const isInitials = (text: string) => /^(?:\p{Lu}\.){2,3}$/u.test(text);

// Auxiliaries and adverbs that are also names after a given name: `Theresa May`, `Will`.
const nameHomographs = new Set<string>(['auxiliary', 'adverb']);

/** A capitalised word that can be part of a personal name; `afterName` when a name word precedes it. */
function isNameWord(token: Token, afterName = false): boolean {
	// `al-Awlaki`, `el-Sisi`: a particle joined to the name by a hyphen (asked of every word:
	// the hyphen is looked for before any pattern).
	const hyphen = token.text.indexOf('-');
	const joined = hyphen > 0 && hyphen < 5 && nameParticles.has(token.text.slice(0, hyphen));
	const text = joined ? token.text.slice(hyphen + 1) : token.text;
	if (!token.isWord || !isCapitalised(text) || isPossessive(text) || isTimeWord(token)) return false;
	if (/^\d/u.test(text)) return false;
	// `Texas-based`, `Korean-born`: a modifier, not a name.
	if (text.includes('-') && /-\p{Ll}/u.test(text)) return false;
	const known = closedClassOfToken(token);
	// `Will`, `said Will Doyle`: the modal is capitalised only opening a sentence, where it opens no speaker.
	return known === undefined || (afterName && nameHomographs.has(known)) || isGivenNameHomograph(token);
}

/** A word of two letters or more, all in capitals: `US`, `CNN`, or a heading's. */
const isCapitalsWord = (token: Token) => token.text.length > 1 && isInCapitals(token.text);

function spanOf(tokens: readonly Token[]): Span {
	return {start: tokens[0]!.start, end: tokens.at(-1)!.end};
}

function textOf(text: string, tokens: readonly Token[]): string {
	return tokens.length === 0 ? '' : text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

/** The phrase without trailing post-nominal letters (`KC`, `Jr.`). */
function withoutPostNominals(tokens: readonly Token[]): readonly Token[] {
	let end = tokens.length;
	while (end > 1 && postNominals.test(tokens[end - 1]!.text)) end--;
	return tokens.slice(0, end);
}

/** The trailing run of capitalised words (with particles between them): `Senate Whip Tom Ruiz`. */
function trailingCapitalised(tokens: readonly Token[]): readonly Token[] {
	let start = tokens.length;
	while (start > 0) {
		const token = tokens[start - 1]!;
		const before = tokens[start - 2];
		// `…DEADLY ISTANBUL EXPLOSION Turkish President…`: words in capitals side by side are a heading.
		if (before !== undefined && isCapitalsWord(token) && isCapitalsWord(before)) break;
		if (isNameWord(token, before !== undefined && isNameWord(before))) {
			start--;
			continue;
		}

		// `Jean-Pierre`, and particles between name words: `Ursula von der Leyen`.
		let joined = start;
		while (joined > 0 && (nameParticles.has(tokens[joined - 1]!.text) || tokens[joined - 1]!.text === '-')) joined--;
		if (joined === start || start === tokens.length || joined === 0 || !isNameWord(tokens[joined - 1]!)) {
			break;
		}

		start = joined;
	}

	return tokens.slice(start);
}

/**
 * The personal name at the end of a capitalised run, after its titles: `Senate Whip Tom Ruiz`
 * → `Tom Ruiz`; `Clark County Registrar Dennis Okafor` → `Dennis Okafor`. The last word is
 * the name even when it is also a title word (`Paul Singer`, `King said`); a run of titles
 * alone (`Army Secretary`) has none.
 */
function personalName(run: readonly Token[]): readonly Token[] {
	const lastTitle = run.slice(0, -1).findLastIndex(token => isTitleLike(token));
	const name = run.slice(lastTitle + 1);
	if (name.length === 1 && lastTitle !== -1 && isTitleLike(name[0]!)) return [];
	if (name.length === 1 && (demonyms.has(name[0]!.lower) || organisationNouns.has(name[0]!.lower))) return [];
	return name;
}

/** The person a capitalised name after a document noun names: after a title, or opening with a given name. */
function personOfModifier(run: readonly Token[]): {name: readonly Token[]; title?: Token} | undefined {
	const last = run.at(-1)!.lower;
	if (organisationNouns.has(last) || mastheadWords.has(last) || mediaNouns.has(last)) return undefined;
	const name = personalName(run);
	if (name.length === 0 || name.length > 3) return undefined;
	const title = run[run.indexOf(name[0]!) - 1];
	if (title !== undefined && titleWords.has(title.lower)) return {name, title};
	return title === undefined && name.length >= 2 && genderOfGivenName(name[0]!.text) !== undefined ? {name} : undefined;
}

/** Whether the preposition at `index` joins two capitalised words of a name that a lower-case noun ends. */
function insideModifyingName(phrase: readonly Token[], index: number): boolean {
	const last = phrase.at(-1)!;
	return (
		isCapitalised(phrase[index - 1]!.text) &&
		isCapitalised(phrase[index + 1]?.text ?? '') &&
		!isCapitalised(last.text) &&
		phrase.slice(index + 1, -1).every(token => isCapitalised(token.text) || nameParticles.has(token.text))
	);
}

const sentenceAdverb = /^\p{Lu}\p{Ll}{3,}(?:ately|ally|edly|ingly|ently|antly|ously|ively|fully|arily)$/u;

/** `, the head of the Center for Countering Disinformation,` → `head of the Center…`. */
const placingWords = new Set(['of', 'at', 'from', 'with']);

const descriptionOpeners = new Set(['who', 'whose', 'which', 'where', 'a', 'an', 'the']);
const relativeWords = new Set(['who', 'whom', 'whose', 'which']);

function appositiveRole(text: string, appositive: readonly Token[] | undefined): string | undefined {
	// `, the director of the centre, which is based in Brussels,`, `, chief of CloudFlare, a San
	// Francisco company,`: the role is the first description (not cut at `Houston, Texas`).
	const comma = (appositive ?? []).findIndex(
		(token, index) => token.text === ',' && descriptionOpeners.has(appositive![index + 1]?.lower ?? ''),
	);
	const first = comma === -1 ? appositive : appositive!.slice(0, comma);
	const described = (first ?? []).filter(token => token.isWord);
	// `, a historian who discovered…,`: the relative clause tells about the person, not the role.
	const relative = described.findIndex((token, index) => index > 0 && relativeWords.has(token.lower));
	const words = relative === -1 ? described : described.slice(0, relative);
	const opening = words[0]?.lower;
	// `, the head of …,` or `, head of …,`; not `, one of …` or `, speaking on condition…`.
	if (
		opening === undefined ||
		opening === 'one' ||
		(closedClass(opening) !== 'determiner' && !isTitleLike(words[0]!))
	) {
		return undefined;
	}

	const rest = closedClass(opening) === 'determiner' ? words.slice(1) : words;
	const preposition = rest.findIndex(token => prepositions.has(token.lower));
	const head = rest[preposition === -1 ? rest.length - 1 : preposition - 1];
	if (!head) return undefined;
	const word = withoutPossessive(head.lower);
	return personNouns.has(word) || titleWords.has(word) ? textOf(text, rest) : undefined;
}

/** The longest run of capitalised words and joiners: `the Institute for the Study of War` in `data from the US-based …`. */
function capitalisedOrganisation(tokens: readonly Token[]): readonly Token[] {
	let best: Token[] = [];
	let run: Token[] = [];
	for (const token of tokens) {
		// `US-based` qualifies the name rather than belonging to it; `November 12` is a date.
		const isDate = isTimeWord(token) || /^\d/u.test(token.text);
		if (isCapitalised(token.text) && !/-\p{Ll}/u.test(token.text) && !isDate) {
			run.push(token);
		} else if (run.length > 0 && organisationJoiners.has(token.lower)) {
			run.push(token);
		} else {
			run = [];
		}

		if (run.length > best.length && isCapitalised(run.at(-1)!.text)) best = [...run];
	}

	return best;
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

/** The name of an organisation as written, without a leading `the`. */
function organisationName(text: string, tokens: readonly Token[]): string {
	return textOf(text, tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens);
}

/** Parses a speaker phrase; undefined when it cannot be a speaker. */
export function parseSpeakerPhrase(tokens: readonly Token[], context: PhraseContext): SpeakerMention | undefined {
	const {text} = context;
	let phrase = tokens.filter(token => token.isWord || token.text === '-' || token.text === '/' || token.text === '&');
	// Trailing time words (`said one blog Sunday`, `a post on November 12`) are not part of the speaker.
	const isDay = (index: number) =>
		/^\d{1,2}$/u.test(phrase[index]!.text) && index > 0 && isTimeWord(phrase[index - 1]!);
	while (phrase.length > 0 && (isTimeWord(phrase.at(-1)!) || isDay(phrase.length - 1))) phrase = phrase.slice(0, -1);
	// …and the preposition they hung on (`a post on`).
	while (phrase.length > 1 && prepositions.has(phrase.at(-1)!.lower)) phrase = phrase.slice(0, -1);
	// `which Will claims affirmed`: a name and a reporting verb's -s form are a clause.
	const last = phrase.at(-1);
	if (
		phrase.length > 1 &&
		last !== undefined &&
		/^\p{Ll}+s$/u.test(last.text) &&
		isInflected(last.text) &&
		speechVerbClass(last.text) !== undefined &&
		isNameWord(phrase.at(-2)!) &&
		phrase.every(token => isCapitalised(token.text) || token === last)
	) {
		phrase = phrase.slice(0, -1);
	}
	// `Unfortunately Samsung has…`: a sentence adverb opening the sentence, capitalised there, is
	// not part of the name after it (names in -ly are short or end otherwise: Kelly, Beasley).
	if (phrase.length > 1 && sentenceAdverb.test(phrase[0]!.text) && isCapitalised(phrase[1]!.text)) {
		phrase = phrase.slice(1);
	}

	if (phrase.length === 0 || phrase.length > 16) return undefined;
	// `HIGHER TURNOUT IN IOWA`, `TWO DEAD`: words all in capitals are a heading; a speaker in
	// capitals is one acronym (`CNN`) or opens with one (`NBC News`).
	if (phrase.length > 1 && phrase.every(token => !token.isWord || isInCapitals(token.text))) return undefined;
	// `AT LEAST 10 KILLED IN BLAST Turkish President Erdogan`: a heading run into the sentence.
	const headingWords = phrase.findIndex(token => !isCapitalsWord(token) && /\p{L}/u.test(token.text));
	if (headingWords > 1) phrase = phrase.slice(headingWords);
	const first = phrase[0]!.lower;
	// `said Will Doyle`: a capitalised auxiliary before a name is a given name.
	const firstClass = isNameWord(phrase[0]!) ? undefined : closedClassOfToken(phrase[0]!);
	if (phrase.length === 1 && firstAndSecondPersons.has(first)) return undefined;
	if (phrase.length === 1 && (personalPronouns.has(first) || groupPronouns.has(first))) {
		const kind = personalPronouns.has(first) ? 'person' : 'group';
		return mention(phrase, {name: phrase[0]!.text, kind, anonymous: false, head: first});
	}

	// A singular document noun needs a determiner to speak (`the note said`): bare, it is a
	// verb (`“…,” note that…`) or a heading.
	if (phrase.length === 1 && !isCapitalised(phrase[0]!.text) && documentNouns.has(first) && !first.endsWith('s')) {
		return undefined;
	}

	// A noun phrase never opens with a preposition, conjunction, adverb, auxiliary or verb form;
	// a title's modifier that is also an adverb opens one (`first lady Michelle Obama`).
	if (
		firstClass !== undefined &&
		firstClass !== 'determiner' &&
		firstClass !== 'possessive' &&
		firstClass !== 'number' &&
		!(firstClass === 'adverb' && titleModifiers.has(first) && phrase.length > 1)
	) {
		return undefined;
	}

	// `retired neurosurgeon Ben Carson`, `acting director`: a title's modifier may look like a verb form.
	if (
		!isCapitalised(phrase[0]!.text) &&
		firstClass === undefined &&
		formClass(first) !== 'noun' &&
		!titleModifiers.has(first)
	) {
		return undefined;
	}

	// `Another said`, `Some chanted`: a quantifier standing for people.
	if (phrase.length === 1 && firstClass === 'determiner') {
		if (first === 'the' || first === 'a' || first === 'an' || first === 'this' || first === 'that') return undefined;
		const kind: SpeakerKind = groupDeterminers.has(first) ? 'group' : 'unnamed';
		return mention(phrase, {name: capitalise(phrase[0]!.text), kind, anonymous: true, head: first});
	}

	// `one of the people`, `some of the officials`: the speaker is the group after `of`.
	if (phrase.length > 2 && (firstClass === 'determiner' || firstClass === 'number') && phrase[1]!.lower === 'of') {
		const group = parseSpeakerPhrase(phrase.slice(2), context);
		return group && {...group, span: spanOf(phrase), anonymous: group.anonymous || group.kind !== 'organisation'};
	}

	// The head is before any prepositional phrase (`head of the agency`, `Ms. Park of the
	// Farmers Union`), unless a title runs into a name across it (`Secretary of State John Kerry`,
	// `former secretary of state Hillary Clinton`).
	// `one Arizona Department of Transportation sign`: an `of` inside a capitalised name that
	// modifies the noun after it is no head boundary.
	const prepositionAt = phrase.findIndex(
		(token, index) => index > 0 && prepositions.has(token.lower) && !insideModifyingName(phrase, index),
	);
	const beforePreposition = prepositionAt === -1 ? phrase : phrase.slice(0, prepositionAt);
	const afterPreposition = prepositionAt === -1 ? [] : phrase.slice(prepositionAt + 1);
	// In lower case too: `former secretary of state Hillary Clinton`.
	const titleRunsIntoName =
		prepositionAt !== -1 &&
		phrase[prepositionAt]!.lower === 'of' &&
		titleWords.has(beforePreposition.at(-1)!.lower) &&
		personalName(trailingCapitalised(withoutPostNominals(afterPreposition))).length === afterPreposition.length - 1;
	const core = titleRunsIntoName ? phrase : beforePreposition;
	const determiner = firstClass === 'determiner' || firstClass === 'possessive' ? first : undefined;
	const afterDeterminer = determiner ? core.slice(1) : core;
	const owners = afterDeterminer.filter(token => isPossessive(token.text));
	const lastOwner = afterDeterminer.findLastIndex(token => isPossessive(token.text));
	const owned = afterDeterminer.slice(lastOwner + 1);
	if (owned.length === 0) return undefined;
	const headToken = owned.at(-1)!;
	const head = headToken.lower;

	// A name in the appositive: `Another squad leader, Faraon,` / `One soldier, identified as
	// Ruzhyk,` / `The Prime Minister, Margaret Thatcher,` / `the company’s chief executive, Ann Moss,`.
	const allAppositiveWords = (context.appositive ?? []).filter(token => token.isWord && !namingWords.has(token.text));
	// `another advocate, Andrew Pincus of the law firm Mayer Brown`: the name before what places it.
	const placedAt = allAppositiveWords.findIndex((token, index) => index > 0 && placingWords.has(token.text));
	const appositiveWords = placedAt > 0 ? allAppositiveWords.slice(0, placedAt) : allAppositiveWords;
	const appositiveName = trailingCapitalised(withoutPostNominals(appositiveWords));
	if (
		appositiveName.length > 0 &&
		appositiveName.length === withoutPostNominals(appositiveWords).length &&
		(personNouns.has(head) || titleWords.has(head) || owned.every(token => isTitleLike(token)))
	) {
		return mention(phrase, {
			name: textOf(text, personalName(appositiveName)),
			role: afterDeterminer.length > 0 ? textOf(text, afterDeterminer) : undefined,
			kind: 'person',
			anonymous: false,
			head: appositiveName.at(-1)!.lower,
		});
	}

	// A name: `Russian President Vladimir Putin`, `Oliver Strand KC`, `the Washington Post`, `CNN`.
	const ownedName = withoutPostNominals(owned);
	const run = trailingCapitalised(ownedName);
	// A lone common noun capitalised only because it opens the sentence (`Analysis of data…`,
	// `Comment: Keegan wrong about ‘boring’ league`) is no name.
	const lone = run.length === 1 && run[0] === phrase[0] && !isAcronym(run[0]!.text) ? run[0]!.lower : undefined;
	// `the Scot`, `the Spaniard`: a nationality is a description, capitalised or not.
	const national = run.length === 1 && nationalNouns.has(run[0]!.lower);
	const opensWithCommonNoun = national || (lone !== undefined && (isSpeakerNoun(lone) || speechNouns.has(lone)));
	// `the Galaxy S5`, `Airbus A380`: a name ending in a model number is a product, neither a
	// person nor a body.
	const isModel = run.length >= 2 && /\d/u.test(run.at(-1)!.text);
	if (run.length > 0 && !opensWithCommonNoun && !isModel && run.at(-1) === ownedName.at(-1)) {
		const lastWord = run.at(-1)!.lower;
		// `the Washington Post`, `Fox News`, `Federal Election Commission`, `CNN`, `Moscow`; not
		// `European Commission President Ursula von der Leyen` nor `the Wisconsin Republican`.
		const isOrganisation =
			(determiner === 'the' && run.length === owned.length && !personNouns.has(lastWord)) ||
			organisationNouns.has(lastWord) ||
			mastheadWords.has(lastWord) ||
			mediaNouns.has(lastWord) ||
			(run.length === 1 && isAcronym(run[0]!.text)) ||
			(run.length === 1 && owned.length === 1 && owners.length === 0 && placeNames.has(lastWord));
		if (isOrganisation) {
			// `Department of Homeland Security`: a capitalised modifier belongs to the name.
			const capitalisedModifier = afterPreposition.every(
				token => isCapitalised(token.text) || organisationJoiners.has(token.lower),
			);
			const named = capitalisedModifier ? phrase : core;
			const name = organisationName(text, determiner === 'the' ? named.slice(1) : named);
			return mention(phrase, {name, kind: 'organisation', anonymous: false, head: withoutPossessive(lastWord)});
		}

		const name = personalName(run);
		// `the First Lady`, `the Vice President`: a title after its modifier is an office, not a name.
		const before = owned[owned.indexOf(name[0]!) - 1];
		const isOffice =
			name.length === 1 && titleWords.has(name[0]!.lower) && before !== undefined && titleModifiers.has(before.lower);
		// `Credit John Kolesidis/Reuters`: the second of two names joined by a slash is a credit's
		// agency, no person.
		if (before?.text === '/') return undefined;
		if (name.length > 0 && !(name.length === 1 && demonyms.has(name[0]!.lower)) && !isOffice) {
			// The owner is not part of the office: `Ukraine’s Deputy Prime Minister` → `Deputy Prime Minister`.
			const role = owned.slice(0, owned.indexOf(name[0]!));
			return mention(phrase, {
				name: textOf(text, name),
				role: role.length > 0 ? textOf(text, role) : appositiveRole(text, context.appositive),
				kind: 'person',
				anonymous: false,
				head: withoutPossessive(name.at(-1)!.lower),
			});
		}
	}

	// `the analysis of data from the Institute for the Study of War`: the organisation in the modifier.
	if (documentNouns.has(head) && afterPreposition.length > 0 && !titleRunsIntoName) {
		const organisation = capitalisedOrganisation(afterPreposition);
		if (organisation.length > 0 && organisation.at(-1) === afterPreposition.at(-1)) {
			// `a quote from Mr. Obama`, `a letter from Sen. Ann Moss`, `a memo from Ann Moss`: a
			// title or a given name opening the name makes it a person's.
			const person = personOfModifier(organisation);
			if (person) {
				return mention(phrase, {
					name: textOf(text, person.name),
					role: person.title ? person.title.text : undefined,
					kind: 'person',
					anonymous: false,
					head: withoutPossessive(person.name.at(-1)!.lower),
				});
			}

			return mention(phrase, {
				name: textOf(text, organisation),
				kind: 'organisation',
				anonymous: false,
				head: organisation.at(-1)!.lower,
			});
		}
	}

	const isKnownHead = isSpeakerNoun(head);
	if (!isKnownHead && context.anyHead !== true) return undefined;
	const asWritten = textOf(text, phrase);
	const displayName = capitalise(asWritten);
	// `One blog`, `a spokesman`: `one` is read as a number, but as a determiner it is indefinite.
	const indefinite = indefiniteDeterminers.has(determiner ?? (firstClass === 'number' ? first : ''));
	const numbered = firstClass === 'number' && first !== 'one';
	const plural = !singularPersonNouns.has(head) && /[^s]s$|ies$/.test(head);

	// `The Russian Defence Ministry`, `the ruling`, `the campaign`, `Clinton’s campaign`.
	const isBody = organisationNouns.has(head) || mediaNouns.has(head) || documentNouns.has(head);
	const capitalisedBody = core.some(token => isCapitalised(token.text) && organisationNouns.has(token.lower));
	if ((isBody && !personNouns.has(head) && !indefinite) || capitalisedBody) {
		// `Russian Defence Ministry` is a name without its `the`; `The ruling` is a description, kept whole.
		const name = capitalisedBody && determiner === 'the' ? organisationName(text, phrase) : asWritten;
		return mention(phrase, {
			name: capitalisedBody ? name : capitalise(name),
			kind: 'organisation',
			anonymous: false,
			head,
		});
	}

	const anonymous =
		anonymousNouns.has(head) || (indefinite && !plural) || (context.saysAnonymous === true && owners.length === 0);
	if (plural || groupNouns.has(head) || numbered) {
		return mention(phrase, {name: displayName, kind: 'group', anonymous, head});
	}

	// `Latvia’s foreign minister`, `the senator`: an identifiable office holder, though unnamed here.
	const kind: SpeakerKind =
		owners.length > 0 || (personNouns.has(head) && determiner === 'the' && titleWords.has(head)) ? 'person' : 'unnamed';
	return mention(phrase, {
		name: displayName,
		role: owners.length > 0 ? textOf(text, owned) : undefined,
		kind,
		anonymous,
		head,
	});
}

function capitalise(words: string): string {
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Full personal names (two to four name words) anywhere in a run of tokens: `coach Dan Whitfield made…`. */
/** A capitalised -ing or -ed form that is not a given name. */
function isVerbFormWord(token: Token): boolean {
	const form = formClass(token.lower);
	return (form === 'gerund' || form === 'participle') && genderOfGivenName(token.text) === undefined;
}

/** Whether a token from `start` to before `end` holds a digit. */
function hasDigit(tokens: readonly Token[], start: number, end: number): boolean {
	for (let index = start; index < end; index++) if (/\d/u.test(tokens[index]!.text)) return true;
	return false;
}

export function findPersonNames(text: string, tokens: readonly Token[]): {name: string; position: number}[] {
	const names: {name: string; position: number}[] = [];
	let index = 0;
	while (index < tokens.length) {
		let end = index;
		while (
			end < tokens.length &&
			((isNameWord(tokens[end]!) && !isTitleLike(tokens[end]!)) ||
				(end > index && nameParticles.has(tokens[end]!.text)))
		) {
			end++;
		}

		// `Electing Obama`, `Breaking News`: a verb form opens no name, unless it is a given name
		// (`Sterling`); nor does a sentence adverb (`Unfortunately Samsung`) or any other word that
		// begins no name (`Older Samsung features`).
		const opensWithOther =
			end - index >= 2 &&
			(isVerbFormWord(tokens[index]!) ||
				sentenceAdverb.test(tokens[index]!.text) ||
				isLeadingWord(tokens[index]!.text));
		const start = opensWithOther ? index + 1 : index;
		// Most words start no run of two name words or more: no copies for them.
		const run = end - start < 2 ? [] : withoutPostNominals(tokens.slice(start, end));
		// `the Trump Train`, `the Clinton Foundation`: after `the`, capitalised words name a thing.
		const afterThe = tokens[start - 1]?.text === 'the';
		// `Samsung Galaxy S5`, `Boeing 787`, `Apollo 11`: a run holding or followed by a model
		// number names a product; no personal name has digits.
		const isModel = run.length >= 2 && hasDigit(tokens, start, Math.min(end + 1, tokens.length));
		if (run.length >= 2 && run.length <= 4 && isNameWord(run.at(-1)!) && !afterThe && !isModel) {
			names.push({name: textOf(text, run), position: run[0]!.start});
		}

		index = Math.max(end, index + 1);
	}

	return names;
}
