/**
 * `npm run bench:linear`: hostile inputs that once took quadratic or worse time, each
 * run at a base size and at twice and four times it. Linear work doubles its time with
 * its input (a ratio near 2); quadratic work quadruples it. Reported as a table, and
 * written into bench/RESULTS.md between the `linear` markers.
 *
 *   node bench/linear.mjs [--only NAME] [--runs N] [--no-write]
 *
 * Each case is a module in bench/linear/ whose default export is
 *   {name, unit, base, setup(directory, size) → {argv} | {run}}
 * where `size` is in `unit`s, `argv` runs the built CLI (`node dist/cli.js …argv`) and
 * `run` is an async function timed as it is. Cases generate their input in a temporary
 * directory of their own.
 */

import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {machine} from './machine.mjs';

const {values: options} = parseArgs({
	options: {
		only: {type: 'string'},
		runs: {type: 'string', default: '3'},
		'no-write': {type: 'boolean', default: false},
	},
});
const runs = Number(options.runs);
const here = path.dirname(fileURLToPath(import.meta.url));
const cliPath = path.join(here, '..', 'dist', 'cli.js');
const resultsPath = path.join(here, 'RESULTS.md');
const factors = [1, 2, 4];

const log = message => process.stderr.write(`bench: ${message}\n`);

async function timeOnce(prepared) {
	const start = performance.now();
	if (prepared.argv) {
		const result = spawnSync(process.execPath, [cliPath, ...prepared.argv], {
			stdio: ['ignore', 'ignore', 'pipe'],
			env: {...process.env, NO_COLOR: '1'},
			maxBuffer: 64 * 1024 * 1024,
			timeout: 600_000,
		});
		if (result.error) throw result.error;
	} else {
		await prepared.run();
	}

	return performance.now() - start;
}

/** The median of `runs` timings. */
async function measure(prepared) {
	const times = [];
	for (let run = 0; run < runs; run++) times.push(await timeOnce(prepared));
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

const formatTime = ms => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

const caseFiles = readdirSync(path.join(here, 'linear'))
	.filter(name => name.endsWith('.mjs'))
	.sort();
const rows = [];
for (const file of caseFiles) {
	const {default: benchCase} = await import(pathToFileURL(path.join(here, 'linear', file)).href);
	if (options.only && !benchCase.name.includes(options.only) && !file.includes(options.only)) continue;
	const times = [];
	for (const factor of factors) {
		const size = benchCase.base * factor;
		const directory = mkdtempSync(path.join(tmpdir(), 'parallax-linear-'));
		try {
			log(`${benchCase.name}: ${size} ${benchCase.unit}`);
			const prepared = await benchCase.setup(directory, size);
			times.push({size, ms: await measure(prepared)});
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	}

	rows.push({name: benchCase.name, unit: benchCase.unit, times});
}

const lines = [
	`Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}; median of ${runs}.`,
	'',
	'| Input | 1× | 2× | 4× | 2×/1× | 4×/2× |',
	'| --- | ---: | ---: | ---: | ---: | ---: |',
	...rows.map(({name, unit, times}) => {
		const cells = times.map(({size, ms}) => `${formatTime(ms)} (${size.toLocaleString('en-US')} ${unit})`);
		const ratios = [times[1].ms / times[0].ms, times[2].ms / times[1].ms].map(ratio => `${ratio.toFixed(2)}`);
		return `| ${name} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`;
	}),
];
const report = lines.join('\n');
console.log(report);

if (!options['no-write'] && !options.only) {
	const begin = '<!-- linear:begin -->';
	const end = '<!-- linear:end -->';
	const previous = readFileSync(resultsPath, 'utf8');
	const start = previous.indexOf(begin);
	const stop = previous.indexOf(end);
	const next =
		start === -1 || stop === -1
			? `${previous.trimEnd()}\n\n## Hostile inputs in linear time (issue 21)\n\n\`npm run bench:linear\` (\`bench/linear.mjs\`): each input that once took quadratic or worse time, at a base size, twice and four times it. Linear work doubles its time with its input (ratio near 2; a fixed start-up cost makes it less); quadratic work quadruples it.\n\n${begin}\n${report}\n${end}\n`
			: `${previous.slice(0, start + begin.length)}\n${report}\n${previous.slice(stop)}`;
	writeFileSync(resultsPath, next);
	log(`results written to ${path.relative(process.cwd(), resultsPath)}`);
}
