/**
 * Fetched pages kept on disk so that opening the same links again reads no network:
 * `$XDG_CACHE_HOME/parallax/pages` (else `~/.cache/parallax/pages`), one file per
 * address, named by its SHA-256. Entries do not expire; `--refresh` fetches again and
 * replaces them. A cache that cannot be read or written is passed over silently.
 *
 * Anyone who can write to the directory can plant an entry, so: the directory must be
 * ours and closed to others (checkCacheDirectory); an entry is read only when it is a
 * regular file of ours, not through a symbolic link, without waiting on a FIFO and no
 * larger than a page may be; and a write never follows a link planted at either name.
 */

import {createHash, randomBytes} from 'node:crypto';
import {chmod, mkdir, rename, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describeError} from '../discover.js';
import {readLimited} from '../read-limited.js';

export type CachedPage = {
	/** The address asked for. */
	readonly requested: string;
	/** The address after redirects. */
	readonly url: string;
	readonly contentType: string;
	readonly fetchedAt: string;
	readonly body: Uint8Array;
};

/** Where pages are kept, following the XDG base directory rules; undefined without a home. */
export function cacheDirectory(environment: NodeJS.ProcessEnv = process.env): string | undefined {
	const xdg = environment['XDG_CACHE_HOME'];
	if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'parallax', 'pages');
	const home = environment['HOME'] ?? os.homedir();
	return home ? path.join(home, '.cache', 'parallax', 'pages') : undefined;
}

function entryPath(directory: string, address: string): string {
	return path.join(directory, `${createHash('sha256').update(address).digest('hex')}.json`);
}

type Stored = {
	readonly requested: string;
	readonly url: string;
	readonly contentType: string;
	readonly fetchedAt: string;
	readonly body: string;
};

/** This user, to whom the cache must belong (undefined where there are no user ids). */
const user = process.getuid?.();

export type CacheCheck = {readonly ok: true} | {readonly ok: false; readonly reason: string};

/**
 * Whether a cache directory may be used: one that does not exist yet is created private
 * on the first write; one of ours that others may read or write is made private (700);
 * one that is not ours, or not a directory, is not used.
 */
export async function checkCacheDirectory(directory: string): Promise<CacheCheck> {
	let info;
	try {
		info = await stat(directory);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {ok: true};
		return {ok: false, reason: describeError(error)};
	}

	if (!info.isDirectory()) return {ok: false, reason: 'not a directory'};
	if (user !== undefined && info.uid !== user) return {ok: false, reason: 'it belongs to another user'};
	if ((info.mode & 0o077) !== 0) {
		try {
			await chmod(directory, 0o700);
		} catch (error) {
			return {ok: false, reason: `others may use it, and it cannot be made private (${describeError(error)})`};
		}
	}

	return {ok: true};
}

/** Room in an entry for what is stored beside the body: addresses, type, time. */
const entryOverhead = 64 * 1024;

/** The largest entry that can hold a page of `maxPageBytes` (its body in base64). */
function maxEntryBytes(maxPageBytes: number): number {
	return Math.ceil(maxPageBytes / 3) * 4 + entryOverhead;
}

/** The cached page for an address, when there is one no larger than `maxPageBytes`. */
export async function readCachedPage(
	directory: string,
	address: string,
	maxPageBytes: number,
): Promise<CachedPage | undefined> {
	try {
		const bytes = readLimited(entryPath(directory, address), maxEntryBytes(maxPageBytes), {
			followLinks: false,
			owner: user,
		});
		const stored = JSON.parse(Buffer.from(bytes).toString('utf8')) as Stored;
		if (stored.requested !== address || typeof stored.body !== 'string') return undefined;
		return {...stored, body: Buffer.from(stored.body, 'base64')};
	} catch {
		return undefined;
	}
}

/**
 * Stores a page; written to a new temporary file (created, never opened through a link
 * planted at its name) and renamed over the entry (which replaces a link planted there
 * rather than following it), so a reader never sees half of one.
 */
export async function writeCachedPage(directory: string, page: CachedPage): Promise<void> {
	const target = entryPath(directory, page.requested);
	const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		await mkdir(directory, {recursive: true, mode: 0o700});
		const stored: Stored = {...page, body: Buffer.from(page.body).toString('base64')};
		await writeFile(temporary, JSON.stringify(stored), {mode: 0o600, flag: 'wx'});
		await rename(temporary, target);
	} catch {
		await rm(temporary, {force: true}).catch(() => undefined);
	}
}
