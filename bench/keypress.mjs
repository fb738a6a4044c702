/**
 * Keypress benchmark: how long the dashboard takes to redraw after a key, as a user
 * at a terminal sees it. `node dist/cli.js` runs in a pseudo-terminal (80×24) whose
 * output goes to a headless xterm; for each key we write its bytes, wait until the
 * screen (text or colours) has changed and then no data has come for 40 ms, and take
 * the time from the write to the arrival of the last chunk of that redraw (the quiet
 * period is not counted). Keys: scrolling the focused pane (`j`/`k` alternately, so
 * that every press moves it), switching articles (`x` swaps the panes; in the article
 * list, `j`/`k` moves the selection and Enter opens it), and the figures view (`f`
 * opens it, `q` closes it). Two corpora: the five seeds, and a generated
 * 20,000-word article (in the focused left pane) beside a seed article, where the
 * panes have the most text to lay out. Target (issue #9): p95 < 50 ms for every key.
 * Run alone with `node bench/keypress.mjs` (after `npm run build`).
 */

import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {setTimeout as sleep} from 'node:timers/promises';
import {cliPath, dashboardFrameComplete, ensureBuilt, percentile, startPtyScreen, waitForScreen} from './startup.mjs';

const seedsDirectory = new URL('../seeds/', import.meta.url);
const quietMs = 40;
const target = 50;
const longWords = 20_000;

/** Bytes a terminal sends for the keys used here (xterm, normal cursor-key mode). */
const keyBytes = {enter: '\r', escape: '\u001B', tab: '\t', 'shift+tab': '\u001B[Z'};
const bytesFor = key => keyBytes[key] ?? key;

const wordCount = text => text.split(/\s+/).filter(Boolean).length;

/**
 * An article of at least `words` words: the seeds' paragraphs over and over, each
 * figure changed on every round so that the copies do not repeat one another.
 */
export function longArticle(words = longWords) {
	const seeds = readdirSync(seedsDirectory)
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name => readFileSync(new URL(name, seedsDirectory), 'utf8'));
	const paragraphs = seeds.flatMap(text => text.split('\n').filter(line => line.trim() !== ''));
	const out = [paragraphs[0]];
	let count = wordCount(paragraphs[0]);
	for (let index = 1; count < words; index++) {
		const cycle = Math.floor(index / paragraphs.length);
		const paragraph = paragraphs[index % paragraphs.length].replaceAll(/\d[\d,]*/g, figure => {
			const value = Number(figure.replaceAll(',', ''));
			return Number.isFinite(value) ? (value + cycle * 7).toLocaleString('en-US') : figure;
		});
		out.push(paragraph);
		count += wordCount(paragraph);
	}

	return `${out.join('\n\n')}\n`;
}

/** Everything the screen shows, text and colours, to tell whether a key changed it. */
function screenSignature(session) {
	const buffer = session.terminal.buffer.active;
	const cell = buffer.getNullCell();
	let signature = `${buffer.cursorX},${buffer.cursorY}|`;
	for (let row = 0; row < session.terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		if (!line) continue;
		signature += line.translateToString(false);
		for (let column = 0; column < session.terminal.cols; column++) {
			line.getCell(column, cell);
			signature += `${cell.getFgColorMode()}${cell.getFgColor()}.${cell.getBgColorMode()}${cell.getBgColor()}.${cell.isInverse()}${cell.isBold()}${cell.isDim()}${cell.isUnderline()},`;
		}

		signature += '\n';
	}

	return signature;
}

/**
 * Writes a key and resolves with the redraw's latency in ms: from the write to the
 * last chunk of output before `quietMs` of silence, once the screen has changed; or
 * `undefined` if the screen did not change within `timeout` ms.
 */
function timeKey(session, key, timeout = 5000) {
	return new Promise(resolve => {
		const before = screenSignature(session);
		let changed = false;
		let last = 0;
		let quiet;
		const finish = value => {
			clearTimeout(quiet);
			clearTimeout(giveUp);
			stop();
			resolve(value);
		};

		const stop = session.onChunk(arrival => {
			last = Math.max(last, arrival);
			changed ||= screenSignature(session) !== before;
			if (!changed) return;
			clearTimeout(quiet);
			quiet = setTimeout(() => finish(last - start), quietMs);
		});
		const giveUp = setTimeout(() => finish(undefined), timeout);
		const start = performance.now();
		session.write(bytesFor(key));
	});
}

/** Waits until the program has written nothing for `ms` ms. */
async function settle(session, ms = 200) {
	while (performance.now() - session.lastArrival < ms) await sleep(20);
}

function expectRunning(session, key) {
	if (session.exitStatus !== undefined) {
		throw new Error(`the dashboard exited (after ${key}); the screen:\n${session.dump()}`);
	}
}

/**
 * Sends keys without timing them, each once the previous one has redrawn the screen:
 * on a busy machine a redraw can come later than any fixed pause, and would then be
 * taken for the next timed key's (and a `q` meant to close a view would quit).
 */
async function pressUntimed(session, ...keys) {
	for (const key of keys) {
		await timeKey(session, key, 2000);
		expectRunning(session, key);
	}
}

/**
 * Times `presses` keys, `keys[i % keys.length]` for the i-th; `before(i)` and
 * `after(i)` name keys sent untimed around it (to open a view before closing it).
 */
async function timeKeys(session, keys, presses, {before = () => [], after = () => []} = {}) {
	const samples = [];
	const unchanged = [];
	for (let index = 0; index < presses; index++) {
		await pressUntimed(session, ...before(index));
		const key = keys[index % keys.length];
		const ms = await timeKey(session, key);
		expectRunning(session, key);
		if (ms === undefined) unchanged.push(key);
		else samples.push(ms);
		await pressUntimed(session, ...after(index));
	}

	if (unchanged.length > 0) {
		console.warn(
			`keypress bench: ${unchanged.length} press(es) of ${unchanged.join(' ')} left the screen unchanged:\n${session.dump()}`,
		);
	}

	return samples;
}

async function expectScreen(session, condition, description) {
	await settle(session);
	if (!condition(session.screen())) throw new Error(`expected ${description}; the screen:\n${session.dump()}`);
}

const statusLine = lines => lines.findLast(line => line.trim() !== '') ?? '';

/** Runs the key scenarios on one corpus; resolves with the samples per key kind. */
async function measureCorpus(args, presses, {leftId}) {
	const session = startPtyScreen([cliPath, ...args]);
	try {
		await waitForScreen(session, dashboardFrameComplete, 'the first dashboard frame', 60_000);
		await expectScreen(
			session,
			lines => lines[0].startsWith(`${leftId} `) && statusLine(lines).startsWith('left pane'),
			`${leftId} in the focused left pane`,
		);
		const kinds = {};
		// Down first: at the top, up does nothing.
		kinds['scroll (j/k)'] = await timeKeys(session, ['j', 'k'], presses);
		kinds['swap panes (x)'] = await timeKeys(session, ['x'], presses);
		kinds['open figures view (f)'] = await timeKeys(session, ['f'], presses, {after: () => ['q']});
		kinds['close figures view (q)'] = await timeKeys(session, ['q'], presses, {before: () => ['f']});
		// Show the article list (a focuses it): move the selection, and open the article.
		await pressUntimed(session, 'a');
		await expectScreen(session, lines => statusLine(lines).startsWith('list'), 'the article list, focused');
		kinds['list: move selection (j/k)'] = await timeKeys(session, ['j', 'k'], presses);
		// Enter opens the selected article in the left pane and focuses that pane; before
		// each Enter, j or k selects the article not in the left pane, and after it
		// Shift-Tab goes back to the list.
		kinds['list: open article (Enter)'] = await timeKeys(session, ['enter'], presses, {
			before: index => [index % 2 === 0 ? 'j' : 'k'],
			after: () => ['shift+tab'],
		});
		return kinds;
	} finally {
		await session.close();
	}
}

const formatWords = words => words.toLocaleString('en-US');

/**
 * Keypress latencies, p50 and p95 per key kind, on the seeds and on a 20,000-word
 * article; rows carry, beyond the common fields, `presses` (the presses timed).
 */
export async function measureKeypress({presses = 40} = {}) {
	await ensureBuilt();
	const directory = mkdtempSync(path.join(tmpdir(), 'parallax-bench-keypress-'));
	try {
		const long = longArticle();
		const longPath = path.join(directory, 'long.txt');
		writeFileSync(longPath, long);
		const seedName = readdirSync(seedsDirectory)
			.filter(name => name.endsWith('.txt'))
			.sort()[1];
		const seedPath = path.join(directory, seedName);
		writeFileSync(seedPath, readFileSync(new URL(seedName, seedsDirectory)));
		const corpora = [
			{corpus: 'seeds', args: [], leftId: '000'},
			{
				corpus: `${formatWords(Math.floor(wordCount(long) / 1000) * 1000)}-word article`,
				args: [longPath, seedPath],
				leftId: 'long',
			},
		];
		const rows = [];
		for (const {corpus, args, leftId} of corpora) {
			const kinds = await measureCorpus(args, presses, {leftId});
			for (const [measure, samples] of Object.entries(kinds)) {
				for (const [name, fraction] of [
					['p50', 0.5],
					['p95', 0.95],
				]) {
					const ours = samples.length > 0 ? Math.round(percentile(samples, fraction) * 10) / 10 : Number.NaN;
					const judged = name === 'p95';
					rows.push({
						section: 'Keypress',
						measure: `${measure} ${name}`,
						corpus,
						ours,
						reference: undefined,
						referenceName: undefined,
						unit: 'ms',
						ratio: undefined,
						target: judged ? `< ${target} ms` : undefined,
						met: judged ? ours < target : undefined,
						presses: samples.length,
					});
				}
			}
		}

		return rows;
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await measureKeypress());
}
