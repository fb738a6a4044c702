/**
 * A progress line on standard error while a large corpus loads, so the screen is
 * never frozen: rewritten in place at most ten times a second, and erased when done.
 * Only on a terminal; for a plain command only for corpora that take a noticeable time,
 * for the dashboard from the start, so that its screen is never blank while it loads.
 */

import {eraseLine, rewriteLine} from './print.js';

export type ProgressLine = {
	readonly update: (done: number, total: number) => void;
	readonly clear: () => void;
};

const smallestShownByDefault = 200;
const interval = 100;

export function progressLine(stream: NodeJS.WriteStream, {smallestShown = smallestShownByDefault} = {}): ProgressLine {
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
			const count = `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${total === 1 ? 'article' : 'articles'}`;
			show(
				done < total
					? `parallax: reading ${count}…`
					: `parallax: read ${count}; matching speakers and figures across them…`,
			);
		},
		clear() {
			if (shown) eraseLine(stream);
			shown = false;
		},
	};
}
