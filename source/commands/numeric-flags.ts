/**
 * The numeric flags, each with its range, read from the text the user typed (meow
 * passes them as strings: its own number parsing turns `abc` into NaN and `2.5` into
 * a fraction without a word). Any other value is a usage error in one form:
 * `--width abc is not a whole number from 20 to 1,000`.
 */

import {kebab, UsageError} from './command.js';

export type WholeNumberRange = {readonly min: number; readonly max: number};

/** Whole-number flags and what they accept. */
export const wholeNumberFlags = {
	// `--limit 0` prints nothing and finds nothing (exit status 1), as `grep -m 0` does.
	limit: {min: 0, max: 10_000_000},
	// Narrower leaves no room for two columns; wider than any screen only costs memory
	// (a width of 100 million took 1.8 GB and over a minute).
	width: {min: 20, max: 1000},
	maxArticles: {min: 1, max: 10_000_000},
} as const satisfies Record<string, WholeNumberRange>;

export type WholeNumberFlag = keyof typeof wholeNumberFlags;

// A value is quoted in a message as typed, but not at any length.
function shown(text: string): string {
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const count = (value: number) => value.toLocaleString('en-US');

/** The value of a whole-number flag, or undefined when it was not given; a usage error for any other text. */
export function readWholeNumber(name: WholeNumberFlag, text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const {min, max} = wholeNumberFlags[name];
	const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
	if (value >= min && value <= max) return value;
	const range = `from ${count(min)} to ${count(max)}`;
	throw new UsageError(
		text.trim() === ''
			? `--${kebab(name)} needs a whole number ${range}`
			: `--${kebab(name)} ${shown(text)} is not a whole number ${range}`,
	);
}

const sizeUnits: Readonly<Record<string, number>> = {
	b: 1,
	k: 1024,
	kb: 1024,
	m: 1024 ** 2,
	mb: 1024 ** 2,
	g: 1024 ** 3,
	gb: 1024 ** 3,
};

/** `--max-size`: `5MB`, `800kB`, `1048576` as bytes; undefined when not given. */
export function readSize(text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
	const scale = match ? sizeUnits[(match[2] || 'b').toLowerCase()] : undefined;
	const bytes = scale === undefined ? Number.NaN : Math.floor(Number(match![1]) * scale);
	if (Number.isSafeInteger(bytes)) return bytes;
	const examples = '(for example 5MB, 800kB, 1048576)';
	throw new UsageError(
		text.trim() === '' ? `--max-size needs a size ${examples}` : `--max-size ${shown(text)} is not a size ${examples}`,
	);
}
