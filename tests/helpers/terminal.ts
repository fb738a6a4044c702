/**
 * Drives the built CLI in a real pseudo-terminal (node-pty) with a headless xterm
 * as the screen, so end-to-end tests read as what a user does and sees:
 *
 *   const t = await startTerminal({cols: 80, rows: 24});
 *   await t.waitForText('L 000 · R 001');
 *   await t.press('next-difference');
 *   await t.waitForText('DIFFERS');
 *   await t.expectPane('left', '1,150');
 *   await t.press('q');
 *   expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
 *
 * Assertions that look at the screen retry until they hold or time out (as in
 * lazygit's integration tests), because the app redraws asynchronously.
 */

import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {spawn, type IPty} from 'node-pty';
import xterm from '@xterm/headless';
import {keymap, type Command} from '../../source/ui/keymap.js';

// @xterm/headless is CommonJS: under ESM its exports sit on the default export.
const {Terminal} = xterm;
type XtermTerminal = InstanceType<typeof Terminal>;

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const cliPath = path.join(projectRoot, 'dist/cli.js');

export type TerminalOptions = {
	readonly cols?: number;
	readonly rows?: number;
	/** Arguments for `node dist/cli.js`. */
	readonly args?: readonly string[];
	/** Run this program instead of the CLI (e.g. `bash`), with `args` as its arguments. */
	readonly file?: string;
	/** Added to the environment; `undefined` removes a variable. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** Pause after each key, in milliseconds. */
	readonly keyDelay?: number;
	/**
	 * Measure characters as current terminals do (see `graphemeWidths`) rather than with
	 * xterm.js's default Unicode 6 table, which gives most emoji one column.
	 */
	readonly graphemes?: boolean;
};

export type ExitStatus = {readonly exitCode: number; readonly signal: number};
export type WaitOptions = {readonly timeout?: number};
export type Side = 'left' | 'right';

/** Bytes a terminal sends for each named key (xterm, normal cursor-key mode). */
const keyBytes: Readonly<Record<string, string>> = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	pageup: '\u001B[5~',
	pagedown: '\u001B[6~',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	'shift+tab': '\u001B[Z',
	backspace: '\u007F',
	space: ' ',
};

/** The bytes for a key name: `j`, `G`, `down`, `enter`, `escape`, `shift+tab`, `ctrl+c`. */
export function bytesForKey(name: string): string {
	const named = keyBytes[name];
	if (named !== undefined) return named;
	const ctrl = /^ctrl\+([a-z])$/.exec(name);
	if (ctrl) return String.fromCodePoint(ctrl[1]!.codePointAt(0)! & 0x1f);
	if ([...name].length === 1) return name;
	throw new Error(`no bytes known for key "${name}"`);
}

const commands = new Map(keymap.map(binding => [binding.command as string, binding.keys]));

/** A key name, or a command of the app's keymap (sent as its first key). */
export function keyFor(keyOrCommand: string): string {
	if (keyBytes[keyOrCommand] !== undefined || /^ctrl\+[a-z]$/.test(keyOrCommand) || [...keyOrCommand].length === 1) {
		return keyOrCommand;
	}

	const keys = commands.get(keyOrCommand);
	if (!keys?.[0]) throw new Error(`"${keyOrCommand}" is neither a key nor a command of the keymap`);
	return keys[0];
}

export type Key = Command | keyof typeof keyBytes | `ctrl+${string}` | (string & {});

export class TerminalSession {
	readonly terminal: XtermTerminal;
	private readonly process: IPty;
	private readonly keyDelay: number;
	private exitStatus: ExitStatus | undefined;
	private readonly exited: Promise<ExitStatus>;
	private lastOutput = Date.now();
	private swallowReplies = false;
	private disposed = false;
	/** Every byte the program wrote, for checks on the raw output. */
	output = '';

	constructor(options: TerminalOptions) {
		const cols = options.cols ?? 80;
		const rows = options.rows ?? 24;
		this.keyDelay = options.keyDelay ?? 100;
		this.terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
		if (options.graphemes) {
			this.terminal.unicode.register(graphemeWidths);
			this.terminal.unicode.activeVersion = graphemeWidths.version;
		}

		const wanted: Record<string, string | undefined> = {
			...process.env,
			CI: 'false',
			TERM: 'xterm-256color',
			FORCE_COLOR: undefined,
			NO_COLOR: undefined,
			...options.env,
		};
		const env = Object.fromEntries(
			Object.entries(wanted).filter((entry): entry is [string, string] => entry[1] !== undefined),
		);

		const [file, args] = options.file
			? [options.file, [...(options.args ?? [])]]
			: [process.execPath, [cliPath, ...(options.args ?? [])]];
		this.process = spawn(file, args, {name: 'xterm-256color', cols, rows, cwd: projectRoot, env});
		this.process.onData(data => {
			this.output += data;
			this.lastOutput = Date.now();
			if (!this.disposed) this.terminal.write(data);
		});
		// A real terminal answers queries (cursor position, modes); pass the answers on.
		this.terminal.onData(data => {
			if (!this.swallowReplies && this.exitStatus === undefined) this.process.write(data);
		});
		this.exited = new Promise(resolve => {
			this.process.onExit(({exitCode, signal}) => {
				this.exitStatus = {exitCode, signal: signal ?? 0};
				resolve(this.exitStatus);
			});
		});
	}

	get pid(): number {
		return this.process.pid;
	}

	get cols(): number {
		return this.terminal.cols;
	}

	get rows(): number {
		return this.terminal.rows;
	}

	get hasExited(): boolean {
		return this.exitStatus !== undefined;
	}

	/** Sends one key (a key name or a keymap command), then pauses briefly. */
	async press(keyOrCommand: Key): Promise<void> {
		this.process.write(bytesForKey(keyFor(keyOrCommand)));
		await sleep(this.keyDelay);
	}

	/** Sends several keys one after another. */
	async pressAll(...keys: Key[]): Promise<void> {
		for (const key of keys) await this.press(key);
	}

	/** Types text as it is, byte for byte. */
	async type(text: string): Promise<void> {
		this.process.write(text);
		await sleep(this.keyDelay);
	}

	/** The visible lines, without trailing blanks. */
	screen(): string[] {
		const buffer = this.terminal.buffer.active;
		return Array.from(
			{length: this.terminal.rows},
			(_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '',
		);
	}

	/** Visible line `n` (0 is the top; negative counts from the bottom). */
	line(n: number): string {
		const lines = this.screen();
		return lines[n < 0 ? lines.length + n : n] ?? '';
	}

	/** Every line in the buffer, scrollback included. */
	allText(): string {
		const buffer = this.terminal.buffer.active;
		return Array.from({length: buffer.length}, (_, row) => buffer.getLine(row)?.translateToString(true) ?? '').join(
			'\n',
		);
	}

	/** Index of the last visible line that is not blank: the dashboard's status line. */
	private lastTextRow(): number {
		const lines = this.screen();
		for (let row = lines.length - 1; row >= 0; row--) {
			if (lines[row]!.trim() !== '') return row;
		}

		return -1;
	}

	/** The dashboard's bottom line (the status bar): the last line with text. */
	statusLine(): string {
		const row = this.lastTextRow();
		return row < 0 ? '' : this.line(row);
	}

	/** The line above the status bar: the search line. */
	searchLine(): string {
		const row = this.lastTextRow();
		return row < 1 ? '' : this.line(row - 1);
	}

	/** The character in one cell of the visible screen. */
	private cell(column: number, row: number): string {
		const buffer = this.terminal.buffer.active;
		return (
			buffer
				.getLine(buffer.viewportY + row)
				?.getCell(column)
				?.getChars() ?? ''
		);
	}

	/** Text of a column range of a visible row, cell by cell (exact under wide characters). */
	private slice(row: number, from: number, to: number): string {
		let text = '';
		for (let column = from; column < to; column++) text += this.cell(column, row);
		return text.trimEnd();
	}

	/** Rows of the main area: everything above the search line and status line. */
	private mainRows(): number {
		return Math.max(0, this.lastTextRow() - 1);
	}

	/** Columns drawn as `│` on every row of the main area: the separators between list and panes. */
	separators(): number[] {
		const rows = this.mainRows();
		if (rows < 2) return [];
		const found: number[] = [];
		for (let column = 0; column < this.terminal.cols; column++) {
			let all = true;
			for (let row = 0; row < rows && all; row++) all = this.cell(column, row) === '│';
			if (all) found.push(column);
		}

		return found;
	}

	/** Whether two panes are side by side. */
	twoPanes(): boolean {
		return this.separators().length > 0;
	}

	/**
	 * Lines of one pane, title first. Panes sit side by side with a `│` column between
	 * them (after the article list, when that is shown); with a single pane both sides
	 * are the whole main area.
	 */
	pane(side: Side): string[] {
		const separators = this.separators();
		const last = separators.at(-1);
		let from = 0;
		let to = this.terminal.cols;
		if (last !== undefined && side === 'right') {
			from = last + 1;
		} else if (last !== undefined) {
			from = separators.length > 1 ? separators.at(-2)! + 1 : 0;
			to = last;
		}

		return Array.from({length: this.mainRows()}, (_, row) => this.slice(row, from, to));
	}

	/** A pane's title line. */
	paneTitle(side: Side): string {
		return this.pane(side)[0]?.trim() ?? '';
	}

	/** Waits until the condition holds, polling the screen; fails with the screen on timeout. */
	async waitFor(condition: () => boolean, description: string, options: WaitOptions = {}): Promise<void> {
		const deadline = Date.now() + (options.timeout ?? 5000);
		for (;;) {
			await this.flush();
			if (condition()) return;
			if (Date.now() > deadline) {
				const exit = this.exitStatus ? ` (the program exited: ${JSON.stringify(this.exitStatus)})` : '';
				throw new Error(`timed out waiting for ${description}${exit}; the screen:\n${this.dump()}`);
			}

			await sleep(25);
		}
	}

	/** Waits until the text (or pattern) is on the screen. */
	async waitForText(text: string | RegExp, options: WaitOptions = {}): Promise<void> {
		await this.waitFor(() => matches(this.screen().join('\n'), text), `${String(text)} on the screen`, options);
	}

	/** Waits until the text (or pattern) is gone from the screen. */
	async waitForNoText(text: string | RegExp, options: WaitOptions = {}): Promise<void> {
		await this.waitFor(() => !matches(this.screen().join('\n'), text), `${String(text)} to disappear`, options);
	}

	/** Waits until the status line contains the text. */
	async expectStatus(text: string | RegExp, options: WaitOptions = {}): Promise<void> {
		await this.waitFor(() => matches(this.statusLine(), text), `${String(text)} in the status line`, options);
	}

	/** Waits until the text appears in the left or right pane (the halves either side of the `│`). */
	async expectPane(side: Side, text: string | RegExp, options: WaitOptions = {}): Promise<void> {
		await this.waitFor(() => matches(this.pane(side).join('\n'), text), `${String(text)} in the ${side} pane`, options);
	}

	/** Waits until the pane's title starts with the text (an article id such as `000`). */
	async expectPaneTitle(side: Side, start: string, options: WaitOptions = {}): Promise<void> {
		await this.waitFor(
			() => this.paneTitle(side).startsWith(start),
			`the ${side} pane's title to start with ${start}`,
			options,
		);
	}

	/** Waits until the program has written nothing for `quiet` ms. */
	async settle(quiet = 150, options: WaitOptions = {}): Promise<void> {
		await this.waitFor(() => Date.now() - this.lastOutput >= quiet, `${quiet} ms without output`, options);
	}

	/** Resizes the terminal: the pty (which signals SIGWINCH) and the screen. */
	resize(cols: number, rows: number): void {
		this.terminal.resize(cols, rows);
		if (this.exitStatus === undefined) this.process.resize(cols, rows);
	}

	/**
	 * Closes the terminal under the program, as a dropped SSH connection or a killed tmux
	 * pane does: the pseudo-terminal's master side goes away (the kernel then hangs up the
	 * program's terminal).
	 */
	closeTerminal(): void {
		(this.process as IPty & {destroy(): void}).destroy();
	}

	/** Sends a signal to the program. */
	kill(signal: NodeJS.Signals = 'SIGTERM'): void {
		this.process.kill(signal);
	}

	/** Resolves when the program exits, once its last output is on the screen. */
	async exit(options: WaitOptions = {}): Promise<ExitStatus> {
		const timeout = options.timeout ?? 5000;
		let timer: NodeJS.Timeout | undefined;
		const status = await Promise.race([
			this.exited,
			new Promise<never>((_, reject) => {
				timer = setTimeout(
					() => reject(new Error(`the program did not exit within ${timeout} ms; the screen:\n${this.dump()}`)),
					timeout,
				);
			}),
		]).finally(() => clearTimeout(timer));
		// Output written just before the exit can still be on its way through the pty.
		const until = Date.now() + 1000;
		while (Date.now() - this.lastOutput < 100 && Date.now() < until) await sleep(20);
		await this.flush();
		return status;
	}

	/**
	 * The line discipline's settings of the pty (`stty -a` on its device), while the
	 * program runs: `undefined` once it is gone.
	 */
	ttySettings(): string | undefined {
		const device = (this.process as IPty & {readonly ptsName?: string}).ptsName;
		if (!device || this.exitStatus !== undefined) return undefined;
		try {
			return execFileSync('stty', ['-a', '-F', device], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
		} catch {
			return undefined;
		}
	}

	/** Whether the pty is in raw mode (no canonical line editing, no echo). */
	rawMode(): boolean {
		const settings = this.ttySettings() ?? '';
		return /(^|\s)-icanon(\s|$)/.test(settings) && /(^|\s)-echo(\s|$)/.test(settings);
	}

	/**
	 * Waits until the program has put the terminal in raw mode: only then does it read
	 * keys one at a time (before that, the terminal echoes them and turns Ctrl-C into SIGINT).
	 */
	async waitForRawMode(options: WaitOptions = {}): Promise<void> {
		await this.waitFor(() => this.rawMode(), 'the terminal to be in raw mode', options);
	}

	/** Whether the alternate screen buffer is active. */
	alternateScreen(): boolean {
		return this.terminal.buffer.active.type === 'alternate';
	}

	/**
	 * Whether the cursor is visible (DECTCEM, `CSI ? 25 h/l`). @xterm/headless has no
	 * public getter for it, so ask the emulator as a program would: DECRQM `CSI ? 25 $ p`,
	 * answered with `CSI ? 25 ; 1 $ y` when set (visible) and `; 2 $ y` when reset.
	 */
	async cursorVisible(): Promise<boolean> {
		await this.flush();
		this.swallowReplies = true;
		try {
			const reply = new Promise<string>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error('the terminal did not answer DECRQM ?25')), 1000);
				const listener = this.terminal.onData(data => {
					const answer = /\[\?25;(\d)\$y/.exec(data);
					if (answer) {
						clearTimeout(timer);
						listener.dispose();
						resolve(answer[1]!);
					}
				});
			});
			this.terminal.write('\u001B[?25$p');
			const value = await reply;
			if (value !== '1' && value !== '2') throw new Error(`unexpected DECRQM ?25 answer ${value}`);
			return value === '1';
		} finally {
			this.swallowReplies = false;
		}
	}

	/** Pids of the program's children (e.g. the CLI started by `bash -c`). */
	children(): number[] {
		try {
			return execFileSync('pgrep', ['-P', String(this.process.pid)], {encoding: 'utf8'})
				.split('\n')
				.filter(Boolean)
				.map(Number);
		} catch {
			return [];
		}
	}

	/** Ends the program if it still runs and frees the screen; safe to call twice. */
	async close(): Promise<void> {
		if (this.exitStatus === undefined) {
			try {
				this.process.kill('SIGKILL');
			} catch {
				// already gone
			}

			await Promise.race([this.exited, sleep(2000)]);
		}

		if (!this.disposed) {
			this.disposed = true;
			this.terminal.dispose();
		}
	}

	/** The screen with line numbers, for failure messages. */
	dump(): string {
		return this.screen()
			.map((line, row) => `${String(row).padStart(2)}|${line}`)
			.join('\n');
	}

	/** Waits until the screen has parsed everything written to it so far. */
	private async flush(): Promise<void> {
		await new Promise<void>(resolve => {
			this.terminal.write('', resolve);
		});
	}
}

/*
 * Character widths as kitty, WezTerm, Ghostty and Windows Terminal give them: East Asian
 * wide and fullwidth characters and emoji presented as emoji take two columns, marks and
 * joiners none, and a grapheme cluster (an emoji ZWJ sequence, a flag, a letter with its
 * accents, an emoji with a skin tone) shares one cell. Written from the Unicode
 * properties, independently of the `string-width` the app measures with.
 */
const wideRanges: readonly (readonly [number, number])[] = [
	[0x11_00, 0x11_5f], // Hangul Jamo initial consonants
	[0x23_29, 0x23_2a],
	[0x2e_80, 0x30_3e], // CJK radicals, Kangxi, ideographic punctuation
	[0x30_41, 0x33_ff], // kana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
	[0x34_00, 0x4d_bf], // CJK extension A
	[0x4e_00, 0x9f_ff], // CJK unified ideographs
	[0xa0_00, 0xa4_cf], // Yi
	[0xa9_60, 0xa9_7f], // Hangul Jamo extended A
	[0xac_00, 0xd7_a3], // Hangul syllables
	[0xf9_00, 0xfa_ff], // CJK compatibility ideographs
	[0xfe_10, 0xfe_19], // vertical forms
	[0xfe_30, 0xfe_6f], // CJK compatibility forms, small forms
	[0xff_00, 0xff_60], // fullwidth forms
	[0xff_e0, 0xff_e6],
	[0x1_6f_e0, 0x1_8c_ff], // Tangut, Khitan
	[0x1_b0_00, 0x1_b2_ff], // kana supplement and extensions, Nüshu
	[0x1_f2_00, 0x1_f2_ff], // enclosed ideographic supplement
	[0x2_00_00, 0x3_ff_fd], // CJK extensions B and later
];
const mark = /^[\p{Mn}\p{Me}]$/u;
const format = /^[\p{Cc}\p{Cf}]$/u;
const isBetween = (codePoint: number, from: number, to: number) => codePoint >= from && codePoint <= to;
/** Characters that attach to the one before: marks, joiners, variation selectors, skin tones, tags. */
function isExtending(codePoint: number, character: string): boolean {
	return (
		mark.test(character) ||
		codePoint === 0x20_0c ||
		codePoint === 0x20_0d ||
		isBetween(codePoint, 0xfe_00, 0xfe_0f) ||
		isBetween(codePoint, 0x1_f3_fb, 0x1_f3_ff) ||
		isBetween(codePoint, 0xe_00_20, 0xe_00_7f)
	);
}

const emojiPresentation = /^\p{Emoji_Presentation}$/u;
const pictographic = /^\p{Extended_Pictographic}$/u;
const isRegionalIndicator = (codePoint: number) => isBetween(codePoint, 0x1_f1_e6, 0x1_f1_ff);
/** What the previous character was, kept in xterm.js's join state (its bits from the fourth up). */
const Kind = {Other: 1, Pictographic: 2, JoinerAfterPictographic: 3, LoneRegionalIndicator: 4} as const;

function cellWidth(codePoint: number): 0 | 1 | 2 {
	if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
	if (codePoint < 0x7f) return 1;
	const character = String.fromCodePoint(codePoint);
	if (isExtending(codePoint, character) || format.test(character) || isBetween(codePoint, 0x11_60, 0x11_ff)) return 0;
	if (emojiPresentation.test(character)) return 2;
	return wideRanges.some(([from, to]) => isBetween(codePoint, from, to)) ? 2 : 1;
}

const joinState = (kind: number, width: number, join: boolean) => (kind << 3) | (width << 1) | (join ? 1 : 0);

export const graphemeWidths = {
	version: 'graphemes',
	wcwidth: cellWidth,
	charProperties(codePoint: number, preceding: number): number {
		const previousWidth = (preceding >> 1) & 3;
		const previousKind = preceding >> 3;
		const character = String.fromCodePoint(codePoint);
		if (preceding !== 0 && previousWidth > 0) {
			if (isExtending(codePoint, character)) {
				// An emoji with a joiner or presentation selector stays an emoji; VS16 widens one.
				const emoji = previousKind === Kind.Pictographic;
				const kind =
					emoji && codePoint === 0x20_0d ? Kind.JoinerAfterPictographic : emoji ? Kind.Pictographic : Kind.Other;
				return joinState(kind, emoji && codePoint === 0xfe_0f ? 2 : previousWidth, true);
			}

			if (previousKind === Kind.JoinerAfterPictographic && pictographic.test(character)) {
				return joinState(Kind.Pictographic, 2, true);
			}

			if (previousKind === Kind.LoneRegionalIndicator && isRegionalIndicator(codePoint)) {
				return joinState(Kind.Other, 2, true);
			}
		}

		const kind = isRegionalIndicator(codePoint)
			? Kind.LoneRegionalIndicator
			: pictographic.test(character)
				? Kind.Pictographic
				: Kind.Other;
		return joinState(kind, cellWidth(codePoint), false);
	},
};

function matches(text: string, expected: string | RegExp): boolean {
	return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

/** Starts the built CLI (or `options.file`) in a new pseudo-terminal. */
export async function startTerminal(options: TerminalOptions = {}): Promise<TerminalSession> {
	return new TerminalSession(options);
}
