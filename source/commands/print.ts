/**
 * The only code that writes to standard output and standard error outside the
 * dashboard (eslint.config.js forbids writes, `console` and `JSON.stringify`
 * anywhere else): whatever it writes has passed the terminal gate
 * (render/terminal-output.ts) first, so that no message, path, reason or output can
 * carry a raw escape. Output that cannot be written ends the run with one line and
 * exit status 2; a reader that went away (`| head`) ends it quietly.
 */

import type {InputProblem} from '../model.js';
import {jsonText, terminalText} from '../render/terminal-output.js';

type Stream = Pick<NodeJS.WriteStream, 'write'>;

/** Command output, help and the summary, line ends included; SGR styles kept only with `styles`. */
export function print(text: string, options: {readonly styles?: boolean} = {}): void {
	process.stdout.write(terminalText(text, {styles: options.styles}));
}

/** A value as JSON on standard output, C1 and bidirectional characters escaped. */
export function printJson(value: unknown): void {
	process.stdout.write(jsonText(value));
}

/** One line on standard error after `parallax: `; line ends in it are shown as escapes. */
export function printMessage(message: string): void {
	process.stderr.write(`parallax: ${terminalText(message, {line: true})}\n`);
}

/** A path Parallax could not use and why, as one line (`parallax: PATH: REASON`). */
export function printProblem(problem: InputProblem): void {
	printMessage(`${problem.path}: ${problem.reason}`);
}

/** An error nobody expected: its stack for the bug report, through the gate like everything else. */
export function printCrash(error: unknown): void {
	const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
	process.stderr.write(`parallax: ${terminalText(text)}\n`);
}

// Carriage return and erase-line: the line is rewritten in place, never scrolled.
const rewriteLineStart = '\r\u001B[K';

/** Rewrites the terminal's current line with `text` (the progress line). */
export function rewriteLine(stream: Stream, text: string): void {
	stream.write(`${rewriteLineStart}${terminalText(text, {line: true})}`);
}

/** Erases the line `rewriteLine` wrote. */
export function eraseLine(stream: Stream): void {
	stream.write(rewriteLineStart);
}

/** What a failed write means, by Node's error code; never Node's own message. */
const writeErrorReasons: Readonly<Record<string, string>> = {
	ENOSPC: 'no space left on device',
	EDQUOT: 'disk quota exceeded',
	EFBIG: 'the file is too large',
	EIO: 'input/output error',
	EBADF: 'it is not open for writing',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ECONNRESET: 'the connection was reset',
};

/** `cannot write the output: no space left on device`, for a failed write to standard output. */
export function writeErrorMessage(error: NodeJS.ErrnoException): string {
	const code = error.code;
	const reason = code === undefined ? undefined : writeErrorReasons[code];
	return `cannot write the output${reason ? `: ${reason}` : code ? ` (${code})` : ''}`;
}

/**
 * Write failures on standard output and error, from here on: a closed pipe ends the
 * run quietly with status 0 (the reader has all it wanted); any other failure is one
 * line on standard error, when that still works, and status 2; never a stack trace.
 */
export function exitOnWriteErrors(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		// Writes to standard error are synchronous for files, pipes and terminals: the line is out before the exit.
		printMessage(writeErrorMessage(error));
		process.exit(2);
	});
	process.stderr.on('error', (error: NodeJS.ErrnoException) => {
		// Nowhere left to say what happened.
		process.exit(error.code === 'EPIPE' ? 0 : 2);
	});
}
