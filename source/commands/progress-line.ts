/**
 * A progress line on standard error while a large corpus loads, so the screen is
 * never frozen: rewritten in place at most ten times a second, and erased when done.
 * Only on a terminal and only for corpora that take a noticeable time.
 */

import {eraseLine, rewriteLine} from './print.js';

export type ProgressLine = {
	readonly update: (done: number, total: number) => void;
	readonly clear: () => void;
};

const smallestShown = 200;
const interval = 100;

export function progressLine(stream: NodeJS.WriteStream): ProgressLine {
	let shown = false;
	let lastWrite = -Infinity;
	const show = (text: string) => {
		rewriteLine(stream, text);
		shown = true;
	};

	return {
		update(done, total) {
			if (!stream.isTTY || total < smallestShown) return;
			const now = performance.now();
			if (done < total && now - lastWrite < interval) return;
			lastWrite = now;
			const count = `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
			show(
				done < total
					? `parallax: reading ${count} articles…`
					: `parallax: read ${count} articles; matching speakers and figures across them…`,
			);
		},
		clear() {
			if (shown) eraseLine(stream);
			shown = false;
		},
	};
}
