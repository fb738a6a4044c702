/**
 * Command-line paths to the list of article files: directories are walked
 * recursively in a stable sorted order, each real directory at most once (so
 * symlink loops end), and anything that is not a regular file is reported.
 */

import {readdir, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import type {InputProblem} from '../model.js';

/** Extensions read from directories; a file named explicitly is read whatever its extension. */
export const articleExtensions = ['.txt', '.md', '.markdown'];

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

		default: {
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

/** Expands paths into article files, in order, without duplicates. */
export async function discoverArticles(inputs: readonly string[]): Promise<Discovered> {
	const files: string[] = [];
	const problems: InputProblem[] = [];
	const seenFiles = new Set<string>();
	const seenDirectories = new Set<string>();

	const addFile = async (file: string) => {
		const real = await realpath(file).catch(() => file);
		if (!seenFiles.has(real)) {
			seenFiles.add(real);
			files.push(file);
		}
	};

	// Depth-first with an explicit stack, so deep trees cannot overflow the call stack.
	const walk = async (root: string) => {
		const before = files.length;
		const stack = [root];
		while (stack.length > 0) {
			const directory = stack.pop()!;
			const real = await realpath(directory).catch(() => directory);
			if (seenDirectories.has(real)) {
				continue;
			}

			seenDirectories.add(real);
			let names: string[];
			try {
				names = (await readdir(directory)).sort(byName);
			} catch (error) {
				problems.push({path: directory, reason: describeError(error)});
				continue;
			}

			const subdirectories: string[] = [];
			for (const name of names) {
				if (name.startsWith('.')) {
					continue;
				}

				const entry = path.join(directory, name);
				try {
					const info = await stat(entry);
					if (info.isDirectory()) {
						subdirectories.push(entry);
					} else if (info.isFile() && isArticleFile(name)) {
						await addFile(entry);
					}
				} catch (error) {
					problems.push({path: entry, reason: describeError(error)});
				}
			}

			stack.push(...subdirectories.reverse());
		}

		if (files.length === before) {
			problems.push({path: root, reason: `no articles found (looked for ${articleExtensions.join(', ')} files)`});
		}
	};

	for (const input of inputs) {
		if (input === '-') {
			files.push('-');
			continue;
		}

		try {
			const info = await stat(input);
			if (info.isDirectory()) {
				await walk(input);
			} else if (info.isFile()) {
				await addFile(input);
			} else {
				problems.push({path: input, reason: 'not a regular file (a device, FIFO or socket is not read)'});
			}
		} catch (error) {
			problems.push({path: input, reason: describeError(error)});
		}
	}

	return {files, problems};
}
