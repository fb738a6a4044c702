/**
 * What a figure measures, read from the words around it: what a count counts
 * (`11,000 North Korean troops`, `1,000 soldiers had died`), and what a measure
 * is about (`1,150 square kilometers` of occupied territory). The subject is what
 * lines figures up across articles, so it is built only from clear evidence.
 */

import {isFunctionWord} from '../text/word-classes.js';
import type {Token} from '../text/tokens.js';
import type {Dimension} from './units.js';
import demonymLists from '../vocabulary/demonyms.json' with {type: 'json'};

const peoples = new Set([...demonymLists.nationalities, ...demonymLists.affiliations]);

const irregularPlurals = new Set([
	'people',
	'men',
	'women',
	'children',
	'personnel',
	'staff',
	'police',
	'aircraft',
	'infantry',
	'livestock',
	'military',
]);
const notCounted = new Set([
	'times',
	'others',
	'ones',
	'years',
	'days',
	'hours',
	'weeks',
	'months',
	'percent',
	'its',
	'this',
	'is',
	'was',
	'has',
	'as',
	'us',
]);

// Nouns that count the same thing are compared as one class.
const countClasses: Record<string, string> = {
	troops: 'troops',
	soldiers: 'troops',
	servicemen: 'troops',
	personnel: 'troops',
	fighters: 'troops',
	forces: 'troops',
	drones: 'drones',
	uavs: 'drones',
	settlements: 'settlements',
	villages: 'settlements',
	towns: 'settlements',
	localities: 'settlements',
	people: 'people',
	civilians: 'people',
	residents: 'people',
	missiles: 'missiles',
	tanks: 'tanks',
};

// A count is about an event when one of these follows or precedes it.
const events: Record<string, string> = {
	died: 'died',
	dead: 'died',
	killed: 'died',
	wounded: 'wounded',
	injured: 'wounded',
	captured: 'captured',
	seized: 'captured',
	seizing: 'captured',
	'took control': 'captured',
	recaptured: 'captured',
	liberated: 'captured',
	launched: 'launched',
	fired: 'launched',
	missing: 'missing',
	evacuated: 'evacuated',
	'shooting down': 'shot down',
	'shot down': 'shot down',
	downed: 'shot down',
	destroyed: 'destroyed',
	deployed: 'deployed',
	sent: 'deployed',
	dispatch: 'deployed',
};

const nations: Record<string, string> = {
	'north korean': 'North Korean',
	'north korea': 'North Korean',
	'south korean': 'South Korean',
	russian: 'Russian',
	russia: 'Russian',
	ukrainian: 'Ukrainian',
	ukraine: 'Ukrainian',
	us: 'US',
	american: 'US',
	british: 'British',
	chinese: 'Chinese',
	iranian: 'Iranian',
	belarusian: 'Belarusian',
	chechen: 'Chechen',
	polish: 'Polish',
	israeli: 'Israeli',
	palestinian: 'Palestinian',
};

/** Measure subjects, each with the words that show it, in priority order. */
const measureSubjects: [label: string, pattern: RegExp][] = [
	['further advance', /\bfurther\b|\badditional\b/],
	['front width', /\bwide\b|\bwidth\b|\bspans?\b|\bfront\b/],
	['distance from the border', /\bfrom the border\b|\baway\b|\bdistance\b/],
	['restricted zone', /\bzone\b/],
	['advance', /\badvanc\w*|\bpush\w*|\bpenetrat\w*|\bdeep\w*/],
	[
		'territory held',
		/\bterritor\w*|\barea\b|\bland\b|\bcontrol\w*|\boccup\w*|\bseiz\w*|\bcaptur\w*|\bheld\b|\bhold\w*|\bdefend\w*|\bfoothold\b|\breclaim\w*/,
	],
];

export type CountedThing = {
	/** The counted noun as written, with its event: `troops`, `soldiers died`. */
	readonly counted: string;
	/** The comparison key: nation, class and event; undefined when neither nation nor event is known. */
	readonly key: string | undefined;
	/** How it reads in a group label: `North Korean troops`. */
	readonly label: string;
	/** Index of the last token read. */
	readonly last: number;
};

function nationIn(words: readonly string[]): string | undefined {
	const lower = words.map(word => word.toLowerCase().replace(/['’]s$/, ''));
	for (let index = 0; index < lower.length; index++) {
		const pair = `${lower[index]} ${lower[index + 1] ?? ''}`;
		const nation = nations[pair] ?? nations[lower[index]!];
		if (nation) {
			return nation;
		}
	}

	return undefined;
}

// Each event word as a whole-word pattern, built once rather than on every count.
const eventPatterns = Object.entries(events).map(([word, event]) => [new RegExp(`\\b${word}\\b`), event] as const);

function eventNear(before: string, after: string): string | undefined {
	for (const [pattern, event] of eventPatterns) {
		if (pattern.test(after) || pattern.test(before)) {
			return event;
		}
	}

	return undefined;
}

/**
 * The counted noun after a count (`100 Russian soldiers`, `thousands of troops`),
 * skipping up to three modifiers; with its nation (from the modifiers, else from
 * the clause before the figure) and its event (`had died`, `shooting down`).
 */
export function readCounted(tokens: readonly Token[], after: number, clauseBefore: string): CountedThing | undefined {
	let index = after;
	if (tokens[index]?.text === 'of') {
		index++;
	}

	const modifiers: string[] = [];
	for (let step = 0; step < 4 && index < tokens.length; step++, index++) {
		const token = tokens[index]!;
		const word = token.text.toLowerCase();
		if (!token.isWord) {
			return undefined;
		}

		// `1,307,000 Americans`, `50 Republicans`: a people or party in the plural is counted too.
		const isPeople = /^\p{Lu}\p{Ll}+s$/u.test(token.text) && peoples.has(word.slice(0, -1));
		const isPlural =
			(/^\p{Ll}[\p{Ll}-]{2,}s$/u.test(token.text) && !/ss$/.test(word)) || irregularPlurals.has(word) || isPeople;
		if (isPlural && !notCounted.has(word)) {
			const afterText = tokens
				.slice(index + 1, index + 4)
				.map(next => next.text)
				.join(' ')
				.toLowerCase();
			const event = eventNear(clauseBefore.toLowerCase().split(/\s+/).slice(-3).join(' '), afterText);
			// A nation from the clause only when it stands right before: `North Korea reportedly sent around 11,000`.
			const nation = nationIn(modifiers) ?? nationIn(clauseBefore.trim().split(/\s+/).slice(-5));
			// The counted thing is the whole noun phrase: `European countries`, `heart transplants`.
			const noun = [...modifiers, token.text].join(' ');
			// Deployment is what a troop count means anyway, so it does not set the count apart.
			const distinctEvent = event === 'deployed' ? undefined : event;
			const nounClass = countClasses[word] ?? word;
			return {
				counted: distinctEvent ? `${noun} ${distinctEvent}` : noun,
				// A bare count (`40 people`) says too little to line up with another article's.
				key: nation || distinctEvent ? [nation ?? '', nounClass, distinctEvent ?? ''].join('|') : undefined,
				label: [nation, token.text, distinctEvent].filter(Boolean).join(' '),
				last: index,
			};
		}

		// Adjectives and nationalities between the number and the noun: `North Korean`, `armoured`.
		// Nouns used as modifiers too (`heart transplants`, `top seeds`), but no function word or adverb.
		const isModifier =
			/^\p{Lu}/u.test(token.text) ||
			/(?:ed|al|an|ive|ing|ous|ic|ary|ful)$/.test(word) ||
			(/^\p{Ll}[\p{Ll}-]{2,}$/u.test(token.text) && !isFunctionWord(word) && !word.endsWith('ly'));
		if (!isModifier) {
			return undefined;
		}

		modifiers.push(token.text);
	}

	return undefined;
}

/** What a measure is about, from the words of its clause; undefined when nothing shows it. */
export function measureSubject(dimension: Dimension, clause: string): string | undefined {
	if (dimension !== 'area' && dimension !== 'length') {
		return undefined;
	}

	const lower = clause.toLowerCase();
	const candidates =
		dimension === 'area' ? measureSubjects.filter(([label]) => label === 'territory held') : measureSubjects;
	for (const [label, pattern] of candidates) {
		if (pattern.test(lower)) {
			return label;
		}
	}

	return undefined;
}
