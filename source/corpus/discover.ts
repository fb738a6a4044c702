/**
 * Command-line paths to the list of article files: directories are walked
 * recursively in a stable sorted order, each real directory at most once (so
 * symlink loops end), each file at most once, and anything by an article's name that
 * is not a regular file is reported without being opened.
 */

import {type BigIntStats, type Dirent, statSync} from 'node:fs';
import {readdir, stat} from 'node:fs/promises';
import {setImmediate as nextTurn} from 'node:timers/promises';
import path from 'node:path';
import type {InputProblem} from '../model.js';
import {type FilePath, joinPath, shownPath} from './file-path.js';

/** Extensions read from directories; a file named explicitly is read whatever its extension. */
export const articleExtensions = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** `http://…` and other addresses with a scheme; only http and https are read. */
export function isAddress(input: string): boolean {
	return /^[a-z][a-z\d+.-]*:\/\//i.test(input);
}

/** A browser's "save page, complete" puts scripts, styles and ad frames in `NAME_files`: not articles. */
function isSavedPageAssets(name: string): boolean {
	return name.endsWith('_files');
}

export type Discovered = {
	/** Paths to read in order; `-` stands for standard input, bytes for a name that is not UTF-8. */
	readonly files: readonly FilePath[];
	readonly problems: readonly InputProblem[];
};

const notRegularFile = 'not a regular file (a device, FIFO or socket is not read)';

export function describeError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT': {
			return 'no such file or directory';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'ELOOP': {
			return 'too many levels of symbolic links';
		}

		case 'ENOTDIR': {
			return 'a component of the path is not a directory';
		}

		case 'ENOTFILE': {
			return notRegularFile;
		}

		case 'EISDIR': {
			return 'a directory';
		}

		case 'ENAMETOOLONG': {
			return 'path too long';
		}

		default: {
			// Node's message repeats the path, raw; the code says what happened without it.
			if (typeof code === 'string') return `system error ${code}`;
			return error instanceof Error ? error.message : String(error);
		}
	}
}

function isArticleFile(name: string): boolean {
	return articleExtensions.includes(path.extname(name).toLowerCase());
}

function byName(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export type DiscoverOptions = {
	/** Stop after this many article files (default: no limit). */
	readonly maxArticles?: number;
};

/**
 * Entries looked at (`stat`) between two turns of the event loop. The looks are
 * synchronous, like the reads after them: at a few microseconds each, thousands of
 * asynchronous ones cost three times as much in their round trips.
 */
const statBatch = 256;

/**
 * Who a file or directory is, whatever path reached it: its device and inode, from one
 * `stat`. Resolving its real path instead looks at every level of the path again: cubic
 * in the depth, for a whole tree.
 */
function identity(info: BigIntStats): string {
	return `${info.dev}:${info.ino}`;
}

/** One directory entry, named both as it is shown and as it is opened. */
type Entry = {readonly entry: Dirent | Dirent<Buffer>; readonly name: string; readonly path: FilePath};

/**
 * A directory's entries. A name that is not UTF-8 comes back from a listing as text with
 * U+FFFD in place of its bytes, which names no file: such a directory (rare) is listed
 * again as bytes, and those names are opened by their bytes and shown escaped.
 */
async function listEntries(directory: FilePath): Promise<Entry[]> {
	if (typeof directory === 'string') {
		const entries = await readdir(directory, {withFileTypes: true});
		if (!entries.some(entry => entry.name.includes('\uFFFD'))) {
			return entries.map(entry => ({entry, name: entry.name, path: path.join(directory, entry.name)}));
		}
	}

	const entries = await readdir(directory, {withFileTypes: true, encoding: 'buffer'});
	return entries.map(entry => ({entry, name: shownPath(entry.name), path: joinPath(directory, entry.name)}));
}

/** Expands paths into article files, in order, without duplicates, up to the article limit. */
export async function discoverArticles(inputs: readonly string[], options: DiscoverOptions = {}): Promise<Discovered> {
	const limit = options.maxArticles ?? Number.POSITIVE_INFINITY;
	const files: FilePath[] = [];
	const problems: InputProblem[] = [];
	const seenFiles = new Set<string>();
	const seenDirectories = new Set<string>();
	let stoppedAt: FilePath | undefined;

	/** Adds a file unless the same one (`key`) is already in; false once the limit is reached. */
	const addFile = (file: FilePath, key: string): boolean => {
		if (seenFiles.has(key)) {
			return true;
		}

		if (files.length >= limit) {
			stoppedAt ??= file;
			return false;
		}

		seenFiles.add(key);
		files.push(file);
		return true;
	};

	const report = (file: FilePath, reason: string) => {
		problems.push({path: shownPath(file), reason});
	};

	/** The entries of a directory not yet seen, sorted and without hidden ones; undefined if seen or unreadable. */
	const listDirectory = async (directory: FilePath): Promise<Entry[] | undefined> => {
		try {
			const key = identity(await stat(directory, {bigint: true}));
			if (seenDirectories.has(key)) return undefined;
			seenDirectories.add(key);
			const entries = await listEntries(directory);
			return entries.filter(({name}) => !name.startsWith('.')).sort((a, b) => byName(a.name, b.name));
		} catch (error) {
			report(directory, describeError(error));
			return undefined;
		}
	};

	/**
	 * What an entry needs looked at: the target of a symbolic link, and the identity of
	 * an article file (so that a file reached twice is read once). Plain directories and
	 * other files are known from the listing.
	 */
	const needsStat = ({entry, name}: Entry) => entry.isSymbolicLink() || (entry.isFile() && isArticleFile(name));

	// Depth-first with an explicit stack, so deep trees cannot overflow the call stack.
	const walk = async (root: string) => {
		const before = files.length;
		const stack: FilePath[] = [root];
		while (stack.length > 0 && stoppedAt === undefined) {
			const entries = await listDirectory(stack.pop()!);
			if (!entries) continue;
			const subdirectories: FilePath[] = [];
			for (const [index, item] of entries.entries()) {
				// Between batches of looks, anything else waiting (a signal, progress) gets its turn.
				if (index > 0 && index % statBatch === 0) await nextTurn();
				let look: BigIntStats | undefined;
				try {
					look = needsStat(item) ? statSync(item.path, {bigint: true}) : undefined;
				} catch (error) {
					report(item.path, describeError(error));
					continue;
				}

				const info = look ?? item.entry;
				if (info.isDirectory()) {
					if (!isSavedPageAssets(item.name)) subdirectories.push(item.path);
				} else if (!isArticleFile(item.name)) {
					continue;
				} else if (look && info.isFile()) {
					if (!addFile(item.path, identity(look))) break;
				} else {
					// A FIFO, socket or device by an article's name (or a link to one): named, never opened.
					report(item.path, notRegularFile);
				}
			}

			for (let index = subdirectories.length - 1; index >= 0; index--) {
				stack.push(subdirectories[index]!);
			}
		}

		if (files.length === before && stoppedAt === undefined) {
			problems.push({path: root, reason: `no articles found (looked for ${articleExtensions.join(', ')} files)`});
		}
	};

	for (const input of inputs) {
		if (stoppedAt !== undefined) {
			break;
		}

		if (input === '-') {
			addFile('-', '-');
			continue;
		}

		if (isAddress(input)) {
			if (/^https?:/i.test(input)) {
				addFile(input, input);
			} else {
				problems.push({path: input, reason: 'only http and https addresses are read'});
			}

			continue;
		}

		try {
			const info = await stat(input, {bigint: true});
			if (info.isDirectory()) {
				await walk(input);
			} else if (info.isFile()) {
				addFile(input, identity(info));
			} else {
				problems.push({path: input, reason: notRegularFile});
			}
		} catch (error) {
			problems.push({path: input, reason: describeError(error)});
		}
	}

	if (stoppedAt !== undefined) {
		problems.push({
			path: shownPath(stoppedAt),
			reason: `not read, nor anything after it: the limit is ${limit.toLocaleString('en-US')} articles (--max-articles raises it)`,
		});
	}

	return {files, problems};
}
