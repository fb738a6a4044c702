import {execFileSync} from 'node:child_process';
import type * as nodeCrypto from 'node:crypto';
import {createHash} from 'node:crypto';
import {
	chmodSync,
	chownSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {loadCorpus} from '../../../source/corpus/load.js';
import {
	type CachedPage,
	checkCacheDirectory,
	readCachedPage,
	writeCachedPage,
} from '../../../source/corpus/web/page-cache.js';
import {startTestServer, type TestServer} from '../../helpers/web-server.js';

// Temporary names are random; here they are known, so that a link can be planted at one.
vi.mock('node:crypto', async importOriginal => {
	const crypto = await importOriginal<typeof nodeCrypto>();
	return {...crypto, randomBytes: (size: number) => Buffer.alloc(size, 0xab)};
});

const asRoot = process.getuid?.() === 0;
/** A user id that is not ours ("nobody"); only root can give a file to it. */
const otherUser = 65_534;

const scratch = mkdtempSync(path.join(tmpdir(), 'parallax-cache-test-'));
afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

let count = 0;
/** A fresh directory (mode 700, as mkdtemp makes it) for one test. */
const freshDirectory = () => mkdtempSync(path.join(scratch, `${count++}-`));

const address = 'https://news.example/world/kursk.html';
const entryName = `${createHash('sha256').update(address).digest('hex')}.json`;
const page = (body: string): CachedPage => ({
	requested: address,
	url: address,
	contentType: 'text/html',
	fetchedAt: '2025-07-28T09:15:00Z',
	body: Buffer.from(body),
});

describe('reading an entry', () => {
	test('a FIFO planted as an entry is passed over at once, not waited on', async () => {
		const directory = freshDirectory();
		execFileSync('mkfifo', [path.join(directory, entryName)]);
		expect(await readCachedPage(directory, address, 1024 * 1024)).toBeUndefined();
	}, 10_000);

	test('an entry that is a symbolic link, even to a good entry, is passed over', async () => {
		const elsewhere = freshDirectory();
		await writeCachedPage(elsewhere, page('<p>Planted</p>'));
		expect(await readCachedPage(elsewhere, address, 1024 * 1024)).toMatchObject({requested: address});
		const directory = freshDirectory();
		symlinkSync(path.join(elsewhere, entryName), path.join(directory, entryName));
		expect(await readCachedPage(directory, address, 1024 * 1024)).toBeUndefined();
	});

	test('an entry larger than a page may be is not read', async () => {
		const directory = freshDirectory();
		await writeCachedPage(directory, page(`<p>${'x'.repeat(200 * 1024)}</p>`));
		// 200 kB of body is 267 kB in base64: over what a 64 kB page needs, within what 256 kB does.
		expect(await readCachedPage(directory, address, 64 * 1024)).toBeUndefined();
		expect(await readCachedPage(directory, address, 256 * 1024)).toMatchObject({requested: address});
	});

	test.skipIf(!asRoot)('an entry that belongs to another user is passed over (needs root to make one)', async () => {
		const directory = freshDirectory();
		await writeCachedPage(directory, page('<p>Planted</p>'));
		chownSync(path.join(directory, entryName), otherUser, otherUser);
		expect(await readCachedPage(directory, address, 1024 * 1024)).toBeUndefined();
	});
});

describe('writing an entry', () => {
	test('follows no link planted at the temporary name', async () => {
		const directory = freshDirectory();
		const victim = path.join(freshDirectory(), 'victim.txt');
		writeFileSync(victim, 'untouched');
		const temporary = path.join(directory, `${entryName}.${'ab'.repeat(6)}.tmp`);
		symlinkSync(victim, temporary);
		await writeCachedPage(directory, page('<p>Story</p>'));
		expect(readFileSync(victim, 'utf8')).toBe('untouched');
		// That write failed, and took the planted link with it; the next one goes through.
		expect(readdirSync(directory)).toEqual([]);
		await writeCachedPage(directory, page('<p>Story</p>'));
		expect(await readCachedPage(directory, address, 1024 * 1024)).toMatchObject({requested: address});
	});

	test('replaces a link planted at the entry name instead of writing through it', async () => {
		const directory = freshDirectory();
		const victim = path.join(freshDirectory(), 'victim.txt');
		writeFileSync(victim, 'untouched');
		symlinkSync(victim, path.join(directory, entryName));
		await writeCachedPage(directory, page('<p>Story</p>'));
		expect(readFileSync(victim, 'utf8')).toBe('untouched');
		expect(statSync(path.join(directory, entryName)).isFile()).toBe(true);
		expect(await readCachedPage(directory, address, 1024 * 1024)).toMatchObject({requested: address});
	});
});

describe('checkCacheDirectory', () => {
	test('ours but open to others (777): made private (700), then used', async () => {
		const directory = freshDirectory();
		chmodSync(directory, 0o777);
		expect(await checkCacheDirectory(directory)).toEqual({ok: true});
		expect(statSync(directory).mode & 0o777).toBe(0o700);
	});

	test('one that does not exist yet is fine (it is made private when first written); a file is not', async () => {
		const directory = freshDirectory();
		expect(await checkCacheDirectory(path.join(directory, 'parallax', 'pages'))).toEqual({ok: true});
		writeFileSync(path.join(directory, 'file'), '');
		expect(await checkCacheDirectory(path.join(directory, 'file'))).toEqual({ok: false, reason: 'not a directory'});
	});

	test.skipIf(!asRoot)('one that belongs to another user is not used (needs root to make one)', async () => {
		const directory = freshDirectory();
		chownSync(directory, otherUser, otherUser);
		expect(await checkCacheDirectory(directory)).toEqual({ok: false, reason: 'it belongs to another user'});
		// Nor changed.
		expect(statSync(directory).mode & 0o777).toBe(0o700);
		expect(statSync(directory).uid).toBe(otherUser);
	});
});

describe('links and the cache directory', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startTestServer();
	});
	afterAll(async () => server.close());

	test('a cache directory open to others is made private and used', async () => {
		const directory = freshDirectory();
		chmodSync(directory, 0o777);
		const corpus = await loadCorpus([server.url('/a.html')], {cacheDirectory: directory});
		expect(corpus.problems).toEqual([]);
		expect(corpus.articles.map(article => article.id)).toEqual(['a']);
		expect(statSync(directory).mode & 0o777).toBe(0o700);
		expect(readdirSync(directory)).toHaveLength(1);
	});

	test.skipIf(!asRoot)(
		'one of another user is named once, not used, and the links are still read (needs root)',
		async () => {
			const directory = freshDirectory();
			chownSync(directory, otherUser, otherUser);
			const corpus = await loadCorpus([server.url('/a.html'), server.url('/saved.html')], {
				cacheDirectory: directory,
			});
			expect(corpus.articles.map(article => article.id)).toEqual(['a', 'saved']);
			expect(corpus.problems).toEqual([
				{path: directory, reason: 'not used as the page cache: it belongs to another user'},
			]);
			expect(readdirSync(directory)).toEqual([]);
		},
	);
});
