import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import type {AnalysisJson, ArticleJson} from '../../source/commands/analyze.js';
import {runCli} from '../helpers/cli.js';
import {makeTree, seedPath, seedsDirectory} from '../helpers/files.js';

let analysis: AnalysisJson;
const article = (prefix: string): ArticleJson => analysis.articles.find(entry => entry.id.startsWith(prefix))!;
const sentencesOf = (entry: ArticleJson) => entry.sentences.map(span => entry.text.slice(span.start, span.end));

beforeAll(() => {
	const result = runCli(['analyze', '--json']);
	expect(result.status).toBe(0);
	expect(result.stderr).toBe('');
	analysis = JSON.parse(result.stdout) as AnalysisJson;
});

describe('parallax analyze --json on the seeds', () => {
	test('five articles, every key of the contract present', () => {
		expect(analysis.articles.map(entry => entry.id)).toEqual([
			'000_4eab5851a74c429f',
			'001_2b3c9c5aee47423a',
			'002_b76eddcc3a3b8871',
			'003_08559bfd3298043e',
			'004_5c024600ca51cab3',
		]);
		for (const entry of analysis.articles) {
			expect(Object.keys(entry)).toEqual(
				expect.arrayContaining([
					'id',
					'path',
					'title',
					'headline',
					'dateline',
					'text',
					'sentences',
					'boilerplate',
					'quotes',
					'numbers',
				]),
			);
		}

		const [quote] = article('000').quotes;
		expect(Object.keys(quote!)).toEqual(
			expect.arrayContaining(['text', 'spans', 'kind', 'speaker', 'cue', 'anonymous']),
		);
		const [figure] = article('000').numbers;
		expect(Object.keys(figure!)).toEqual(
			expect.arrayContaining([
				'text',
				'start',
				'end',
				'value',
				'high',
				'unit',
				'counted',
				'qualifier',
				'vague',
				'attribution',
				'group',
			]),
		);
		expect(Object.keys(analysis.speakers[0]!)).toEqual(
			expect.arrayContaining(['id', 'name', 'aliases', 'role', 'articles', 'quoteCount']),
		);
		expect(Object.keys(analysis.groups[0]!)).toEqual(
			expect.arrayContaining(['id', 'label', 'unit', 'members', 'differs', 'confidence']),
		);
	});

	test('every span in the JSON lies inside its article text and matches its text field', () => {
		for (const entry of analysis.articles) {
			for (const figure of entry.numbers) {
				expect(entry.text.slice(figure.start, figure.end)).toBe(figure.text);
			}

			for (const quote of entry.quotes) {
				for (const span of quote.spans) {
					expect(span.end).toBeLessThanOrEqual(entry.text.length);
					expect(quote.text).toContain(entry.text.slice(span.start, span.end));
				}
			}
		}
	});

	test('002 and 004 have their first lines as headlines; the others have none and a title from the lead', () => {
		expect(article('002').headline).toBe(
			'Ukraine Forces Advance into Russian Territory, Seize Control of Kursk Border Town',
		);
		expect(article('004').headline).toBe(
			"Ukrainian Troops Still Hold Territory in Russia's Kursk Region, Top Commander Confirms",
		);
		for (const id of ['000', '001', '003']) {
			expect(article(id).headline).toBeNull();
			expect(article(id).title.length).toBeLessThanOrEqual(80);
		}

		expect(article('000').title).toMatch(/^Ukraine has achieved a series of victories/);
		expect(article('004').title).toBe(article('004').headline);
	});

	test('001 has the dateline KYIV, outside its first sentence', () => {
		expect(article('001').dateline).toBe('KYIV');
		expect(sentencesOf(article('001'))[0]).toMatch(/^Ukraine on Tuesday said/);
		expect(article('000').dateline).toBeNull();
	});

	test('the four trailing headlines of 000 are boilerplate, and none of their words are in the text', () => {
		const lines = readFileSync(seedPath('000_4eab5851a74c429f'), 'utf8').trimEnd().split('\n');
		const trailing = lines.slice(-4);
		expect(article('000').boilerplate).toEqual(trailing);
		for (const distinctive of ['Netanyahu', 'Intercontinental', 'Warehouses', 'Odesa', '39']) {
			expect(article('000').text).not.toContain(distinctive);
		}

		expect(article('000').text).toContain('bargaining chip in future peace negotiations.');
	});

	test('the Post a Comment lines of 004 are boilerplate and not text; its section heads stay', () => {
		expect(article('004').boilerplate).toEqual(['Post a Comment', 'Previous Post Next Post']);
		expect(article('004').text).not.toMatch(/Post a Comment|Previous Post/);
		expect(article('004').text).toContain('North Korean Involvement and Casualties');
		for (const id of ['001', '002', '003']) {
			expect(article(id).boilerplate).toEqual([]);
		}
	});

	test('sentence spans never cut a sentence in the middle', () => {
		for (const entry of analysis.articles) {
			for (const sentence of sentencesOf(entry)) {
				// Each starts like a sentence and ends like one (headlines and section heads have no stop).
				expect(sentence).toMatch(/^["“‘\p{Lu}\d]/u);
				const isHeading = entry.headline === sentence || /^[\p{Lu}][\p{L} ]+$/u.test(sentence);
				if (!isHeading) {
					expect(sentence).toMatch(/[.!?]["”’]?$/);
				}
			}
		}

		// Sentences that an abbreviation, a decimal or a quotation could wrongly split.
		expect(sentencesOf(article('003'))).toContain(
			'Incoming U.S. President Donald Trump has pledged to end the war within 24 hours but has not explained how he plans to achieve this or whether he will continue providing military aid to Ukraine.',
		);
		expect(sentencesOf(article('003'))).toContain(
			'“For the breakthrough, the AFU covered the area with powerful radio electronic warfare systems, hampering the work of our UAVs (drones),” the blog said.',
		);
		expect(sentencesOf(article('002'))).toContain(
			'Latvia’s foreign minister even stated that Kyiv had the right to use NATO weapons on Russian territory, a move previously described by Putin as a “red line.”',
		);
	});

	test('sentences cover every word of every paragraph, in order, without overlap', () => {
		for (const entry of analysis.articles) {
			let covered = entry.text;
			let previousEnd = 0;
			for (const span of entry.sentences) {
				expect(span.start).toBeGreaterThanOrEqual(previousEnd);
				expect(span.end).toBeGreaterThan(span.start);
				covered = covered.slice(0, span.start) + ' '.repeat(span.end - span.start) + covered.slice(span.end);
				previousEnd = span.end;
			}

			const leftOver = covered.replace(entry.dateline ? `${entry.dateline}:` : '', '').trim();
			expect(leftOver).toBe('');
		}
	});

	test('seeds are found next to the package, not in the working directory', () => {
		const result = runCli(['analyze', '--json'], {cwd: tmpdir()});
		expect(result.status).toBe(0);
		expect((JSON.parse(result.stdout) as AnalysisJson).articles).toHaveLength(5);
	});
});

describe('parallax analyze, human summary', () => {
	test('one block per article with its id and title, and a count', () => {
		const result = runCli(['analyze', seedsDirectory]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'002_b76eddcc3a3b8871  Ukraine Forces Advance into Russian Territory, Seize Control of Kursk Border Town',
		);
		expect(result.stdout).toContain('dateline KYIV');
		expect(result.stdout).toContain('4 furniture lines removed');
		expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^5 articles · \d+ speakers, \d+ quoted$/);
		// 004 quotes Syrsky once: “We will continue these operations.”
		expect(result.stdout).toContain('1 quote from 1 speaker');
	});

	test('parallax with no command prints the same summary for now', () => {
		expect(runCli([]).stdout).toBe(runCli(['analyze']).stdout);
	});
});

describe('inputs and bad input', () => {
	test('reads one article from standard input with -', () => {
		const result = runCli(['analyze', '--json', '-'], {
			input: 'WASHINGTON (AP) — The Pentagon said on Monday that aid would continue.',
		});
		expect(result.status).toBe(0);
		const [only] = (JSON.parse(result.stdout) as AnalysisJson).articles;
		expect(only).toMatchObject({id: 'stdin', dateline: 'WASHINGTON (AP)'});
	});

	test('each bad path gets one line on stderr naming it; the good ones still load; exit 0', () => {
		const root = makeTree({'empty.txt': '', 'good.txt': 'Ukraine said its troops advanced in Kursk on Tuesday.'});
		const missing = path.join(root, 'nope.txt');
		const result = runCli(['analyze', '--json', missing, path.join(root, 'empty.txt'), path.join(root, 'good.txt')]);
		expect(result.status).toBe(0);
		expect(result.stderr.trimEnd().split('\n')).toEqual([
			`parallax: ${missing}: no such file or directory`,
			`parallax: ${path.join(root, 'empty.txt')}: empty file`,
		]);
		expect((JSON.parse(result.stdout) as AnalysisJson).articles.map(entry => entry.id)).toEqual(['good']);
	});

	test('nothing usable read: non-zero exit, a clear message, no stack trace', () => {
		const root = makeTree({'empty.txt': ''});
		const result = runCli(['analyze', path.join(root, 'empty.txt'), path.join(root, 'missing')]);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('no usable articles');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	test('a file name with an escape sequence in it is shown, not executed', () => {
		const root = makeTree({'evil\u001B[2J.txt': ''});
		const result = runCli(['analyze', root]);
		expect(result.stderr).toContain('evil\\x1b[2J.txt: empty file');
		expect(result.stderr).not.toContain('\u001B');
	});

	test('an unknown flag is a usage error with exit code 2', () => {
		const result = runCli(['analyze', '--jsno']);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/Unknown flag/i);
	});
});
