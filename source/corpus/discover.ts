/**
 * Command-line paths to the list of article files: directories are walked
 * recursively in a stable sorted order, each real directory at most once (so
 * symlink loops end), and anything that is not a regular file is reported.
 */

import type {Dirent} from 'node:fs';
import {readdir, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import type {InputProblem} from '../model.js';

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
	/** Paths to read in order; `-` stands for standard input. */
	readonly files: readonly string[];
	readonly problems: readonly InputProblem[];
};

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
			return 'not a regular file (a device, FIFO or socket is not read)';
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

/** Expands paths into article files, in order, without duplicates, up to the article limit. */
export async function discoverArticles(inputs: readonly string[], options: DiscoverOptions = {}): Promise<Discovered> {
	const limit = options.maxArticles ?? Number.POSITIVE_INFINITY;
	const files: string[] = [];
	const problems: InputProblem[] = [];
	const seenFiles = new Set<string>();
	const seenDirectories = new Set<string>();
	let stoppedAt: string | undefined;

	/** Adds a file by its real path (known for plain files in a known directory); false once the limit is reached. */
	const addFile = (file: string, real: string): boolean => {
		if (seenFiles.has(real)) {
			return true;
		}

		if (files.length >= limit) {
			stoppedAt ??= file;
			return false;
		}

		seenFiles.add(real);
		files.push(file);
		return true;
	};

	// Depth-first with an explicit stack, so deep trees cannot overflow the call stack.
	const walk = async (root: string) => {
		const before = files.length;
		const stack = [root];
		while (stack.length > 0 && stoppedAt === undefined) {
			const directory = stack.pop()!;
			const realDirectory = await realpath(directory).catch(() => directory);
			if (seenDirectories.has(realDirectory)) {
				continue;
			}

			seenDirectories.add(realDirectory);
			let entries: Dirent[];
			try {
				entries = (await readdir(directory, {withFileTypes: true})).sort((a, b) => byName(a.name, b.name));
			} catch (error) {
				problems.push({path: directory, reason: describeError(error)});
				continue;
			}

			const subdirectories: string[] = [];
			for (const entry of entries) {
				if (entry.name.startsWith('.')) {
					continue;
				}

				const entryPath = path.join(directory, entry.name);
				try {
					// Plain entries are known from the listing; only symbolic links need a look at their target.
					const info = entry.isSymbolicLink() ? await stat(entryPath) : entry;
					if (info.isDirectory()) {
						if (!isSavedPageAssets(entry.name)) subdirectories.push(entryPath);
					} else if (info.isFile() && isArticleFile(entry.name)) {
						const real = entry.isSymbolicLink() ? await realpath(entryPath) : path.join(realDirectory, entry.name);
						if (!addFile(entryPath, real)) break;
					}
				} catch (error) {
					problems.push({path: entryPath, reason: describeError(error)});
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
			const info = await stat(input);
			if (info.isDirectory()) {
				await walk(input);
			} else if (info.isFile()) {
				addFile(input, await realpath(input).catch(() => input));
			} else {
				problems.push({path: input, reason: 'not a regular file (a device, FIFO or socket is not read)'});
			}
		} catch (error) {
			problems.push({path: input, reason: describeError(error)});
		}
	}

	if (stoppedAt !== undefined) {
		problems.push({
			path: stoppedAt,
			reason: `not read, nor anything after it: the limit is ${limit.toLocaleString('en-US')} articles (--max-articles raises it)`,
		});
	}

	return {files, problems};
}
