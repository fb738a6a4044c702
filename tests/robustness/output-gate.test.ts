/**
 * Nothing reaches stdout or stderr raw: escape, C1 and bidirectional characters are
 * fed through every path that makes a message or an output (file-system errors of
 * each kind, a directory tree too deep to walk, usage errors quoting what was typed,
 * an HTTP status line and content type, every JSON and plain output) and the bytes
 * the built CLI writes are checked. What was there stays visible, as `\x1b`.
 */

import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {AnalysisJson} from '../../source/commands/analyze.js';
import {rawAnswer, type RawServer, startRawServer} from '../helpers/raw-http-server.js';
import {expectInert, runCliRaw} from '../helpers/raw-output.js';

const esc = '\u001B';
// OSC 52 (the clipboard set to `rm -rf ~`), OSC 0 (the title), a screen clear, C1 CSI
// and OSC, BEL, a right-to-left override and a left-to-right isolate.
const hostile = `${esc}]52;c;cm0gLXJmIH4K\u0007${esc}]0;T\u0007${esc}[2J\u009B2J\u009D0;T\u0007\u202E\u2066`;
// The same, as the user should see it.
const visible = String.raw`\x1b]52;c;cm0gLXJmIH4K\x07\x1b]0;T\x07\x1b[2J\x9b2J\x9d0;T\x07\u202e\u2066`;
// Its first 20 characters (a value quoted in a message is cut at 40).
const visibleStart = String.raw`\x1b]52;c;cm0gLXJmIH4K\x07`;
// Ids and the lines of a list of links are shown by sanitize.ts' showControls, which is
// the gate's one-line form.
const visibleInId = new RegExp(visible.replaceAll(/[\\^$.*+?()[\]{}|]/g, String.raw`\$&`));

const article =
	'Officials said 12 drones were shot down over the Kursk region overnight. “The raids will go on,” the governor said.\n';
let root: string;
const inRoot = (name: string) => path.join(root, name);

beforeAll(() => {
	root = mkdtempSync(path.join(tmpdir(), 'parallax-gate-'));
	mkdirSync(inRoot('articles'));
	writeFileSync(inRoot(`articles/${hostile}.txt`), `${hostile}${article}`);
	writeFileSync(inRoot(`${hostile}file.txt`), article);
	symlinkSync(`${hostile}loop.txt`, inRoot(`${hostile}loop.txt`));
	execFileSync('mkfifo', [inRoot(`${hostile}fifo.txt`)]);
	mkdirSync(inRoot(`${hostile}directory`));
	writeFileSync(inRoot(`${hostile}locked.txt`), article);
	chmodSync(inRoot(`${hostile}locked.txt`), 0o000);
	writeFileSync(inRoot('links.txt'), `${hostile}not-a-link\n`);
});

afterAll(() => {
	// `rm` walks trees deeper than a path can name; Node's rmSync does not.
	spawnSync('rm', ['-rf', root]);
});

/** Runs the CLI, checks both streams are inert, and returns stderr as text. */
async function messagesOf(args: readonly string[]): Promise<{stderr: string; stdout: string; status: number | null}> {
	const result = await runCliRaw(args);
	const where = `parallax ${args.join(' ')}`;
	return {
		stdout: expectInert(result.stdout, `${where} (stdout)`),
		stderr: expectInert(result.stderr, `${where} (stderr)`),
		status: result.status,
	};
}

describe('file-system errors name the path with its controls visible', () => {
	const isRoot = process.getuid?.() === 0;
	test.each<[string, string, RegExp]>([
		['ENOENT', `${hostile}missing.txt`, /: no such file or directory$/m],
		['ENOTDIR', `${hostile}file.txt/inner.txt`, /: a component of the path is not a directory$/m],
		['ELOOP', `${hostile}loop.txt`, /: too many levels of symbolic links$/m],
		// One name longer than a file system allows (255 bytes).
		['ENAMETOOLONG', `${hostile}${'a'.repeat(300)}.txt`, /: path too long$/m],
		['a FIFO', `${hostile}fifo.txt`, /: not a regular file \(a device, FIFO or socket is not read\)$/m],
	])('%s', async (_code, name, reason) => {
		const {stderr, status} = await messagesOf(['list', inRoot(name)]);
		expect(status).toBe(1);
		const line = stderr.split('\n')[0]!;
		expect(line.startsWith(`parallax: ${root}/${visible}`)).toBe(true);
		expect(line).toMatch(reason);
	});

	test('EISDIR: a directory given as the list of links', async () => {
		const {stderr} = await messagesOf(['list', '--urls', inRoot(`${hostile}directory`)]);
		expect(stderr).toContain(`parallax: ${root}/${visible}directory: cannot be read: a directory\n`);
	});

	test.skipIf(isRoot)('EACCES: a file it may not read (skipped as root, who may read anything)', async () => {
		const {stderr} = await messagesOf(['list', inRoot(`${hostile}locked.txt`)]);
		expect(stderr).toContain(`parallax: ${root}/${visible}locked.txt: cannot be read: permission denied\n`);
	});

	test('ENAMETOOLONG deep in a directory tree: Node’s message, which repeats the path raw, is not printed', async () => {
		// Each level named with the escapes and 200 letters: the walk's path outgrows
		// PATH_MAX (4,096 bytes) and scandir fails. Made by a shell stepping down, since no
		// single call may name such a path.
		const name = `${hostile}${'d'.repeat(200)}`;
		mkdirSync(inRoot('deep'));
		spawnSync('sh', [
			'-c',
			'cd "$1" && i=0; while [ $i -lt 30 ] && mkdir "$2" && cd "$2"; do i=$((i+1)); done',
			'sh',
			inRoot('deep'),
			name,
		]);
		const {stderr} = await messagesOf(['list', inRoot('deep')]);
		expect(stderr).toMatch(/: path too long$/m);
		expect(stderr).toContain(`/${visible}${'d'.repeat(200)}/`);
		expect(stderr).not.toContain('ENAMETOOLONG');
	});
});

describe('usage errors quote what was typed with its controls visible', () => {
	test.each<[string, string[], string]>([
		['an unknown command', [`l${esc}ist`], String.raw`unknown command l\x1bist (did you mean list?)`],
		['an unknown flag', [`--wi${esc}]0;t\u0007dth`, '80'], String.raw`unknown flag --wi\x1b]0;t\x07dth`],
		['--width', ['compare', '000', '001', '--width', hostile], `--width ${visibleStart}`],
		['--limit', ['search', 'drones', '--limit', `1${hostile}`], `--limit 1${visibleStart}`],
		[
			'--max-articles',
			['list', '--max-articles', `\u202E${hostile}`],
			String.raw`--max-articles \u202e` + visibleStart,
		],
		['--max-size', ['list', '--max-size', `5MB${hostile}`], `--max-size 5MB${visibleStart}`],
		['--by', ['quotes', '--by', hostile], `no speaker ${visible}`],
		['--article', ['quotes', '--article', hostile], `no article ${visible}`],
		['an article id', ['compare', hostile, '000'], `no article ${visible}`],
	])('%s', async (_case, args, shown) => {
		const {stderr, status, stdout} = await messagesOf(args);
		// A speaker not found is nothing found (1); every other case a usage error (2).
		expect(status).toBe(_case === '--by' ? 1 : 2);
		expect(stdout).toBe('');
		expect(stderr.split('\n').length, 'one line').toBe(2);
		expect(stderr.startsWith(`parallax: ${shown}`)).toBe(true);
	});

	test('a line feed in a value cannot start a second message line', async () => {
		const {stderr} = await messagesOf(['compare', '000', '001', '--width', '12\nparallax: all is well']);
		expect(stderr).toBe(
			String.raw`parallax: --width 12\x0aparallax: all is well is not a whole number from 20 to 1,000` + '\n',
		);
	});

	test('a line of the list of links that is no link', async () => {
		const {stderr} = await messagesOf(['list', '--urls', inRoot('links.txt')]);
		expect(stderr).toMatch(
			new RegExp(`links\\.txt:1: not an http or https address: ${visibleInId.source}not-a-link\n`),
		);
	});
});

describe('what a web server writes', () => {
	let server: RawServer;
	beforeAll(async () => {
		server = await startRawServer({
			'/x': rawAnswer(`404 ${esc}]52;c;cm0gLXJmIH4K\u0007${esc}]0;OWNED\u0007Not Found`),
			// UTF-8 in the status line, as fetch reads it.
			'/c1': rawAnswer(`500 ${Buffer.from('\u009B2J\u009D0;T\u0007\u202E\u2066', 'utf8').toString('latin1')}`),
			'/type': rawAnswer('200 OK', ['Content-Type: image/x\u009B2J']),
		});
	});
	afterAll(async () => server.close());

	test.each<[string, string]>([
		['/x', String.raw`HTTP 404 \x1b]52;c;cm0gLXJmIH4K\x07\x1b]0;OWNED\x07Not Found`],
		['/c1', String.raw`HTTP 500 \x9b2J\x9d0;T\x07\u202e\u2066`],
		['/type', String.raw`not a web page (image/x\x9b2J)`],
	])('%s', async (pathname, reason) => {
		const {stderr, status} = await messagesOf(['list', server.url(pathname)]);
		expect(status).toBe(1);
		expect(stderr).toBe(`parallax: ${server.url(pathname)}: ${reason}\nparallax: no usable articles were read\n`);
	});
});

describe('every output of an article whose file name holds the controls', () => {
	const directory = () => inRoot('articles');
	const file = () => inRoot(`articles/${hostile}.txt`);

	test('analyze --json: C1 and bidi escaped as \\u009b, the path read back as it is', async () => {
		const {stdout, stderr, status} = await messagesOf(['analyze', '--json', directory()]);
		expect([status, stderr]).toEqual([0, '']);
		expect(stdout).toContain(String.raw`\u009b2J\u009d0;T\u0007\u202e\u2066`);
		const analysis = JSON.parse(stdout) as AnalysisJson;
		expect(analysis.articles.map(entry => entry.path)).toEqual([file()]);
		expect(analysis.articles[0]!.id).toMatch(new RegExp(`^${visibleInId.source}$`));
	});

	const jsonRuns: Record<string, string[]> = {
		'list --json': ['list', '--json'],
		'quotes --json': ['quotes', '--json'],
		'figures --json': ['figures', '--json'],
		'search --json': ['search', 'drones', '--json'],
		'compare --json': ['compare', visibleStart, visibleStart, '--json'],
		'the summary as JSON (no command)': ['--json'],
	};
	test.each(Object.entries(jsonRuns))('%s', async (_name, args) => {
		const {stdout, status} = await messagesOf([...args, directory()]);
		expect(status).toBe(0);
		expect(JSON.parse(stdout)).toBeTruthy();
	});

	const plainRuns: Record<string, string[]> = {
		list: ['list'],
		quotes: ['quotes'],
		figures: ['figures'],
		search: ['search', 'drones'],
		analyze: ['analyze'],
		compare: ['compare', visibleStart, visibleStart],
		'the summary (no command, in a pipe)': [],
	};
	test.each(Object.entries(plainRuns))('%s, plain: the id shown escaped', async (_name, args) => {
		const {stdout, status} = await messagesOf([...args, directory()]);
		expect(status).toBe(0);
		// Its start only: side by side, the id is cut to the column.
		expect(stdout).toContain(visibleStart);
	});
});
