import {render} from 'ink-testing-library';
import {act} from 'react';
import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {CorpusAnalysis} from '../../source/model.js';
import {App} from '../../source/ui/app.js';
import {sliceRunner} from '../../source/ui/slices.js';
import {seedsDirectory} from './files.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const keys: Record<string, string> = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	'shift+tab': '\u001B[Z',
	pagedown: '\u001B[6~',
	pageup: '\u001B[5~',
	'ctrl+d': '\u0004',
	'ctrl+u': '\u0015',
	backspace: '\u007F',
};

const ansi = /\u001B\[[0-9;]*m/g;

let seeds: CorpusAnalysis | undefined;
export async function seedAnalysis(): Promise<CorpusAnalysis> {
	seeds ??= analyzeCorpus(await loadCorpus([seedsDirectory]));
	return seeds;
}

export type Dashboard = {
	/** The last frame without styles. */
	readonly screen: () => string;
	/** The last frame with its escape sequences. */
	readonly styled: () => string;
	readonly lines: () => string[];
	readonly press: (...names: string[]) => Promise<void>;
	readonly type: (text: string) => Promise<void>;
	readonly resize: (columns: number, rows: number) => Promise<void>;
	readonly unmount: () => void;
};

/** Renders the dashboard on an analysis at a terminal size, with keys pressed as a user would. */
export async function renderDashboard(
	options: {columns?: number; rows?: number; colour?: boolean; analysis?: CorpusAnalysis} = {},
): Promise<Dashboard> {
	const analysis = options.analysis ?? (await seedAnalysis());
	let instance: ReturnType<typeof render> | undefined;
	await act(async () => {
		instance = render(<App analysis={analysis} colour={options.colour ?? false} />);
	});
	const {stdout, stdin, lastFrame, unmount} = instance!;
	const resize = async (columns: number, rows: number) => {
		Object.defineProperty(stdout, 'columns', {get: () => columns, configurable: true});
		Object.defineProperty(stdout, 'rows', {get: () => rows, configurable: true});
		await act(async () => {
			stdout.emit('resize');
		});
	};

	await resize(options.columns ?? 80, options.rows ?? 24);
	// The views' tables and the search index are worked out in slices after the first frame.
	await settle();
	const screen = () => (lastFrame() ?? '').replaceAll(ansi, '');
	return {
		screen,
		styled: () => lastFrame() ?? '',
		lines: () => screen().split('\n'),
		async press(...names) {
			for (const name of names) {
				await act(async () => {
					stdin.write(keys[name] ?? name);
				});
			}
		},
		async type(text) {
			await act(async () => {
				stdin.write(text);
			});
		},
		resize,
		unmount() {
			act(() => {
				unmount();
			});
		},
	};
}

/**
 * Work done in slices after a frame (ui/slices.ts: search results, the index, the
 * tables, a long article's layout) is let run to its end, and its frames drawn.
 */
export async function settle(): Promise<void> {
	for (let round = 0; round < 3 || sliceRunner.pending > 0; round++) {
		if (round > 2000) throw new Error('the dashboard still has work in slices after 2,000 rounds');
		await act(async () => new Promise(resolve => setTimeout(resolve, 5)));
	}
}
