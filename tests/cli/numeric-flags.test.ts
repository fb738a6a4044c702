/**
 * Numeric flags are read as typed and checked in one place: a value outside its range
 * or not a whole number is a usage error naming the range, before anything is read.
 */

import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {seedPath} from '../helpers/files.js';

const usageError = (message: string) => ({stdout: '', stderr: `parallax: ${message}\n`, status: 2});

describe('--width', () => {
	test('a hundred million columns is refused at once, naming the range', () => {
		// It used to build lines of 50 million columns: 1.8 GB and over a minute.
		expect(runCli(['compare', '000', '001', '--width', '100000000'])).toEqual(
			usageError('--width 100000000 is not a whole number from 20 to 1,000'),
		);
	});

	// With `=`, since a separate `-40` reads as flags.
	test.each(['19', '1001', 'abc', '80.5', '-40', '1e3', '0x50'])('%s is refused', width => {
		expect(runCli(['compare', '000', '001', `--width=${width}`])).toEqual(
			usageError(`--width ${width} is not a whole number from 20 to 1,000`),
		);
	});

	test.each([
		[['compare', '000', '001'], '--width', '-40', '--width -40 is not a whole number from 20 to 1,000'],
		[['search', 'kursk'], '--limit', '-1', '--limit -1 is not a whole number from 0 to 10,000,000'],
		[['list'], '--max-articles', '-5', '--max-articles -5 is not a whole number from 1 to 10,000,000'],
	])('%j %s followed by a negative number takes it as its value, and refuses it', (command, flag, value, message) => {
		// Not the short flags `-4` and `-0`.
		expect(runCli([...command, flag, value])).toEqual(usageError(message));
	});

	test('no value is refused', () => {
		expect(runCli(['compare', '000', '001', '--width'])).toEqual(
			usageError('--width needs a whole number from 20 to 1,000'),
		);
	});

	test.each([20, 1000])('%i, an end of the range, is used', width => {
		const result = runCli(['compare', '000', '001', '--width', String(width)]);
		expect(result.status).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(Math.max(...lines.map(line => [...line].length))).toBeLessThanOrEqual(width);
		expect(lines.length).toBeGreaterThan(10);
	});
});

describe('--limit', () => {
	test('0 asks for nothing, as grep -m 0 does: nothing printed, exit status 1', () => {
		expect(runCli(['search', 'Kursk', '--limit', '0'])).toEqual({stdout: '', stderr: '', status: 1});
		expect(runCli(['search', 'Kursk', '--limit', '0', '--json'])).toEqual({stdout: '[]\n', stderr: '', status: 1});
	});

	test('N prints N hits', () => {
		for (const limit of [1, 3]) {
			const result = runCli(['search', 'Kursk', '--limit', String(limit)]);
			expect(result.stdout.trimEnd().split('\n')).toHaveLength(limit);
		}
	});

	test.each(['abc', '2.5', '-1', '10000001', ' '])('%j is refused', limit => {
		expect(runCli(['search', 'Kursk', `--limit=${limit}`])).toEqual(
			usageError(
				limit.trim() === ''
					? '--limit needs a whole number from 0 to 10,000,000'
					: `--limit ${limit} is not a whole number from 0 to 10,000,000`,
			),
		);
	});

	test('a word after --limit is its value, not the query', () => {
		expect(runCli(['search', '--limit', 'Kursk'])).toEqual(
			usageError('--limit Kursk is not a whole number from 0 to 10,000,000'),
		);
	});

	test('given twice is one usage line, not a stack trace', () => {
		expect(runCli(['search', 'Kursk', '--limit', '1', '--limit', '2'])).toEqual(
			usageError('--limit can only be given once'),
		);
	});
});

describe('--max-articles and --max-size', () => {
	test.each(['abc', '0', '2.5', ''])('--max-articles %j is refused before anything is read', value => {
		// The missing file would be named if reading had started.
		expect(runCli(['list', '/nonexistent/a.txt', '--max-articles', value])).toEqual(
			usageError(
				value === ''
					? '--max-articles needs a whole number from 1 to 10,000,000'
					: `--max-articles ${value} is not a whole number from 1 to 10,000,000`,
			),
		);
	});

	test('--max-articles 1 reads one', () => {
		const result = runCli([
			'list',
			'--max-articles',
			'1',
			seedPath('000_4eab5851a74c429f'),
			seedPath('001_2b3c9c5aee47423a'),
		]);
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/001_2b3c9c5aee47423a\.txt: not read, nor anything after it/);
	});

	test('a size too large for a number is refused, the value cut in the message', () => {
		const digits = '9'.repeat(400);
		expect(runCli(['list', '--max-size', digits])).toEqual(
			usageError(`--max-size ${'9'.repeat(39)}… is not a size (for example 5MB, 800kB, 1048576)`),
		);
	});
});
