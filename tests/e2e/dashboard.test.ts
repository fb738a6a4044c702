/**
 * End-to-end: the built CLI (`node dist/cli.js`, the five seed articles) in a real
 * pseudo-terminal, read through a headless xterm. Run `npm run build` first.
 */

import {spawnSync} from 'node:child_process';
import {setTimeout as sleep} from 'node:timers/promises';
import {existsSync, readFileSync} from 'node:fs';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {keymap} from '../../source/ui/keymap.js';
import {cliPath, projectRoot, startTerminal, type TerminalSession} from '../helpers/terminal.js';

const timeout = 20_000;

beforeAll(() => {
	if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first`);
});

let sessions: TerminalSession[] = [];
afterEach(async () => {
	await Promise.all(sessions.map(async session => session.close()));
	sessions = [];
});

/** Starts the dashboard and waits until it shows the opening pair and reads keys. */
async function openDashboard(cols: number, rows: number): Promise<TerminalSession> {
	const t = await startTerminal({cols, rows, args: []});
	sessions.push(t);
	await t.expectStatus('L 000 · R 001', {timeout: 10_000});
	await t.waitForRawMode();
	return t;
}

/** After the program ended: back on the main screen, cursor shown, no dashboard left behind. */
async function expectTerminalRestored(t: TerminalSession): Promise<void> {
	expect(t.alternateScreen(), 'alternate screen still active').toBe(false);
	expect(await t.cursorVisible(), 'cursor still hidden').toBe(true);
	expect(t.screen().join('\n')).not.toContain('L 000 · R 001');
}

const escapeRegExp = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([
	{cols: 80, rows: 24},
	{cols: 200, rows: 50},
])('the dashboard at $cols×$rows', ({cols, rows}) => {
	const wide = cols >= 200;

	test(
		'opens on the first two articles side by side, with the search hint and status line below',
		async () => {
			const t = await openDashboard(cols, rows);
			expect(t.twoPanes()).toBe(true);
			expect(t.paneTitle('left')).toMatch(/^000 /);
			expect(t.paneTitle('left')).toContain('Ukraine has achieved');
			expect(t.paneTitle('right')).toMatch(/^001 /);
			expect(t.paneTitle('right')).toContain('KYIV');
			await t.expectPane('left', 'Ukraine has achieved a series of');
			await t.expectPane('right', 'KYIV: Ukraine on Tuesday said');
			expect(t.statusLine()).toContain('left pane');
			expect(t.statusLine()).toContain('L 000 · R 001');
			expect(t.searchLine()).toContain('/ search');
			// The frame stays a row short of the terminal, and every line fits the width.
			expect(t.line(-1).trim()).toBe('');
			for (const line of t.screen()) expect([...line].length).toBeLessThan(cols);
		},
		timeout,
	);

	test(
		'next-difference (n) selects the first figure that differs between the sources',
		async () => {
			const t = await openDashboard(cols, rows);
			await t.press('next-difference');
			const full = 'DIFFERS · territory held, km²: 000 >1,150 · 001 ~1,000, >=800 · 004 ~90, >1,000';
			// The selection comes first: at 80 columns too it is shown whole.
			await t.expectStatus(full);
			expect(t.statusLine().startsWith('DIFFERS')).toBe(true);

			await t.expectPane('left', '1,150');
			// The other pane moves to its own figure of the same group.
			await t.expectPane('right', '1,000');
			expect(t.paneTitle('left')).toMatch(/^000 /);
			expect(t.paneTitle('right')).toMatch(/^001 /);
		},
		timeout,
	);

	test(
		'next-quote (]) selects a quotation and names its speaker',
		async () => {
			const t = await openDashboard(cols, rows);
			await t.press(']');
			// The first quotation of 000 on screen: “buffer zone”, said by Ukrainian officials.
			await t.expectStatus(/quote 1\/4 .*· Ukrainian officials/);
			await t.expectPane('left', 'buffer zone');
		},
		timeout,
	);

	test(
		'help (?) lists every key that works in the panes, and ? closes it again',
		async () => {
			const t = await openDashboard(cols, rows);
			await t.press('?');
			await t.waitForText('Keys — press ? q or Esc to close');
			for (const label of ['j ↓', 'n', ']', 'Tab', 'f', 's', '/', 'Esc', 'q']) {
				const binding = keymap.find(entry => entry.label === label);
				expect(binding, `no binding labelled ${label}`).toBeDefined();
			}

			// The panes' keys and the global ones: the list's and the views' own are theirs.
			const entries = keymap
				.filter(binding => binding.contexts.includes('compare'))
				.map(binding => ({
					binding,
					pattern: new RegExp(`(^|\\s)${escapeRegExp(binding.label)}\\s+${escapeRegExp(binding.description)}`, 'm'),
				}));
			// The overlay may still be drawing when its title appears: wait for the whole of it.
			await t
				.waitFor(() => entries.every(({pattern}) => pattern.test(t.screen().join('\n'))), 'the whole help overlay')
				.catch(() => undefined);
			const screen = t.screen().join('\n');
			for (const {binding, pattern} of entries) {
				expect(screen, `help misses ${binding.label} (${binding.command})`).toMatch(pattern);
			}

			await t.press('?');
			await t.waitForNoText('Keys — press');
			await t.expectPaneTitle('left', '000');
			await t.expectPaneTitle('right', '001');
		},
		timeout,
	);

	test(
		'figures view (f): Esc goes back; Enter opens the two articles that disagree most',
		async () => {
			const t = await openDashboard(cols, rows);
			await t.press('figures-view');
			await t.expectStatus('figures view');
			// The first row is the group that differs, marked ≠ (its name is cut short at
			// 80 columns; the line under the table gives it in full).
			await t.waitFor(() => t.screen().some(line => /≠territory held/.test(line)), 'a row marked ≠ for territory held');
			await t.waitForText('territory held, km²');
			await t.press('escape');
			await t.expectStatus('left pane │ L 000 · R 001');
			expect(t.twoPanes()).toBe(true);

			await t.press('f');
			await t.waitForText('territory held, km²');
			await t.press('enter');
			// The pair opens on the group: its figures first, then (where there is room) the place.
			await t.expectStatus(wide ? 'left pane' : 'DIFFERS');
			await t.expectPaneTitle('left', '000');
			await t.expectPaneTitle('right', '004');
			await t.expectPane('left', '1,150');
		},
		timeout,
	);

	test(
		'speakers view (s): Enter lists a speaker’s quotations, Enter opens the article at one',
		async () => {
			const t = await openDashboard(cols, rows);
			// Swap first, so that opening the quotation from 000 visibly changes the left pane.
			await t.press('swap-panes');
			await t.expectPaneTitle('left', '001');
			await t.press('speakers-view');
			await t.expectStatus('speakers view');
			await t.waitForText('Vladimir Putin');
			await t.press('enter');
			await t.waitForText('Quotations of Vladimir Putin');
			await t.waitForText('dislodge');
			await t.press('enter');
			await t.expectStatus(/quote .*Vladimir Putin/);
			await t.expectPaneTitle('left', '000');
			await t.expectPane('left', 'worthy');
		},
		timeout,
	);

	test(
		'q quits with status 0 and restores the terminal',
		async () => {
			const t = await openDashboard(cols, rows);
			expect(t.alternateScreen()).toBe(true);
			expect(await t.cursorVisible()).toBe(false);
			await t.press('q');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
			await expectTerminalRestored(t);
		},
		timeout,
	);

	test(
		'Ctrl-C quits and restores the terminal',
		async () => {
			const t = await openDashboard(cols, rows);
			await t.press('ctrl+c');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
			await expectTerminalRestored(t);
		},
		timeout,
	);

	test.each(['SIGTERM', 'SIGHUP'] as const)(
		'%s ends it and restores the terminal',
		async signal => {
			const t = await openDashboard(cols, rows);
			t.kill(signal);
			const status = await t.exit();
			expect(status.exitCode !== 0 || status.signal !== 0).toBe(true);
			await expectTerminalRestored(t);
		},
		timeout,
	);
});

describe('resizing', () => {
	test(
		'below 60 columns one pane shows and Tab switches; wider, both return',
		async () => {
			const t = await openDashboard(80, 24);
			expect(t.twoPanes()).toBe(true);

			t.resize(50, 20);
			await t.waitFor(() => !t.twoPanes() && t.line(0).startsWith('000 '), 'a single pane showing 000');
			expect(t.line(0)).not.toContain('001');
			expect(t.screen().filter(line => /│.*│.*│/.test(line))).toEqual([]);
			await t.expectPane('left', 'Ukraine has achieved a series of');

			await t.press('tab');
			await t.waitFor(() => t.line(0).startsWith('001 '), 'the single pane to show 001');
			expect(t.line(0)).not.toContain('000');
			await t.expectStatus('right pane');
			await t.expectPane('left', 'KYIV: Ukraine on Tuesday said');

			t.resize(120, 30);
			await t.waitFor(() => t.twoPanes(), 'two panes again');
			await t.expectPaneTitle('left', '000');
			await t.expectPaneTitle('right', '001');
			await t.expectStatus('right pane │ L 000 · R 001');
		},
		timeout,
	);

	test(
		'a tiny terminal (20×5) and back neither crashes nor garbles the screen',
		async () => {
			const t = await openDashboard(80, 24);
			t.resize(20, 5);
			// The redraw, not the old frame cut off by the terminal: lines end in the app's own “…”.
			await t.waitFor(
				() =>
					t.screen().every(line => [...line].length < 20) &&
					t.line(0).startsWith('000') &&
					/^\/ search.*…$/.test(t.searchLine()),
				'the dashboard squeezed into 20 columns',
			);
			t.resize(80, 24);
			await t.waitFor(() => t.twoPanes(), 'two panes again');
			await t.expectStatus('left pane │ L 000 · R 001');
			expect(t.hasExited).toBe(false);
			await t.press('next-difference');
			await t.expectStatus('DIFFERS');
			await t.press('q');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
			await expectTerminalRestored(t);
		},
		timeout,
	);

	// A resize re-wraps the article into fewer lines: a pane scrolled to its end must
	// come back to the new end rather than show nothing but `~` filler.
	test(
		'a pane scrolled to the end still shows text after the terminal widens',
		async () => {
			const t = await openDashboard(80, 24);
			await t.press('bottom');
			await t.waitFor(() => t.paneTitle('left').endsWith('end'), 'the left pane at its end');
			await t.expectPane('left', 'Odesa Region');
			t.resize(120, 30);
			// Wait for the redraw at the new width (until then the old 80-column frame is on screen).
			await t.waitFor(() => t.twoPanes() && t.line(0).length > 80, 'the 120-column layout');
			await t.expectPane('left', 'Odesa Region', {timeout: 3000});
		},
		timeout,
	);
});

describe('leaving the terminal as it was', () => {
	test.each(['q', 'ctrl+c', 'SIGTERM', 'SIGHUP'] as const)(
		'raw mode is off after the dashboard ends (%s)',
		async how => {
			const t = await startTerminal({
				cols: 80,
				rows: 24,
				file: 'bash',
				args: ['-c', 'node dist/cli.js; echo "exit status=$?"; stty -a'],
			});
			sessions.push(t);
			await t.expectStatus('L 000 · R 001', {timeout: 10_000});
			await t.waitForRawMode();
			if (how.startsWith('SIG')) {
				const [cli] = t.children();
				expect(cli, 'the CLI process under bash').toBeDefined();
				process.kill(cli!, how);
			} else {
				await t.press(how);
			}

			await t.waitForText('exit status=');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
			const text = t.allText();
			expect(text).toMatch(how.startsWith('SIG') ? /exit status=[1-9]/ : /exit status=0/);
			expect(text).toMatch(/(^|\s)icanon(\s|$)/m);
			expect(text).toMatch(/(^|\s)echo(\s|$)/m);
			expect(text).not.toMatch(/(^|\s)-icanon(\s|$)/m);
			expect(text).not.toMatch(/(^|\s)-echo(\s|$)/m);
			await expectTerminalRestored(t);
		},
		timeout,
	);
});

describe('without a terminal', () => {
	test(
		'with stdout piped it prints the summary and says why on stderr',
		() => {
			const env: Record<string, string | undefined> = {...process.env, CI: 'false', TERM: 'xterm-256color'};
			delete env.FORCE_COLOR;
			delete env.NO_COLOR;
			const result = spawnSync(process.execPath, [cliPath], {
				cwd: projectRoot,
				env,
				encoding: 'utf8',
				stdio: ['pipe', 'pipe', 'pipe'],
				input: '',
				timeout: 15_000,
			});
			expect(result.status).toBe(0);
			expect(result.stdout).toContain('5 articles');
			expect(result.stdout).toContain('000_4eab5851a74c429f');
			expect(result.stderr).toContain('not a terminal');
			expect(result.stdout).not.toContain('\u001B');
		},
		timeout,
	);

	test(
		'with stdin a terminal but stdout a pipe it still prints the summary',
		async () => {
			const t = await startTerminal({
				cols: 100,
				rows: 30,
				file: 'bash',
				args: ['-c', 'node dist/cli.js | cat; echo "exit status=${PIPESTATUS[0]}"'],
			});
			sessions.push(t);
			await t.waitForText('exit status=');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
			const text = t.allText();
			expect(text).toContain('5 articles');
			expect(text).toContain('not a terminal');
			expect(text).toContain('exit status=0');
			expect(t.output).not.toContain('\u001B[?1049h');
			expect(t.alternateScreen()).toBe(false);
		},
		timeout,
	);
});

describe('keys that arrive in one read, as over SSH', () => {
	test(
		'/tykh written in one go opens the search with tykh typed, and its results',
		async () => {
			const t = await openDashboard(100, 30);
			await t.type('/tykh');
			await t.waitForText('Georgiy Tykhy');
			expect(t.screen().some(line => line.startsWith('/ tykh'))).toBe(true);
			await t.type('\u001B');
			await t.press('q');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
		},
		timeout,
	);
});

/** Whether a process runs: not when it is gone or a zombie that nobody has reaped yet. */
function isRunning(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
	} catch {
		return false;
	}
}

/** Waits up to a second for a process to end; whether it is still running then (it is killed if so). */
async function stillRunningAfterASecond(pid: number): Promise<boolean> {
	const started = Date.now();
	while (isRunning(pid) && Date.now() - started < 1000) await sleep(20);
	const running = isRunning(pid);
	if (running) process.kill(pid, 'SIGKILL');
	return running;
}

describe('a terminal that goes away', () => {
	test(
		'closing the pseudo-terminal under a running dashboard ends it within a second',
		async () => {
			const t = await openDashboard(80, 24);
			await t.press('j');
			t.closeTerminal();
			expect(await stillRunningAfterASecond(t.pid), 'dashboard still running a second after its terminal closed').toBe(
				false,
			);
		},
		timeout,
	);

	test(
		'with no hangup signal to tell it (its own session), the dashboard ends within a second of losing its terminal',
		async () => {
			// `setsid`: the terminal is not the dashboard's controlling terminal, so the kernel
			// sends it no SIGHUP; only its input ending says the terminal has gone.
			const t = await startTerminal({cols: 80, rows: 24, file: 'setsid', args: ['--wait', process.execPath, cliPath]});
			sessions.push(t);
			await t.expectStatus('L 000 · R 001', {timeout: 10_000});
			// `setsid` forks to leave the session node-pty made: the dashboard is its child.
			const [dashboard] = t.children();
			if (dashboard === undefined) throw new Error('no dashboard process under setsid');
			t.closeTerminal();
			expect(
				await stillRunningAfterASecond(dashboard),
				'dashboard still running a second after its terminal closed',
			).toBe(false);
		},
		timeout,
	);
});
