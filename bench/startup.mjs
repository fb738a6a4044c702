/**
 * Start-up benchmark: wall time from spawning a process to its first useful output,
 * for the dashboard and for references that bound it from below.
 *
 * - `node -e ''`: bare Node, the floor of any Node program.
 * - A minimal Ink app (`fixtures/minimal-ink.mjs`), as plain ESM and bundled with
 *   esbuild as our `bundle` script bundles the CLI: the floor of Node + React + Ink,
 *   timed to the first output that shows its line, under a pseudo-terminal.
 * - `node dist/cli.js` on the five seeds under a pseudo-terminal (80×24), its output
 *   fed to a headless xterm: timed to the pty data that completes the first full
 *   dashboard frame (both panes, search line and status bar), which is what a user
 *   waits for. The target (issue #9) is ≤ 1.3× the bundled minimal Ink app.
 * - `node dist/cli.js list` in a pipe, timed to exit: start-up without Ink at all.
 *
 * Each case runs once to warm the file cache, then `runs` times, the cases
 * interleaved so that noise from the rest of the machine spreads evenly; the median
 * is reported, and the minimum beside it. Run alone with `node bench/startup.mjs`
 * (after `npm run build`).
 */

import {spawn as spawnProcess} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import xterm from '@xterm/headless';
import {build} from 'esbuild';
import {spawn as spawnPty} from 'node-pty';

// @xterm/headless is CommonJS: under ESM its exports sit on the default export.
const {Terminal} = xterm;

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const cliPath = path.join(projectRoot, 'dist/cli.js');
const minimalInkPath = fileURLToPath(new URL('fixtures/minimal-ink.mjs', import.meta.url));
const minimalInkLine = 'parallax bench: minimal Ink app';
export const terminalSize = {cols: 80, rows: 24};

/**
 * The environment of a program run in the pty: a user's colour terminal, not CI. `CI`
 * is removed rather than set to `false`: Ink's is-in-ci reads `CI=false` as not CI, but
 * Node's `hasColors()` and chalk's supports-color see any `CI` as a CI without colours,
 * and would time a colourless dashboard (where, for one, the list's selection is not
 * drawn at all, so moving it writes nothing).
 */
export function ptyEnvironment() {
	const environment = {...process.env, TERM: 'xterm-256color'};
	delete environment.CI;
	delete environment.FORCE_COLOR;
	delete environment.NO_COLOR;
	return environment;
}

export function percentile(samples, fraction) {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

export const median = samples => percentile(samples, 0.5);
const round = value => Math.round(value * 10) / 10;

/** Waits until `dist/cli.js` exists and runs (someone may be rebuilding it); builds it after a while. */
export async function ensureBuilt() {
	for (let attempt = 0; attempt < 20; attempt++) {
		if (existsSync(cliPath) && (await spawnToExit(process.execPath, [cliPath, '--version'])).code === 0) return;
		if (attempt === 10) await spawnToExit('npm', ['run', '--silent', 'build'], {cwd: projectRoot});
		await sleep(3000);
	}

	throw new Error(`${cliPath} is missing or does not run; run npm run build`);
}

/** Runs a program with its output piped and discarded; resolves with its exit code and the time to exit. */
export function spawnToExit(file, args, options = {}) {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawnProcess(file, args, {cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], ...options});
		child.stdout?.resume();
		child.stderr?.resume();
		child.on('error', reject);
		child.on('exit', code => resolve({code, ms: performance.now() - start}));
	});
}

/**
 * A program in a pseudo-terminal whose output goes to a headless xterm, with the
 * arrival time of every chunk of output. `onChunk(arrival)` runs after the screen has
 * parsed each chunk, so it sees the screen as that chunk left it.
 */
export function startPtyScreen(
	args,
	{file = process.execPath, cols = terminalSize.cols, rows = terminalSize.rows} = {},
) {
	const terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
	const listeners = new Set();
	const session = {
		terminal,
		output: '',
		lastArrival: 0,
		exitStatus: undefined,
		/** Calls `listener(arrival)` after each chunk is on the screen; returns a function that stops it. */
		onChunk(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		write(data) {
			session.pty.write(data);
		},
		/** The visible lines. */
		screen() {
			const buffer = terminal.buffer.active;
			return Array.from(
				{length: terminal.rows},
				(_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '',
			);
		},
		dump() {
			return session
				.screen()
				.map((line, row) => `${String(row).padStart(2)}|${line}`)
				.join('\n');
		},
		/** Resolves when the program has exited, or after `timeout` ms with undefined. */
		async exit(timeout = 5000) {
			return Promise.race([session.exited, sleep(timeout, undefined)]);
		},
		/** Ends the program if it still runs and frees the screen. */
		async close() {
			if (session.exitStatus === undefined) {
				try {
					session.pty.kill('SIGKILL');
				} catch {
					// already gone
				}

				await session.exit(2000);
			}

			terminal.dispose();
		},
	};
	session.start = performance.now();
	session.pty = spawnPty(file, args, {name: 'xterm-256color', cols, rows, cwd: projectRoot, env: ptyEnvironment()});
	session.pty.onData(data => {
		const arrival = performance.now();
		session.output += data;
		session.lastArrival = arrival;
		terminal.write(data, () => {
			for (const listener of listeners) listener(arrival);
		});
	});
	// A real terminal answers queries (cursor position, modes); pass the answers on.
	terminal.onData(data => {
		if (session.exitStatus === undefined) session.pty.write(data);
	});
	session.exited = new Promise(resolve => {
		session.pty.onExit(({exitCode, signal}) => {
			session.exitStatus = {exitCode, signal: signal ?? 0, ms: performance.now() - session.start};
			resolve(session.exitStatus);
		});
	});
	return session;
}

/**
 * Resolves with the arrival time of the chunk after which `condition(session)` holds,
 * checked after every chunk (and once now); rejects with the screen after `timeout` ms.
 */
export function waitForScreen(session, condition, description, timeout = 10_000) {
	return new Promise((resolve, reject) => {
		let stop;
		const timer = setTimeout(() => {
			stop();
			reject(new Error(`timed out waiting for ${description}; the screen:\n${session.dump()}`));
		}, timeout);
		const check = arrival => {
			if (!condition(session)) return;
			clearTimeout(timer);
			stop();
			resolve(arrival);
		};

		stop = session.onChunk(check);
		session.terminal.write('', () => check(session.lastArrival));
	});
}

/**
 * Whether the screen shows a complete dashboard frame: the pane titles on the top
 * line, text on both sides of the pane separator on the last row of the panes, the
 * search hints above the status bar, and the status bar's `L … · R …` and key hints
 * on the last line with text. Ink writes a frame in one go, but the pty can split it into
 * several chunks; this holds only once the last of them is on the screen.
 */
export function dashboardFrameComplete(session) {
	const lines = session.screen();
	// The status bar is the last line with text (the app leaves the bottom row empty).
	const last = lines.findLastIndex(line => line.trim() !== '');
	if (last < 3) return false;
	const status = lines[last];
	const search = lines[last - 1];
	const bottomRow = lines[last - 2];
	const top = lines[0];
	const separator = top.lastIndexOf('│');
	return (
		/ L \S+ · R \S+ /.test(status) &&
		status.includes('j/k') &&
		search.includes('? help') &&
		separator > 0 &&
		bottomRow.slice(0, separator).trim() !== '' &&
		bottomRow.slice(separator + 1).trim() !== ''
	);
}

/** The minimal Ink app under a pty: time to the output that shows its line, and to exit. */
async function timeMinimalInk(file) {
	const session = startPtyScreen([file]);
	try {
		const shown = await waitForScreen(
			session,
			() => stripVTControlCharacters(session.output).includes(minimalInkLine),
			`"${minimalInkLine}"`,
		);
		const status = await session.exit(10_000);
		if (!status) throw new Error(`${file} did not exit; the screen:\n${session.dump()}`);
		return {firstOutput: shown - session.start, exit: status.ms};
	} finally {
		await session.close();
	}
}

/** The dashboard (`cli`, ours by default) under a pty: time to the first complete frame; then `q` and wait for the exit. */
export async function timeDashboard(args = [], cli = cliPath) {
	const session = startPtyScreen([cli, ...args]);
	try {
		const frame = await waitForScreen(session, dashboardFrameComplete, 'the first dashboard frame', 60_000);
		session.write('q');
		const status = await session.exit(10_000);
		if (!status) throw new Error(`the dashboard did not exit on q; the screen:\n${session.dump()}`);
		return {firstFrame: frame - session.start, exit: status.ms};
	} finally {
		await session.close();
	}
}

/** Bundles the minimal Ink app as the `bundle` script of package.json bundles the CLI. */
async function bundleMinimalInk(directory) {
	const outfile = path.join(directory, 'minimal-ink.bundle.mjs');
	await build({
		entryPoints: [minimalInkPath],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		alias: {'react-devtools-core': path.join(projectRoot, 'source/ui/devtools-stand-in.ts')},
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {
			js: "import {createRequire as createBundleRequire} from 'node:module'; const require = createBundleRequire(import.meta.url);",
		},
		logLevel: 'warning',
	});
	return outfile;
}

async function expectExit(run, description) {
	const {code, ms} = await run();
	if (code !== 0) throw new Error(`${description} exited with ${code}`);
	return ms;
}

function row(measure, corpus, samples, reference) {
	const ours = round(median(samples));
	const referenceValue = reference ? round(median(reference.samples)) : undefined;
	const ratio = reference ? Math.round((median(samples) / median(reference.samples)) * 100) / 100 : undefined;
	return {
		section: 'Start-up',
		measure,
		corpus,
		ours,
		reference: referenceValue,
		referenceName: reference?.name,
		unit: 'ms',
		ratio,
		target: reference?.target,
		met: reference?.limit === undefined ? undefined : ratio <= reference.limit,
		min: round(Math.min(...samples)),
		runs: samples.length,
	};
}

/**
 * Start-up times, medians of `runs` runs after one warm-up run of each case. Rows
 * carry, beyond the common fields, `min` (the fastest run) and `runs`.
 */
export async function measureStartup({runs = 10} = {}) {
	await ensureBuilt();
	const directory = mkdtempSync(path.join(tmpdir(), 'parallax-bench-startup-'));
	try {
		const bundledInkPath = await bundleMinimalInk(directory);
		const cases = {
			node: () => expectExit(() => spawnToExit(process.execPath, ['-e', '']), "node -e ''"),
			plainInk: () => timeMinimalInk(minimalInkPath),
			bundledInk: () => timeMinimalInk(bundledInkPath),
			dashboard: () => timeDashboard(),
			list: () => expectExit(() => spawnToExit(process.execPath, [cliPath, 'list']), 'parallax list'),
		};
		const samples = Object.fromEntries(Object.keys(cases).map(name => [name, []]));
		for (let pass = 0; pass <= runs; pass++) {
			for (const [name, run] of Object.entries(cases)) {
				const result = await run();
				// Pass 0 warms the file cache and is not counted.
				if (pass > 0) samples[name].push(result);
			}
		}

		const node = samples.node;
		const plainFirst = samples.plainInk.map(result => result.firstOutput);
		const bundledFirst = samples.bundledInk.map(result => result.firstOutput);
		const dashboardFrame = samples.dashboard.map(result => result.firstFrame);
		const bundled = {name: 'bundled minimal Ink app (first output)', samples: bundledFirst};
		const plain = {name: 'plain-ESM minimal Ink app (first output)', samples: plainFirst};
		const bareNode = {name: "node -e ''", samples: node};
		return [
			row("node -e '' (to exit)", 'none', node),
			row('minimal Ink app, plain ESM: first output', 'one line', plainFirst),
			row(
				'minimal Ink app, plain ESM: exit',
				'one line',
				samples.plainInk.map(result => result.exit),
			),
			row('minimal Ink app, bundled: first output', 'one line', bundledFirst),
			row(
				'minimal Ink app, bundled: exit',
				'one line',
				samples.bundledInk.map(result => result.exit),
			),
			row('first dashboard frame', 'seeds', dashboardFrame, {...bundled, target: '≤ 1.3× bundled Ink', limit: 1.3}),
			row('first dashboard frame vs plain-ESM Ink', 'seeds', dashboardFrame, plain),
			row('list in a pipe (to exit)', 'seeds', samples.list, bundled),
			row('list in a pipe vs bare Node', 'seeds', samples.list, bareNode),
		];
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await measureStartup());
}
