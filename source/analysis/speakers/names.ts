/**
 * Personal names as identities need them: the name words without titles or the
 * words a sentence put before them (`What Mr. Obama…`, `When Principal Kim Sims…`),
 * the titles and the gender they carry (`Mrs.`, `first lady`, `Sen.`), and keys on
 * which spellings of one name agree. Outlets romanise Ukrainian and Russian names
 * differently (Syrskyi / Syrsky, Heorhiy / Georgiy), and English given names have
 * short forms (Bill / William): given names are compared through a table of such
 * variants, surnames through a coarse spelling key.
 */

import {isInflected, speechVerbClass} from '../attribution/speech-verbs.js';
import givenNames from '../vocabulary/given-names.json' with {type: 'json'};
import particles from '../vocabulary/name-particles.json' with {type: 'json'};
import stopWords from '../vocabulary/name-stop-words.json' with {type: 'json'};
import titles from '../vocabulary/name-titles.json' with {type: 'json'};
import variants from '../vocabulary/given-name-variants.json' with {type: 'json'};

export type Gender = 'female' | 'male';

/** Lower case without diacritics or punctuation. */
function bare(word: string): string {
	return word
		.normalize('NFD')
		.replaceAll(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll(/[^\p{L}]/gu, '');
}

/**
 * A key on which transliteration variants of one name agree: ie/e, ts/c and zh/j
 * fold, kh is h, y and i are one vowel (Syrskyi, Syrsky; Andrii, Andriy; Kravets,
 * Kravec), and doubled consonants are single (doubled vowels are not: Boos is not
 * Boss). `h` and `g` stay apart: folding them
 * (Heorhiy, Georgiy) made Hill and Gill, Harry and Gary one name; the Slavic given
 * names that need it are in the table of variants.
 */
const keyCache = new Map<string, string>();

export function transliterationKey(word: string): string {
	let key = keyCache.get(word);
	if (key === undefined) {
		key = computeTransliterationKey(word);
		// Names repeat across a corpus; a bounded cache keeps memory flat.
		if (keyCache.size > 100_000) keyCache.clear();
		keyCache.set(word, key);
	}

	return key;
}

function computeTransliterationKey(word: string): string {
	return bare(word)
		.replaceAll('kh', 'h')
		.replaceAll('ie', 'e')
		.replaceAll('ts', 'c')
		.replaceAll(/zh|j/g, 'j')
		.replaceAll(/[yi]+/g, 'i')
		.replaceAll(/([^aeiou])\1+/g, '$1');
}

// Each entry is one given name in its spellings and short forms.
const canonicalGivenName = new Map<string, string>();
for (const line of variants) {
	const [first, ...rest] = line.split(' ') as [string, ...string[]];
	for (const spelling of [first, ...rest]) {
		canonicalGivenName.set(transliterationKey(spelling), transliterationKey(first));
	}
}

/** Key for a given name: its variant class when known, else its transliteration key. */
export function givenNameKey(word: string): string {
	const key = transliterationKey(word);
	return canonicalGivenName.get(key) ?? key;
}

/** Whether two given names can be the same person's: equal keys, or one is the other's initial. */
export function givenNamesCompatible(a: string, b: string): boolean {
	const initialA = /^\p{L}\.?$/u.test(a);
	const initialB = /^\p{L}\.?$/u.test(b);
	if (initialA || initialB) {
		return bare(a)[0] === bare(b)[0];
	}

	return givenNameKey(a) === givenNameKey(b);
}

// One list of given names for identities and for `he`/`she` (attribution/mention-gender.ts); names
// used for both sexes are not in it, so they decide nothing.
const femaleNames = new Set(givenNames.female.map(name => name.toLowerCase()));
const maleNames = new Set(givenNames.male.map(name => name.toLowerCase()));

/** The gender a given name tells, when it tells one. */
export function givenNameGender(word: string): Gender | undefined {
	const name = /^[a-z]+$/i.test(word) ? word.toLowerCase() : bare(word);
	return femaleNames.has(name) ? 'female' : maleNames.has(name) ? 'male' : undefined;
}

const titleGender = new Map<string, Gender | undefined>([
	...titles.neutral.map(title => [title, undefined] as const),
	...titles.female.map(title => [title, 'female'] as const),
	...titles.male.map(title => [title, 'male'] as const),
]);
const abbreviations = new Map<string, string>(Object.entries(titles.abbreviations));
const longestTitle = Math.max(...[...titleGender.keys()].map(title => title.split(' ').length));

/** `Sen.` → `sen`, `First` → `first`: a word as the title list writes it. */
function titleWord(word: string): string {
	return word.toLowerCase().replaceAll('.', '').replaceAll('’', "'");
}

const titleFirstWords = new Set([...titleGender.keys()].map(title => title.split(' ')[0]!));

/** How many words at `index` make a title (`Vice President` is two), or 0. */
function titleLength(words: readonly string[], index: number): number {
	// Most words begin no title: one look-up settles them.
	if (index >= words.length || !titleFirstWords.has(titleWord(words[index]!))) return 0;
	for (let length = Math.min(longestTitle, words.length - index); length > 0; length--) {
		const phrase = words
			.slice(index, index + length)
			.map(word => titleWord(word))
			.join(' ');
		if (titleGender.has(phrase)) {
			return length;
		}
	}

	return 0;
}

/** Whether the words begin with a title (`Vice President…`, `First Lady…`). */
export function startsWithTitle(words: readonly string[]): boolean {
	return titleLength(words, 0) > 0;
}

/** The titles a role or a name's leading words hold, each in its full form: `former Sen.` → `senator`. */
export function titlesIn(phrase: string | undefined): string[] {
	const words = (phrase ?? '').split(/\s+/).filter(word => word !== '');
	const found: string[] = [];
	for (let index = 0; index < words.length; index++) {
		const length = titleLength(words, index);
		if (length > 0) {
			const title = words
				.slice(index, index + length)
				.map(word => titleWord(word))
				.join(' ');
			found.push(abbreviations.get(title) ?? title);
			index += length - 1;
		}
	}

	return found;
}

/** The gender the last gendered title tells (`Mrs.`, `first lady`, `his wife`), if any. */
export function genderOfTitles(found: readonly string[]): Gender | undefined {
	for (const title of found.toReversed()) {
		const gender = titleGender.get(title);
		if (gender) return gender;
	}

	return undefined;
}

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'mme']);

/** `Mrs.`, `Dr`: a courtesy title, which says less about someone than `foreign minister`. */
export function isHonorific(word: string): boolean {
	return honorifics.has(titleWord(word));
}

const nameParticles = new Set<string>(particles);
// Pronouns, determiners, conjunctions and auxiliaries are never in a name; the
// prepositions and adverbs that begin a sentence are never at its start (`Al From`).
const neverInNames = new Set<string>(stopWords.anywhere);
const neverLeading = new Set<string>([...stopWords.anywhere, ...stopWords.leading]);
const postNominals = /^(?:Jr|Sr|II|III|IV|PhD|MD|KC|QC|MP|MEP)\.?$/;

/** A word that never begins a name: `What`, `But`, `His`, `I’m`, `Besides`, `Hey`, `Older`. */
export function isLeadingWord(word: string): boolean {
	return neverLeading.has(titleWord(word));
}

export type PersonName = {
	/** Name words, without possessive endings: `Barack`, `Obama`. */
	readonly words: readonly string[];
	/** The words joined: `Barack Obama`. */
	readonly text: string;
	/** Titles that stood before the name in it (`Principal`), in their full form. */
	readonly titles: readonly string[];
	/** The words' transliteration keys, on which spellings of the whole name agree. */
	readonly key: string;
};

function withoutPossessive(word: string): string {
	return word.replace(/['’]s?$/u, '');
}

const nameCache = new Map<string, PersonName | undefined>();

/**
 * The personal name in a speaker's name as the sentence gave it: leading function
 * words and titles go (`What Mr. Obama` → `Obama`, `When Principal Kim Sims` → `Kim
 * Sims`), and so do post-nominals (`Jr.`). Undefined when no name is left, or when a
 * function word stands inside it (`Why Barack Loves Her` is a headline, not a name).
 */
export function personName(name: string): PersonName | undefined {
	let parsed = nameCache.get(name);
	if (parsed === undefined && !nameCache.has(name)) {
		parsed = parsePersonName(name);
		if (nameCache.size > 100_000) nameCache.clear();
		nameCache.set(name, parsed);
	}

	return parsed;
}

function parsePersonName(name: string): PersonName | undefined {
	// An appositive after a comma is no part of the name (`Mark Siljander, R-Mich.`, `Brian Sandoval, a Republican`).
	const words = name
		.split(',')[0]!
		.split(/\s+/)
		.filter(word => word !== '');
	const found: string[] = [];
	let start = 0;
	while (start < words.length) {
		// Lower-case words go (`somber Mr.`), but not a particle that begins a surname (`de Blasio`).
		const isParticle = nameParticles.has(words[start]!) && /^\p{Lu}/u.test(words[start + 1] ?? '');
		// A verb or adverb form before a full name begins the sentence (`Entrusting Donald Trump…`).
		// Or before a given name alone (`Joining Michelle`).
		const isWordFormBeforeName =
			isWordForm(words[start]!) &&
			(start + 2 < words.length || (start + 1 < words.length && givenNameGender(words[start + 1]!) !== undefined));
		// A reporting verb before a name is an inverted attribution (`Said Comey`, `Stated Stone`).
		const isReportingVerb = speechVerbClass(words[start]!.toLowerCase()) === 'speech' && start + 1 < words.length;
		if (
			isLeadingWord(words[start]!) ||
			isWordFormBeforeName ||
			isReportingVerb ||
			(!isParticle && !/^\p{Lu}/u.test(words[start]!))
		) {
			start++;
			continue;
		}

		const length = titleLength(words, start);
		// A title with nothing after it is the name itself (`Major`, `Justice`): keep it.
		if (length === 0 || start + length >= words.length) break;
		found.push(...titlesIn(words.slice(start, start + length).join(' ')));
		start += length;
	}

	let end = words.length;
	while (end > start + 1 && postNominals.test(words[end - 1]!)) {
		end--;
	}

	const kept = words.slice(start, end).map(word => withoutPossessive(word));
	// `Saying`, `Stated`: a reporting verb's inflected form alone names nobody; a base form
	// may be a surname (`Read said`).
	if (kept.length === 1 && speechVerbClass(kept[0]!.toLowerCase()) !== undefined && isInflected(kept[0]!)) {
		return undefined;
	}
	const isName =
		kept.length > 0 &&
		/^\p{Lu}/u.test(kept.at(-1)!) &&
		!isLeadingWord(kept[0]!) &&
		kept.every(
			(word, index) =>
				// `Jill A. Martin`: a middle initial is no article.
				(index > 0 && /^\p{Lu}\.$/u.test(word)) ||
				(!neverInNames.has(titleWord(word)) && (/^\p{Lu}/u.test(word) || nameParticles.has(word))),
		);
	return isName
		? {words: kept, text: kept.join(' '), titles: found, key: kept.map(word => transliterationKey(word)).join(' ')}
		: undefined;
}

/**
 * The name a speaker other than a person is shown by: the phrase without an appositive
 * after a comma (`Brian Sandoval, a Republican`) and without the adverbs that began its
 * description (`surprisingly robust jobs report` is the jobs report the sentence named).
 */
export function descriptionName(phrase: string): string {
	const words = phrase.split(',')[0]!.trim().split(/\s+/);
	let start = 0;
	while (start < words.length - 1 && /^\p{Ll}+ly$/u.test(words[start]!)) start++;
	return words.slice(start).join(' ');
}

/**
 * A single capitalised word that is a verb or adverb form rather than a name, as a
 * sentence begun `Responding to…` or `Finally,` gives: only for a word that names
 * nobody else in the corpus (`King`, `McNally` have no such ending or a capital inside).
 */
export function isWordForm(word: string): boolean {
	return /^\p{Lu}\p{Ll}{2,}(?:ing|ally|ently|antly|ately|ously|ively|edly)$/u.test(word);
}
