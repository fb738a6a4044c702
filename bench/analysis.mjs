/**
 * Analysis benchmark: read + clean + sentences + quotes + figures + grouping on a
 * corpus, as `parallax` runs it (worker threads and all), against `cat` reading the
 * same files (the disk floor); each stage's share from a one-thread run; peak RSS of
 * the analysis alone and with the search index the dashboard builds on top. Each
 * measurement runs in a fresh process (`analysis-child.mjs`).
 */

import {execFileSync, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const childPath = fileURLToPath(new URL('analysis-child.mjs', import.meta.url));

function child(mode, directory) {
	const output = execFileSync(process.execPath, ['--max-old-space-size=4096', childPath, mode, directory], {
		encoding: 'utf8',
		maxBuffer: 1024 * 1024,
	});
	return JSON.parse(output);
}

/** Wall time of `cat` over every article file, output thrown away: the floor for reading. */
function catTime(directory) {
	const started = performance.now();
	const result = spawnSync('sh', [
		'-c',
		'find "$0" -type f \\( -name "*.txt" -o -name "*.md" \\) -exec cat {} + > /dev/null',
		directory,
	]);
	if (result.status !== 0) throw new Error(`cat over ${directory} failed: ${result.stderr}`);
	return performance.now() - started;
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Measures one corpus: `runs` product runs (median wall, largest RSS), `cat` as many
 * times after a warm-up, and one stage run.
 */
export function measureAnalysis(directory, {runs = 3} = {}) {
	catTime(directory);
	const cat = median(Array.from({length: runs}, () => catTime(directory)));
	const results = Array.from({length: runs}, () => child('run', directory));
	const stages = child('stages', directory);
	return {
		articles: results[0].articles,
		bytes: stages.bytes,
		wall: median(results.map(result => result.wall)),
		indexWall: median(results.map(result => result.indexWall)),
		rss: Math.max(...results.map(result => result.rss)),
		rssWithIndex: Math.max(...results.map(result => result.rssWithIndex)),
		cat,
		stages: stages.times,
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const directory of process.argv.slice(2)) {
		console.log(directory, measureAnalysis(directory, {runs: 1}));
	}
}
