/**
 * The positions of the `count` highest scores, best first (ties: earlier first),
 * without sorting every score: a threshold is found by selection, and only the
 * scores above it are sorted.
 */

type Scores = ArrayLike<number>;

/** The k-th largest value (1-based) of `values`, found by quickselect on a copy. */
function kthLargest(values: Scores, k: number): number {
	const copy = Float64Array.from(values);
	let low = 0;
	let high = copy.length - 1;
	const target = k - 1;
	while (low < high) {
		const pivot = copy[(low + high) >> 1]!;
		let left = low;
		let right = high;
		while (left <= right) {
			while (copy[left]! > pivot) left++;
			while (copy[right]! < pivot) right--;
			if (left <= right) {
				const swap = copy[left]!;
				copy[left] = copy[right]!;
				copy[right] = swap;
				left++;
				right--;
			}
		}

		if (target <= right) high = right;
		else if (target >= left) low = left;
		else break;
	}

	return copy[target]!;
}

export function bestScores(scores: Scores, count: number): number[] {
	const positions: number[] = [];
	if (scores.length <= count) {
		for (let position = 0; position < scores.length; position++) positions.push(position);
	} else {
		const threshold = kthLargest(scores, count);
		for (let position = 0; position < scores.length; position++) {
			if (scores[position]! > threshold) positions.push(position);
		}

		for (let position = 0; position < scores.length && positions.length < count; position++) {
			if (scores[position] === threshold) positions.push(position);
		}
	}

	return positions.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
