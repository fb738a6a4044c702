/**
 * Verbs that attribute words to someone, by class (the lists are ../vocabulary/reporting-verbs.json):
 * `speech` verbs make their subject a speaker whatever follows (`Syrsky reported that…`);
 * `clauseOnly` verbs have common other senses (`maintained control`) and attribute only
 * before a clause or a quotation; `manner` verbs (`shouted`) and `characterising` verbs
 * (`condemned it as a “terrorist invasion”`) attribute only a quotation, so that
 * `declared a state of emergency` makes nobody a speaker.
 */

import verbLists from '../vocabulary/reporting-verbs.json' with {type: 'json'};

export type SpeechVerbClass = 'speech' | 'clauseOnly' | 'manner' | 'characterising';

/** Regular English inflections: `note` → notes, noted, noting; `cry` → cries, cried; `push` → pushes. */
function inflect(entry: string): string[] {
	const [base, ...listed] = entry.split(':') as [string, ...string[]];
	if (listed.length > 0) return [base, ...listed];
	if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
	if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
	if (/(?:ss|sh|ch|x|z|o)$/.test(base)) return [base, `${base}es`, `${base}ed`, `${base}ing`];
	return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

const classOf = new Map<string, SpeechVerbClass>();
const lemmaOf = new Map<string, string>();
for (const verbClass of ['speech', 'clauseOnly', 'manner', 'characterising'] as const) {
	for (const entry of verbLists[verbClass]) {
		const base = entry.split(':')[0]!;
		for (const form of inflect(entry)) {
			if (!classOf.has(form)) {
				classOf.set(form, verbClass);
				lemmaOf.set(form, base);
			}
		}
	}
}

const alsoNouns = new Set(verbLists.alsoNouns);

/** `a plan called “Fair Start”`, `known as an “inversion”`: participles that name what precedes them. */
export const namingParticiples = new Set(verbLists.naming);
// `that fact speaks volumes`: each form of the verb, with the words after it that make the idiom.
const idiomsOf = new Map<string, string[]>();
for (const idiom of verbLists.idioms) {
	const [verb, ...rest] = idiom.split(' ');
	for (const form of inflect(verb!)) idiomsOf.set(form, [...(idiomsOf.get(form) ?? []), rest.join(' ')]);
}

/** `speaks volumes`, `tell the difference`: the verb form (lower case) opens an idiom that reports nothing; `after(n)` is the n-th word after it. */
export function opensIdiom(form: string, after: (offset: number) => string | undefined): boolean {
	return (idiomsOf.get(form) ?? []).some(rest => rest.split(' ').every((word, offset) => after(offset + 1) === word));
}

/** `can be heard asking`, `is shown lecturing`: perceived speaking, the subject speaks. */
export const perceivedParticiples = new Set(verbLists.perceived);

// `read:reads:read:reading`, `put:puts:put:putting`: verbs whose past is written as the base.
const pastAsBase = new Set(
	(['speech', 'clauseOnly', 'manner', 'characterising'] as const).flatMap(verbClass =>
		verbLists[verbClass].flatMap(entry => {
			const [base, , past] = entry.split(':');
			return past === base ? [base!] : [];
		}),
	),
);

/** `the email read`, `as he put it`: a past written as the base, agreeing with any subject. */
export function isPastAsBase(word: string): boolean {
	return pastAsBase.has(word.toLowerCase());
}

// `shot back`, `chimed in`: each form with the particle that makes it report words.
const particleOf = new Map<string, Set<string>>();
for (const [particle, entries] of Object.entries(verbLists.withParticle)) {
	for (const form of entries.flatMap(entry => inflect(entry))) {
		const particles = particleOf.get(form) ?? new Set<string>();
		particles.add(particle);
		particleOf.set(form, particles);
	}
}

/** `shot` before `back`, `chimed` before `in`: a verb that reports words with its particle, as a manner verb does. */
export function withParticleClass(lower: string, next: string): SpeechVerbClass | undefined {
	return particleOf.get(lower)?.has(next) ? 'manner' : undefined;
}

/** The class of a speech verb form, or undefined when the word is not one. */
export function speechVerbClass(word: string): SpeechVerbClass | undefined {
	return classOf.get(word.toLowerCase());
}

/** `speechVerbClass` for a word already in lower case: asked of every word, so it skips lowering. */
export function speechVerbClassOfLower(lower: string): SpeechVerbClass | undefined {
	return classOf.get(lower);
}

/** The base form: `said` → say, `tweeted` → tweet. */
export function lemma(word: string): string | undefined {
	return lemmaOf.get(word.toLowerCase());
}

/** `reports`, `claims`: the -s form of a verb that is as often a plural noun. */
export function isNounLikeForm(word: string): boolean {
	const lower = word.toLowerCase();
	return lower.endsWith('s') && alsoNouns.has(lemmaOf.get(lower) ?? '');
}

/** A form that is a verb whatever its subject: not the base form, which is also a noun (`the claim`). */
export function isInflected(word: string): boolean {
	const lower = word.toLowerCase();
	return lower !== lemmaOf.get(lower);
}

/** `saying`, `adding`, `describing`: a participle whose subject is the sentence's subject. */
export function isParticiple(word: string): boolean {
	return word.toLowerCase().endsWith('ing');
}

/** `described`, `told`, `written`: a form that can be passive and take a `by`-agent. */
export function isPastParticiple(word: string): boolean {
	return pastParticiples.has(word.toLowerCase());
}

// Every form but the base, the -ing form and the present forms (`says`, `pushes`, `replies`).
const pastParticiples = new Set(
	[...lemmaOf].flatMap(([form, base]) =>
		form !== base && !form.endsWith('ing') && ![`${base}s`, `${base}es`, `${base.slice(0, -1)}ies`].includes(form)
			? [form]
			: [],
	),
);
