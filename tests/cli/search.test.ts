import {describe, expect, test} from 'vitest';
import type {SearchHitJson} from '../../source/commands/search.js';
import {SearchIndex} from '../../source/search/search-index.js';
import {runCli} from '../helpers/cli.js';
import {seedAnalysis} from '../helpers/dashboard.js';

describe('parallax search', () => {
	test('prints ranked hits, one a line: id, kind, text, tab-separated', () => {
		const result = runCli(['search', 'tykh']);
		expect(result.status).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('-\tspeaker\tGeorgiy Tykhy');
		expect(lines[1]).toBe('002_b76eddcc3a3b8871\tquote\ttaking over');
		expect(lines.every(line => line.split('\t').length === 3)).toBe(true);
	});

	test('--json gives an array with articles, spans, speakers and matched characters', () => {
		const result = runCli(['search', 'by:putin dislodge', '--json']);
		const hits = JSON.parse(result.stdout) as SearchHitJson[];
		expect(hits).toHaveLength(2);
		expect(hits[0]).toMatchObject({
			kind: 'quote',
			article: '001_2b3c9c5aee47423a',
			text: 'dislodge',
			speaker: {name: 'Vladimir Putin'},
			matches: [[0, 8]],
		});
	});

	test('nothing found is exit status 1, like grep; no query is a usage error', () => {
		const none = runCli(['search', 'zzqqxx']);
		expect(none.status).toBe(1);
		expect(none.stdout).toBe('');
		const missing = runCli(['search']);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toBe('parallax: search needs QUERY (parallax search QUERY [PATH…] [--limit N])\n');
	});
});

describe('building the index in steps', () => {
	test('gives the same answers as building it at once, and reports progress up to the end', async () => {
		const analysis = await seedAnalysis();
		const progress: number[] = [];
		const stepped = await SearchIndex.build(analysis, done => progress.push(done));
		const direct = new SearchIndex(analysis);
		for (const query of ['tykh', '11,000', 'kursk !ukraine', 'in:004 q:']) {
			expect(stepped.search(query)).toEqual(direct.search(query));
		}

		expect(progress.every((done, index) => done >= (progress[index - 1] ?? 0) && done <= 1)).toBe(true);
	});
});
