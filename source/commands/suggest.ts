/**
 * "Did you mean …?": the candidate nearest to a mistyped name, by edit distance,
 * when it is near enough to be a likely typo; a prefix counts as near.
 */

function distance(a: string, b: string): number {
	const previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0]!;
		previous[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j]!;
			previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}

	return previous[b.length]!;
}

/** Between equally distant candidates, the nearer characters win: `005` is nearer `004` than `000`. */
function closeness(a: string, b: string): number {
	if (a.length !== b.length) return 0;
	let total = 0;
	for (let index = 0; index < a.length; index++) {
		total += Math.abs(a.charCodeAt(index) - b.charCodeAt(index));
	}

	return total / 1000;
}

export function nearest(name: string, candidates: readonly string[]): string | undefined {
	const wanted = name.toLowerCase();
	let best: {candidate: string; score: number} | undefined;
	for (const candidate of candidates) {
		const lower = candidate.toLowerCase();
		const score =
			lower.startsWith(wanted) || wanted.startsWith(lower) ? 0.5 : distance(wanted, lower) + closeness(wanted, lower);
		if (!best || score < best.score) {
			best = {candidate, score};
		}
	}

	return best && Math.floor(best.score) <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
}

/** ` (did you mean X?)`, or nothing. */
export function didYouMean(name: string, candidates: readonly string[]): string {
	const found = nearest(name, candidates);
	return found ? ` (did you mean ${found}?)` : '';
}
