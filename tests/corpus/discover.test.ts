import {execFileSync, spawn} from 'node:child_process';
import {linkSync, mkdirSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:net';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {discoverArticles} from '../../source/corpus/discover.js';
import {loadCorpus, readArticles} from '../../source/corpus/load.js';
import {makeTree} from '../helpers/files.js';

const prose = (subject: string) => `${subject} advanced into the Kursk region on Tuesday, officials said.`;
const notRegular = 'not a regular file (a device, FIFO or socket is not read)';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * A temporary tree, removed after the test by `rm` (Node's own removal recurses, and a
 * deep tree overflows it), left to finish in the background: on this disk removing
 * thousands of directories takes seconds that no test needs to wait for.
 */
function tree(files: Record<string, string>): string {
	const root = makeTree(files);
	cleanups.push(() => {
		spawn('rm', ['-rf', root], {detached: true, stdio: 'ignore'}).unref();
	});
	return root;
}

/** A Unix socket listening at `file` until the test ends. */
async function socketAt(file: string): Promise<void> {
	const server: Server = createServer();
	await new Promise<void>(resolve => server.listen(file, resolve));
	cleanups.push(async () => new Promise<void>(resolve => server.close(() => resolve())));
}

describe('each file and directory once, by what it is rather than the path to it', () => {
	test('a file with two hard links is read once, by the name met first', async () => {
		const root = tree({'a/story.txt': prose('A')});
		linkSync(path.join(root, 'a', 'story.txt'), path.join(root, 'b-same.txt'));
		const corpus = await loadCorpus([root]);
		// A folder's own files come before its subfolders'.
		expect(corpus.articles.map(article => article.path)).toEqual([path.join(root, 'b-same.txt')]);
		expect(corpus.problems).toEqual([]);
	});

	test('a directory given twice, given inside another, or linked to is walked once', async () => {
		const root = tree({'x/a.txt': prose('A'), 'y/b.txt': prose('B')});
		symlinkSync(path.join(root, 'y'), path.join(root, 'x', 'link-to-y'));
		const {files, problems} = await discoverArticles([root, path.join(root, 'x'), root, path.join(root, 'y')]);
		expect(files).toEqual([path.join(root, 'x', 'a.txt'), path.join(root, 'x', 'link-to-y', 'b.txt')]);
		// The directories given again hold nothing new: each is named as having no articles.
		expect(problems.map(problem => problem.path)).toEqual([path.join(root, 'x'), root, path.join(root, 'y')]);
	});

	test('the deepest tree a path can name (2,000 levels) is walked to its bottom', async () => {
		const root = tree({});
		const deepest = path.join(root, ...Array.from({length: 2000}, () => 'd'));
		// `mkdir -p` goes down one level at a time; Node's recursive mkdir names the whole path each time.
		execFileSync('mkdir', ['-p', deepest]);
		writeFileSync(path.join(deepest, 'bottom.txt'), prose('Bottom'));
		const {files, problems} = await discoverArticles([root]);
		expect(files).toEqual([path.join(deepest, 'bottom.txt')]);
		expect(problems).toEqual([]);
		// A hang guard: resolving each level's real path took over a minute at this depth.
	}, 60_000);
});

describe('a FIFO, a socket or a device by an article name in a directory', () => {
	test('is named on one line each, never opened, and the rest is read', async () => {
		const root = tree({'good.txt': prose('Good')});
		execFileSync('mkfifo', [path.join(root, 'pipe.txt'), path.join(root, 'pipe')]);
		await socketAt(path.join(root, 'socket.txt'));
		symlinkSync('/dev/zero', path.join(root, 'zero.txt'));
		symlinkSync('/dev/zero', path.join(root, 'zero.json'));
		const corpus = await loadCorpus([root]);
		expect(corpus.articles.map(article => article.id)).toEqual(['good']);
		// Names that would not be read anyway (`pipe`, `zero.json`) are passed over like any other.
		expect(corpus.problems).toEqual([
			{path: path.join(root, 'pipe.txt'), reason: notRegular},
			{path: path.join(root, 'socket.txt'), reason: notRegular},
			{path: path.join(root, 'zero.txt'), reason: notRegular},
		]);
	}, 20_000);

	test('a file replaced by a socket after it was listed is named in the same words', async () => {
		const root = tree({'a.txt': prose('A'), 'b.txt': prose('B')});
		const {files} = await discoverArticles([root]);
		unlinkSync(path.join(root, 'a.txt'));
		await socketAt(path.join(root, 'a.txt'));
		const corpus = await readArticles(files);
		expect(corpus.articles.map(article => article.id)).toEqual(['b']);
		expect(corpus.problems).toEqual([{path: path.join(root, 'a.txt'), reason: `cannot be read: ${notRegular}`}]);
	});
});

describe('names that are not UTF-8', () => {
	const latin1 = (name: string) => Buffer.from(name, 'latin1');

	test('are read by their bytes, and their ids and paths show the bytes escaped', async () => {
		const root = tree({'café.txt': prose('UTF-8')});
		writeFileSync(Buffer.concat([Buffer.from(`${root}/`), latin1('café.txt')]), prose('Latin-1'));
		const folder = Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0xff]), Buffer.from('-dir')]);
		mkdirSync(folder);
		writeFileSync(Buffer.concat([folder, Buffer.from('/inner.txt')]), prose('Inner'));
		const corpus = await loadCorpus([root]);
		expect(corpus.problems).toEqual([]);
		// In the order of the names as shown (`\xe9` before `é`), the folder's files before its subfolder's.
		expect(corpus.articles.map(article => [article.id, article.path, article.text])).toEqual([
			['caf\\xe9', `${root}/caf\\xe9.txt`, prose('Latin-1')],
			['café', `${root}/café.txt`, prose('UTF-8')],
			['inner', `${root}/\\xff-dir/inner.txt`, prose('Inner')],
		]);
	});

	test('a problem with such a file names it escaped', async () => {
		const root = tree({});
		symlinkSync('/dev/zero', Buffer.concat([Buffer.from(`${root}/`), latin1('zéro.txt')]));
		const corpus = await loadCorpus([root]);
		expect(corpus.problems).toEqual([
			{path: `${root}/z\\xe9ro.txt`, reason: notRegular},
			{path: root, reason: expect.stringContaining('no articles found')},
		]);
	});
});
