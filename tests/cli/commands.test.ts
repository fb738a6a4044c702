/**
 * The plain commands, run as a user runs them: the built CLI as a child process (a
 * pipe) and in a pseudo-terminal, checking stdout, stderr and exit status.
 */

import {afterEach, describe, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

let sessions: TerminalSession[] = [];
afterEach(async () => {
	await Promise.all(sessions.map(async session => session.close()));
	sessions = [];
});

/** Runs a command on a terminal of the given width and returns what it printed, and its status. */
async function onTerminal(args: string[], options: {cols?: number; env?: Record<string, string | undefined>} = {}) {
	// Node counts any CI variable as a terminal without colours: plain commands run without it.
	const session = await startTerminal({
		cols: options.cols ?? 100,
		rows: 50,
		args,
		env: {CI: undefined, ...options.env},
	});
	sessions.push(session);
	const status = await session.exit({timeout: 15_000});
	return {screen: session.screen().join('\n'), raw: session.output, status};
}

const ids = [
	'000_4eab5851a74c429f',
	'001_2b3c9c5aee47423a',
	'002_b76eddcc3a3b8871',
	'003_08559bfd3298043e',
	'004_5c024600ca51cab3',
];
const escape = '\u001B[';

describe('parallax list', () => {
	test('in a pipe: one tab-separated record per article, no header, no escape codes', () => {
		const result = runCli(['list']);
		expect(result.status).toBe(0);
		const rows = result.stdout
			.trimEnd()
			.split('\n')
			.map(line => line.split('\t'));
		expect(rows.map(row => row[0])).toEqual(ids);
		// 004: its title, 1 quotation, 8 figures, 2 in a group other sources contradict (~90 and >1,000 km²).
		expect(rows[4]).toEqual([
			ids[4],
			"Ukrainian Troops Still Hold Territory in Russia's Kursk Region, Top Commander Confirms",
			'1',
			'8',
			'2',
		]);
		expect(rows[2]!.slice(2)).toEqual(['4', '3', '0']);
		expect(result.stdout).not.toContain(escape);
	});

	test('--json: the same records as objects', () => {
		const rows = JSON.parse(runCli(['list', '--json']).stdout) as {id: string; differing: number}[];
		expect(rows.map(row => [row.id, row.differing])).toEqual([
			[ids[0], 1],
			[ids[1], 2],
			[ids[2], 0],
			[ids[3], 0],
			[ids[4], 2],
		]);
	});

	test('on a terminal: a header and aligned columns within the width', async () => {
		const {screen, status} = await onTerminal(['list'], {cols: 80});
		expect(status.exitCode).toBe(0);
		const lines = screen.split('\n').filter(line => line.trim() !== '');
		expect(lines[0]).toMatch(/^id +title +quotes +figures +differing$/);
		expect(lines[1]).toMatch(/^000_4eab5851a74c429f +Ukraine has achieved.*… +4 +2 +1$/);
		expect(lines.every(line => line.length <= 80)).toBe(true);
	});
});

describe('parallax quotes', () => {
	test('grouped by speaker, most quoted first; speaker, article and quotation tab-separated', () => {
		const lines = runCli(['quotes']).stdout.trimEnd().split('\n');
		expect(lines[0]).toBe(`Vladimir Putin\t${ids[0]}\t“worthy response”`);
		expect(lines.slice(0, 6).every(line => line.startsWith('Vladimir Putin\t'))).toBe(true);
		expect(lines.at(-1)).toMatch(/^\(speaker unknown\)\t|^[^\t]+\t/);
		expect(lines).toHaveLength(27);
	});

	test('--by takes any spelling or alias; --article any unique prefix', () => {
		const tykhy = runCli(['quotes', '--by', 'Heorhiy Tykhy']).stdout.trimEnd().split('\n');
		expect(tykhy).toEqual([
			`Georgiy Tykhy\t${ids[1]}\t“The sooner Russia agrees to restore a just peace, the sooner the raids by the Ukrainian defence forces into Russia will stop,”`,
			`Georgiy Tykhy\t${ids[1]}\t“absolutely legitimate”`,
			`Georgiy Tykhy\t${ids[2]}\t“taking over”`,
		]);
		expect(runCli(['quotes', '--by', 'syrsky', '--article', '004']).stdout).toBe(
			`Oleksandr Syrskyi\t${ids[4]}\t“We will continue these operations,”\n`,
		);
	});

	test('a speaker not found: one line suggesting the nearest name, exit 1 as nothing found is; no quotation: exit 1', () => {
		const unknown = runCli(['quotes', '--by', 'putn']);
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toBe('parallax: no speaker putn (did you mean Putin?)\n');
		const none = runCli(['quotes', '--by', 'Zagorodnyuk']);
		expect(none.status).toBe(1);
		expect(none.stdout).toBe('');
	});
});

describe('parallax figures', () => {
	test('a header, then one group per line with a column per article, differing first', () => {
		const rows = runCli(['figures'])
			.stdout.trimEnd()
			.split('\n')
			.map(line => line.split('\t'));
		expect(rows[0]).toEqual(['status', 'figure', ...ids]);
		expect(rows[1]).toEqual(['differs', 'territory held, km²', '>1,150', '~1,000, >=800', '', '', '~90, >1,000']);
		expect(rows).toContainEqual(['agrees', 'North Korean troops', '', '', '', '~11,000', '~11,000']);
	});

	test('--differing keeps only the groups that disagree', () => {
		const rows = runCli(['figures', '--differing']).stdout.trimEnd().split('\n');
		expect(rows).toHaveLength(2);
		expect(rows[1]).toMatch(/^differs\tterritory held/);
	});

	test('on a colour terminal the differing row is red; with NO_COLOR there is no escape code', async () => {
		const coloured = await onTerminal(['figures', '--differing']);
		expect(coloured.raw).toMatch(/\u001B\[1;31mdiffers +territory held/);
		const plain = await onTerminal(['figures', '--differing'], {env: {NO_COLOR: '1'}});
		expect(plain.raw).not.toMatch(/\u001B\[[\d;]*m/);
		expect(plain.screen).toMatch(/differs +territory held, km² +>1,150/);
	});
});

describe('parallax compare', () => {
	test('in a pipe: two columns at --width, figures marked [≠…] where the other article disagrees', () => {
		const result = runCli(['compare', '000', '001', '--width', '100']);
		expect(result.status).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines[0]).toMatch(
			/^000_4eab5851a74c429f {2}Ukraine has achieved.* │ 001_2b3c9c5aee47423a {2}Ukraine on Tuesday/,
		);
		expect(lines.every(line => [...line].length <= 100)).toBe(true);
		expect(result.stdout).toContain('[≠exceeds 1,150 square');
		expect(result.stdout).toContain('[≠approximately 1,000 square');
		expect(result.stdout).not.toContain(escape);
	});

	test('on a colour terminal the same highlights as the dashboard, at the terminal width', async () => {
		const {raw} = await onTerminal(['compare', '000', '001'], {cols: 120});
		expect(raw).toMatch(/\u001B\[1;97;41mexceeds 1,150 square/);
		const [first] = raw.replaceAll(/\u001B\[[\d;]*m/g, '').split(/\r?\n/);
		expect(first).toMatch(/^000_4eab5851a74c429f .*│ 001_2b3c9c5aee47423a/);
		expect([...first!].length).toBeLessThanOrEqual(120);
	});

	test('an unknown article id: one line with the nearest id, exit 2; a missing id: usage', () => {
		const unknown = runCli(['compare', '005', '001']);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toBe(`parallax: no article 005 (did you mean ${ids[4]}?)\n`);
		const ambiguous = runCli(['compare', '00', '001']);
		expect(ambiguous.stderr).toMatch(/^parallax: article id 00 is ambiguous: 000_4eab5851a74c429f, 001_/);
		const missing = runCli(['compare', '000']);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toBe('parallax: compare needs A and B (parallax compare A B [PATH…] [--width N])\n');
	});
});

describe('the command line as a whole', () => {
	test('unknown command and unknown flag: one line with a suggestion, exit 2', () => {
		const command = runCli(['lsit']);
		expect(command).toMatchObject({
			status: 2,
			stdout: '',
			stderr: 'parallax: unknown command lsit (did you mean list?)\n',
		});
		const flag = runCli(['figures', '--diffring']);
		expect(flag).toMatchObject({
			status: 2,
			stderr: 'parallax: unknown flag --diffring for figures (did you mean --differing?)\n',
		});
		const elsewhere = runCli(['list', '--by', 'putin']);
		expect(elsewhere).toMatchObject({status: 2, stderr: 'parallax: unknown flag --by for list\n'});
	});

	test('--help for the tool lists every command with examples; each command has its own', () => {
		const help = runCli(['--help']);
		expect(help.status).toBe(0);
		for (const name of ['list', 'quotes', 'figures', 'compare', 'search', 'analyze']) {
			expect(help.stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
		}

		expect(help.stdout).toContain('Examples');
		const quotesHelp = runCli(['quotes', '--help']);
		expect(quotesHelp.stdout).toContain('$ parallax quotes [PATH…] [--by NAME] [--article ID]');
		expect(quotesHelp.stdout).toContain('$ parallax quotes --by putin');
	});

	test('--version prints the version from package.json', () => {
		expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	test('a path named like no command is read as a path', () => {
		const result = runCli(['list', 'seeds/004_5c024600ca51cab3.txt']);
		expect(result.stdout.split('\t')[0]).toBe(ids[4]);
		const missing = runCli(['nothing-here.txt']);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('nothing-here.txt: no such file or directory');
	});
});
