/**
 * Signal latency (issue 21): how long the dashboard takes to end after a signal, at
 * every moment of its work. `node dist/cli.js FILE` runs in a pseudo-terminal (80×24);
 * once it has entered the alternate screen (its signal handlers are installed before),
 * we wait a delay, send the signal, and take the time from the kill to the exit. The
 * inputs are those that cost the dashboard most: 1 MB articles (one paragraph of
 * English with a single `Б`, every line a quotation, a page of numbers, mixed scripts)
 * and a corpus of 10,000 generated articles (opening pair, search index, tables).
 * Delays from 0 to 3 s cover the first frame, the layout of the open articles and
 * the background work after it. Target: under 200 ms in every case, and the terminal
 * given back (the alternate screen left) every time.
 *
 *   node bench/signal-latency.mjs [--no-write]     (after `npm run build`)
 */

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {setTimeout as sleep} from 'node:timers/promises';
import {writeCorpus} from './generate-corpus.mjs';
import {machine} from './machine.mjs';
import {writePathologicalArticles} from './pathological-articles.mjs';
import {cliPath, ensureBuilt, startPtyScreen, waitForScreen} from './startup.mjs';

const {values: options} = parseArgs({options: {'no-write': {type: 'boolean', default: false}}});
const resultsPath = fileURLToPath(new URL('RESULTS.md', import.meta.url));
const target = 200;
const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const delays = [0, 30, 100, 300, 1000, 3000];
const signals = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR2', 'SIGABRT'];

/**
 * One run: the time from the signal to the terminal given back (the alternate screen
 * left: raw mode is off and the cursor shown just before), to the exit (the process
 * gone: the kernel freeing a large heap takes a share of it), and whether the terminal
 * was given back at all.
 */
async function measure(args, signal, delay) {
	const session = startPtyScreen([cliPath, ...args]);
	try {
		await waitForScreen(
			session,
			s => s.output.includes(enterAlternateScreen) || s.exitStatus !== undefined,
			'the alternate screen',
			120_000,
		);
		if (session.exitStatus !== undefined) throw new Error(`the dashboard ended before it opened:\n${session.dump()}`);
		await sleep(delay);
		const sent = performance.now();
		let givenBack = Number.POSITIVE_INFINITY;
		const stop = session.onChunk(arrival => {
			if (givenBack === Number.POSITIVE_INFINITY && session.output.includes(leaveAlternateScreen))
				givenBack = arrival - sent;
		});
		process.kill(session.pty.pid, signal);
		const status = await session.exit(30_000);
		stop();
		const ms = status ? performance.now() - sent : Number.POSITIVE_INFINITY;
		const restored =
			session.output.lastIndexOf(leaveAlternateScreen) > session.output.lastIndexOf(enterAlternateScreen);
		return {ms, givenBack, restored};
	} finally {
		await session.close();
	}
}

await ensureBuilt();
const directory = mkdtempSync(path.join(tmpdir(), 'parallax-signals-'));
try {
	const articles = writePathologicalArticles(directory);
	const corpus = path.join(directory, 'corpus');
	writeCorpus(corpus, 10_000);
	const inputs = [
		...Object.entries(articles).map(([name, file]) => ({name: `1 MB ${name}`, args: [file]})),
		{name: '10,000 articles', args: [corpus]},
	];
	const rows = [];
	for (const {name, args} of inputs) {
		const samples = [];
		for (const delay of delays) samples.push({delay, signal: 'SIGTERM', ...(await measure(args, 'SIGTERM', delay))});
		// Every ending signal once, in the middle of the work.
		for (const signal of signals.slice(1)) samples.push({delay: 100, signal, ...(await measure(args, signal, 100))});
		const worst = key => samples.reduce((x, y) => (y[key] > x[key] ? y : x));
		const row = {
			name,
			perDelay: delays.map(delay => samples.find(sample => sample.delay === delay && sample.signal === 'SIGTERM')),
			givenBack: worst('givenBack'),
			exited: worst('ms'),
			restored: samples.every(sample => sample.restored),
		};
		rows.push(row);
		console.log(
			`${name}: SIGTERM after ${delays.join('/')} ms → terminal back ${row.perDelay.map(sample => sample.givenBack.toFixed(0)).join('/')} ms, exit ${row.perDelay.map(sample => sample.ms.toFixed(0)).join('/')} ms; worst ${row.givenBack.givenBack.toFixed(0)} ms / ${row.exited.ms.toFixed(0)} ms; terminal given back: ${row.restored ? 'every time' : 'NOT always'}`,
		);
	}

	const worstOf = sample => `${sample.signal}, ${sample.delay} ms in`;
	const table = [
		`| input | terminal back after SIGTERM ${delays.map(delay => `${delay}`).join(' / ')} ms in | process gone, the same | worst terminal back (of all) | worst process gone (of all) | < ${target} ms |`,
		'| --- | ---: | ---: | ---: | ---: | --- |',
		...rows.map(
			row =>
				`| ${row.name} | ${row.perDelay.map(sample => sample.givenBack.toFixed(0)).join(' / ')} ms | ${row.perDelay.map(sample => sample.ms.toFixed(0)).join(' / ')} ms | ${row.givenBack.givenBack.toFixed(0)} ms (${worstOf(row.givenBack)}) | ${row.exited.ms.toFixed(0)} ms (${worstOf(row.exited)}) | ${row.restored && row.givenBack.givenBack < target ? 'yes' : 'no'} |`,
		),
	].join('\n');
	const section = `<!-- signals:begin -->\n## Signal latency — ${new Date().toISOString().slice(0, 10)}\n\nMachine: ${machine()}. Command: \`node bench/signal-latency.mjs\`. From the signal to the terminal given back (the alternate screen left, raw mode off) and to the process gone, once the dashboard has entered the alternate screen and the delay has passed; the other signals (SIGINT, SIGHUP, SIGQUIT, SIGUSR2, SIGABRT) 100 ms in.\n\n${table}\n<!-- signals:end -->`;
	console.log(`\n${table}`);
	if (!options['no-write']) {
		const results = readFileSync(resultsPath, 'utf8');
		const marked = /<!-- signals:begin -->[\s\S]*<!-- signals:end -->/;
		writeFileSync(
			resultsPath,
			marked.test(results) ? results.replace(marked, section) : `${results.trimEnd()}\n\n${section}\n`,
		);
	}
} finally {
	rmSync(directory, {recursive: true, force: true});
}
