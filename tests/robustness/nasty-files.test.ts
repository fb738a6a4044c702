/**
 * Hostile input files, generated here (no committed binaries), run through
 * `analyze --json` and every plain command of the built CLI: each ends in time with
 * the documented exit status, names a refused file with its reason on one line,
 * still reads the good article beside it, and never prints a control character.
 */

import {spawnSync} from 'node:child_process';
import {closeSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, test} from 'vitest';
import type {AnalysisJson, ArticleJson} from '../../source/commands/analyze.js';
import {discoverArticles} from '../../source/corpus/discover.js';
import {readArticles} from '../../source/corpus/load.js';
import {isTerminalSafe} from '../../source/corpus/sanitize.js';
import {cliPath} from '../helpers/cli.js';
import {makeTree, seedPath} from '../helpers/files.js';

const seed = seedPath('001_2b3c9c5aee47423a');
const seedId = '001_2b3c9c5aee47423a';

type Run = {readonly stdout: string; readonly stderr: string; readonly status: number | null; readonly ms: number};

/** The built CLI in a pipe, killed if it runs past `limit` milliseconds. */
function run(args: readonly string[], limit = 20_000): Run {
	const started = Date.now();
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		input: '',
		encoding: 'utf8',
		timeout: limit,
		maxBuffer: 256 * 1024 * 1024,
		env: {...process.env, NO_COLOR: '1'},
	});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status, ms: Date.now() - started};
}

/** Every string anywhere in a parsed JSON value. */
function* stringsOf(value: unknown): Generator<string> {
	if (typeof value === 'string') yield value;
	else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
	else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* stringsOf(item);
}

const prose =
	'KYIV, Ukraine — Ukrainian forces hold about 1,000 square kilometres of the Kursk region, commander Oleksandr Syrskyi said on Monday.\n\n' +
	'“We will rebuild,” Mayor Anna Kovalenko said.\n';

const escapes =
	'Title \u001B]0;pwned\u0007with \u001B[31mred\u001B[0m\n\n' +
	prose +
	'Clip \u001B]52;c;aGVsbG8=\u0007 link \u001B]8;;http://evil.example\u001B\\here\u001B]8;;\u001B\\ dcs \u001BPq#0;2;0;0;0\u001B\\ ' +
	'bell\u0007 back\bspace car\rriage c1\u009B31m bidi \u202Eevil\u202C bare\u001B end.\n';

/** Windows-1252 bytes, written byte by byte: ’ is 0x92, € 0x80, “ ” 0x93 0x94, — 0x97. */
const windows1252 = Uint8Array.from([
	...Buffer.from('PARIS '),
	0x97,
	...Buffer.from(' Hollande'),
	0x92,
	...Buffer.from('s office paid '),
	0x80,
	...Buffer.from('250,000 for the '),
	0x93,
	...Buffer.from('study'),
	0x94,
	...Buffer.from(', officials said.\n\nThe minister said the report was fair.\n'),
]);

const utf16Text = 'Officials said 40 drones were shot down over Kursk on Tuesday.\n';
const utf16be = Buffer.from(utf16Text, 'utf16le').swap16();
const cyrillicText =
	'В четверг военные сообщили, что 40 беспилотников сбиты над Курском.\n\nУдары по Курску продолжаются.\n';

/** 300 kB that look random (a linear congruential generator), the same on every run. */
function noise(length: number): Uint8Array {
	let state = 7;
	return Uint8Array.from({length}, () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state >>> 16;
	});
}

function repeatTo(unit: string, length: number): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Readable files, each with a sentence that must come out of it intact. */
const readable: Record<string, {content: string | Uint8Array; expectText: string; heavy?: boolean}> = {
	'escapes.txt': {content: escapes, expectText: 'Clip link here dcs bell backspace car'},
	// NUL bytes past the first 8 kB are strays, dropped (before it, one makes the file binary).
	'nul.txt': {
		content: `${repeatTo(`${prose}\n`, 9000)}\n\nOfficials said\u0000 the\u0000 bridge was open.\n`,
		expectText: 'Officials said the bridge',
	},
	'invalid-utf8.txt': {
		content: Buffer.concat([
			Buffer.from('Zürich officials said '),
			Buffer.from([0xff, 0xfe, 0xc3]),
			Buffer.from(` the bridge was open.\n\n${prose}`),
		]),
		expectText: 'Zürich officials said',
	},
	'cp1252.txt': {content: windows1252, expectText: 'PARIS — Hollande’s office paid €250,000 for the “study”'},
	'utf16le-bom.txt': {
		content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16Text, 'utf16le')]),
		expectText: '40 drones',
	},
	'utf16be-bom.txt': {content: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), expectText: '40 drones'},
	'utf16-no-bom.txt': {content: Buffer.from(utf16Text.repeat(4), 'utf16le'), expectText: '40 drones'},
	'utf16le-cyrillic-no-bom.txt': {content: Buffer.from(cyrillicText, 'utf16le'), expectText: 'по Курску'},
	'utf16be-cyrillic-no-bom.txt': {content: Buffer.from(cyrillicText, 'utf16le').swap16(), expectText: 'по Курску'},
	'one-line.txt': {content: 'x'.repeat(1_000_000), expectText: 'xxxxxxxxxx'},
	'quote-marks.txt': {
		content: `${Array.from({length: 5000}, (_, index) => (index % 3 === 0 ? '"' : '“')).join(' word ')}\n\n${prose}`,
		expectText: '“We will rebuild,” Mayor Anna Kovalenko said.',
	},
	'long-number.txt': {
		content: `The debt was ${'7'.repeat(400)} dollars, officials said.\n\n${prose}`,
		expectText: 'The debt was 777',
	},
	'runs.txt': {
		content: `${'-'.repeat(5000)}\n\n${','.repeat(5000)}\n\n${'-,'.repeat(3000)}\n\n${prose}`,
		expectText: 'Ukrainian forces hold about 1,000 square kilometres',
	},
	'every-line-a-quote.txt': {
		content: Array.from({length: 1000}, (_, index) => `“This is quote number ${index + 1}.”`).join('\n'),
		expectText: '“This is quote number 1000.”',
	},
	'scripts.txt': {
		content:
			'Киев заявил, что «войска вошли в Курск». 乌克兰军队进入库尔斯克。 قال المسؤولون إن القوات دخلت كورسك 🇺🇦 👩‍👩‍👧 café e\u0301 ZW\u200Bchar.\n\n' +
			prose,
		expectText: '乌克兰军队进入库尔斯克。',
	},
	// Up to the size limit of what once took minutes or overflowed the stack: kept out of
	// the all-commands run below only to keep it short.
	'one-paragraph.txt': {
		content: repeatTo('Troops went in. ', 1_000_000),
		expectText: 'Troops went in. Troops',
		heavy: true,
	},
	'said-run.txt': {
		content: repeatTo('Minister John Smith said ', 1_000_000),
		expectText: 'Smith said Minister',
		heavy: true,
	},
	'many-quotes.txt': {content: repeatTo('"a" ', 1_000_000), expectText: '"a" "a"', heavy: true},
};

/** Files that are refused, each with the reason the user is told. */
const refused: Record<string, {content: string | Uint8Array; reason: RegExp}> = {
	'binary.txt': {
		content: Uint8Array.from({length: 8192}, (_, index) => (index * 131 + 7) % 256),
		reason: /binary file \(not text\)$/m,
	},
	'text-then-binary.txt': {
		content: Buffer.concat([Buffer.from(repeatTo(`${prose}\n`, 70 * 1024)), noise(300 * 1024)]),
		reason: /binary file \(the first [\d,]+ bytes are text, then binary data\)$/m,
	},
	'early-nul.txt': {
		content: `Officials said\u0000 the\u0000 bridge was open.\n\n${prose}`,
		reason: /binary file \(not text\)$/m,
	},
	// A few control bytes and a word: too short for the control threshold, binary by its NUL.
	'control-bytes.txt': {
		content: Uint8Array.from([0x00, 0x01, 0x02, 0xff, 0xfe, ...Buffer.from(' binary')]),
		reason: /binary file \(not text\)$/m,
	},
	'empty.txt': {content: '', reason: /empty file$/m},
	'furniture.txt': {
		content: 'Post a Comment\nPrevious Post Next Post\nShare this article\nSubscribe to our newsletter\n',
		reason: /no article text \(only page furniture\)$/m,
	},
};

let root: string;
const pathOf = (name: string) => path.join(root, name);

beforeAll(() => {
	root = makeTree({
		...Object.fromEntries(Object.entries(readable).map(([name, {content}]) => [name, content])),
		...Object.fromEntries(Object.entries(refused).map(([name, {content}]) => [name, content])),
	});
	// 50 MB without writing 50 MB: a sparse file.
	const huge = openSync(pathOf('huge.txt'), 'w');
	closeSync(huge);
	execFileSync('truncate', ['-s', '50M', pathOf('huge.txt')]);
});

// Every readable file analysed once, in one process with the seed (one process per file
// spent most of this file's time starting Node and reading the seed again): the CLI's
// behaviour on each file alone is what `every plain command` below checks.
let together: Run;
let whole: AnalysisJson;
let analysed: Map<string, ArticleJson>;
beforeAll(() => {
	together = run(['analyze', '--json', ...Object.keys(readable).map(name => pathOf(name)), seed], 120_000);
	whole = JSON.parse(together.stdout || '{"articles":[]}') as AnalysisJson;
	analysed = new Map(whole.articles.map(article => [article.id, article]));
}, 120_000);

test('all of them are read in one analyze --json with the seed, with nothing to warn about', () => {
	expect(together.status, `exit status (stderr: ${together.stderr})`).toBe(0);
	expect(together.stderr).toBe('');
	expect([...analysed.keys()].sort()).toEqual(
		[...Object.keys(readable).map(name => path.basename(name, '.txt')), seedId].sort(),
	);
	// Speakers and groups too: nothing in the whole document can act on a terminal.
	expect([...stringsOf(whole)].filter(text => !isTerminalSafe(text)).map(text => text.slice(0, 80))).toEqual([]);
});

describe.each(Object.keys(readable))('%s', name => {
	const id = path.basename(name, '.txt');

	test('is read: its text comes out whole in analyze --json', () => {
		const article = analysed.get(id)!;
		expect(article, `${id} is missing from the analysis`).toBeDefined();
		expect(article.text).toContain(readable[name]!.expectText);
		const unsafe = [...stringsOf(article)].filter(text => !isTerminalSafe(text));
		expect(unsafe.map(text => text.slice(0, 80))).toEqual([]);
		const notFinite = article.numbers.filter(figure => !Number.isFinite(figure.value));
		expect(notFinite.map(figure => figure.text)).toEqual([]);
	}, 60_000);
});

test('every plain command on all of them together ends in time with a documented status and no control character', () => {
	const files = Object.entries(readable)
		.filter(([, file]) => !file.heavy)
		.map(([name]) => pathOf(name));
	for (const args of [
		['list', ...files, seed],
		['quotes', ...files, seed],
		['figures', ...files, seed],
		['search', 'said', ...files, seed],
		// Side by side, where widths matter most: escapes, wide scripts, one endless line, quote marks.
		// Each with only its own article and the seed: the others change nothing side by side.
		...['escapes', 'scripts', 'one-line', 'quote-marks'].map(id => [
			'compare',
			id,
			seedId,
			'--width',
			'80',
			pathOf(`${id}.txt`),
			seed,
		]),
	]) {
		const result = run(args, 30_000);
		const command = args.slice(0, 2).join(' ');
		expect(result.status, `${command} did not end in time`).not.toBeNull();
		expect([0, 1], `${command} exit status (stderr: ${result.stderr})`).toContain(result.status);
		expect(result.stderr, command).toBe('');
		expect(isTerminalSafe(result.stdout), `${command} printed a control character`).toBe(true);
		if (args[0] === 'compare') {
			for (const line of result.stdout.split('\n')) {
				expect(stringWidth(line), `${command}: line wider than 80: ${line}`).toBeLessThanOrEqual(80);
			}
		}
	}
}, 120_000);

describe('what the text says survives hostile and legacy bytes', () => {
	const analyze = (name: string): ArticleJson => analysed.get(path.basename(name, '.txt'))!;

	test('escape sequences are removed and the words around them kept; the title cannot set the window title', () => {
		const article = analyze('escapes.txt');
		expect(article.title).toBe('Title with red');
		expect(article.text).not.toMatch(/pwned|aGVsbG8|evil\.example|31m|q#0/);
		expect(article.text).toContain('bidi evil bare end.');
	});

	test('Windows-1252 is decoded: curly quotes, the apostrophe, the dash and the euro figure', () => {
		const article = analyze('cp1252.txt');
		expect(article.dateline).toBe('PARIS');
		expect(article.numbers.map(figure => [figure.text, figure.value, figure.unitCode])).toContainEqual([
			'€250,000',
			250_000,
			'EUR',
		]);
	});

	test('thousands of unbalanced quote marks do not swallow the quotation after them', () => {
		const article = analyze('quote-marks.txt');
		const quote = article.quotes.find(entry => entry.text.startsWith('We will rebuild'));
		expect(quote?.speaker?.name).toBe('Anna Kovalenko');
		expect(article.numbers.map(figure => figure.text)).toContain('about 1,000 square kilometres');
	});

	test('a 400-digit number is no figure; the figures after it are read', () => {
		const article = analyze('long-number.txt');
		expect(article.numbers.map(figure => figure.text)).toEqual(['about 1,000 square kilometres']);
	});

	test('every line a quote: a thousand quotations', () => {
		const article = analyze('every-line-a-quote.txt');
		expect(article.quotes).toHaveLength(1000);
		expect(article.quotes.at(-1)?.text).toBe('This is quote number 1000.');
	});

	test('rules of dashes and commas give no title; the first words do', () => {
		expect(analyze('runs.txt').title).toMatch(/^KYIV, Ukraine — Ukrainian forces hold about 1,000 square kilometres/);
	});

	test('mixed scripts keep their characters, and the zero-width space is gone', () => {
		const article = analyze('scripts.txt');
		expect(article.text).toContain('«войска вошли в Курск»');
		// The family is read as its members, which every terminal draws alike (source/corpus/column-forms.ts).
		expect(article.text).toContain('القوات دخلت كورسك 🇺🇦 👩👩👧 café e\u0301 ZWchar.');
	});
});

describe('refused files are named with their reason, and the rest still loads', () => {
	test.each(Object.keys(refused))('%s', name => {
		for (const args of [
			['analyze', '--json', pathOf(name), seed],
			['list', pathOf(name), seed],
		]) {
			const result = run(args);
			expect(result.status).toBe(0);
			expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`parallax: ${pathOf(name)}: `)]);
			expect(result.stderr).toMatch(refused[name]!.reason);
			expect(result.stdout).toContain(seedId);
		}
	});

	test('a 50 MB file is skipped by the size limit, unread, and the message says how to raise it', () => {
		const result = run(['list', pathOf('huge.txt'), seed], 10_000);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe(
			`parallax: ${pathOf('huge.txt')}: skipped: 50 MB is over the 1.0 MB limit (--max-size raises it)\n`,
		);
		expect(result.stdout).toContain(seedId);
	});

	test('--max-size raises the limit, and lowers it', () => {
		const big = makeTree({'big.txt': `${prose}\n\n${'Officials said the bridge was open. '.repeat(40_000)}`});
		const file = path.join(big, 'big.txt');
		expect(run(['list', file]).stderr).toMatch(/big\.txt: skipped: 1\.4 MB is over the 1\.0 MB limit/);
		const raised = run(['list', '--max-size', '2MB', file], 30_000);
		expect(raised.stderr).toBe('');
		expect(raised.stdout).toMatch(/^big\t/m);
		const lowered = run(['list', '--max-size', '100kB', seed]);
		expect(lowered.stderr).toBe('');
		const tiny = run(['list', '--max-size', '1kB', seed]);
		expect(tiny.status).toBe(1);
		expect(tiny.stderr).toMatch(/skipped: \d+ kB is over the 1 kB limit/);
	});

	test('a size that is not one is a usage error', () => {
		const result = run(['list', '--max-size', 'large', seed]);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('parallax: --max-size large is not a size (for example 5MB, 800kB, 1048576)\n');
	});

	test('a FIFO, a socket or a device, named or in a directory, is reported on one line, not waited on', async () => {
		const directory = makeTree({'a.txt': prose});
		const named = makeTree({});
		execFileSync('mkfifo', [path.join(directory, 'pipe.txt'), path.join(named, 'pipe.txt')]);
		symlinkSync('/dev/zero', path.join(directory, 'zero.txt'));
		const server = createServer();
		await new Promise<void>(resolve => server.listen(path.join(directory, 'socket.txt'), resolve));
		try {
			// Nothing connects to the socket: it is told by its type, so this process may wait.
			const result = run(['list', directory, path.join(named, 'pipe.txt'), '/dev/zero'], 10_000);
			expect(result.status).toBe(0);
			expect(result.stdout).toMatch(/^a\t/m);
			const reason = 'not a regular file (a device, FIFO or socket is not read)';
			expect(result.stderr.trim().split('\n')).toEqual([
				`parallax: ${path.join(directory, 'pipe.txt')}: ${reason}`,
				`parallax: ${path.join(directory, 'socket.txt')}: ${reason}`,
				`parallax: ${path.join(directory, 'zero.txt')}: ${reason}`,
				`parallax: ${path.join(named, 'pipe.txt')}: ${reason}`,
				`parallax: /dev/zero: ${reason}`,
			]);
		} finally {
			await new Promise(resolve => server.close(resolve));
			rmSync(directory, {recursive: true, force: true});
			rmSync(named, {recursive: true, force: true});
		}
	}, 20_000);

	test('--urls with a device or a FIFO is refused on one line, not read without end or waited on', () => {
		const directory = makeTree({});
		const fifo = path.join(directory, 'links.txt');
		execFileSync('mkfifo', [fifo]);
		const reason = 'cannot be read: not a regular file (a device, FIFO or socket is not read)';
		for (const list of ['/dev/zero', fifo]) {
			const result = run(['list', '--urls', list, seed], 10_000);
			expect(result.status, `--urls ${list} did not end in time`).toBe(0);
			expect(result.stderr).toBe(`parallax: ${list}: ${reason}\n`);
			expect(result.stdout).toContain(seedId);
		}

		rmSync(directory, {recursive: true, force: true});
	});
});

describe('directories', () => {
	test('deeply nested directories are walked to the bottom', () => {
		const directory = makeTree({});
		const deepest = path.join(directory, ...Array.from({length: 300}, () => 'd'));
		mkdirSync(deepest, {recursive: true});
		writeFileSync(path.join(deepest, 'bottom.txt'), prose);
		const result = run(['list', directory]);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^bottom\t/m);
	});

	test('a file whose name is not UTF-8 is read, its id and path shown with the byte escaped', () => {
		const directory = makeTree({});
		writeFileSync(Buffer.concat([Buffer.from(`${directory}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), prose);
		const listed = run(['list', directory]);
		expect(listed.stderr).toBe('');
		expect(listed.stdout).toMatch(/^caf\\xe9\t/m);
		const result = run(['analyze', '--json', directory]);
		expect(result.stderr).toBe('');
		const [article] = (JSON.parse(result.stdout) as AnalysisJson).articles;
		expect([article!.id, article!.path]).toEqual(['caf\\xe9', `${directory}/caf\\xe9.txt`]);
		expect(article!.text).toContain('Mayor Anna Kovalenko said');
		rmSync(directory, {recursive: true, force: true});
	});

	test('symlink loops end: a link to its own folder adds nothing, links to each other are named', () => {
		const directory = makeTree({'a.txt': prose});
		symlinkSync('.', path.join(directory, 'self'));
		symlinkSync('y.txt', path.join(directory, 'x.txt'));
		symlinkSync('x.txt', path.join(directory, 'y.txt'));
		const result = run(['list', directory], 10_000);
		expect(result.status).toBe(0);
		expect(result.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^a\t/)]);
		expect(result.stderr.trim().split('\n').sort()).toEqual([
			`parallax: ${path.join(directory, 'x.txt')}: too many levels of symbolic links`,
			`parallax: ${path.join(directory, 'y.txt')}: too many levels of symbolic links`,
		]);
	});

	test('more tiny files than the default limit: the article limit stops the walk and names where it stopped', () => {
		const directory = makeTree({});
		for (let index = 0; index < 21_000; index++) {
			writeFileSync(
				path.join(directory, `a${String(index).padStart(6, '0')}.txt`),
				`Officials said ${index} drones were shot down.\n`,
			);
		}

		const limited = run(['list', '--max-articles', '1000', directory], 30_000);
		expect(limited.status).toBe(0);
		expect(limited.stdout.trim().split('\n')).toHaveLength(1000);
		expect(limited.stderr).toBe(
			`parallax: ${path.join(directory, 'a001000.txt')}: not read, nor anything after it: the limit is 1,000 articles (--max-articles raises it)\n`,
		);
		const byDefault = run(['list', directory], 60_000);
		expect(byDefault.status, 'the default limit did not end in time').toBe(0);
		expect(byDefault.stdout.trim().split('\n')).toHaveLength(20_000);
		expect(byDefault.stderr).toContain(`${path.join(directory, 'a020000.txt')}: not read, nor anything after it`);
	}, 120_000);
});

describe('files that change while loading', () => {
	test('a file removed, or replaced by a directory or a FIFO, after it was listed is named, and the rest load', async () => {
		const directory = makeTree({'a.txt': prose, 'b.txt': prose, 'c.txt': prose, 'd.txt': prose});
		const {files} = await discoverArticles([directory]);
		expect(files).toHaveLength(4);
		unlinkSync(path.join(directory, 'a.txt'));
		unlinkSync(path.join(directory, 'b.txt'));
		mkdirSync(path.join(directory, 'b.txt'));
		unlinkSync(path.join(directory, 'c.txt'));
		// Opening a FIFO for reading blocks until a writer comes: it must not.
		execFileSync('mkfifo', [path.join(directory, 'c.txt')]);
		const corpus = await readArticles(files);
		expect(corpus.articles.map(article => article.id)).toEqual(['d']);
		expect(corpus.problems).toEqual([
			{path: path.join(directory, 'a.txt'), reason: 'cannot be read: no such file or directory'},
			{path: path.join(directory, 'b.txt'), reason: 'cannot be read: a directory'},
			{
				path: path.join(directory, 'c.txt'),
				reason: 'cannot be read: not a regular file (a device, FIFO or socket is not read)',
			},
		]);
		expect(readFileSync(path.join(directory, 'd.txt'), 'utf8')).toBe(prose);
	});

	test.skipIf(process.getuid?.() === 0)('a file made unreadable after it was listed is named', async () => {
		const directory = makeTree({'a.txt': prose, 'b.txt': prose});
		const {files} = await discoverArticles([directory]);
		execFileSync('chmod', ['000', path.join(directory, 'a.txt')]);
		const corpus = await readArticles(files);
		expect(corpus.articles.map(article => article.id)).toEqual(['b']);
		expect(corpus.problems).toEqual([
			{path: path.join(directory, 'a.txt'), reason: 'cannot be read: permission denied'},
		]);
	});
});
