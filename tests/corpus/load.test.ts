import {execFileSync} from 'node:child_process';
import {readFileSync, statSync, symlinkSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {describeError} from '../../source/corpus/discover.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {makeTree} from '../helpers/files.js';

const prose = (subject: string) => `${subject} advanced into the Kursk region on Tuesday, officials said.`;

describe('loadCorpus', () => {
	test('reads directories recursively in sorted order, only .txt and .md, skipping hidden entries', async () => {
		const root = makeTree({
			'b.txt': prose('B'),
			'a.md': `# A Headline\n\n${prose('A')}`,
			'notes.json': '{}',
			'.hidden.txt': prose('Hidden'),
			'sub/c.txt': prose('C'),
			'sub/deeper/d.txt': prose('D'),
		});
		const corpus = await loadCorpus([root]);
		expect(corpus.articles.map(article => article.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(corpus.problems).toEqual([]);
	});

	test('follows symlinks without looping, and reads a file reached twice only once', async () => {
		const root = makeTree({'x/a.txt': prose('A')});
		symlinkSync(path.join(root, 'x'), path.join(root, 'x', 'loop'));
		symlinkSync(path.join(root, 'x', 'a.txt'), path.join(root, 'alias.txt'));
		const corpus = await loadCorpus([root, path.join(root, 'x', 'a.txt')]);
		expect(corpus.articles.map(article => article.id)).toEqual(['alias']);
	});

	test('a file named explicitly is read whatever its extension', async () => {
		const root = makeTree({'story.text': prose('E')});
		const corpus = await loadCorpus([path.join(root, 'story.text')]);
		expect(corpus.articles.map(article => article.id)).toEqual(['story']);
	});

	test('the same file name in two folders gets two ids', async () => {
		const root = makeTree({'one/same.txt': prose('One'), 'two/same.txt': prose('Two')});
		const corpus = await loadCorpus([root]);
		expect(corpus.articles.map(article => article.id)).toEqual(['same', 'same~2']);
	});

	test('standard input is one article with the id stdin', async () => {
		const corpus = await loadCorpus(['-'], {readStdin: async () => Buffer.from(prose('Stdin'))});
		expect(corpus.articles).toHaveLength(1);
		expect(corpus.articles[0]).toMatchObject({id: 'stdin', path: '-'});
	});

	test('bad inputs are reported one by one, naming the path, and the rest still load', async () => {
		const root = makeTree({
			'good.txt': prose('Good'),
			'empty.txt': '',
			'binary.txt': Uint8Array.from({length: 4096}, (_, index) => (index * 31) % 256),
			'furniture.txt': 'Post a Comment\nPrevious Post Next Post\n',
			'blank.txt': ' \n\n\t\n',
			'emptydir/readme.json': '{}',
		});
		symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'dangling.txt'));
		execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
		const missing = path.join(root, 'missing.txt');
		const corpus = await loadCorpus([
			missing,
			path.join(root, 'emptydir'),
			path.join(root, 'pipe.txt'),
			path.join(root, 'dangling.txt'),
			path.join(root, 'empty.txt'),
			path.join(root, 'binary.txt'),
			path.join(root, 'furniture.txt'),
			path.join(root, 'blank.txt'),
			path.join(root, 'good.txt'),
		]);
		expect(corpus.articles.map(article => article.id)).toEqual(['good']);
		const reasons = Object.fromEntries(corpus.problems.map(problem => [path.basename(problem.path), problem.reason]));
		expect(reasons).toEqual({
			'missing.txt': 'no such file or directory',
			emptydir: expect.stringContaining('no articles found'),
			'pipe.txt': expect.stringContaining('not a regular file'),
			'dangling.txt': 'no such file or directory',
			'empty.txt': 'empty file',
			'binary.txt': expect.stringContaining('binary'),
			'furniture.txt': expect.stringContaining('only page furniture'),
			'blank.txt': expect.stringContaining('no text'),
		});
	});

	test('files are only read, never written', async () => {
		const root = makeTree({'a.txt': `KYIV: ${prose('A')}\r\n\u001B[2JPost a Comment\r\n`});
		const file = path.join(root, 'a.txt');
		const before = {bytes: readFileSync(file), mtime: statSync(file).mtimeMs};
		await loadCorpus([root]);
		expect(readFileSync(file)).toEqual(before.bytes);
		expect(statSync(file).mtimeMs).toBe(before.mtime);
	});
});

describe('describeError', () => {
	test('names the usual reasons in words', () => {
		const error = (code: string) => Object.assign(new Error(code), {code});
		expect(describeError(error('EACCES'))).toBe('permission denied');
		expect(describeError(error('ELOOP'))).toBe('too many levels of symbolic links');
		expect(describeError(new Error('disk on fire'))).toBe('disk on fire');
	});
});
