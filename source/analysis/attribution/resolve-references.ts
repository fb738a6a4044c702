/**
 * Pronouns and bare references point back to a speaker named earlier in the same
 * article: `He defended the incursion…` is the last named person who can be `he`;
 * `the blog said` is the `one blog` met before; `the senator` the last person whose
 * role is senator; `They claimed…` the last group or institution. Candidates are
 * tried most recent first (the subject of the sentence before comes after the
 * speakers named inside it, so it is tried first), and a candidate must agree in
 * gender (`she` is never `Mr. Webb`, nor `Donald Trump`) and number. A reference
 * with nothing fitting before it stays unresolved rather than guessed.
 */

import type {SpeakerMention} from '../../model.js';
import referenceHeads from '../vocabulary/reference-heads.json' with {type: 'json'};
import roleLists from '../vocabulary/role-nouns.json' with {type: 'json'};
import {type Gender, genderOf, genderOfGivenName} from './mention-gender.js';

// Heads by which prose refers back to an institution named before.
const institutionalHeads = new Set(referenceHeads.institutional);
// Heads that describe a person named before rather than hold an office (`the billionaire`,
// `the 46-year-old`): they point back to the last person, when named close by. Offices
// (`the senator`) point back only to someone given that role. `the man` and `the woman`
// are not among them: news uses them for people it does not name (`said the woman, who
// spoke on the condition of anonymity`).
const descriptiveHeads = new Set([...referenceHeads.descriptive, ...roleLists.nationals]);
// `Sen.`, `Gov.`: the abbreviations a role is written with, for matching `the senator`.
const roleAbbreviations = new Map([
	['sen', 'senator'],
	['rep', 'representative'],
	['gov', 'governor'],
	['gen', 'general'],
	['pres', 'president'],
	['sec', 'secretary'],
	['amb', 'ambassador'],
	['atty', 'attorney'],
	['supt', 'superintendent'],
]);
// The offices those abbreviations stand for, which a title written in full names too.
const roleNames = new Set(roleAbbreviations.values());
const agePattern = /^\d{1,3}-year-old$/u;
// References farther back than this (some six sentences of news prose) are not resolved.
const maxDistance = 1200;

/** The mention a reference ultimately stands for. */
export function rootMention(mention: SpeakerMention): SpeakerMention {
	return mention.antecedent ? rootMention(mention.antecedent) : mention;
}

/** `he`, `she`, `they`, `it`. */
export function isPronoun(mention: SpeakerMention): boolean {
	// Asked of every mention: a name longer than `they` is none, without lowering it.
	return mention.name.length <= 4 && pronouns.has(mention.name.toLowerCase());
}

const pronouns = new Set(['he', 'she', 'they', 'it']);

/** `the blog`, `The official`, `the 46-year-old`: a definite phrase of lower-case words only. */
function isBareReference(mention: SpeakerMention, text: string): boolean {
	const phrase = text.slice(mention.span.start, mention.span.end);
	// Two plain patterns: a case-insensitive one over `\p{Ll}` costs milliseconds to compile.
	if (!/^the\s/i.test(phrase)) return false;
	const rest = phrase.slice(3);
	// `the Scot`, `the Spaniard`: a nationality, capitalised.
	return /^\s+[\p{Ll}\p{N}\s-]+$/u.test(rest) || nationals.has(rest.trim().toLowerCase());
}

const nationals = new Set(roleLists.nationals);

function roleWords(role: string | undefined): string[] {
	// Most mentions have no role: nothing to split.
	if (role === undefined || role === '') return [];
	return role
		.toLowerCase()
		.split(/[\s,]+/u)
		.map(word => word.replace(/\.$/u, ''))
		.map(word => roleAbbreviations.get(word) ?? word)
		.filter(Boolean);
}

function surnameOf(mention: SpeakerMention): string {
	// The last of `name.split(/\s+/u)`, without splitting all of it: what follows the last space.
	const {name} = mention;
	let start = name.length;
	while (start > 0 && !/\s/u.test(name[start - 1]!)) start--;
	return name.slice(start).toLowerCase();
}

/** Per-article state of reference resolution: the mentions met so far and what they are known to be. */
export type ReferenceResolver = {
	/** Resolves a mention against the mentions remembered so far. */
	readonly resolve: (mention: SpeakerMention) => SpeakerMention | undefined;
	/** Remembers a mention that later references may point back to. */
	readonly remember: (mention: SpeakerMention) => void;
};

/**
 * A resolver for one article; `names` are the full personal names met anywhere in it,
 * which tell the gender a surname alone has (`Lowell` after `Karen Lowell`).
 */
export function createResolver(
	text: string,
	names: readonly {readonly name: string; readonly position: number}[] = [],
): ReferenceResolver {
	// References point back a few paragraphs at most: a bounded history keeps huge texts linear.
	const history: SpeakerMention[] = [];
	const genders = new Map<SpeakerMention, Gender | undefined>();
	// Surnames named in full in the article, with the genders those names tell (`Hillary Clinton`).
	const surnameGenders = new Map<string, Set<Gender | undefined>>();
	// Roles given to a surname (`Sen. John McCain`), so that a later bare `McCain` is still
	// `the senator`.
	const surnameRoles = new Map<string, Set<string>>();
	const rememberSurnameGender = (surname: string, gender: Gender | undefined) => {
		const known = surnameGenders.get(surname) ?? new Set();
		known.add(gender);
		surnameGenders.set(surname, known);
	};

	const rememberSurnameRole = (surname: string, role: string) => {
		const roles = surnameRoles.get(surname) ?? new Set();
		roles.add(role);
		surnameRoles.set(surname, roles);
	};

	for (const {name, position} of names) {
		const words = name.split(/\s+/u);
		const surname = words.at(-1)!.toLowerCase();
		rememberSurnameGender(surname, genderOfGivenName(words[0]!));
		// `GOP Sen. John McCain` in passing still makes a later `McCain` the senator.
		const title = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, position - 16), position))?.[1]?.toLowerCase();
		const role = title === undefined ? undefined : (roleAbbreviations.get(title) ?? title);
		if (role !== undefined && roleNames.has(role)) rememberSurnameRole(surname, role);
	}

	const rolesOf = (mention: SpeakerMention): Set<string> => {
		const roles = new Set(roleWords(mention.role));
		if (mention.kind === 'person') {
			for (const role of surnameRoles.get(surnameOf(mention)) ?? []) roles.add(role);
		}

		return roles;
	};

	const genderOfMention = (mention: SpeakerMention): Gender | undefined => {
		if (genders.has(mention)) return genders.get(mention);
		let gender = genderOf(mention, text);
		const words = mention.name.split(/\s+/u);
		if (gender === undefined && mention.kind === 'person' && words.length === 1) {
			// `Clinton` after `Hillary Clinton` (and no other Clinton) is a woman.
			const known = surnameGenders.get(words[0]!.toLowerCase());
			gender = known?.size === 1 ? [...known][0] : undefined;
		}

		genders.set(mention, gender);
		return gender;
	};

	const fitsPronoun = (pronoun: string, candidate: SpeakerMention): boolean => {
		switch (pronoun) {
			case 'he':
			case 'she': {
				const gender = genderOfMention(candidate);
				return candidate.kind === 'person' && gender !== (pronoun === 'he' ? 'female' : 'male');
			}

			case 'they': {
				// Also the singular `they` of an unnamed source.
				return candidate.kind === 'group' || candidate.kind === 'organisation' || candidate.kind === 'unnamed';
			}

			default: {
				return candidate.kind === 'organisation' || candidate.kind === 'unnamed';
			}
		}
	};

	const near = (mention: SpeakerMention) => (candidate: SpeakerMention) =>
		mention.span.start - candidate.span.end <= maxDistance;

	const resolveBare = (mention: SpeakerMention): SpeakerMention | undefined => {
		const {head} = mention;
		const isNear = near(mention);
		const gender = genderOf(mention, text);
		const agrees = (candidate: SpeakerMention) => {
			const other = genderOfMention(candidate);
			return gender === undefined || other === undefined || other === gender;
		};

		// `the blog` after `one blog`; `the senator` after `Sen. Ruiz`.
		const sameHead = history.findLast(
			candidate =>
				(candidate.head === head ||
					candidate.name.toLowerCase().split(/\s+/u).includes(head) ||
					(candidate.kind === 'person' && rolesOf(candidate).has(head))) &&
				agrees(candidate),
		);
		if (sameHead) {
			return sameHead;
		}

		// `the agency` after the National Disaster Management Authority: the last institution.
		// Not `the group` after `other social justice groups`: a plural common noun is several.
		if (institutionalHeads.has(head)) {
			const isPlural = (candidate: SpeakerMention) => /\s\p{Ll}+s$/u.test(candidate.name) && !head.endsWith('s');
			return history.findLast(
				candidate => candidate.kind === 'organisation' && isNear(candidate) && !isPlural(candidate),
			);
		}

		// `the 46-year-old`, `the billionaire`: the last person, when named close by.
		if (descriptiveHeads.has(head) || agePattern.test(head)) {
			const person = history.findLast(candidate => candidate.kind === 'person');
			return person && isNear(person) && agrees(person) ? person : undefined;
		}

		return undefined;
	};

	return {
		resolve(mention) {
			if (isPronoun(mention)) {
				const pronoun = mention.name.toLowerCase();
				const antecedent = history.findLast(candidate => fitsPronoun(pronoun, candidate));
				return antecedent && near(mention)(antecedent) ? {...mention, antecedent} : undefined;
			}

			if (isBareReference(mention, text)) {
				const antecedent = resolveBare(mention);
				return antecedent ? {...mention, antecedent} : mention;
			}

			return mention;
		},
		remember(mention) {
			history.push(mention);
			if (history.length > 400) history.splice(0, 200);
			if (mention.kind !== 'person') return;
			const surname = surnameOf(mention);
			for (const role of roleWords(mention.role)) rememberSurnameRole(surname, role);

			if (mention.name.includes(' ')) {
				rememberSurnameGender(surname, genderOf(mention, text));
			}
		},
	};
}

/** Resolves a mention against earlier mentions (most recent last); one-off form of `createResolver`. */
export function resolveMention(
	mention: SpeakerMention,
	history: readonly SpeakerMention[],
	text: string,
): SpeakerMention | undefined {
	const resolver = createResolver(text);
	for (const earlier of history) resolver.remember(earlier);
	return resolver.resolve(mention);
}
