/**
 * Word lists for reading a speaker phrase such as `Senate Whip Tom Ruiz` or `A senior
 * State Department official`: which words are titles and roles, which name nations,
 * places, organisations, media and documents, and which nouns name people. The lists
 * themselves are data, in ../vocabulary/.
 */

import demonymLists from '../vocabulary/demonyms.json' with {type: 'json'};
import organisationLists from '../vocabulary/organisation-words.json' with {type: 'json'};
import placeList from '../vocabulary/places.json' with {type: 'json'};
import roleLists from '../vocabulary/role-nouns.json' with {type: 'json'};
import speechNounList from '../vocabulary/speech-nouns.json' with {type: 'json'};
import surveyLists from '../vocabulary/surveys.json' with {type: 'json'};
import titleLists from '../vocabulary/titles.json' with {type: 'json'};

/** `spokesman` → spokesmen (listed), `city` → cities, `witness` → witnesses, `official` → officials. */
function plural(noun: string): string {
	const irregular = (roleLists.irregularPlurals as Record<string, string>)[noun];
	if (irregular) return irregular;
	if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
	if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
	return `${noun}s`;
}

const withPlurals = (nouns: readonly string[]) => new Set(nouns.flatMap(noun => [noun, plural(noun)]));

/** Titles before a name (`Sen.`, `President`, `Chief`) and words that extend them (`former`, `deputy`). */
export const titleWords = new Set(titleLists.titles);
export const titleModifiers = new Set(titleLists.modifiers);

/** Nouns naming a person by role or description, singular and plural: `spokesman`, `voters`. */
export const personNouns = withPlurals([...roleLists.people, ...roleLists.nationals]);
/** Nouns naming people by role, singular and plural, without nationalities: `officials`, `aides`. */
export const roleNouns = withPlurals(roleLists.people);
/** A person by nationality: `the Scot`, `the Spaniard`. */
export const nationalNouns = new Set(roleLists.nationals);
/** Singular person nouns, for telling `officials` (a group) from `official`. */
export const singularPersonNouns = new Set(roleLists.people);
/** Nouns for a body of people speaking as one: `the crowd`, `the audience`. */
export const groupNouns = new Set(roleLists.groups);
/** Heads of sources unnamed by nature: `a source`, `people familiar with…`. */
export const anonymousNouns = withPlurals(roleLists.anonymous);

export const organisationNouns = withPlurals(organisationLists.organisations);
export const mediaNouns = withPlurals(organisationLists.media);
export const documentNouns = withPlurals(organisationLists.documents);
/** Words that make a capitalised name a news outlet: `Fox News`, `the Daily Ledger`. */
export const mastheadWords = new Set(organisationLists.mastheads);

/** Nouns for something said, whose owner is its speaker: `Trump’s claim`, `her remarks`. */
export const speechNouns = withPlurals(speechNounList.nouns);
/** Of those, the ones whose content can be an infinitive: `her call to “…”`. */
export const infinitiveSpeechNouns = withPlurals(speechNounList.withInfinitive);

/** Surveys, which speak for the people they asked: `poll`, `surveys`. */
export const surveyNouns = withPlurals(surveyLists.nouns);
/** Words that make a subject a share of those asked: `percent`, `majority`, `per cent`. */
export const surveyShares: readonly string[] = surveyLists.shares;

/** Nationality, regional and party adjectives: never part of a personal name. */
export const demonyms = new Set([...demonymLists.nationalities, ...demonymLists.affiliations]);

/** Countries and capitals that stand for their governments when they speak alone. */
export const placeNames = new Set(placeList.places);

/** Every head noun a speaker phrase may have without a name: people, bodies, media, documents. */
export function isSpeakerNoun(word: string): boolean {
	return (
		personNouns.has(word) ||
		groupNouns.has(word) ||
		organisationNouns.has(word) ||
		mediaNouns.has(word) ||
		documentNouns.has(word)
	);
}

export const personalPronouns = new Set(['he', 'she']);
export const groupPronouns = new Set(['they', 'it']);
/** The writer or reader, never a speaker the analysis can name. */
export const firstAndSecondPersons = new Set(['i', 'we', 'you', 'me', 'us']);

/** Phrases in a sentence that make its unnamed source explicitly anonymous. */
export const anonymityPattern =
	/condition of anonymity|declined to be (?:named|identified)|asked not to be (?:named|identified)|not authori[sz]ed to (?:speak|discuss|comment)|requested anonymity|spoke anonymously|insisted on anonymity|granted anonymity/i;
