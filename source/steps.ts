/**
 * Work cut into short steps. The dashboard runs on one thread that must also read
 * keys and signals, so anything that grows with the input (laying out a long
 * article, building the search index, a search over 20,000 articles, the figures
 * table) is written as a generator that yields after every small piece of work — a
 * millisecond or two at the size limits — and returns its value. The plain commands
 * run it to the end at once (`finish`); the dashboard runs it in slices between
 * which the event loop takes its turn (ui/slices.ts).
 */

/** A generator that yields its progress (0–1, or nothing) between steps and returns its value. */
export type Steps<Value> = Generator<number | undefined, Value, undefined>;

/** Runs steps to the end. */
export function finish<Value>(steps: Steps<Value>): Value {
	for (;;) {
		const result = steps.next();
		if (result.done) return result.value;
	}
}

/** Steps that are already done: a value at hand, where steps are expected. */
// eslint-disable-next-line require-yield -- a generator that yields nothing is the point
export function* done<Value>(value: Value): Steps<Value> {
	return value;
}

/** Comparisons made between two steps of `sortSteps`. */
const comparisonsPerStep = 16_384;

/**
 * A stable sort in steps (a bottom-up merge sort): tens of thousands of names
 * compared by locale are a noticeable fraction of a second. Sorts `items` in place
 * and returns it, as `Array.prototype.sort` does.
 */
export function* sortSteps<Item>(items: Item[], compare: (a: Item, b: Item) => number): Steps<Item[]> {
	const count = items.length;
	let from = items;
	let to: Item[] = Array.from({length: count});
	let comparisons = 0;
	for (let width = 1; width < count; width *= 2) {
		for (let start = 0; start < count; start += 2 * width) {
			const middle = Math.min(start + width, count);
			const end = Math.min(start + 2 * width, count);
			let left = start;
			let right = middle;
			for (let at = start; at < end; at++) {
				if (left < middle && (right >= end || compare(from[right]!, from[left]!) >= 0)) to[at] = from[left++]!;
				else to[at] = from[right++]!;
				if (++comparisons >= comparisonsPerStep) {
					comparisons = 0;
					yield;
				}
			}
		}

		[from, to] = [to, from];
	}

	if (from !== items) {
		for (let index = 0; index < count; index++) items[index] = from[index]!;
	}

	return items;
}
