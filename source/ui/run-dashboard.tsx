/**
 * Starts the dashboard full screen on the alternate screen buffer, leaving the
 * user's scrollback alone, and guarantees the terminal comes back as it was
 * (main screen, cursor shown, raw mode off) on quit, Ctrl-C, a signal that ends it
 * (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR2, SIGABRT), or a crash, printing the
 * error only after the terminal is restored.
 *
 * Signals are handled in JavaScript, so they take effect only between two pieces of
 * work: everything long the dashboard does runs in slices of a few milliseconds
 * (ui/slices.ts), and what must happen at once is bounded. Whatever is worked out
 * before the handlers are installed (the opening pair) still has Node's default
 * signal behaviour, which ends the process at once.
 */

import {constants} from 'node:os';
import {render} from 'ink';
import {printCrash} from '../commands/print.js';
import type {CorpusAnalysis} from '../model.js';
import {prepareTextWidths} from '../render/text-width.js';
import {App} from './app.js';
import {openingPair} from './opening-pair.js';
import {sliceRunner} from './slices.js';

const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

/** Signals that end the dashboard, each with exit status 128 + its number as a shell reports it. */
export const endingSignals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR2', 'SIGABRT'] as const;

export function signalExitStatus(signal: (typeof endingSignals)[number]): number {
	return 128 + constants.signals[signal];
}

export type DashboardOptions = {
	readonly colour: boolean;
};

export async function runDashboard(analysis: CorpusAnalysis, options: DashboardOptions): Promise<void> {
	const {stdout, stdin} = process;
	// Before any handler or raw mode: a signal now still ends the process at once.
	const opening = openingPair(analysis);
	prepareTextWidths();

	let restored = false;
	const restore = () => {
		if (!restored) {
			restored = true;
			sliceRunner.cancelAll();
			if (stdin.isTTY) stdin.setRawMode(false);
			stdout.write(showCursor + leaveAlternateScreen);
		}
	};

	const inkOutput = closableOutput(stdout);
	// On a signal or a crash the terminal is given back first, and Ink, unmounted as the
	// process exits, draws no last frame: at 1 MB articles that frame cost more than the rest.
	const stopWith = (code: number, error?: unknown) => {
		inkOutput.close();
		restore();
		if (error !== undefined) printCrash(error);
		process.exit(code);
	};

	// The handlers before raw mode and the alternate screen, so that no moment has the terminal changed without them.
	for (const signal of endingSignals) {
		process.once(signal, () => stopWith(signalExitStatus(signal)));
	}

	process.once('uncaughtException', error => stopWith(1, error));
	process.once('unhandledRejection', error => stopWith(1, error));
	process.once('exit', restore);

	// Raw mode before the first frame, so keys typed while it draws are not echoed onto it.
	if (stdin.isTTY) stdin.setRawMode(true);
	stdout.write(enterAlternateScreen);
	const instance = render(<App analysis={analysis} colour={options.colour} opening={opening} />, {
		stdout: inkOutput.stream,
		exitOnCtrlC: false,
		patchConsole: false,
		// Ink 6.8's incremental renderer moves the cursor up one line too few after a frame
		// that ends in a newline, shifting each redraw down a row (seen in tmux at 80×24);
		// the standard renderer redraws the whole frame, which stays in place.
		incrementalRendering: false,
	});

	try {
		await instance.waitUntilExit();
	} finally {
		restore();
	}
}

/**
 * The terminal as Ink sees it, until `close`: then it is no longer writable and writes
 * to it are dropped, so that nothing Ink does on its way out reaches the terminal.
 */
function closableOutput(stdout: NodeJS.WriteStream): {stream: NodeJS.WriteStream; close: () => void} {
	let closed = false;
	const stream = new Proxy(stdout, {
		get(target, property) {
			if (closed && property === 'write') return () => true;
			if (closed && property === 'writable') return false;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
	return {
		stream,
		close() {
			closed = true;
		},
	};
}
