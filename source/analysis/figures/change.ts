/**
 * Which way a figure moves: `rose 18 sen`, `fell 2.5%`, `was up 19 cents`, `+0.2%`. Two
 * sources saying a figure rose and fell disagree, whatever its size. Only the verb or
 * particle governing the figure gives it a direction: the level it moved to (`fell 7% to
 * $2.3 billion`) and a figure beside a comparative (`34.4% higher`) are stated as they are,
 * as news-quantity annotation (NewsQuant) reads them. The words are
 * ../vocabulary/change-words.json.
 */

import changeWords from '../vocabulary/change-words.json' with {type: 'json'};
import type {Change} from '../../model.js';
import type {Token} from '../text/tokens.js';

const before = new Map<string, Change>([
	...changeWords.up.verbs.map(word => [word, 'up'] as const),
	...changeWords.down.verbs.map(word => [word, 'down'] as const),
]);
const bridges = new Set(changeWords.bridges);
// `was up 19 cents`, `Blackmores down 2%`, `+0.2%`; but `gave up 517 yards` is a phrasal verb, not a move.
const particles = new Map(Object.entries(changeWords.particles) as [string, Change][]);
const particleAfter = new Set(changeWords.particleAfter);
// `rose sharply by 5%`: a manner adverb sits between the verb and its figure.
const isAdverb = (word: string) => word.length > 4 && word.endsWith('ly');

/** The figure read just before this one in the sentence: its last token and its change. */
export type PreviousFigure = {readonly last: number; readonly change: Change | undefined};

/**
 * The change of the figure on tokens `first`–`last`: from a change word before it, across
 * bridges (`rose by`, `fell a further`), or from the figure before it when this one
 * restates it (`dropped 178 points, or 1.5 percent`; `fell 1 degree (1.8 F)`). A
 * `from … to …` or `between … and …` span states two ends, not a move.
 */
export function readChange(
	tokens: readonly Token[],
	first: number,
	previous: PreviousFigure | undefined,
): Change | undefined {
	const opening = tokens[first]?.lower;
	return opening === 'from' || opening === 'between' ? undefined : changeBefore(tokens, first, previous);
}

function changeBefore(
	tokens: readonly Token[],
	first: number,
	previous: PreviousFigure | undefined,
): Change | undefined {
	if (previous) {
		// `…, or 1.48 percent` restates the figure before.
		const between = tokens
			.slice(previous.last + 1, first)
			.map(token => token.lower)
			.join(' ');
		if (between === ', or' || between === 'or' || between === '(') {
			return previous.change;
		}

		// `Ross was down 2.3%, Burlington by 2.6%`: a clause that leaves out the verb of the one
		// before it keeps its direction.
		const gapped = tokens.slice(previous.last + 1, first);
		if (
			gapped.length >= 3 &&
			gapped[0]!.text === ',' &&
			gapped.at(-1)!.lower === 'by' &&
			gapped.slice(1, -1).every(token => /^\p{Lu}/u.test(token.text))
		) {
			return previous.change;
		}
	}

	// `grow sales by 35 per cent`: past `by`, the verb may have its object before it.
	let objectWords = 0;
	for (let index = first - 1; index >= Math.max(0, first - 6); index--) {
		const word = tokens[index]!.lower;
		const change = before.get(word);
		if (change) {
			return change;
		}

		const particle = particles.get(word);
		if (particle) {
			const governor = tokens[index - 1];
			const free =
				!governor?.isWord ||
				/^\d/.test(governor.text) ||
				particleAfter.has(governor.lower) ||
				/^\p{Lu}/u.test(governor.text);
			return free ? particle : undefined;
		}

		if (bridges.has(word) || isAdverb(word)) {
			objectWords = word === 'by' ? 2 : objectWords;
			continue;
		}

		if (objectWords-- <= 0 || !tokens[index]!.isWord) {
			return undefined;
		}
	}

	return undefined;
}

const upOfPrices = new Set(changeWords.upOfPrices);

/** `Hextar added 15 sen`, `the index added 2%`: `add` is a rise only of a price, share or index level. */
export function priceAdded(tokens: readonly Token[], first: number, dimension: string): Change | undefined {
	const measured = dimension.startsWith('currency:') || dimension === 'percent' || dimension === 'points';
	return measured && upOfPrices.has(tokens[first - 1]?.lower ?? '') ? 'up' : undefined;
}
