import {execFileSync} from 'node:child_process';
import {rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {readUrlList} from '../../../source/corpus/web/url-list.js';
import {makeTree} from '../../helpers/files.js';

const root = makeTree({});
afterAll(() => {
	rmSync(root, {recursive: true});
});

const notRegular = 'cannot be read: not a regular file (a device, FIFO or socket is not read)';

describe('readUrlList', () => {
	test('one address a line; blank lines and comments skipped, anything else named by its line', async () => {
		const file = path.join(root, 'links.txt');
		writeFileSync(file, '# links\nhttps://a.example/x.html\r\n\n  http://b.example/  \nftp://c.example/\n');
		expect(await readUrlList(file)).toEqual({
			urls: ['https://a.example/x.html', 'http://b.example/'],
			problems: [{path: `${file}:5`, reason: 'not an http or https address: ftp://c.example/'}],
		});
	});

	test('a device (/dev/zero) is refused on one line, not read without end', async () => {
		expect(await readUrlList('/dev/zero')).toEqual({urls: [], problems: [{path: '/dev/zero', reason: notRegular}]});
	});

	test('a FIFO is refused on one line, not waited on', async () => {
		const fifo = path.join(root, 'links.fifo');
		execFileSync('mkfifo', [fifo]);
		expect(await readUrlList(fifo)).toEqual({urls: [], problems: [{path: fifo, reason: notRegular}]});
	}, 10_000);

	test('a list over 16 MB is refused by its size, before it is read', async () => {
		const file = path.join(root, 'huge.txt');
		// Sparse: 17 MB without writing them.
		execFileSync('truncate', ['-s', '17M', file]);
		expect(await readUrlList(file)).toEqual({
			urls: [],
			problems: [{path: file, reason: 'skipped: 17 MB is over the 16 MB limit for a list of links'}],
		});
	});
});
