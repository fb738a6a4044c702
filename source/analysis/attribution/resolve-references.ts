/**
 * Pronouns and bare references point back to a speaker named earlier in the same
 * article: `He defended the incursion…` is the last named person; `the blog said`
 * is the `one blog` met before; `They claimed…` the last group or institution.
 * A reference with nothing fitting before it stays unresolved rather than guessed.
 */

import type {SpeakerMention} from '../../model.js';

// Heads by which prose refers back to an institution named before.
const institutionalHeads = new Set(
	(
		'agency authority ministry department body organisation organization office service company firm group club team ' +
		'council city government administration regulator watchdog court party union bank fund vendor maker manufacturer ' +
		'army military police commission committee board institute'
	).split(' '),
);

/** The mention a reference ultimately stands for. */
export function rootMention(mention: SpeakerMention): SpeakerMention {
	return mention.antecedent ? rootMention(mention.antecedent) : mention;
}

/** `he`, `she`, `they`, `it`. */
export function isPronoun(mention: SpeakerMention): boolean {
	return ['he', 'she', 'they', 'it'].includes(mention.name.toLowerCase());
}

/** `the blog`, `The official`: a definite phrase of lower-case words only. */
function isBareReference(mention: SpeakerMention, text: string): boolean {
	const phrase = text.slice(mention.span.start, mention.span.end);
	// Two plain patterns: a case-insensitive one over `\p{Ll}` costs milliseconds to compile.
	return /^the\s/i.test(phrase) && /^\s+[\p{Ll}\s-]+$/u.test(phrase.slice(3));
}

function fits(pronoun: string, candidate: SpeakerMention): boolean {
	switch (pronoun) {
		case 'he':
		case 'she': {
			return candidate.kind === 'person';
		}

		case 'they': {
			// Also the singular `they` of an unnamed source.
			return candidate.kind === 'group' || candidate.kind === 'organisation' || candidate.kind === 'unnamed';
		}

		default: {
			return candidate.kind === 'organisation' || candidate.kind === 'unnamed';
		}
	}
}

/** Resolves a mention against the article's earlier mentions (most recent last). */
export function resolveMention(
	mention: SpeakerMention,
	history: readonly SpeakerMention[],
	text: string,
): SpeakerMention | undefined {
	if (isPronoun(mention)) {
		const pronoun = mention.name.toLowerCase();
		const antecedent = history.findLast(candidate => fits(pronoun, candidate));
		return antecedent ? {...mention, antecedent} : undefined;
	}

	if (isBareReference(mention, text)) {
		const antecedent =
			history.findLast(
				candidate =>
					candidate.head === mention.head || candidate.name.toLowerCase().split(/\s+/).includes(mention.head),
			) ??
			// `the agency` after the National Disaster Management Authority: the last institution.
			(institutionalHeads.has(mention.head)
				? history.findLast(candidate => candidate.kind === 'organisation')
				: undefined);
		return antecedent ? {...mention, antecedent} : mention;
	}

	return mention;
}
