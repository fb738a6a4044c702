/**
 * What every plain command shares: the flags, what it is given, what it gives back,
 * and the usage error that becomes one line on stderr and exit status 2.
 */

import type {CorpusAnalysis} from '../model.js';

export type Flags = {
	readonly json: boolean;
	readonly color: boolean;
	readonly limit: number;
	readonly by: string | undefined;
	readonly article: string | undefined;
	readonly differing: boolean;
	readonly width: number | undefined;
};

/** Flags every command accepts. */
export const commonFlags = ['json', 'color', 'help', 'version', 'maxSize', 'maxArticles', 'urls', 'refresh'] as const;

export type CommandInput = {
	readonly analysis: CorpusAnalysis;
	readonly flags: Flags;
	/** The command's own arguments before the paths (a query, two article ids). */
	readonly arguments: readonly string[];
	/** Standard output is a terminal: aligned columns and headers rather than tab-separated records. */
	readonly terminal: boolean;
	/** Escape sequences may be written: a colour terminal, and neither NO_COLOR nor --no-color. */
	readonly styled: boolean;
	/** Columns to fit the output to. */
	readonly width: number;
};

/** Text (lines with their line ends) or a value to print as JSON; the CLI prints either through the terminal gate. */
export type CommandOutput = ({readonly text: string} | {readonly json: unknown}) & {
	/** 0 found, 1 nothing found. */
	readonly exitCode: 0 | 1;
};

export type Command = {
	readonly name: string;
	readonly summary: string;
	/** `parallax quotes [PATH…] [--by NAME] [--article ID]` */
	readonly usage: string;
	/** Option lines for `--help`, beyond the common ones. */
	readonly options: readonly string[];
	readonly examples: readonly string[];
	/** Flags of its own. */
	readonly flags: readonly (keyof Flags)[];
	/** Names of the arguments it takes before the paths. */
	readonly arguments: readonly string[];
	readonly run: (input: CommandInput) => CommandOutput;
};

/** `maxSize` as written on the command line: `max-size`. */
export function kebab(name: string): string {
	return name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
}

/** A mistake in how the command was called: one line on stderr, exit status 2. */
export class UsageError extends Error {}

/**
 * Nothing matches what was asked for (`quotes --by nobody`): one line on stderr, exit
 * status 1, as grep's "nothing found".
 */
export class NothingFoundError extends Error {}

/** Output that found something (0) or nothing (1). */
export function output(lines: readonly string[], json?: unknown): CommandOutput {
	const exitCode = lines.length > 0 ? 0 : 1;
	return json === undefined ? {text: lines.map(line => `${line}\n`).join(''), exitCode} : {json, exitCode};
}
