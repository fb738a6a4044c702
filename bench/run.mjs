/**
 * `npm run bench`: every benchmark of issue #9 in one run, printed as one table of
 * our figure, the reference measured in the same run, and their ratio, then a table
 * of stage shares; the same tables replace the last run in bench/RESULTS.md.
 *
 *   node bench/run.mjs [--sizes 1000,10000] [--runs N] [--no-write]
 *
 * Corpora: the five seeds, and generated ones (bench/generate-corpus.mjs) of 1,000 and
 * 10,000 articles. The search benchmark of issue #6 is `npm run bench:search`.
 */

import {readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {measureAnalysis} from './analysis.mjs';
import {writeCorpus} from './generate-corpus.mjs';
import {measureKeypress} from './keypress.mjs';
import {machine} from './machine.mjs';
import {measureStartup} from './startup.mjs';

const {values: options} = parseArgs({
	options: {
		sizes: {type: 'string', default: '1000,10000'},
		runs: {type: 'string', default: '3'},
		'no-write': {type: 'boolean', default: false},
	},
});
const sizes = options.sizes.split(',').map(Number).filter(Boolean);
const runs = Number(options.runs);
const seedsDirectory = fileURLToPath(new URL('../seeds', import.meta.url));
const resultsPath = fileURLToPath(new URL('RESULTS.md', import.meta.url));

const count = number => number.toLocaleString('en-US');

function formatValue(value, unit) {
	if (value === undefined || Number.isNaN(value)) return '';
	switch (unit) {
		case 'ms': {
			return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
		}

		case 'MB': {
			return `${value.toFixed(0)} MB`;
		}

		case '×': {
			return `${value.toFixed(1)}×`;
		}

		default: {
			return `${value >= 100 ? count(Math.round(value)) : value.toFixed(1)} ${unit}`;
		}
	}
}

/** A peak-RSS row; the corpus with a target is held to 1 GB. */
function memoryRow(measure, label, bytes, target) {
	return {
		section: 'Memory',
		measure,
		corpus: label,
		ours: bytes / 2 ** 20,
		unit: 'MB',
		target: target ? '< 1 GB' : undefined,
		met: target ? bytes < 2 ** 30 : undefined,
	};
}

/** Rows for one corpus's analysis measurements. */
function analysisRows(label, result, target) {
	const megabytes = result.bytes / 1e6;
	const seconds = result.wall / 1000;
	return [
		{
			section: 'Analysis',
			measure: 'read → grouping, wall (vs cat)',
			corpus: label,
			ours: result.wall,
			reference: result.cat,
			referenceName: 'cat',
			unit: 'ms',
			target,
			met: target ? result.wall < 10_000 : undefined,
		},
		{
			section: 'Analysis',
			measure: 'throughput, articles',
			corpus: label,
			ours: result.articles / seconds,
			unit: 'articles/s',
		},
		{
			section: 'Analysis',
			measure: 'throughput, text (vs cat)',
			corpus: label,
			ours: megabytes / seconds,
			reference: megabytes / (result.cat / 1000),
			referenceName: 'cat',
			unit: 'MB/s',
		},
		{
			section: 'Analysis',
			measure: 'search index build (dashboard, after it opens)',
			corpus: label,
			ours: result.indexWall,
			unit: 'ms',
		},
		memoryRow('peak RSS, analysis', label, result.rss, target),
		memoryRow('peak RSS, analysis + search index', label, result.rssWithIndex, target),
	];
}

function growthRows(small, large, factor) {
	const rows = [];
	const add = (measure, from, to) =>
		rows.push({
			section: `Growth ${count(small.articles)} → ${count(large.articles)}`,
			measure,
			corpus: `${factor}× the articles`,
			ours: to / from,
			unit: '×',
			target: measure.startsWith('read → grouping') ? `≤ ${Math.round(factor * 1.2)}×` : undefined,
			met: measure.startsWith('read → grouping') ? to / from <= factor * 1.2 : undefined,
		});
	add('read → grouping, wall', small.wall, large.wall);
	for (const stage of Object.keys(small.stages)) {
		// A stage that takes under a millisecond has no meaningful growth.
		if (small.stages[stage] >= 1) add(`stage: ${stage}`, small.stages[stage], large.stages[stage]);
	}

	add('peak RSS, analysis', small.rss, large.rss);
	add('search index build', small.indexWall, large.indexWall);
	return rows;
}

export function table(rows) {
	const lines = [
		'| Section | Measure | Corpus | Ours | Reference | Ratio | Target | Met |',
		'| --- | --- | --- | ---: | ---: | ---: | --- | --- |',
	];
	for (const row of rows) {
		const ratio = row.ratio ?? (row.reference ? row.ours / row.reference : undefined);
		const reference =
			row.reference === undefined ? '' : `${formatValue(row.reference, row.unit)} (${row.referenceName})`;
		const met = row.met === undefined ? '' : row.met ? 'yes' : '**no**';
		lines.push(
			`| ${row.section} | ${row.measure} | ${row.corpus} | ${formatValue(row.ours, row.unit)} | ${reference} | ${ratio === undefined ? '' : `${ratio.toFixed(2)}×`} | ${row.target ?? ''} | ${met} |`,
		);
	}

	return lines.join('\n');
}

function stageTable(results) {
	const stages = Object.keys(results[0].result.stages);
	const lines = [
		`| Stage | ${results.map(({label}) => label).join(' | ')} |`,
		`| --- | ${results.map(() => '---:').join(' | ')} |`,
	];
	for (const stage of stages) {
		const cells = results.map(({result}) => {
			const total = Object.values(result.stages).reduce((sum, time) => sum + time, 0);
			return `${formatValue(result.stages[stage], 'ms')} (${((result.stages[stage] / total) * 100).toFixed(0)} %)`;
		});
		lines.push(`| ${stage} | ${cells.join(' | ')} |`);
	}

	return lines.join('\n');
}

const log = message => process.stderr.write(`bench: ${message}\n`);

log('start-up');
const rows = await measureStartup({runs: 10});
log('analysis: seeds');
const analysed = [{label: 'seeds (5)', result: measureAnalysis(seedsDirectory, {runs})}];
const corpusRoot = path.join(tmpdir(), 'parallax-bench');
for (const size of sizes) {
	log(`analysis: generating and reading ${count(size)} articles`);
	const directory = writeCorpus(path.join(corpusRoot, `corpus-${size}`), size);
	analysed.push({label: count(size), result: measureAnalysis(directory, {runs})});
}

for (const {label, result} of analysed) {
	rows.push(...analysisRows(label, result, label === '10,000' ? '< 10 s' : undefined));
}

log('keypress to frame');
rows.push(...(await measureKeypress({presses: 40})));
const small = analysed.find(({label}) => label === '1,000');
const large = analysed.find(({label}) => label === '10,000');
if (small && large) {
	rows.push(...growthRows(small.result, large.result, 10));
}

const order = ['Start-up', 'Analysis', 'Keypress', 'Memory'];
rows.sort((a, b) => {
	const rank = row => (order.includes(row.section) ? order.indexOf(row.section) : order.length);
	return rank(a) - rank(b);
});
const report = [
	`Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}.`,
	'',
	table(rows),
	'',
	'Stage shares (one thread, so that the stages add up; the product runs them on every core):',
	'',
	stageTable(analysed.filter(({label}) => label !== 'seeds (5)')),
].join('\n');
console.log(report);

if (!options['no-write']) {
	const begin = '<!-- bench:begin -->';
	const end = '<!-- bench:end -->';
	const previous = readFileSync(resultsPath, 'utf8');
	const start = previous.indexOf(begin);
	const stop = previous.indexOf(end);
	if (start === -1 || stop === -1) throw new Error(`${resultsPath} lacks the ${begin} … ${end} markers`);
	writeFileSync(resultsPath, `${previous.slice(0, start + begin.length)}\n${report}\n${previous.slice(stop)}`);
	log(`results written to ${path.relative(process.cwd(), resultsPath)}`);
}
