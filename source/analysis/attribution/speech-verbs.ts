/**
 * Verbs that attribute words to someone. `reporting` verbs attribute whatever
 * follows them (`Syrsky reported that…`); `characterising` verbs describe an act
 * and attribute only a quotation in the same sentence (`condemned it as a “terrorist
 * invasion”`), so that `declared a state of emergency` makes nobody a speaker.
 */

export type SpeechVerbClass = 'reporting' | 'characterising';

const reporting = [
	'say:said',
	'state',
	'tell:told',
	'add',
	'note',
	'explain',
	'claim',
	'allege',
	'announce',
	'report',
	'confirm',
	'deny',
	'insist',
	'warn',
	'emphasize',
	'emphasise',
	'stress',
	'underline',
	'reiterate',
	'recount',
	'recall',
	'write:wrote:written',
	'post',
	'tweet',
	'ask',
	'answer',
	'reply',
	'respond',
	'comment',
	'acknowledge',
	'admit',
	'concede',
	'hint',
	'reveal',
	'argue',
	'suggest',
	'indicate',
	'assert',
	'maintain',
	'contend',
	'observe',
	'remark',
	'mention',
	'predict',
	'estimate',
	'disclose',
	'highlight',
	'point',
	'testify',
	'conclude',
	'believe',
	'think:thought',
	'speak:spoke:spoken',
	'quip',
	'boast',
	'complain',
	'lament',
	'vow',
	'pledge',
	'promise',
	'threaten',
	'urge',
	'demand',
	'exclaim',
	'brief',
	'inform',
];

const characterising = [
	'describe',
	'call',
	'label',
	'dub',
	'term',
	'brand',
	'condemn',
	'denounce',
	'criticize',
	'criticise',
	'praise',
	'defend',
	'accuse',
	'outline',
	'characterize',
	'characterise',
	'cite',
	'hail',
	'dismiss',
	'welcome',
	'blame',
	'portray',
	'frame',
	'refer',
	'quote',
	'declare',
];

/** Regular English inflections: `note` → notes, noted, noting; `vow` → vowed; `refer` → referred. */
function inflect(entry: string): string[] {
	const [base, ...irregular] = entry.split(':') as [string, ...string[]];
	const forms = [base, ...irregular];
	if (base.endsWith('e')) {
		forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
	} else if (/[^aeiou]y$/.test(base)) {
		forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
	} else if (/(?:ss|sh|ch|x)$/.test(base)) {
		forms.push(`${base}es`, `${base}ed`, `${base}ing`);
	} else {
		const doubled = /^(?:refer|dub|quip|brief|admit|regret)$/.test(base) ? base + base.at(-1)! : base;
		forms.push(`${base}s`, `${doubled}ed`, `${doubled}ing`);
	}

	if (irregular.length > 0) {
		// Irregular verbs have no regular past: drop `sayed`, `telled`.
		return forms.filter(form => !form.endsWith('ed') || irregular.includes(form));
	}

	return forms;
}

const verbClass = new Map<string, SpeechVerbClass>();
for (const entry of reporting) {
	for (const form of inflect(entry)) {
		verbClass.set(form, 'reporting');
	}
}

for (const entry of characterising) {
	for (const form of inflect(entry)) {
		verbClass.set(form, 'characterising');
	}
}

/** The class of a speech verb form, or undefined when the word is not one. */
export function speechVerbClass(word: string): SpeechVerbClass | undefined {
	return verbClass.get(word.toLowerCase());
}

/** `speechVerbClass` for a word already in lower case: asked of every word, so it skips lowering. */
export function speechVerbClassOfLower(lower: string): SpeechVerbClass | undefined {
	return verbClass.get(lower);
}

// Verbs with a common non-speech sense (`maintained control`, `added troops`,
// `responded with force`): they attribute only when a clause or quotation follows.
const ambiguous = new Set(
	'add maintain observe conclude answer reply respond reveal indicate suggest highlight point estimate believe think post brief inform mention underline'.split(
		' ',
	),
);
const lemmaOf = new Map<string, string>();
for (const entry of [...reporting, ...characterising]) {
	const base = entry.split(':')[0]!;
	for (const form of inflect(entry)) {
		lemmaOf.set(form, base);
	}
}

// Verbs whose -s form is also a plural noun (`recounts`, `reports`, `claims`).
const nounLike = new Set(
	'recount report claim note post comment answer reply estimate call term quote brand label frame point brief tweet promise pledge vow demand stress welcome praise blame hail'.split(
		' ',
	),
);

export function isNounLikeForm(word: string): boolean {
	const lower = word.toLowerCase();
	return lower.endsWith('s') && nounLike.has(lemmaOf.get(lower) ?? '');
}

export function needsClause(word: string): boolean {
	return ambiguous.has(lemmaOf.get(word.toLowerCase()) ?? '');
}

/** `saying`, `adding`, `describing`: a participle whose subject is the sentence's subject. */
export function isParticiple(word: string): boolean {
	return word.toLowerCase().endsWith('ing');
}

/** `described`, `outlined`: a form that can take a `by`-agent. */
export function isPastParticiple(word: string): boolean {
	const lower = word.toLowerCase();
	return lower.endsWith('ed') || ['told', 'written', 'spoken', 'said', 'thought'].includes(lower);
}
