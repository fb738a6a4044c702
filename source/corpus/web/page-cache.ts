/**
 * Fetched pages kept on disk so that opening the same links again reads no network:
 * `$XDG_CACHE_HOME/parallax/pages` (else `~/.cache/parallax/pages`), one file per
 * address, named by its SHA-256. Entries do not expire; `--refresh` fetches again and
 * replaces them. A cache that cannot be read or written is passed over silently.
 */

import {createHash, randomBytes} from 'node:crypto';
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

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

/** The cached page for an address, when there is one. */
export async function readCachedPage(directory: string, address: string): Promise<CachedPage | undefined> {
	try {
		const stored = JSON.parse(await readFile(entryPath(directory, address), 'utf8')) as Stored;
		if (stored.requested !== address || typeof stored.body !== 'string') return undefined;
		return {...stored, body: Buffer.from(stored.body, 'base64')};
	} catch {
		return undefined;
	}
}

/** Stores a page; written to a temporary file and renamed, so a reader never sees half of one. */
export async function writeCachedPage(directory: string, page: CachedPage): Promise<void> {
	const target = entryPath(directory, page.requested);
	const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		await mkdir(directory, {recursive: true, mode: 0o700});
		const stored: Stored = {...page, body: Buffer.from(page.body).toString('base64')};
		await writeFile(temporary, JSON.stringify(stored), {mode: 0o600});
		await rename(temporary, target);
	} catch {
		await rm(temporary, {force: true}).catch(() => undefined);
	}
}
