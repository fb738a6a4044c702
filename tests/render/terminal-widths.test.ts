/**
 * Pane and `compare` lines of every kind of character that terminals and string-width
 * once drew in different columns, drawn in real terminals: each line, read, wrapped and
 * padded to the pane's width as the dashboard and `compare` do it, takes exactly that
 * many columns on screen, so the border after it stays in its column. In @xterm/headless
 * (always) and in tmux (where it is installed, as CI installs it).
 */

import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import xterm from '@xterm/headless';
import {describe, expect, test} from 'vitest';
import {sanitizeText} from '../../source/corpus/sanitize.js';
import {wrapRange} from '../../source/render/layout.js';
import {columns, fitToWidth, padToWidth} from '../../source/render/text-width.js';
import {graphemeWidths} from '../helpers/terminal.js';
import {type WidthClass, widthClasses} from '../helpers/width-classes.js';

// @xterm/headless is CommonJS: under ESM its exports sit on the default export.
const {Terminal} = xterm;

/** Pane widths to lay out at: lines break in different places at each. */
const paneWidths = [9, 14, 23, 38];

/**
 * The lines a pane `width` columns wide shows for the text once read: each wrapped line
 * padded by its columns (as the article pane and `compare` pad them), then the text cut
 * to the width and padded (as a title is).
 */
function paneLines(raw: string, width: number): string[] {
	const text = sanitizeText(raw);
	const lines = wrapRange(text, {start: 0, end: text.length}, width).map(({start, end}) => {
		const shown = text.slice(start, end);
		return shown + ' '.repeat(Math.max(0, width - columns(shown)));
	});
	return [...lines, padToWidth(fitToWidth(text, width), width)];
}

type Line = {readonly what: string; readonly line: string; readonly width: number};

function linesOf(classes: readonly WidthClass[]): Line[] {
	return classes.flatMap(({name, text}) =>
		paneWidths.flatMap(width => paneLines(text, width).map(line => ({what: `${name} at ${width}`, line, width}))),
	);
}

/** The lines drawn in more or fewer columns than the pane has. */
function misdrawn(lines: readonly Line[], drawn: readonly number[]): string[] {
	return lines.flatMap(({what, line, width}, index) =>
		drawn[index] === width ? [] : [`${what}: ${JSON.stringify(line)} takes ${drawn[index]} columns`],
	);
}

/** Columns each line takes in @xterm/headless: where the cursor is once it is written. */
async function xtermColumns(lines: readonly Line[], graphemes: boolean): Promise<number[]> {
	const terminal = new Terminal({cols: 200, rows: 4, allowProposedApi: true});
	if (graphemes) {
		terminal.unicode.register(graphemeWidths);
		terminal.unicode.activeVersion = graphemeWidths.version;
	}

	const drawn: number[] = [];
	for (const {line} of lines) {
		await new Promise<void>(resolve => {
			terminal.write(`\r\u001B[2K${line}`, resolve);
		});
		drawn.push(terminal.buffer.active.cursorX);
	}

	terminal.dispose();
	return drawn;
}

describe('in @xterm/headless', () => {
	test('with its own widths: every line of each class it draws as current terminals do is the pane width', async () => {
		// Its Unicode 6 table gives emoji one column and lacks Hangul jamo extended A (Unicode 5.2):
		// those classes are checked in the grapheme-aware widths and in tmux.
		const lines = linesOf(widthClasses.filter(({drawn}) => drawn.xterm));
		expect(misdrawn(lines, await xtermColumns(lines, false))).toEqual([]);
	});

	test('with grapheme-aware widths (kitty, WezTerm, Ghostty): every line of the emoji classes and the rest', async () => {
		const lines = linesOf(widthClasses.filter(({drawn}) => drawn.graphemes));
		expect(misdrawn(lines, await xtermColumns(lines, true))).toEqual([]);
	});
});

const tmuxInstalled = spawnSync('tmux', ['-V']).status === 0;

/** Prints each line and asks the terminal where its cursor went (DSR 6); writes the columns as JSON. */
const probe = `
import fs from 'node:fs';
const [input, output] = process.argv.slice(2);
const lines = JSON.parse(fs.readFileSync(input, 'utf8'));
process.stdin.setRawMode(true);
process.stdin.setEncoding('utf8');
let pending = '';
let answer;
process.stdin.on('data', data => {
	pending += data;
	const report = /\\u001B\\[\\d+;(\\d+)R/.exec(pending);
	if (report && answer) {
		pending = pending.slice(report.index + report[0].length);
		answer(Number(report[1]) - 1);
	}
});
const columns = [];
for (const line of lines) {
	columns.push(await new Promise(resolve => {
		answer = resolve;
		process.stdout.write('\\r\\u001B[2K' + line + '\\u001B[6n');
	}));
}
fs.writeFileSync(output + '.part', JSON.stringify(columns));
fs.renameSync(output + '.part', output);
process.exit(0);
`;

/** Columns each line takes in a tmux pane (tmux's own grid: what it lays the screen out by). */
async function tmuxColumns(lines: readonly Line[]): Promise<number[]> {
	const directory = mkdtempSync(path.join(tmpdir(), 'parallax-tmux-'));
	const socket = `parallax-widths-${process.pid}`;
	const environment = {...process.env, LC_ALL: 'C.UTF-8', TMUX: undefined};
	const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {env: environment});
	try {
		const [script, input, output] = ['probe.mjs', 'lines.json', 'columns.json'].map(name => path.join(directory, name));
		writeFileSync(script!, probe);
		writeFileSync(input!, JSON.stringify(lines.map(({line}) => line)));
		const started = tmux('new-session', '-d', '-x', '220', '-y', '10', process.execPath, script!, input!, output!);
		expect(started.status, String(started.stderr)).toBe(0);
		for (let waited = 0; !existsSync(output!); waited += 50) {
			if (waited > 30_000) throw new Error('the probe in tmux gave no answer in 30 s');
			await sleep(50);
		}

		return JSON.parse(readFileSync(output!, 'utf8')) as number[];
	} finally {
		tmux('kill-server');
		rmSync(directory, {recursive: true, force: true});
	}
}

describe('in tmux', () => {
	test.skipIf(!tmuxInstalled)(
		'every line of every class is the pane width (skipped where tmux is not installed)',
		async () => {
			const lines = linesOf(widthClasses);
			expect(misdrawn(lines, await tmuxColumns(lines))).toEqual([]);
		},
		60_000,
	);
});
