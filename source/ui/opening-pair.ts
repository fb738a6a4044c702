/**
 * The pair of articles the dashboard opens with: the two that disagree on the most
 * figures, so the first screen already shows a contradiction; the first two
 * articles when none disagree.
 *
 * It is worked out before the first frame, so it must be quick at any size: a group
 * of thousands of members has millions of pairs of articles. Two articles disagree
 * in a group when a figure of one lies wholly above a figure of the other, which is
 * known from each article's highest low end and lowest high end in the group; pairs
 * are then tried most promising first, each bounded by the fewer groups its two
 * articles disagree in, and the search stops at a fixed amount of work.
 */

import {baseRange} from '../analysis/figures/hedges.js';
import type {CorpusAnalysis} from '../model.js';

/** Group lookups the search may make; some 20 ms. Below it the answer is exact. */
export const openingPairBudget = 2_000_000;

/** An article's figures in one group: the highest low end and the lowest high end of their ranges. */
type Extent = {low: number; high: number};

const disagree = (a: Extent, b: Extent) => a.low > b.high || b.low > a.high;

/** Per differing group, each article's extent there. */
function groupExtents(analysis: CorpusAnalysis): Map<number, Extent>[] {
	const position = new Map(analysis.articles.map((entry, index) => [entry.article.id, index]));
	const groups: Map<number, Extent>[] = [];
	for (const group of analysis.groups) {
		if (!group.differs) continue;
		const extents = new Map<number, Extent>();
		for (const member of group.members) {
			const article = position.get(member.article);
			const figure = article === undefined ? undefined : analysis.articles[article]!.figures[member.index];
			if (article === undefined || !figure) continue;
			const [low, high] = baseRange(figure);
			const extent = extents.get(article);
			if (extent) {
				extent.low = Math.max(extent.low, low);
				extent.high = Math.min(extent.high, high);
			} else {
				extents.set(article, {low, high});
			}
		}

		groups.push(extents);
	}

	return groups;
}

/** The groups (indices) in which each article disagrees with another. */
function disagreements(groups: readonly Map<number, Extent>[], articles: number): number[][] {
	const found = Array.from({length: articles}, (): number[] => []);
	for (const [index, extents] of groups.entries()) {
		// The two highest low ends and two lowest high ends, so each article is compared with the others' extremes.
		let low1 = {value: -Infinity, article: -1};
		let low2 = -Infinity;
		let high1 = {value: Infinity, article: -1};
		let high2 = Infinity;
		for (const [article, {low, high}] of extents) {
			if (low > low1.value) {
				low2 = low1.value;
				low1 = {value: low, article};
			} else if (low > low2) {
				low2 = low;
			}

			if (high < high1.value) {
				high2 = high1.value;
				high1 = {value: high, article};
			} else if (high < high2) {
				high2 = high;
			}
		}

		for (const [article, extent] of extents) {
			const othersLow = low1.article === article ? low2 : low1.value;
			const othersHigh = high1.article === article ? high2 : high1.value;
			if (extent.high < othersLow || extent.low > othersHigh) found[article]!.push(index);
		}
	}

	return found;
}

export function openingPair(analysis: CorpusAnalysis, budget = openingPairBudget): [number, number] {
	const count = analysis.articles.length;
	if (count < 2) {
		return [0, 0];
	}

	const groups = groupExtents(analysis);
	const inGroups = disagreements(groups, count);
	// Most disagreements first: a pair disagrees in no more groups than either of its articles.
	const ranked = inGroups
		.map((list, article) => ({article, degree: list.length}))
		.filter(({degree}) => degree > 0)
		.sort((a, b) => b.degree - a.degree || a.article - b.article);

	let best = {found: 0, a: 0, b: 1};
	const earlier = (a: number, b: number) => a < best.a || (a === best.a && b < best.b);
	let work = 0;
	search: for (const [place, first] of ranked.entries()) {
		if (first.degree < best.found) break;
		for (let next = place + 1; next < ranked.length; next++) {
			const second = ranked[next]!;
			if (second.degree < best.found) break;
			const [a, b] = first.article < second.article ? [first.article, second.article] : [second.article, first.article];
			work++;
			if (work > budget) break search;
			// Even disagreeing in all the groups it could, this pair would only tie: it wins a tie by coming first.
			if (second.degree === best.found && !earlier(a, b)) continue;
			let found = 0;
			for (const group of inGroups[first.article]!) {
				const extents = groups[group]!;
				const other = extents.get(second.article);
				if (other && disagree(extents.get(first.article)!, other)) found++;
			}

			if (found > best.found || (found === best.found && found > 0 && earlier(a, b))) best = {found, a, b};
			work += first.degree;
			if (work > budget) break search;
		}
	}

	return [best.a, best.b];
}
