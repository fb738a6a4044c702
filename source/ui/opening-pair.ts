/**
 * The pair of articles the dashboard opens with: the two that disagree on the most
 * figures, so the first screen already shows a contradiction; the first two
 * articles when none disagree.
 */

import {figuresAgree} from '../analysis/figures/hedges.js';
import type {CorpusAnalysis} from '../model.js';

export function openingPair(analysis: CorpusAnalysis): [number, number] {
	const count = analysis.articles.length;
	if (count < 2) {
		return [0, 0];
	}

	const index = new Map(analysis.articles.map((entry, position) => [entry.article.id, position]));
	const disagreements = new Map<string, number>();
	for (const group of analysis.groups.filter(candidate => candidate.differs)) {
		const members = group.members.map(member => ({
			article: index.get(member.article)!,
			figure: analysis.articles[index.get(member.article)!]!.figures[member.index]!,
		}));
		const pairs = new Set<string>();
		for (const a of members) {
			for (const b of members) {
				if (a.article < b.article && !figuresAgree(a.figure, b.figure)) {
					pairs.add(`${a.article}:${b.article}`);
				}
			}
		}

		for (const pair of pairs) {
			disagreements.set(pair, (disagreements.get(pair) ?? 0) + 1);
		}
	}

	let best: [number, number] = [0, 1];
	let bestCount = 0;
	for (const [pair, found] of disagreements) {
		const [a, b] = pair.split(':').map(Number) as [number, number];
		const better = found > bestCount || (found === bestCount && (a < best[0] || (a === best[0] && b < best[1])));
		if (better) {
			best = [a, b];
			bestCount = found;
		}
	}

	return best;
}
