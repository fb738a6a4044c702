/**
 * A figure larger than a double holds (300 nines and `bn`, a million million… times
 * over) is no figure: an infinite value would print as `null` where the JSON contract
 * promises a number. The figures around it are still read.
 */

import {rmSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {AnalysisJson} from '../../source/commands/analyze.js';
import {analyzePassages} from '../helpers/articles.js';
import {runCli} from '../helpers/cli.js';
import {makeTree} from '../helpers/files.js';

const nines = '9'.repeat(300);
const passage = [
	`The fund was said to be worth ${nines} bn dollars by the ministry.`,
	`Another estimate put it at 1-${nines} bn euros, officials said.`,
	`A third spoke of 2 ${'million '.repeat(60)}pounds.`,
	'Officials said 12 drones were shot down overnight.',
].join('\n');

function figuresOf(text: string) {
	const {article, figures} = analyzePassages({a: text}).articles[0]!;
	return figures.map(figure => ({...figure, text: article.text.slice(figure.span.start, figure.span.end)}));
}

describe('figures too large for a number', () => {
	test('are not figures; the others are read', () => {
		const figures = figuresOf(passage);
		expect(figures.filter(figure => figure.text.includes('999') || figure.text.includes('million'))).toEqual([]);
		expect(figures.map(figure => [figure.text, figure.value])).toContainEqual(['12', 12]);
		for (const figure of figures) {
			expect(Number.isFinite(figure.value), figure.text).toBe(true);
		}
	});

	test('any digits and multipliers give finite values only', () => {
		// Lengths spread evenly up to 320 digits, so that numbers near a double's limit are common.
		const digits = fc
			.tuple(fc.integer({min: 1, max: 320}), fc.constantFrom('1', '5', '9'))
			.map(([length, digit]) => digit.repeat(length));
		const number = fc.oneof(
			digits,
			fc.tuple(digits, digits).map(([low, high]) => `${low}-${high}`),
			fc.constantFrom('two', 'a', 'tens of', 'between 10 and', '$'),
		);
		const multiplier = fc.constantFrom('bn', 'million', 'billion', 'trillion', 'thousand', 'dozen', 'tn');
		const phrase = fc
			.tuple(number, fc.array(multiplier, {maxLength: 40}), fc.constantFrom('dollars', 'troops', 'km', ''))
			.map(([value, multipliers, unit]) => `${value} ${multipliers.join(' ')} ${unit}`);
		fc.assert(
			fc.property(fc.array(phrase, {minLength: 1, maxLength: 4}), phrases => {
				const text = `Officials said ${phrases.join(' and ')} were counted.`;
				for (const figure of figuresOf(text)) {
					expect(Number.isFinite(figure.value)).toBe(true);
					expect(figure.high === undefined || Number.isFinite(figure.high)).toBe(true);
				}
			}),
			{numRuns: 200},
		);
	});

	test('analyze --json: every value a number, every high a number or null', () => {
		const directory = makeTree({'huge.txt': passage});
		const result = runCli(['analyze', '--json', directory]);
		rmSync(directory, {recursive: true});
		expect(result.status).toBe(0);
		const [entry] = (JSON.parse(result.stdout) as AnalysisJson).articles;
		expect(entry!.numbers.length).toBeGreaterThan(0);
		for (const figure of entry!.numbers) {
			expect(typeof figure.value, figure.text).toBe('number');
			expect(figure.high === null || typeof figure.high === 'number', figure.text).toBe(true);
		}

		expect(result.stdout).not.toMatch(/"value": null/);
	});
});
