/**
 * One identity per speaker across all articles. People named in full join on
 * surname and compatible given name (Syrskyi / Syrsky, Bill / William), or when one
 * name ends the other (`Wasserman Schultz`, `Debbie Wasserman Schultz`). A name
 * alone is resolved by sieves, surest first:
 * 1. a surname joins the person of that surname named in full in the same article:
 *    one whose gender or title does not contradict it (`Mrs. Obama` is not Barack,
 *    `President Obama` is the one called President), the nearest before it when
 *    several fit; several and none before stays unresolved;
 * 2. a given name alone (`Michelle said`) joins the one person of that given name
 *    named in full in the same article;
 * 3. a surname with no such person in its article joins the only person of that
 *    surname the corpus names (once gender and title have ruled out the others),
 *    else the only one of them that other articles call by surname alone (`Obama`
 *    is Barack where the corpus writes `Obama` for him and `Mrs. Obama` for Michelle);
 * 4. else it stays its own identity: shared across articles when the corpus names
 *    nobody of that surname in full, kept to its article when it names several.
 * Institutions join across articles by name; groups and unnamed sources never do,
 * since `one blog` in one article need not be `one blog` in another. A name that
 * is no name (`As`, `Besides`, `Responding`) gets no identity at all.
 */

import type {Quote, Speaker, SpeakerKind, SpeakerMention} from '../../model.js';
import {pronounGender} from '../attribution/mention-gender.js';
import {isPronoun, rootMention} from '../attribution/resolve-references.js';
import {isInflected, speechVerbClass} from '../attribution/speech-verbs.js';
import {
	type Gender,
	genderOfTitles,
	givenNameGender,
	givenNameKey,
	givenNamesCompatible,
	isHonorific,
	isWordForm,
	type PersonName,
	descriptionName,
	personName,
	titlesIn,
	transliterationKey,
} from './names.js';
import {titlesBefore} from './titles-before.js';

export type ArticleSpeakers = {
	readonly articleId: string;
	/** Every speaker mention of the article (attributions), resolved or not. */
	readonly mentions: readonly SpeakerMention[];
	readonly quotes: readonly Quote[];
	/** Full personal names the article mentions anywhere (`coach Dan Whitfield made…`), for surnames alone. */
	readonly names?: readonly {
		readonly name: string;
		readonly position: number;
		/** The titles written before the name (`first lady Michelle Obama`), when already read: see `text`. */
		readonly titles?: readonly string[];
	}[];
	/** The article text, for the titles written before those names that do not come with them. */
	readonly text?: string;
};

export type SpeakerIndex = {
	readonly speakers: readonly Speaker[];
	/** The identity id of a mention (after resolving references); undefined when it names nobody. */
	readonly idOf: (mention: SpeakerMention) => string | undefined;
};

type Cluster = {
	key: string;
	mentions: {mention: SpeakerMention; articleId: string; name: string}[];
	/** The full name that identified a name alone, when no mention gives it. */
	fullName?: string;
	/** Set when the identity is not what its mentions say (`the Obamas` is a family). */
	kind?: SpeakerKind;
	order: number;
	/** Quotations given to the identity; its id once made (kept here rather than in maps keyed by cluster). */
	quoteCount: number;
	id?: string;
};

/** A person named in full somewhere in the corpus. */
type Person = {
	readonly key: string;
	readonly given: string;
	readonly words: readonly string[];
	readonly fullName: string;
	/** Titles written with the full name (`President`, `first lady`), in their full form. */
	readonly titles: Set<string>;
	readonly genderVotes: {female: number; male: number};
};

type Use = {readonly person: Person; readonly position: number};

function organisationKey(name: string): string {
	return name
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replaceAll('defence', 'defense')
		.replaceAll('armoured', 'armored')
		.replaceAll('centre', 'center')
		.replaceAll('organisation', 'organization')
		.replaceAll(/\s+/g, ' ');
}

function slug(name: string): string {
	const ascii = name
		.normalize('NFD')
		.replaceAll(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll(/[^a-z\d]+/g, '-')
		.replaceAll(/^-|-$/g, '');
	return ascii === '' ? 'speaker' : ascii;
}

function mostFrequent(values: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const value of values) {
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}

	let best: string | undefined;
	for (const [value, count] of counts) {
		if (best === undefined || count > counts.get(best)!) {
			best = value;
		}
	}

	return best;
}

// A speaker the corpus describes in many ways (`the businessman`, `the billionaire`) keeps the commonest.
const maxDescriptions = 8;

/**
 * What a role phrase that was resolved to a speaker says of them: `the gambling tycoon` →
 * `gambling tycoon`, `Santilli’s attorney`; not a pronoun, nor a name (names join identities).
 */
function descriptionOf(reference: SpeakerMention): string | undefined {
	if (isPronoun(reference) || reference.anonymous) return undefined;
	const words = reference.name.split(/\s+/u);
	const determined = /^(?:the|a|an|another|his|her|its|their|our|my|your)$/iu.test(words[0] ?? '');
	if (!determined && reference.kind !== 'unnamed') return undefined;
	if (determined) words.shift();
	return words.length > 0 && words.length <= 8 ? words.join(' ') : undefined;
}

/** The distinct values, the most frequent first, leaving out those in `except` (any case). */
function byFrequency(values: readonly string[], except: readonly string[]): string[] {
	const taken = new Set(except.map(value => value.toLowerCase()));
	const counts = new Map<string, {value: string; count: number}>();
	for (const value of values) {
		const key = value.toLowerCase();
		if (taken.has(key)) continue;
		const entry = counts.get(key);
		if (entry) entry.count++;
		else counts.set(key, {value, count: 1});
	}

	return [...counts.values()].sort((a, b) => b.count - a.count).map(entry => entry.value);
}

/** `somber Mr.` → `Mr.`, `What Mr.` → `Mr.`: words before a courtesy title are no role. */
function cleanRole(role: string | undefined): string | undefined {
	const words = (role ?? '').split(/\s+/).filter(word => word !== '');
	if (words.length > 1 && isHonorific(words.at(-1)!)) {
		return words.at(-1);
	}

	return words.length > 0 ? words.join(' ') : undefined;
}

/** A role phrase rather than a name: a word in lower case after the first (`The Illinois senator`). */
function isRolePhrase(name: string): boolean {
	return name
		.split(/\s+/)
		.slice(1)
		.some(
			word =>
				/^\p{Ll}/u.test(word) && !/^(?:von|van|der|den|de|del|della|di|da|dos|du|la|le|al|el|bin|ibn)$/.test(word),
		);
}

/** The person's gender: from titles written with the full name, else from the given name. */
function genderOf(person: Person): Gender | undefined {
	const {female, male} = person.genderVotes;
	if (female > 0 && male === 0) return 'female';
	if (male > 0 && female === 0) return 'male';
	return female === 0 && male === 0 ? givenNameGender(person.given) : undefined;
}

/** People who can be a name alone with this gender and these titles, the best supported only. */
/** Those of `people` the corpus gives one of the offices. */
function officeHolders(people: readonly Person[], offices: readonly string[]): Person[] {
	return people.filter(person => offices.some(office => person.titles.has(office)));
}

function fitting(people: readonly Person[], gender: Gender | undefined, offices: readonly string[]): Person[] {
	let fit = people.filter(person => !(gender && genderOf(person) && genderOf(person) !== gender));
	if (offices.length > 0) {
		const titled = fit.filter(person => offices.some(office => person.titles.has(office)));
		if (titled.length > 0) fit = titled;
	}

	if (gender) {
		const same = fit.filter(person => genderOf(person) === gender);
		if (same.length > 0) fit = same;
	}

	return fit;
}

/**
 * The one of `fit` that takes nine in ten of the times the corpus calls one of them
 * by surname alone: a relative or namesake mentioned now and then (Melania beside
 * Donald Trump, a headline name) does not make the surname ambiguous.
 */
function calledMostly(called: ReadonlyMap<Person, number> | undefined, fit: readonly Person[]): Person | undefined {
	let total = 0;
	let best: Person | undefined;
	for (const person of fit) {
		const count = called?.get(person) ?? 0;
		total += count;
		if (count > 0 && (!best || count > called!.get(best)!)) best = person;
	}

	return best && called!.get(best)! >= 0.9 * total ? best : undefined;
}

/** The one person among the uses that fit, or the nearest before `position` when several do. */
function chooseInArticle(uses: readonly Use[], fit: readonly Person[], position: number): Person | undefined {
	if (fit.length === 1) return fit[0];
	const allowed = new Set(fit);
	let nearest: Use | undefined;
	for (const use of uses) {
		if (allowed.has(use.person) && use.position < position && (!nearest || use.position > nearest.position)) {
			nearest = use;
		}
	}

	return nearest?.person;
}

/**
 * The index built article by article: the first pass over each article's mentions needs
 * only the articles before it, so it can run while later articles are still being read
 * (the worker pipeline feeds it their results in order); the rest runs in `finish`.
 */
export type SpeakerIndexBuilder = {
	/** How many articles have been added. */
	readonly size: number;
	readonly add: (article: ArticleSpeakers) => void;
	readonly finish: () => SpeakerIndex;
};

/** A pure function of one argument, computed once per distinct argument. */
function memoized<Key, Value>(compute: (key: Key) => Value): (key: Key) => Value {
	const values = new Map<Key, Value>();
	return key => {
		if (values.has(key)) return values.get(key)!;
		const value = compute(key);
		values.set(key, value);
		return value;
	};
}

export function buildSpeakerIndex(articles: readonly ArticleSpeakers[]): SpeakerIndex {
	const builder = speakerIndexBuilder();
	for (const article of articles) builder.add(article);
	return builder.finish();
}

export function speakerIndexBuilder(): SpeakerIndexBuilder {
	const articles: ArticleSpeakers[] = [];
	const clusters = new Map<string, Cluster>();
	const clusterOf = new Map<SpeakerMention, Cluster>();
	let order = 0;
	const add = (key: string, mention: SpeakerMention, articleId: string, name: string) => {
		let cluster = clusters.get(key);
		if (!cluster) {
			cluster = {key, mentions: [], order: order++, quoteCount: 0};
			clusters.set(key, cluster);
		}

		cluster.mentions.push({mention, articleId, name});
		clusterOf.set(mention, cluster);
		return cluster;
	};

	// Full names: same surname key and compatible given names make one person.
	// Indexed by surname key (and article), so large corpora stay linear.
	const peopleBySurname = new Map<string, Person[]>();
	// The first compatible namesake never changes once found (people are only appended),
	// so each surname and given name is looked up once: the scan is costly at scale.
	const personByName = new Map<string, Person>();
	// Uses per article, then per surname and given name key: short keys, no concatenation.
	const usesInArticle = new Map<string, {surnames: Map<string, Use[]>; givenNames: Map<string, Use[]>}>();
	const usesOf = (articleId: string) => {
		let uses = usesInArticle.get(articleId);
		if (!uses) {
			uses = {surnames: new Map(), givenNames: new Map()};
			usesInArticle.set(articleId, uses);
		}

		return uses;
	};

	const noUses = {surnames: new Map<string, Use[]>(), givenNames: new Map<string, Use[]>()};
	let personCount = 0;
	const remember = (uses: Map<string, Use[]>, key: string, use: Use) => {
		const list = uses.get(key);
		if (list) list.push(use);
		else uses.set(key, [use]);
	};

	const personFor = (name: PersonName, articleId: string, position: number, titles: readonly string[]) => {
		const {words} = name;
		const surname = transliterationKey(words.at(-1)!);
		const given = words[0]!;
		const nameKey = name.key;
		let person = personByName.get(nameKey);
		if (!person) {
			const namesakes = peopleBySurname.get(surname);
			person = namesakes?.find(
				entry =>
					givenNamesCompatible(entry.given, given) || endsWith(entry.words, words) || endsWith(words, entry.words),
			);
			if (!person) {
				person = {
					key: `person:${surname}:${personCount++}`,
					given,
					words,
					fullName: name.text,
					titles: new Set(),
					genderVotes: {female: 0, male: 0},
				};
				if (namesakes) namesakes.push(person);
				else peopleBySurname.set(surname, [person]);
			}

			personByName.set(nameKey, person);
		}

		for (const title of titles) person.titles.add(title);
		const gender = genderOfTitles(titles);
		if (gender) person.genderVotes[gender]++;
		const use = {person, position};
		const uses = usesOf(articleId);
		remember(uses.surnames, surname, use);
		remember(uses.givenNames, givenNameKey(given), use);
		return person;
	};

	// A corpus names the same people and bodies thousands of times: what a mention's name
	// and role say on their own is read once per distinct string (all of it pure).
	const isRoleName = memoized(isRolePhrase);
	const titlesOfRole = memoized(titlesIn);

	/** `pronoun`: the gender of the `he` or `she` that pointed to the mention, if one did. */
	type Alone = {mention: SpeakerMention; articleId: string; name: PersonName; pronoun?: Gender};
	const alone: Alone[] = [];
	const others: {mention: SpeakerMention; articleId: string}[] = [];
	// `the gambling tycoon` said, resolved to Sheldon Adelson: how the articles describe a speaker.
	const described: {mention: SpeakerMention; description: string}[] = [];
	const addArticle = (article: ArticleSpeakers) => {
		articles.push(article);
		const {articleId, mentions} = article;
		for (const reference of mentions) {
			const mention = rootMention(reference);
			const description = reference === mention ? undefined : descriptionOf(reference);
			if (description) described.push({mention, description});
			if (mention.kind !== 'person' || isRoleName(mention.name)) {
				others.push({mention, articleId});
				continue;
			}

			const name = personName(mention.name);
			if (!name) {
				continue; // `As`, `Besides`: no name, so no identity.
			}

			if (name.words.length > 1) {
				const titles = [...titlesOfRole(mention.role), ...name.titles];
				add(personFor(name, articleId, mention.span.start, titles).key, mention, articleId, name.text);
			} else {
				const pronoun = pronounGender(reference.name);
				alone.push(pronoun ? {mention, articleId, name, pronoun} : {mention, articleId, name});
			}
		}
	};

	const finish = (): SpeakerIndex => {
		// Names the articles mention without quoting them: they only say who a name alone is.
		for (const {articleId, names = [], text} of articles) {
			for (const {name, position, titles} of names) {
				const parsed = personName(name);
				if (parsed && parsed.words.length > 1) {
					personFor(parsed, articleId, position, titles ?? (text === undefined ? [] : titlesBefore(text, position)));
				}
			}
		}

		// Sieves 1 and 2 look inside the article; sieve 3 after all of them, since it
		// asks whom the corpus calls by surname alone.
		type Reading = Alone & {surname: string; gender?: Gender; offices: string[]; titles: string[]};
		const readings: Reading[] = [];
		const resolved = new Map<SpeakerMention, Person>();
		const calledBySurname = new Map<string, Map<Person, number>>();
		for (const entry of alone) {
			const {mention, articleId, name} = entry;
			const word = name.words[0]!;
			const surname = transliterationKey(word);
			const titles = [...titlesOfRole(cleanRole(mention.role)), ...name.titles];
			// `Obama … she added`: the pronoun tells what the surname alone does not.
			const gender = genderOfTitles(titles) ?? entry.pronoun;
			const offices = titles.filter(title => !isHonorific(title));
			readings.push({mention, articleId, name, surname, gender, offices, titles});
			const inArticle = (usesInArticle.get(articleId) ?? noUses).surnames.get(surname) ?? [];
			let person: Person | undefined;
			if (inArticle.length > 0) {
				// Sieve 1: the surname of someone named in full in this article.
				const people = [...new Set(inArticle.map(use => use.person))];
				// `President Obama` in a story that names only Michelle Obama in full: the one person of
				// that surname the corpus gives the office, when nobody named in the article holds it.
				const holders = offices.length === 0 ? [] : officeHolders(peopleBySurname.get(surname) ?? [], offices);
				const holderHere = holders.some(holder => people.includes(holder));
				person =
					holders.length === 1 && !holderHere
						? holders[0]
						: chooseInArticle(inArticle, fitting(people, gender, offices), mention.span.start);
				// `Obama said`, `President Obama said`: how the corpus calls this person, unlike `Mrs. Obama`.
				if (person && !gender) {
					const called = calledBySurname.get(surname) ?? new Map<Person, number>();
					called.set(person, (called.get(person) ?? 0) + 1);
					calledBySurname.set(surname, called);
				}
			} else if (
				titles.every(title => !isHonorific(title)) &&
				// `Trump` with only `the Trump Train` named in full here: a surname the corpus knows is
				// that, unless it is a given name too.
				(!peopleBySurname.has(surname) || givenNameGender(word) !== undefined)
			) {
				// Sieve 2: a given name alone, of one person named in full in this article.
				const uses = (usesInArticle.get(articleId) ?? noUses).givenNames.get(givenNameKey(word)) ?? [];
				const people = [...new Set(uses.map(use => use.person))];
				person = people.length === 1 ? people[0] : undefined;
			}

			if (person) resolved.set(mention, person);
		}

		for (const reading of readings) {
			const {mention, articleId, name, surname, gender, offices, titles} = reading;
			const word = name.words[0]!;
			const inArticle = (usesInArticle.get(articleId) ?? noUses).surnames.get(surname) ?? [];
			const namesakes = peopleBySurname.get(surname) ?? [];
			let person = resolved.get(mention);
			if (!person && inArticle.length === 0) {
				// Sieve 3: the only fitting person of that surname in the corpus, else the only
				// one of them other articles call by surname alone (Barack, not Michelle Obama).
				const fit = fitting(namesakes, gender, offices);
				person = fit.length === 1 ? fit[0] : calledMostly(calledBySurname.get(surname), fit);
			}

			if (person) {
				const cluster = add(person.key, mention, articleId, word);
				cluster.fullName ??= person.fullName;
				continue;
			}

			// `the Obamas`, `the Bushes`: a family, named after someone the article names.
			const stem = word.replace(/e?s$/u, '');
			if (stem !== word && (usesInArticle.get(articleId) ?? noUses).surnames.has(transliterationKey(stem))) {
				add(`group:${articleId}:${word.toLowerCase()}`, mention, articleId, word).kind = 'group';
				continue;
			}

			// `Responding`, `Finally`: a sentence's first word, naming nobody.
			if (titles.length === 0 && namesakes.length === 0 && isWordForm(word)) {
				continue;
			}

			// Sieve 4: unresolved. Several namesakes: any could be meant, so only this article's.
			const scope = namesakes.length > 0 || inArticle.length > 0 ? `${articleId}:` : '';
			// `Michelle says` and `Michelle … she laughs` are one person: a given name tells the
			// gender a pronoun would.
			add(`surname:${scope}${surname}:${gender ?? givenNameGender(word) ?? ''}`, mention, articleId, word);
		}

		type Description = {name: string; lower: string; isVerbForm: boolean; organisation?: string};
		const descriptions = new Map<string, Description>();
		for (const {mention, articleId} of others) {
			if (clusterOf.has(mention)) {
				continue;
			}

			let description = descriptions.get(mention.name);
			if (!description) {
				const name = descriptionName(mention.name);
				const lower = name.toLowerCase();
				// A reporting verb's inflected form alone (`Saying`, `Said`) is what the sentence did, not
				// who spoke; a base form may be a surname (`Read said`, `Post`).
				const isVerbForm = !name.includes(' ') && speechVerbClass(lower) !== undefined && isInflected(name);
				description = {name, lower, isVerbForm};
				descriptions.set(mention.name, description);
			}

			if (description.isVerbForm) continue;
			const {name} = description;
			const key =
				mention.kind === 'organisation'
					? `organisation:${(description.organisation ??= organisationKey(name))}`
					: `${mention.kind}:${articleId}:${description.lower}`;
			add(key, mention, articleId, name);
		}

		for (const {quotes} of articles) {
			for (const quote of quotes) {
				const cluster = quote.attribution ? clusterOf.get(rootMention(quote.attribution.speaker)) : undefined;
				if (cluster) {
					cluster.quoteCount++;
				}
			}
		}

		const descriptionsOf = new Map<Cluster, string[]>();
		for (const {mention, description} of described) {
			const cluster = clusterOf.get(mention);
			if (!cluster) continue;
			const list = descriptionsOf.get(cluster);
			if (list) list.push(description);
			else descriptionsOf.set(cluster, [description]);
		}

		// A corpus's mentions hold a few thousand distinct roles, each thousands of times:
		// each is cleaned and judged once.
		const cleanedRole = memoized(cleanRole);
		const honorific = memoized(isHonorific);

		const articleOrder = new Map(articles.map(({articleId}, index) => [articleId, index]));
		const slugCounts = new Map<string, number>();
		const speakers: Speaker[] = [...clusters.values()]
			.sort((a, b) => a.order - b.order)
			.map(cluster => {
				const names = [...cluster.mentions.map(entry => entry.name), ...(cluster.fullName ? [cluster.fullName] : [])];
				// `Wasserman Schultz` is a shortened `Debbie Wasserman Schultz`: the full form names the person.
				// Distinct names only: a cluster can hold thousands of mentions of a few names.
				const distinct = [...new Set(names)];
				const multiWord = distinct.filter(name => name.includes(' ')).map(name => name.split(' '));
				const shortened = new Set(
					multiWord.filter(words => multiWord.some(other => endsWith(other, words))).map(words => words.join(' ')),
				);
				const fullest = names.filter(name => name.includes(' ') && !shortened.has(name));
				const name = shownName(fullest.length > 0 ? fullest : names);
				const base = slug(name);
				const count = (slugCounts.get(base) ?? 0) + 1;
				slugCounts.set(base, count);
				const id = count === 1 ? base : `${base}-${count}`;
				cluster.id = id;
				const roles: string[] = [];
				for (const {mention} of cluster.mentions) {
					const role = cleanedRole(mention.role);
					if (role) roles.push(role);
				}

				// `Mr` says less than `foreign minister`: honorifics only when nothing else is known.
				const informative = roles.filter(role => !honorific(role));
				return {
					id,
					name,
					aliases: [
						...distinct.filter(alias => alias !== name),
						...byFrequency(descriptionsOf.get(cluster) ?? [], distinct).slice(0, maxDescriptions),
					],
					role: mostFrequent(informative.length > 0 ? informative : roles),
					kind: cluster.kind ?? cluster.mentions[0]!.mention.kind,
					anonymous: cluster.mentions.some(({mention}) => mention.anonymous),
					articles: [...new Set(cluster.mentions.map(entry => entry.articleId))].sort(
						(a, b) => articleOrder.get(a)! - articleOrder.get(b)!,
					),
					quoteCount: cluster.quoteCount,
				};
			});

		return {
			speakers,
			idOf(mention) {
				return clusterOf.get(rootMention(mention))?.id;
			},
		};
	};

	return {
		get size() {
			return articles.length;
		},
		add: addArticle,
		finish,
	};
}

/**
 * Whether `words` is `suffix` of two words or more with a given name before it
 * (`Debbie` + `Wasserman Schultz`). One word only: more is a headline run into a
 * name (`Offensive Things Donald Trump`), not a longer form of it.
 */
function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
	// One given name more, not an article (`The Russian defense ministry` shortens nothing).
	if (suffix.length < 2 || words.length !== suffix.length + 1 || article.test(`${words[0]} `)) return false;
	const offset = words.length - suffix.length;
	return suffix.every((word, index) => transliterationKey(word) === transliterationKey(words[offset + index]!));
}

const article = /^(?:the|a|an) /i;
const nameWord = /^(?:\p{Lu}|\d)|^(?:of|for|and|the|on|in|de|du|von|van)$/u;

/**
 * The name a speaker is shown by: the most frequent of its forms, counting `The Russian
 * defense ministry` with `Russian Defense Ministry`, and within that the form that names
 * it (capitalised, without an article) when the articles use one.
 */
function shownName(names: readonly string[]): string {
	// Most speakers are named once.
	if (names.length === 1) return names[0]!;
	// A speaker's thousands of mentions use a few forms: each form's key and properness once.
	const keys = new Map<string, string>();
	const key = (name: string) => {
		let found = keys.get(name);
		if (found === undefined) {
			found = name.toLowerCase().replace(article, '');
			keys.set(name, found);
		}

		return found;
	};

	const properForms = new Map<string, boolean>();
	const isProper = (name: string) => {
		let proper = properForms.get(name);
		if (proper === undefined) {
			proper = !article.test(name) && name.split(' ').every(word => nameWord.test(word));
			properForms.set(name, proper);
		}

		return proper;
	};

	const best = mostFrequent(names.map(name => key(name)));
	const forms = names.filter(name => key(name) === best);
	const proper = forms.filter(name => isProper(name));
	return mostFrequent(proper.length > 0 ? proper : forms)!;
}
