import {afterEach, describe, expect, test} from 'vitest';
import {keymap} from '../../source/ui/keymap.js';
import {type Dashboard, renderDashboard, settle} from '../helpers/dashboard.js';

let dashboard: Dashboard | undefined;
afterEach(() => {
	dashboard?.unmount();
	dashboard = undefined;
});

const statusLine = (view: Dashboard) => view.lines().at(-1)!;
/** The pane title line: the first line of the frame. */
const titles = (view: Dashboard) => view.lines()[0]!;

describe('the dashboard at 80×24', () => {
	test('opens the pair that disagrees, side by side, list hidden, frame one row short of the terminal', async () => {
		dashboard = await renderDashboard();
		const lines = dashboard.lines();
		expect(lines).toHaveLength(23);
		expect(lines.every(line => line.length <= 79)).toBe(true);
		expect(titles(dashboard)).toMatch(/^000 Ukraine has achieved.*│001 KYIV · Ukraine on Tuesday/);
		expect(lines[1]).toContain('Ukraine has achieved a series of');
		expect(lines[1]).toContain('KYIV: Ukraine on Tuesday said');
		expect(lines.at(-2)).toContain('/ search');
		expect(statusLine(dashboard)).toContain('left pane │ L 000 · R 001');
		expect(dashboard.screen()).not.toContain('Articles (5)');
	});

	test('n moves to the differing territory figure and shows its group across all articles', async () => {
		dashboard = await renderDashboard({columns: 140, rows: 30});
		await dashboard.press('n');
		expect(statusLine(dashboard)).toContain(
			'DIFFERS · territory held, km²: 000 >1,150 · 001 ~1,000, >=800 · 004 ~90, >1,000',
		);
		// The other pane shows the same group's figure beside it.
		expect(dashboard.screen()).toContain('approximately 1,000');
		await dashboard.press('n');
		// Only one figure of 000 differs from 001: n wraps around to it.
		expect(statusLine(dashboard)).toContain('DIFFERS · territory held');
	});

	test('? lists the keys of the view the reader is in first, then the global ones', async () => {
		dashboard = await renderDashboard({columns: 100, rows: 40});
		await dashboard.press('?');
		let screen = dashboard.screen();
		expect(screen.indexOf('In the panes:')).toBeLessThan(screen.indexOf('Everywhere:'));
		expect(screen.indexOf('next quotation')).toBeLessThan(screen.indexOf('Everywhere:'));
		expect(screen.indexOf('down / next row')).toBeGreaterThan(screen.indexOf('Everywhere:'));
		await dashboard.press('?', 'f', '?');
		screen = dashboard.screen();
		expect(screen).toContain('In this view:');
		expect(screen).toContain('open article or row');
		// `]` steps through a pane's quotations: no key of a table view.
		expect(screen).not.toContain('next quotation');
	});

	test('at 80 columns the status line gives the selection first, then where the reader is', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('n');
		expect(statusLine(dashboard)).toMatch(/^DIFFERS · territory held, km²: 000 >1,150/);
	});

	test('] and [ step through quotations and name the speaker in full', async () => {
		dashboard = await renderDashboard({columns: 160, rows: 30});
		await dashboard.press(']', ']');
		expect(statusLine(dashboard)).toContain('quote 2/4 (full) · Oleksandr Syrskyi');
		expect(statusLine(dashboard)).toContain('also Oleksandr Syrsky, Syrskyi, Syrsky');
		await dashboard.press('[');
		expect(statusLine(dashboard)).toContain('quote 1/4 (term) · Ukrainian officials');
	});

	test('j, G, g, Ctrl-d scroll the focused pane and the position shows in its title', async () => {
		dashboard = await renderDashboard();
		expect(titles(dashboard)).toMatch(/ top │/);
		await dashboard.press('G');
		expect(titles(dashboard)).toMatch(/ end │/);
		expect(dashboard.screen()).toContain('removed page furniture');
		await dashboard.press('g');
		expect(titles(dashboard)).toMatch(/ top │/);
		await dashboard.press('ctrl+d');
		expect(titles(dashboard)).toMatch(/ \d+% │/);
	});

	test('Space and b page down and up as in less, and so do Ctrl-F and Ctrl-B', async () => {
		dashboard = await renderDashboard();
		await dashboard.press(' ');
		const pagedOnce = titles(dashboard);
		expect(pagedOnce).toMatch(/ \d+% │/);
		await dashboard.press('b');
		expect(titles(dashboard)).toMatch(/ top │/);
		await dashboard.type('\u0006');
		expect(titles(dashboard)).toBe(pagedOnce);
		await dashboard.type('\u0002');
		expect(titles(dashboard)).toMatch(/ top │/);
		// `b` no longer toggles the article list: `a` does.
		expect(dashboard.screen()).not.toContain('Articles (5)');
	});

	test('Tab and h/l move the focus between panes; x swaps the articles', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('tab');
		expect(statusLine(dashboard)).toContain('right pane');
		await dashboard.press('h');
		expect(statusLine(dashboard)).toContain('left pane');
		await dashboard.press('x');
		expect(titles(dashboard)).toMatch(/^001 .*│000 /);
	});

	test('keys typed fast arrive together and still each count', async () => {
		dashboard = await renderDashboard();
		await dashboard.type('jjjj');
		const afterFour = titles(dashboard);
		await dashboard.press('k', 'k', 'k', 'k');
		expect(titles(dashboard)).toMatch(/ top │/);
		expect(afterFour).not.toMatch(/ top │/);
	});

	test('? shows every key that works in the panes, and closes again', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('?');
		const screen = dashboard.screen();
		for (const binding of keymap.filter(entry => entry.contexts.includes('compare'))) {
			expect(screen).toContain(binding.label);
			expect(screen).toContain(binding.description);
		}

		await dashboard.press('?');
		expect(dashboard.screen()).not.toContain('Keys — press');
	});

	test('the figures view lists groups, differing first, and Enter opens the pair that disagrees most', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('f');
		const rows = dashboard.lines();
		expect(rows[0]).toContain('Figures · 14 groups, differing first');
		expect(rows[2]).toMatch(/^▸≠territory held,… +>1,150 +~1,000 ≥800 +· +· +~90 >1,000/);
		expect(dashboard.screen()).toMatch(/North Korean tr… +· +· +· +~11,000 +~11,000/);
		// The selected group in full under the table.
		expect(dashboard.screen()).toContain('1/14 · territory held, km²: 000 >1,150 · 001 ~1,000, >=800');
		await dashboard.press('enter');
		expect(titles(dashboard)).toMatch(/^000 .*│004 /);
		expect(statusLine(dashboard)).toContain('DIFFERS · territory held');
	});

	test('the speakers view, one speaker’s quotations, and opening one in its article', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('s');
		expect(dashboard.lines()[2]).toMatch(/^▸ Vladimir Putin \(Russian President\) aka Pu… +6 +000:1 001:3 002:1 003:1/);
		await dashboard.press('enter');
		expect(dashboard.screen()).toContain('Quotations of Vladimir Putin');
		expect(dashboard.screen()).toContain('“dislodge”');
		await dashboard.press('j', 'enter');
		expect(titles(dashboard)).toMatch(/^001 /);
		expect(statusLine(dashboard)).toContain('quote 2/13 (partial) · Vladimir Putin');
	});

	test('Esc and q back out of views one level, and q quits only from the panes', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('s', 'enter');
		await dashboard.press('escape');
		expect(dashboard.screen()).toContain('Speakers ·');
		await dashboard.press('q');
		expect(titles(dashboard)).toMatch(/^000 /);
	});

	test('a shows the article list with counts and disputed marks; Enter opens the chosen article', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('a');
		const screen = dashboard.screen();
		expect(screen).toContain('Articles (5)');
		expect(screen).toMatch(/L 000 .* 4q 2f ≠/);
		expect(screen).toMatch(/ 003 .* 5q 3f /);
		await dashboard.press('j', 'j', 'enter');
		expect(titles(dashboard)).toMatch(/│002 Ukraine Forces/);
		expect(statusLine(dashboard)).toContain('L 002 · R 001');
	});

	test('/ edits the search line; Enter opens the best hit; n steps hits; Esc clears', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('/');
		await dashboard.type('kursk');
		expect(dashboard.lines().at(-2)).toMatch(/^\/ kursk/);
		await settle();
		await dashboard.press('enter');
		await settle();
		expect(dashboard.lines().at(-2)).toContain('kursk');
		expect(dashboard.lines().at(-2)).toMatch(/\d+ hits in this pane/);
		const [, hit, total] = /hit (\d+)\/(\d+)/.exec(statusLine(dashboard))!;
		await dashboard.press('n');
		expect(statusLine(dashboard)).toContain(`hit ${Number(hit) === Number(total) ? 1 : Number(hit) + 1}/${total}`);
		await dashboard.press('escape');
		expect(dashboard.lines().at(-2)).toContain('/ search · f figures');
		// The hit went with the search: the status line no longer counts hits of nothing.
		expect(statusLine(dashboard)).not.toMatch(/hit \d+\/\d+/);
		expect(statusLine(dashboard)).toContain('j/k scroll');
	});

	test('opening a speaker from search shows the speaker view without pane hit counts, which come back with the panes', async () => {
		dashboard = await renderDashboard({columns: 100, rows: 30});
		await dashboard.press('/');
		await dashboard.type('tykh');
		await settle();
		expect(dashboard.lines()[1]).toMatch(/^▸ speaker +Georgiy Tykhy/);
		await dashboard.press('enter');
		await settle();
		expect(dashboard.screen()).toContain('Georgiy Tykhy');
		expect(dashboard.lines().at(-2)).not.toContain('in this pane');
		// Back through the speakers view to the panes.
		await dashboard.press('escape');
		expect(dashboard.lines().at(-2)).not.toContain('in this pane');
		await dashboard.press('escape');
		await settle();
		expect(dashboard.lines().at(-2)).toMatch(/^\/ tykh .*hits? in this pane/);
	});
});

describe('other sizes', () => {
	test('wide: the list shows beside the two panes', async () => {
		dashboard = await renderDashboard({columns: 200, rows: 50});
		const lines = dashboard.lines();
		expect(lines).toHaveLength(49);
		expect(lines[0]).toMatch(/^ Articles \(5\) +│000 .*│001 /);
	});

	test('under 60 columns one pane shows; Tab switches; the layout reflows on resize', async () => {
		dashboard = await renderDashboard({columns: 50, rows: 20});
		expect(titles(dashboard)).toMatch(/^000 /);
		expect(titles(dashboard)).not.toContain('001');
		await dashboard.press('tab');
		expect(titles(dashboard)).toMatch(/^001 /);
		await dashboard.resize(100, 30);
		expect(titles(dashboard)).toMatch(/^000 .*│001 /);
		await dashboard.resize(20, 5);
		expect(dashboard.lines().every(line => line.length <= 20)).toBe(true);
	});

	test('nothing is wider than the terminal at any size', async () => {
		dashboard = await renderDashboard();
		for (const [columns, rows] of [
			[60, 15],
			[81, 25],
			[133, 40],
			[30, 10],
		] as const) {
			await dashboard.resize(columns, rows);
			for (const line of dashboard.lines()) {
				expect([...line].length).toBeLessThan(columns);
			}
		}
	});
});

describe('colour and no colour', () => {
	// Tall enough to show whole articles, so nothing needs selecting or scrolling.
	test('with colour, the differing figure is on red and quotations in their speaker’s colour', async () => {
		dashboard = await renderDashboard({columns: 100, rows: 90, colour: true});
		const styled = dashboard.styled();
		expect(styled).toMatch(/\u001B\[41m(?:\u001B\[[\d;]*m)*exceeds 1,150/);
		expect(styled).toMatch(/\u001B\[41m(?:\u001B\[[\d;]*m)*approximately 1,000/);
		// Syrskyi's words and his name in one colour.
		const quoteColour = /“\u001B\[(\d+)mThe occupied area/.exec(styled)?.[1];
		expect(quoteColour).toBeDefined();
		expect(styled).toContain(`\u001B[1m\u001B[${quoteColour}mSyrskyi`);
	});

	test('without colour, the differing figure is in inverse video and no colour code is used', async () => {
		dashboard = await renderDashboard({columns: 100, rows: 90, colour: false});
		const styled = dashboard.styled();
		expect(styled).toMatch(/\u001B\[7m(?:\u001B\[[\d;]*m)*exceeds 1,150/);
		expect(styled).not.toMatch(/\u001B\[(?:3[0-7]|4[0-7]|9[0-7])m/);
	});
});

describe('search in the dashboard', () => {
	test('typing tykh lists the one Tykhy speaker and his quotations from both spellings, matched letters marked', async () => {
		dashboard = await renderDashboard({columns: 100, rows: 30});
		await dashboard.press('/');
		await dashboard.type('tykh');
		await settle();
		const lines = dashboard.lines();
		expect(lines[0]).toContain('7 matches · 1 speaker · 3 quotes · 3 sentences');
		expect(lines[1]).toMatch(/^▸ speaker +Georgiy Tykhy/);
		expect(lines[2]).toMatch(/^ {2}quote +002 +“taking over” — Georgiy Tykhy/);
		expect(lines[3]).toMatch(/^ {2}quote +001 +“absolutely legitimate” — Georgiy Tykhy/);
		expect(dashboard.styled()).toMatch(/\u001B\[7m(?:\u001B\[[\d;]*m)*Tykh/);
	});

	test('Enter opens the chosen quotation in its article, scrolled to it; n steps through the hits there', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('/');
		await dashboard.type('by:putin dislodge');
		await settle();
		expect(dashboard.lines()[1]).toMatch(/quote +001 +“dislodge” — Vladimir Putin/);
		await dashboard.press('enter');
		await settle();
		expect(dashboard.lines()[0]).toMatch(/^001 /);
		expect(dashboard.screen()).toContain('“dislodge”');
		expect(dashboard.lines().at(-1)).toContain('hit 1/2');
		await dashboard.press('n');
		expect(dashboard.lines().at(-1)).toContain('hit 2/2');
	});

	test('11,000 lists the troop figures of 003 and 004; Enter on 004 opens it', async () => {
		dashboard = await renderDashboard({columns: 100, rows: 30});
		await dashboard.press('/');
		await dashboard.type('11,000');
		await settle();
		// Both score alike; which is listed first is not the point.
		const hits = dashboard.lines().slice(1, 3);
		// Each with its sentence after it, as a quotation has its speaker.
		expect(hits.some(line => /figure +003 +some 11,000 — /.test(line))).toBe(true);
		expect(hits.some(line => /figure +004 +around 11,000 — /.test(line))).toBe(true);
		const at = hits.findIndex(line => line.includes('004'));
		await dashboard.press(...(at === 1 ? ['down', 'enter'] : ['enter']));
		await settle();
		expect(dashboard.lines()[0]).toMatch(/^004 /);
		expect(dashboard.screen()).toContain('around 11,000');
	});

	test('Esc leaves search where the reader was; / opens an empty line, ↑ brings back the query applied before', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('j', 'j', '/');
		await dashboard.type('kursk');
		await dashboard.press('escape');
		expect(dashboard.lines()[0]).toMatch(/^000 .* \d+% │001/);
		await dashboard.press('/');
		// Not `kurskkursk` when the reader types a new query.
		expect(dashboard.lines().at(-2)).toMatch(/^\/ {2,}/);
		// Esc left it unapplied: nothing to bring back yet.
		await dashboard.press('up');
		expect(dashboard.lines().at(-2)).not.toContain('kursk');
		await dashboard.type('kursk');
		await settle();
		await dashboard.press('enter');
		await settle();
		await dashboard.press('/');
		expect(dashboard.lines().at(-2)).not.toContain('kursk');
		await dashboard.press('up');
		expect(dashboard.lines().at(-2)).toMatch(/^\/ kursk/);
		await dashboard.press('down');
		expect(dashboard.lines().at(-2)).not.toContain('kursk');
	});

	test('Ctrl-W deletes the last word of the search line, Ctrl-U all of it', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('/');
		await dashboard.type('by:putin dislodge');
		await dashboard.type('\u0017');
		expect(dashboard.lines().at(-2)).toMatch(/^\/ by:putin /);
		expect(dashboard.lines().at(-2)).not.toContain('dislodge');
		await dashboard.type('\u0015');
		expect(dashboard.lines().at(-2)).not.toContain('putin');
	});
});

describe('keys that arrive in one read', () => {
	test('/tykh sent at once opens the search and types tykh into it', async () => {
		dashboard = await renderDashboard({columns: 100, rows: 30});
		await dashboard.type('/tykh');
		await settle();
		expect(dashboard.lines().at(-2)).toMatch(/^\/ tykh/);
		expect(dashboard.lines()[1]).toMatch(/^▸ speaker +Georgiy Tykhy/);
	});

	test('two Ctrl-Ds sent at once scroll two half pages', async () => {
		dashboard = await renderDashboard();
		await dashboard.press('ctrl+d', 'ctrl+d');
		const twoApart = dashboard.lines()[0];
		dashboard.unmount();
		dashboard = await renderDashboard();
		await dashboard.type('\u0004\u0004');
		expect(dashboard.lines()[0]).toBe(twoApart);
		expect(twoApart).toMatch(/ \d+% │/);
	});

	test('Tab then ] sent at once moves to the right pane and to its first quotation', async () => {
		dashboard = await renderDashboard({columns: 160, rows: 30});
		await dashboard.type('\t]');
		expect(statusLine(dashboard)).toContain('right pane');
		expect(statusLine(dashboard)).toMatch(/quote 1\/\d+/);
	});
});
