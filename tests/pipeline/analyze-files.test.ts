import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, test} from 'vitest';
import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {analyzeFiles, parallelThreshold} from '../../source/pipeline/analyze-files.js';
import {makeTree, seedsDirectory} from '../helpers/files.js';

// The worker runs compiled code: `npm test` builds first.
const workerUrl = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/pipeline/analysis-worker.js'));

/** More articles than the threshold: the seeds over and over, each with its own figure. */
function largeCorpus(): string {
	const seeds = readdirSync(seedsDirectory)
		.sort()
		.map(name => readFileSync(path.join(seedsDirectory, name), 'utf8'));
	const files: Record<string, string | Uint8Array> = {};
	for (let index = 0; index < parallelThreshold + 40; index++) {
		files[`${String(index).padStart(4, '0')}.txt`] =
			`${seeds[index % seeds.length]}\n\nOfficials said ${index + 3} drones were shot down overnight.\n`;
	}

	files['0100-empty.txt'] = '';
	files['0200-binary.txt'] = new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]);
	const root = makeTree(files);
	// A name that is not UTF-8 (é in Latin-1): its path crosses to a worker as bytes.
	writeFileSync(Buffer.concat([Buffer.from(`${root}/0150-caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), seeds[0]!);
	return root;
}

describe('analyzeFiles', () => {
	const directory = largeCorpus();

	test('in worker threads it gives exactly what one thread gives, problems in file order', async () => {
		const progress: number[] = [];
		const parallel = await analyzeFiles([directory], {
			workerUrl,
			threads: 2,
			onProgress: done => progress.push(done),
		});
		const serial = analyzeCorpus(await loadCorpus([directory]));
		expect(parallel.articles).toHaveLength(parallelThreshold + 41);
		expect(parallel).toEqual(serial);
		expect(parallel.articles.find(entry => entry.article.id === '0150-caf\\xe9')?.article.path).toBe(
			`${directory}/0150-caf\\xe9.txt`,
		);
		expect(parallel.problems.map(problem => path.basename(problem.path))).toEqual([
			'0100-empty.txt',
			'0200-binary.txt',
		]);
		// Progress only grows, and ends at every file.
		// Told first before anything is read, so that a loading line can show at once.
		expect(progress[0]).toBe(0);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
		expect(progress.at(-1)).toBe(parallelThreshold + 43);
	});

	test('a worker that cannot start is an error, not a hang', async () => {
		await expect(
			analyzeFiles([directory], {workerUrl: pathToFileURL('/nonexistent/analysis-worker.js'), threads: 2}),
		).rejects.toThrow();
	});

	test('a small corpus stays on this thread: no worker is started for it', async () => {
		const analysis = await analyzeFiles([seedsDirectory], {
			workerUrl: pathToFileURL('/nonexistent/analysis-worker.js'),
			threads: 2,
		});
		expect(analysis.articles.map(entry => entry.article.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
	});
});
