/**
 * The built CLI in a real pseudo-terminal with articles made of every kind of character
 * that terminals and string-width once drew in different columns: the dashboard's pane
 * borders and `compare`'s divider stay in one column on every row. Run `npm run build` first.
 */

import {existsSync, rmSync} from 'node:fs';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {makeTree} from '../helpers/files.js';
import {cliPath, startTerminal, type TerminalOptions, type TerminalSession} from '../helpers/terminal.js';
import {type WidthClass, widthClasses} from '../helpers/width-classes.js';
import {borderColumns, misalignedRows} from '../helpers/pane-borders.js';

const timeout = 30_000;

beforeAll(() => {
	if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first`);
});

let sessions: TerminalSession[] = [];
let directories: string[] = [];
afterEach(async () => {
	await Promise.all(sessions.map(async session => session.close()));
	for (const directory of directories) rmSync(directory, {recursive: true, force: true});
	sessions = [];
	directories = [];
});

async function start(options: TerminalOptions): Promise<TerminalSession> {
	const t = await startTerminal(options);
	sessions.push(t);
	return t;
}

/** An article of one paragraph per class, under a plain headline. */
const article = (headline: string, classes: readonly WidthClass[]) =>
	[headline, ...classes.map(({name, text}) => `On ${name} the report said: ${text}.`)].join('\n\n');

/** Two articles sharing out the classes a terminal draws as the layout measures them. */
function articlesOf(classes: readonly WidthClass[]): string {
	const half = Math.ceil(classes.length / 2);
	const root = makeTree({
		'a.txt': article('First Widths Headline', classes.slice(0, half)),
		'b.txt': article('Second Widths Headline', classes.slice(half)),
	});
	directories.push(root);
	return root;
}

// With its own (Unicode 6) widths @xterm/headless gives emoji one column; with the
// grapheme-aware ones it joins Hangul jamo as no terminal does (tests/helpers/width-classes.ts).
const terminals = [
	{name: 'its own widths', graphemes: false, classes: widthClasses.filter(({drawn}) => drawn.xterm)},
	{name: 'grapheme-aware widths', graphemes: true, classes: widthClasses.filter(({drawn}) => drawn.graphemes)},
];

/** Pages the focused pane to its end, checking the borders on every page. */
async function pageThrough(t: TerminalSession, side: 'left' | 'right'): Promise<string[]> {
	const problems: string[] = [];
	for (let page = 0; ; page++) {
		await t.settle(100);
		problems.push(...misalignedRows(t).map(problem => `${side} pane, page ${page}: ${problem}`));
		if (t.paneTitle(side).endsWith('end') || page > 40) return problems;
		const before = t.paneTitle(side);
		await t.press('pagedown');
		await t.waitFor(() => t.paneTitle(side) !== before, `the ${side} pane to scroll past ${before}`);
	}
}

describe.each(terminals)('in @xterm/headless with $name', ({graphemes, classes}) => {
	test(
		'the dashboard keeps its pane borders in line on every row of both articles',
		async () => {
			const t = await start({cols: 80, rows: 24, args: [articlesOf(classes)], graphemes});
			await t.expectStatus(/L [ab] · R [ab]/, {timeout: 10_000});
			await t.waitForRawMode();
			// Each pane scrolls (so its scroll track marks where its rows end) and is read to its end.
			const left = await pageThrough(t, 'left');
			await t.press('tab');
			await t.expectStatus('right pane');
			const right = await pageThrough(t, 'right');
			expect([...left, ...right], t.dump()).toEqual([]);
			await t.press('q');
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
		},
		timeout,
	);

	test(
		'compare keeps its divider in one column on every row',
		async () => {
			const root = articlesOf(classes);
			const t = await start({cols: 120, rows: 80, args: ['compare', 'a', 'b', root, '--width', '100'], graphemes});
			expect(await t.exit()).toEqual({exitCode: 0, signal: 0});
			// Sides of (100 - 3) / 2 columns either side of ` │ `.
			const rows = t.screen().flatMap((line, row) => (line.trim() === '' ? [] : [row]));
			expect(rows.length).toBeGreaterThan(10);
			const problems = rows.flatMap(row => {
				const found = borderColumns(t, row);
				return found.length === 1 && found[0] === 49 ? [] : [`row ${row} has │ at ${JSON.stringify(found)}`];
			});
			expect(problems, t.dump()).toEqual([]);
		},
		timeout,
	);
});
