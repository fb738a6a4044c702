/**
 * Starts the dashboard full screen on the alternate screen buffer, leaving the
 * user's scrollback alone, and guarantees the terminal comes back as it was
 * (main screen, cursor shown, raw mode off) on quit, Ctrl-C, SIGTERM, SIGHUP, or a
 * crash, printing the error only after the terminal is restored.
 */

import {render} from 'ink';
import type {CorpusAnalysis} from '../model.js';
import {App} from './app.js';

const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

export type DashboardOptions = {
	readonly colour: boolean;
};

export async function runDashboard(analysis: CorpusAnalysis, options: DashboardOptions): Promise<void> {
	const {stdout, stdin} = process;
	let restored = false;
	const restore = () => {
		if (!restored) {
			restored = true;
			if (stdin.isTTY) stdin.setRawMode(false);
			stdout.write(showCursor + leaveAlternateScreen);
		}
	};

	// Raw mode before the first frame, so keys typed while it draws are not echoed onto it.
	if (stdin.isTTY) stdin.setRawMode(true);
	stdout.write(enterAlternateScreen);
	const instance = render(<App analysis={analysis} colour={options.colour} />, {
		exitOnCtrlC: false,
		patchConsole: false,
		// Ink 6.8's incremental renderer moves the cursor up one line too few after a frame
		// that ends in a newline, shifting each redraw down a row (seen in tmux at 80×24);
		// the standard renderer redraws the whole frame, which stays in place.
		incrementalRendering: false,
	});

	const stopWith = (code: number, error?: unknown) => {
		instance.unmount();
		restore();
		if (error !== undefined) {
			process.stderr.write(`parallax: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		}

		process.exit(code);
	};

	const signals = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130} as const;
	for (const [signal, code] of Object.entries(signals)) {
		process.once(signal, () => stopWith(code));
	}

	process.once('uncaughtException', error => stopWith(1, error));
	process.once('unhandledRejection', error => stopWith(1, error));
	process.once('exit', restore);

	try {
		await instance.waitUntilExit();
	} finally {
		restore();
	}
}
