/**
 * End-to-end robustness: the built CLI in a real pseudo-terminal, fed hostile and
 * wide text, resized hard, ended every way it can end, and made to crash. Run
 * `npm run build` first.
 */

import {existsSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {makeTree, seedPath} from '../helpers/files.js';
import {borderColumns, misalignedRows} from '../helpers/pane-borders.js';
import {cliPath, startTerminal, type TerminalOptions, type TerminalSession} from '../helpers/terminal.js';

const timeout = 30_000;

beforeAll(() => {
	if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first`);
});

let sessions: TerminalSession[] = [];
afterEach(async () => {
	await Promise.all(sessions.map(async session => session.close()));
	sessions = [];
});

async function start(options: TerminalOptions): Promise<TerminalSession> {
	const t = await startTerminal(options);
	sessions.push(t);
	return t;
}

/** The dashboard on the seeds, once it shows the opening pair and reads keys. */
async function openSeeds(cols: number, rows: number): Promise<TerminalSession> {
	const t = await start({cols, rows});
	await t.expectStatus('L 000 · R 001', {timeout: 10_000});
	await t.waitForRawMode();
	return t;
}

/** After the program ended: back on the main screen, cursor shown, no dashboard left behind. */
async function expectTerminalRestored(t: TerminalSession, dashboardText = 'L 000 · R 001'): Promise<void> {
	expect(t.alternateScreen(), 'alternate screen still active').toBe(false);
	expect(await t.cursorVisible(), 'cursor still hidden').toBe(true);
	expect(t.screen().join('\n')).not.toContain(dashboardText);
}

// ---------------------------------------------------------------------------------------
// Hostile and wide text
// ---------------------------------------------------------------------------------------

const esc = '\u001B';
const bel = '\u0007';

/** Plain paragraphs to make an article long enough to scroll. */
const filler = (count: number, make: (n: number) => string) =>
	Array.from({length: count}, (_, index) => make(index + 1));

const escapesArticle = [
	'Escapes Everywhere Headline',
	`Officials said the bridge ${esc}[2J${esc}[Hreopened on Monday after ${esc}[31mrepairs${esc}[0m and ${esc}[7;33Hcursor moves${esc}[5A upward.`,
	`The clipboard line ${esc}]52;c;aGVsbG8=${bel} stays plain, and the link ${esc}]8;;https://evil.example/${bel}click here${esc}]8;;${bel} is only words.`,
	`The window title ${esc}]0;pwned${bel} must not change. A device control string ${esc}P1$qm${esc}\\ is gone too.`,
	`A bare ${esc} escape, a bell ${bel} rings, a back\bspace, a carriage\rreturn mid-line and a C1 \u009B31m control stay harmless.`,
	`The bidi override \u202Eevil text\u202C stays in logical order.${esc}[?1049l${esc}[?25h${esc}[?1000h The screen modes stay put.`,
	...filler(30, n => `Paragraph ${n} of the escapes story says the council met again to discuss the bridge.`),
	'Marker ESCAPES-END.',
].join('\n\n');

const scriptsArticle = [
	'Mixed Scripts Headline',
	'Москва заявила, что переговоры продолжатся в понедельник.',
	'قال المتحدث إن المحادثات ستستمر يوم الاثنين.',
	'北京表示谈判将于周一继续进行，双方代表团已经抵达。東京でも会議が開かれた。한국어 문장도 있습니다.',
	// Emoji (single, ZWJ family, flag, skin tone, VS16), combining marks, zero-width characters.
	'Emoji 🎉👩‍👩‍👧🇺🇦👍🏽❤️ and combining marks: e\u0301 a\u0308 n\u0303 Z\u0336a\u0336 and zero\u200Bwidth\u200Dspace\u200Cjoined.',
	...filler(
		30,
		n => `Абзац ${n}: 北京表示谈判将于周一继续进行 🎉 مرحبا بالعالم e\u0301 全角テキスト。 Ｆｕｌｌｗｉｄｔｈ ${n}.`,
	),
	'Marker SCRIPTS-END.',
].join('\n\n');

/** `misalignedRows` (helpers/pane-borders.ts), and the divider carried up through the title row. */
function misalignedRowsAndTitle(t: TerminalSession): string[] {
	const problems = misalignedRows(t);
	const divider = borderColumns(t, 1)[1];
	if (divider === undefined || !borderColumns(t, 0).includes(divider)) {
		problems.push(`the title row has no divider at ${divider}`);
	}

	return problems;
}

async function expectAligned(t: TerminalSession, when: string, soft = false): Promise<void> {
	await t.settle(150);
	const problems = misalignedRowsAndTitle(t);
	(soft ? expect.soft : expect)(problems, `${when}; the screen:\n${t.dump()}`).toEqual([]);
}

/** The pane's text as one line of words (lines joined, scroll track dropped, runs of spaces collapsed), NFC. */
const paneWords = (t: TerminalSession, side: 'left' | 'right') =>
	t.pane(side).join(' ').replaceAll(/[│┃]/g, ' ').replaceAll(/\s+/g, ' ').normalize('NFC');

/** Scrolls the focused pane a page at a time to its end, checking every page; returns the text seen. */
async function pageThrough(t: TerminalSession, side: 'left' | 'right', check: (page: number) => Promise<void>) {
	let seen = paneWords(t, side);
	await check(0);
	for (let page = 1; !t.paneTitle(side).endsWith('end'); page++) {
		expect(page, `the ${side} pane never reached its end`).toBeLessThan(40);
		const before = t.paneTitle(side);
		await t.press('pagedown');
		await t.waitFor(() => t.paneTitle(side) !== before, `the ${side} pane to scroll past ${before}`);
		// The title is the frame's first row: let the rest of the frame arrive too.
		await t.settle(100);
		seen += ` ${paneWords(t, side)}`;
		await check(page);
	}

	return seen;
}

/** Escape sequences the dashboard itself writes (Ink's frames, the alternate screen, the cursor). */
// The loading line is rewritten in place (`\r`, then erase to the line's end) before the dashboard opens.
const ownSequences = /\u001B\[(?:\?(?:1049|2026|25)[hl]|[\d;:]*m|2K|1A|G|H|2J|3J|K)|\r\n|\r(?=\u001B\[K)/g;
const foreignControls = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

describe('articles full of escape sequences and mixed scripts', () => {
	test(
		'are shown as text: no escape acts on the terminal, borders stay aligned, and both scroll',
		async () => {
			const root = makeTree({
				'esc.txt': escapesArticle,
				'mix.txt': scriptsArticle,
				'seed.txt': readFileSync(seedPath('000_4eab5851a74c429f')),
			});
			const t = await start({cols: 80, rows: 24, args: [root], graphemes: true});

			// Anything in the output that reaches the terminal's title, clipboard, links,
			// status reports or bell is recorded (and still handled as usual).
			const acted: string[] = [];
			t.terminal.onTitleChange(title => acted.push(`title set to ${JSON.stringify(title)}`));
			t.terminal.onBell(() => acted.push('bell'));
			for (const osc of [0, 1, 2, 8, 52]) {
				t.terminal.parser.registerOscHandler(osc, data => {
					acted.push(`OSC ${osc};${data}`);
					return false;
				});
			}

			t.terminal.parser.registerDcsHandler({intermediates: '$', final: 'q'}, data => {
				acted.push(`DCS $q${data}`);
				return false;
			});
			t.terminal.parser.registerCsiHandler({final: 'H'}, params => {
				if (params.some(parameter => typeof parameter === 'number' && parameter > 1))
					acted.push(`CUP ${params.join(';')}`);
				return false;
			});

			await t.expectStatus('L esc · R mix', {timeout: 10_000});
			await t.waitForRawMode();
			// Long paragraphs are laid out in slices after the first frame: wait for the last one.
			await t.waitForNoText('Laying out', {timeout: 10_000});
			await t.settle(200);

			// The text is there, in order, with the escapes gone rather than acted on.
			const left = paneWords(t, 'left');
			for (const sentence of [
				'Officials said the bridge reopened on Monday after repairs and cursor moves upward.',
				'The clipboard line stays plain, and the link click here is only words.',
				'The window title must not change. A device control string is gone too.',
				'A bare escape, a bell rings, a backspace, a carriage return mid-line and a C1 control stay harmless.',
				'The bidi override evil text stays in logical order. The screen modes stay put.',
			]) {
				expect.soft(left, `the left pane misses “${sentence}”; the screen:\n${t.dump()}`).toContain(sentence);
			}

			for (const payload of ['pwned', 'aGVsbG8', 'evil.example', '31m', '1$qm']) {
				expect.soft(t.allText(), `${payload} reached the screen`).not.toContain(payload);
			}

			const right = paneWords(t, 'right');
			for (const text of [
				'Москва заявила, что переговоры',
				'قال المتحدث إن المحادثات',
				'北京表示谈判将于周一继续进行',
				'문장도 있습니다.',
				// Read in the forms every terminal draws alike (source/corpus/column-forms.ts).
				'🎉👩👩👧🇺🇦👍❤\uFE0E',
				'e\u0301 a\u0308 n\u0303 Z\u0336a\u0336',
			]) {
				expect
					.soft(right, `the right pane misses “${text}”; the screen:\n${t.dump()}`)
					.toContain(text.normalize('NFC'));
			}

			// Nothing changed the terminal: still the alternate screen with the cursor hidden,
			// no mouse reporting, no title, no clipboard, no bell.
			expect.soft(t.alternateScreen(), 'the article switched back to the main screen').toBe(true);
			expect.soft(await t.cursorVisible(), 'the article showed the cursor').toBe(false);
			expect.soft(t.terminal.modes.mouseTrackingMode, 'the article turned on mouse reporting').toBe('none');
			expect.soft(acted, 'escape sequences that reached the terminal').toEqual([]);
			await expectAligned(t, 'wide characters in the right pane', true);

			// The right pane (mixed scripts) page by page to its end: aligned on every page,
			// and every paragraph passes by.
			await t.press('tab');
			await t.expectStatus('right pane');
			const seen = await pageThrough(t, 'right', async page => expectAligned(t, `page ${page} of mix`));
			for (let n = 1; n <= 30; n++) expect(seen).toContain(`Абзац ${n}:`);
			await t.expectPane('right', 'Marker SCRIPTS-END.');
			await t.press('top');
			await t.waitFor(() => t.paneTitle('right').endsWith('top'), 'the right pane back at its top');
			await t.expectPane('right', 'Москва заявила');

			// Mixed scripts on the left, where the divider must stay in its column too.
			await t.press('swap-panes');
			await t.expectPaneTitle('left', 'mix ');
			await t.expectPane('left', 'Москва заявила');
			await expectAligned(t, 'wide characters in the left pane');

			// The escape-laden article scrolls to its end as well.
			await t.press('focus-right');
			await t.expectStatus('right pane');
			await t.expectPaneTitle('right', 'esc ');
			await t.press('bottom');
			await t.waitFor(() => t.paneTitle('right').endsWith('end'), 'esc at its end');
			await t.expectPane('right', 'Marker ESCAPES-END.');
			await expectAligned(t, 'esc at its end');
			expect(acted).toEqual([]);

			// Everything the program wrote: only the dashboard's own sequences, no control
			// character or bidirectional override from the articles.
			const foreign = [...t.output.replaceAll(ownSequences, '').matchAll(foreignControls)].map(([found]) =>
				JSON.stringify(found),
			);
			expect(foreign, 'control characters in the output besides the dashboard’s own').toEqual([]);

			await t.press('q');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
			await expectTerminalRestored(t, 'L esc · R mix');
		},
		timeout,
	);
});

// ---------------------------------------------------------------------------------------
// Resizing
// ---------------------------------------------------------------------------------------

describe('resizing', () => {
	test(
		'to 20×5 and back, then fifty rapid resizes: it stays up and the 80×24 frame matches a fresh start',
		async () => {
			const [t, fresh] = await Promise.all([openSeeds(80, 24), openSeeds(80, 24)]);
			await t.settle(200);

			t.resize(20, 5);
			await t.waitFor(
				() => t.screen().every(line => [...line].length < 20) && t.line(0).startsWith('000'),
				'the dashboard squeezed into 20 columns',
			);
			t.resize(80, 24);
			await t.waitFor(() => t.twoPanes(), 'two panes again');
			await t.expectStatus('left pane │ L 000 · R 001');

			const sizes = [
				[20, 5],
				[200, 50],
				[80, 24],
				[45, 12],
			] as const;
			for (let index = 0; index < 50; index++) {
				const [cols, rows] = sizes[index % sizes.length]!;
				t.resize(cols, rows);
				// The first half back to back; then short pauses, so frames for one size
				// arrive after the next resize.
				if (index >= 25) await sleep(index % 3 === 0 ? 0 : 7);
			}

			t.resize(80, 24);
			await sleep(100);
			expect(t.hasExited, `the dashboard died during the resizes; the screen:\n${t.dump()}`).toBe(false);
			await t.settle(300, {timeout: 10_000});
			await fresh.settle(200);
			await t.waitFor(
				() => JSON.stringify(t.screen()) === JSON.stringify(fresh.screen()),
				`the frame after the resizes to match a fresh start at 80×24:\n${fresh.dump()}\n(that is the fresh start; below is what the resized one shows)`,
				{timeout: 5000},
			);
			expect(t.twoPanes()).toBe(true);
			expect(t.statusLine()).toContain('left pane │ L 000 · R 001');
			expect(t.searchLine()).toContain('/ search');
			for (const line of t.screen()) expect([...line].length).toBeLessThan(80);
			// No row of the last (largest) frames left below the status line.
			expect(t.line(-1).trim()).toBe('');

			// It still works, and quits cleanly.
			await t.press('next-difference');
			await t.expectStatus('DIFFERS');
			await t.press('q');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
			await expectTerminalRestored(t);
		},
		timeout,
	);
});

// ---------------------------------------------------------------------------------------
// Every way to end it
// ---------------------------------------------------------------------------------------

const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';
const leaveAlternateScreen = '\u001B[?1049l';
const enterAlternateScreen = '\u001B[?1049h';

/**
 * Runs `command` under bash between two `stty -a` listings of the same pty, so the
 * line discipline's settings after the program can be compared with those before.
 */
async function startBetweenStty(command: string, env?: TerminalOptions['env']): Promise<TerminalSession> {
	return start({
		cols: 80,
		rows: 24,
		file: 'bash',
		args: ['-c', `stty -a; echo "<stty before>"; ${command}; echo "<status $?>"; stty -a; echo "<stty after>"`],
		env,
	});
}

/** Every line of the main screen buffer with its scrollback, whichever buffer is active. */
function mainScreenText(t: TerminalSession): string {
	const buffer = t.terminal.buffer.normal;
	return Array.from({length: buffer.length}, (_, row) => buffer.getLine(row)?.translateToString(true) ?? '').join('\n');
}

/**
 * The two `stty -a` listings and the status bash saw. The first is on the main screen;
 * the rest is wherever bash wrote it: on the alternate screen if the program never left it.
 */
function sttyReport(t: TerminalSession): {before: string; after: string; status: number | undefined} {
	const before = /^([\s\S]*)<stty before>/m.exec(mainScreenText(t))?.[1]?.trim() ?? '';
	const text = [t.allText(), mainScreenText(t)].find(candidate => candidate.includes('<stty after>')) ?? '';
	const status = /<status (\d+)>/.exec(text)?.[1];
	const after = /<status \d+>\s*([\s\S]*)<stty after>/.exec(text)?.[1]?.trim() ?? '';
	return {before, after, status: status === undefined ? undefined : Number(status)};
}

/** The terminal after the program: settings as before it ran (raw mode off), main screen, cursor shown. */
async function expectCleanAfter(t: TerminalSession, expectedStatus: number | ((status: number) => boolean)) {
	expect(await t.exit({timeout: 10_000}), 'bash running the program').toEqual({exitCode: 0, signal: 0});
	const {before, after, status} = sttyReport(t);
	if (typeof expectedStatus === 'number') {
		expect(status, 'the exit status bash saw').toBe(expectedStatus);
	} else {
		expect(status !== undefined && expectedStatus(status), `exit status ${status}`).toBe(true);
	}

	expect(before).toMatch(/(^|\s)icanon(\s|$)/m);
	expect(before).toMatch(/(^|\s)echo(\s|$)/m);
	expect(after, 'raw mode left on').not.toMatch(/(^|\s)-(icanon|echo|isig)(\s|$)/m);
	expect(after, 'terminal settings differ from before the program').toBe(before);

	// On the screen, and in the bytes: the cursor shown and the main screen back after the last frame.
	await expectTerminalRestored(t);
	const output = t.output;
	expect(output).toContain(enterAlternateScreen);
	const left = output.lastIndexOf(leaveAlternateScreen);
	expect(left, 'never left the alternate screen').toBeGreaterThan(output.lastIndexOf(enterAlternateScreen));
	expect(output.lastIndexOf(showCursor), 'cursor not shown after it was hidden').toBeGreaterThan(
		output.lastIndexOf(hideCursor),
	);
	expect(output.slice(left), 'a frame drawn after leaving the alternate screen').not.toContain('L 000 · R 001');
}

/** Ends the CLI running under bash with a key (`q`, `ctrl+c`) or a signal sent to it (`SIGTERM`). */
async function endWith(t: TerminalSession, how: string): Promise<void> {
	if (how.startsWith('SIG')) {
		const [cli] = t.children();
		expect(cli, 'the CLI process under bash').toBeDefined();
		process.kill(cli!, how as NodeJS.Signals);
	} else {
		await t.press(how);
	}
}

describe('ending the dashboard leaves the terminal as it was', () => {
	test.each([
		['q', 0],
		['ctrl+c', 0],
		['SIGINT', 130],
		['SIGTERM', 143],
		['SIGHUP', 129],
		// Signals whose default would end it without giving the terminal back (SIGQUIT and
		// SIGABRT with a core dump): the status a shell reports for each, 128 + its number.
		['SIGQUIT', 131],
		['SIGUSR2', 140],
		['SIGABRT', 134],
	] as const)(
		'after %s: exit status %i, terminal settings as before (raw mode off), main screen back, cursor shown',
		async (how, status) => {
			const t = await startBetweenStty('node dist/cli.js');
			await t.expectStatus('L 000 · R 001', {timeout: 10_000});
			await t.waitForRawMode();
			await endWith(t, how);

			await expectCleanAfter(t, status);
		},
		timeout,
	);
});

// ---------------------------------------------------------------------------------------
// Ending it while it works on the largest articles
// ---------------------------------------------------------------------------------------

/** Sentences of English with different figures, `bytes` of them. */
function englishSentences(bytes: number): string {
	let text = '';
	for (let n = 0; text.length < bytes; n++) {
		text += `The council said on Tuesday that ${1150 + (n % 97)} people had been moved from the area. `;
	}

	return text;
}

/**
 * One paragraph of 73 kB of English with a single Cyrillic letter in its middle: laying
 * it out once measured the whole paragraph's graphemes at once, drew nothing for minutes
 * and ignored every signal (issue 21). And 400 kB of figures in one paragraph, the most
 * work for the highlights, the figure groups and the search index.
 */
const heavy = {
	'long-paragraph.txt': (() => {
		const text = englishSentences(73_000);
		const middle = text.indexOf(' ', text.length / 2);
		return `One long paragraph\n\n${text.slice(0, middle)} Б${text.slice(middle)}\n`;
	})(),
	'page-of-numbers.txt': `A page of numbers\n\n${Array.from({length: 12_000}, (_, n) => `${(n * 37) % 10_000} people, $${(n % 900) + 1} million, ${n % 100} km,`).join(' ')}\n`,
};

describe('while it works on the largest articles, it still ends at once and gives the terminal back', () => {
	let root: string;
	beforeAll(() => {
		root = makeTree(heavy);
	});
	afterAll(() => {
		rmSync(root, {recursive: true, force: true});
	});

	test('a 73 kB paragraph with one non-Latin letter opens, and scrolls', async () => {
		const t = await start({cols: 80, rows: 24, args: [path.join(root, 'long-paragraph.txt')]});
		await t.waitForText('The council said on Tuesday that 1150', {timeout: 20_000});
		await t.waitForRawMode();
		await t.press('G');
		await t.expectPaneTitle('left', 'long-paragraph', {timeout: 10_000});
		await t.waitForText(/ end │/, {timeout: 10_000});
		await t.press('q');
		expect(await t.exit({timeout: 10_000})).toEqual({exitCode: 0, signal: 0});
	}, 60_000);

	test.each([
		['long-paragraph.txt', 'q', 0],
		['long-paragraph.txt', 'ctrl+c', 0],
		['long-paragraph.txt', 'SIGINT', 130],
		['long-paragraph.txt', 'SIGTERM', 143],
		['long-paragraph.txt', 'SIGHUP', 129],
		['page-of-numbers.txt', 'ctrl+c', 0],
		['page-of-numbers.txt', 'SIGTERM', 143],
		['page-of-numbers.txt', 'SIGQUIT', 131],
	] as const)(
		'%s, %s the moment raw mode is on (the first frame still being worked out): status %i, terminal as before',
		async (file, how, status) => {
			const t = await startBetweenStty(`node dist/cli.js ${path.join(root, file)}`);
			await t.waitForRawMode({timeout: 30_000});
			await endWith(t, how);

			await expectCleanAfter(t, status);
		},
		60_000,
	);
});

// ---------------------------------------------------------------------------------------
// Crashes
// ---------------------------------------------------------------------------------------

/*
 * A preloaded module makes the running dashboard throw an uncaught exception shortly
 * after its first frame (PARALLAX_TEST_CRASH=exception), or leave a promise rejection
 * unhandled (=rejection); the error's message names the variable and its value.
 */
const crashWhenRaw = path.resolve(import.meta.dirname, '../helpers/crash-when-raw.mjs');
describe('a crash inside the running dashboard', () => {
	test.each(['exception', 'rejection'] as const)(
		'an uncaught %s: terminal restored, then the error on the main screen, non-zero exit',
		async kind => {
			const t = await startBetweenStty(`node --import ${crashWhenRaw} dist/cli.js`, {PARALLAX_TEST_CRASH: kind});
			try {
				await t.waitFor(
					() => t.hasExited || [t.allText(), mainScreenText(t)].some(text => text.includes('<status')),
					'the program to end',
					{timeout: 5000},
				);
			} catch (error) {
				throw new Error(
					`the dashboard did not crash with PARALLAX_TEST_CRASH=${kind}: did tests/helpers/crash-when-raw.mjs run?\n${String(error)}`,
				);
			}

			// It did draw the dashboard before it crashed.
			expect(t.output).toContain('L 000 · R 001');
			await expectCleanAfter(t, status => status !== 0);

			// The error comes after the terminal was given back, so it stays readable on the main screen.
			const output = t.output;
			const message = output.lastIndexOf('PARALLAX_TEST_CRASH');
			expect(message, 'no error message naming PARALLAX_TEST_CRASH').toBeGreaterThanOrEqual(0);
			expect(message, 'error printed before leaving the alternate screen').toBeGreaterThan(
				output.lastIndexOf(leaveAlternateScreen),
			);
			expect(mainScreenText(t)).toMatch(new RegExp(`parallax: .*PARALLAX_TEST_CRASH.*${kind}`));
		},
		timeout,
	);
});
