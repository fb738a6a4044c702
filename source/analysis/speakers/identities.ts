/**
 * One identity per speaker across all articles. People join on surname and
 * compatible given name through transliteration keys (Syrskyi / Syrsky, Georgiy /
 * Heorhiy Tykhy); a surname alone joins the full name used in the same article, or
 * the only one in the corpus. Distinct given names stay distinct people.
 * Institutions join across articles by name; groups and unnamed sources never do,
 * since `one blog` in one article need not be `one blog` in another.
 */

import type {Quote, Speaker, SpeakerMention} from '../../model.js';
import {rootMention} from '../attribution/resolve-references.js';
import {withoutPossessive} from '../text/tokens.js';
import {givenNamesCompatible, transliterationKey} from './names.js';

export type ArticleSpeakers = {
	readonly articleId: string;
	/** Every speaker mention of the article (attributions), resolved or not. */
	readonly mentions: readonly SpeakerMention[];
	readonly quotes: readonly Quote[];
	/** Full personal names the article mentions anywhere (`coach Dan Whitfield made…`), for surnames alone. */
	readonly names?: readonly {readonly name: string; readonly position: number}[];
};

export type SpeakerIndex = {
	readonly speakers: readonly Speaker[];
	/** The identity id of a mention (after resolving references). */
	readonly idOf: (mention: SpeakerMention) => string | undefined;
};

type Cluster = {
	key: string;
	mentions: {mention: SpeakerMention; articleId: string}[];
	/** The full name that identified a surname, when no mention gives it. */
	fullName?: string;
	order: number;
};

const honorific = /^(?:mr|mrs|ms|miss|dr|sir|dame|mx)\.?$/i;
const nameParticles = /^(?:von|van|der|den|de|la|le|du|da|dos|al|bin|ibn)$/;

function nameWords(mention: SpeakerMention): string[] {
	return mention.name.split(/\s+/).map(word => withoutPossessive(word));
}

/** A personal name (every word capitalised), rather than a role such as `Latvia’s foreign minister`. */
function isPersonalName(mention: SpeakerMention): boolean {
	return (
		mention.kind === 'person' && nameWords(mention).every(word => /^\p{Lu}/u.test(word) || nameParticles.test(word))
	);
}

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

export function buildSpeakerIndex(articles: readonly ArticleSpeakers[]): SpeakerIndex {
	const clusters = new Map<string, Cluster>();
	const clusterOf = new Map<SpeakerMention, Cluster>();
	let order = 0;
	const add = (key: string, mention: SpeakerMention, articleId: string) => {
		let cluster = clusters.get(key);
		if (!cluster) {
			cluster = {key, mentions: [], order: order++};
			clusters.set(key, cluster);
		}

		cluster.mentions.push({mention, articleId});
		clusterOf.set(mention, cluster);
	};

	const roots = articles.flatMap(({articleId, mentions}) =>
		mentions.map(mention => ({mention: rootMention(mention), articleId})),
	);
	const people = roots.filter(({mention}) => isPersonalName(mention));
	const fullNames = people.filter(({mention}) => nameWords(mention).length > 1);
	const surnameOnly = people.filter(({mention}) => nameWords(mention).length === 1);

	// Full names: same surname key and compatible given names make one person.
	// Indexed by surname key (and article), so large corpora stay linear.
	type Person = {given: string; key: string; speaks: boolean};
	const peopleBySurname = new Map<string, Person[]>();
	// The first compatible namesake never changes once found (people are only appended),
	// so each surname and given name is looked up once: the scan is costly at scale.
	const personByName = new Map<string, Person>();
	const fullNameUses = new Map<string, {key: string; position: number; fullName: string}[]>();
	let personCount = 0;
	const personFor = (fullName: string, articleId: string, position: number, speaks: boolean) => {
		const words = fullName.split(/\s+/).map(word => withoutPossessive(word));
		const surname = transliterationKey(words.at(-1)!);
		const given = words[0]!;
		const nameKey = `${surname}\u0000${given}`;
		let person = personByName.get(nameKey);
		if (!person) {
			const namesakes = peopleBySurname.get(surname);
			person = namesakes?.find(entry => givenNamesCompatible(entry.given, given));
			if (!person) {
				person = {given, key: `person:${surname}:${personCount++}`, speaks};
				if (namesakes) namesakes.push(person);
				else peopleBySurname.set(surname, [person]);
			}

			personByName.set(nameKey, person);
		}

		person.speaks ||= speaks;
		const useKey = `${articleId}\u0000${surname}`;
		const uses = fullNameUses.get(useKey);
		if (uses) uses.push({key: person.key, position, fullName});
		else fullNameUses.set(useKey, [{key: person.key, position, fullName}]);
		return person.key;
	};

	for (const {mention, articleId} of fullNames) {
		add(personFor(mention.name, articleId, mention.span.start, true), mention, articleId);
	}

	// Names the articles mention without quoting them: they only say who a surname is.
	for (const {articleId, names = []} of articles) {
		for (const {name, position} of names) {
			personFor(name, articleId, position, false);
		}
	}

	// A surname alone is the person last named in full before it in the same article;
	// else the only such person in the article, else the only one quoted in the corpus.
	for (const {mention, articleId} of surnameOnly) {
		const surname = transliterationKey(nameWords(mention)[0]!);
		const inArticle = fullNameUses.get(`${articleId}\u0000${surname}`) ?? [];
		const before = inArticle.filter(use => use.position < mention.span.start).sort((a, b) => a.position - b.position);
		const articleKeys = [...new Set(inArticle.map(use => use.key))];
		const namesakes = peopleBySurname.get(surname) ?? [];
		const corpusKeys = namesakes.length === 1 && namesakes[0]!.speaks ? [namesakes[0]!.key] : [];
		const use = before.at(-1) ?? (articleKeys.length === 1 ? inArticle[0] : undefined);
		const match = use?.key ?? (corpusKeys.length === 1 ? corpusKeys[0] : undefined);
		add(match ?? `surname:${surname}`, mention, articleId);
		const cluster = clusters.get(match ?? '');
		if (cluster && use && !cluster.fullName) {
			cluster.fullName = use.fullName;
		}
	}

	for (const {mention, articleId} of roots) {
		if (clusterOf.has(mention)) {
			continue;
		}

		const key =
			mention.kind === 'organisation'
				? `organisation:${organisationKey(mention.name)}`
				: `${mention.kind}:${articleId}:${mention.name.toLowerCase()}`;
		add(key, mention, articleId);
	}

	const quoteCounts = new Map<Cluster, number>();
	for (const {quotes} of articles) {
		for (const quote of quotes) {
			const cluster = quote.attribution ? clusterOf.get(rootMention(quote.attribution.speaker)) : undefined;
			if (cluster) {
				quoteCounts.set(cluster, (quoteCounts.get(cluster) ?? 0) + 1);
			}
		}
	}

	const articleOrder = new Map(articles.map(({articleId}, index) => [articleId, index]));
	const slugCounts = new Map<string, number>();
	const idOfCluster = new Map<Cluster, string>();
	const speakers: Speaker[] = [...clusters.values()]
		.sort((a, b) => a.order - b.order)
		.map(cluster => {
			const names = [
				...cluster.mentions.map(({mention}) => mention.name),
				...(cluster.fullName ? [cluster.fullName] : []),
			];
			const multiWord = names.filter(name => name.includes(' '));
			const name = mostFrequent(multiWord.length > 0 ? multiWord : names)!;
			const base = slug(name);
			const count = (slugCounts.get(base) ?? 0) + 1;
			slugCounts.set(base, count);
			const id = count === 1 ? base : `${base}-${count}`;
			idOfCluster.set(cluster, id);
			const roles = cluster.mentions.flatMap(({mention}) => (mention.role ? [mention.role] : []));
			// `Mr` says less than `foreign minister`: honorifics only when nothing else is known.
			const informative = roles.filter(role => !honorific.test(role));
			return {
				id,
				name,
				aliases: [...new Set(names)].filter(alias => alias !== name),
				role: mostFrequent(informative.length > 0 ? informative : roles),
				kind: cluster.mentions[0]!.mention.kind,
				anonymous: cluster.mentions.some(({mention}) => mention.anonymous),
				articles: [...new Set(cluster.mentions.map(entry => entry.articleId))].sort(
					(a, b) => articleOrder.get(a)! - articleOrder.get(b)!,
				),
				quoteCount: quoteCounts.get(cluster) ?? 0,
			};
		});

	return {
		speakers,
		idOf(mention) {
			const cluster = clusterOf.get(rootMention(mention));
			return cluster ? idOfCluster.get(cluster) : undefined;
		},
	};
}
