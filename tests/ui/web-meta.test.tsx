import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {type Dashboard, renderDashboard} from '../helpers/dashboard.js';
import {seedPath} from '../helpers/files.js';
import {webFixtures} from '../helpers/web-server.js';

let dashboard: Dashboard | undefined;
afterEach(() => {
	dashboard?.unmount();
	dashboard = undefined;
});

async function webAnalysis() {
	const corpus = await loadCorpus([
		path.join(webFixtures, 'a.html'),
		path.join(webFixtures, 'saved-page.html'),
		seedPath('004_5c024600ca51cab3'),
	]);
	expect(corpus.problems).toEqual([]);
	return analyzeCorpus(corpus);
}

describe('date and outlet in the dashboard', () => {
	test('pane titles show the date and outlet, within 80 columns', async () => {
		dashboard = await renderDashboard({analysis: await webAnalysis()});
		const lines = dashboard.lines();
		expect(lines.every(line => line.length <= 79)).toBe(true);
		// Whichever pair opens, the web pages' titles carry their outlet and date.
		expect(lines[0]).toMatch(/(a 2025-07-28 · The Meridian|saved-page 2024-08-13 · Northern)/);
	});

	test('the article list shows them too (the text file without), at 80 and 200 columns', async () => {
		dashboard = await renderDashboard({analysis: await webAnalysis()});
		await dashboard.press('a');
		const screen = dashboard.screen();
		expect(screen).toContain('Articles (3)');
		// At 80 columns the list is narrow: the date first, the rest cut.
		expect(screen).toMatch(/L a 2025-07-28 … 3q 6f/);
		expect(dashboard.lines().every(line => line.length <= 79)).toBe(true);
		await dashboard.resize(200, 40);
		const wide = dashboard.screen();
		expect(dashboard.lines()[0]).toMatch(/^ Articles \(3\) +│/);
		// The list is at most 40 columns wide; the pane titles have room for all of it.
		expect(wide).toMatch(/L a 2025-07-28 · The Meridian H… 3q 6f/);
		expect(wide).toMatch(/R saved-page 2024-08-13 · North… 4q 5f/);
		expect(dashboard.lines()[0]).toContain('│a 2025-07-28 · The Meridian Herald · Ukraine still holds');
		expect(dashboard.lines()[0]).toContain('│saved-page 2024-08-13 · Northern Courier · Kursk incursion');
		expect(wide).toMatch(/ {2}004 Ukrainian Troops Still Ho… 1q 8f/);
		expect(dashboard.lines().every(line => line.length <= 199)).toBe(true);
	});

	test('the figures view puts the sources in date order', async () => {
		dashboard = await renderDashboard({analysis: await webAnalysis()});
		await dashboard.press('f');
		const screen = dashboard.screen();
		expect(screen).toContain('sources by date');
		const header = dashboard.lines().find(line => line.includes('what'))!;
		expect(header.indexOf('saved-page')).toBeLessThan(header.indexOf(' a '));
		expect(header.indexOf(' a ')).toBeLessThan(header.indexOf('004'));
		expect(dashboard.lines().every(line => line.length <= 79)).toBe(true);
	});
});
