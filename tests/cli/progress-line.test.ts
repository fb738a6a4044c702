import {describe, expect, test, vi} from 'vitest';
import {progressLine} from '../../source/commands/progress-line.js';
import {makeTree} from '../helpers/files.js';
import {runCli} from '../helpers/cli.js';

function fakeStream(isTTY: boolean) {
	const writes: string[] = [];
	const stream = {isTTY, write: (text: string) => writes.push(text)} as unknown as NodeJS.WriteStream;
	return {stream, writes};
}

describe('the progress line', () => {
	test('on a terminal: counts rewritten in place, at most ten times a second, then erased', () => {
		vi.useFakeTimers({toFake: ['performance']});
		try {
			const {stream, writes} = fakeStream(true);
			const progress = progressLine(stream);
			progress.update(25, 1000);
			progress.update(50, 1000); // Within 100 ms of the last: skipped.
			vi.advanceTimersByTime(150);
			progress.update(75, 1000);
			progress.update(1000, 1000); // The end is always told.
			progress.clear();
			expect(writes).toEqual([
				'\r\u001B[Kparallax: reading 25 of 1,000 articles…',
				'\r\u001B[Kparallax: reading 75 of 1,000 articles…',
				'\r\u001B[Kparallax: read 1,000 of 1,000 articles; matching speakers and figures across them…',
				'\r\u001B[K',
			]);
		} finally {
			vi.useRealTimers();
		}
	});

	test('for the dashboard, from the first article of any corpus: one article is one article', () => {
		const {stream, writes} = fakeStream(true);
		const progress = progressLine(stream, {smallestShown: 1});
		progress.update(0, 5);
		const single = fakeStream(true);
		progressLine(single.stream, {smallestShown: 1}).update(0, 1);
		expect([...writes, ...single.writes]).toEqual([
			'\r\u001B[Kparallax: reading 0 of 5 articles…',
			'\r\u001B[Kparallax: reading 0 of 1 article…',
		]);
	});

	test('nothing for a small corpus, nor when standard error is not a terminal', () => {
		const small = fakeStream(true);
		progressLine(small.stream).update(5, 5);
		const piped = fakeStream(false);
		const progress = progressLine(piped.stream);
		progress.update(500, 1000);
		progress.clear();
		expect([...small.writes, ...piped.writes]).toEqual([]);
	});

	test('the CLI in a pipe prints no progress and no escape codes on standard error', () => {
		const files: Record<string, string> = {};
		for (let index = 0; index < 250; index++) {
			files[`${index}.txt`] = `Officials said ${index + 2} drones were shot down over the Kursk region overnight.\n`;
		}

		const result = runCli(['list', makeTree(files)]);
		expect(result.status).toBe(0);
		expect(result.stdout.trim().split('\n')).toHaveLength(250);
		expect(result.stderr).toBe('');
	});
});
