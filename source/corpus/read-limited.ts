/**
 * The one way Parallax reads a file it is given (an article, a saved page, a list of
 * links): only a regular file, never a blocking open, never more than one byte past a
 * limit. The sizes in its messages are told in bytes exactly when rounding would hide
 * the difference.
 */

import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import type {FilePath} from './file-path.js';

/** `5242880` as `5.0 MB`. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
	return `${bytes} bytes`;
}

/**
 * `50 MB is over the 1.0 MB limit`, for a message: rounded, unless the rounding would
 * show both the same (`1.0 MB is over the 1.0 MB limit`), then in bytes. `what` names
 * the size when it is not the file's own (`its text (1.4 MB) is over…`); a size not
 * known (a stream cut at the limit) is `over the 1.0 MB limit`.
 */
export function overLimit(size: number | undefined, limit: number, what?: string): string {
	if (size === undefined) return `over the ${formatBytes(limit)} limit`;
	let [shownSize, shownLimit] = [formatBytes(size), formatBytes(limit)];
	if (shownSize === shownLimit) {
		[shownSize, shownLimit] = [`${size.toLocaleString('en-US')} bytes`, `${limit.toLocaleString('en-US')}-byte`];
	}

	return `${what === undefined ? shownSize : `${what} (${shownSize})`} is over the ${shownLimit} limit`;
}

/** A file over the limit: `size` when it is known, undefined when only "more than the limit" is. */
export class TooLarge extends Error {
	constructor(readonly size: number | undefined) {
		super('too large');
	}
}

/** The `code` describeError turns into "not a regular file (a device, FIFO or socket is not read)". */
const notRegularCode = 'ENOTFILE';

function notRegular(isDirectory: boolean): Error {
	return Object.assign(new Error('not a regular file'), {code: isDirectory ? 'EISDIR' : notRegularCode});
}

export type ReadOptions = {
	/** Refuse a symbolic link at the last step of the path (ELOOP), as for a file of our own. */
	readonly followLinks?: boolean;
	/** Refuse a file not owned by this user id. */
	readonly owner?: number;
};

function openWithoutWaiting(file: FilePath, followLinks: boolean): number {
	try {
		// Non-blocking, so that a FIFO put in a file's place cannot hang the open.
		const flags = constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW);
		return openSync(file, flags);
	} catch (error) {
		// A socket is the one thing open() refuses this way: it is there, but no file.
		if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw notRegular(false);
		throw error;
	}
}

/**
 * Reads a regular file of at most `maxSize` bytes, refusing a larger one before reading
 * it. Checked on the open descriptor, so what is read is what was checked; read at most
 * one byte past the limit, even from a file that grows meanwhile or reports no size
 * (as /proc files do). Synchronous: articles are small, and thousands of asynchronous
 * opens cost more than the reads.
 */
export function readLimited(file: FilePath, maxSize: number, options: ReadOptions = {}): Uint8Array {
	const descriptor = openWithoutWaiting(file, options.followLinks ?? true);
	try {
		const info = fstatSync(descriptor);
		if (!info.isFile()) throw notRegular(info.isDirectory());
		if (options.owner !== undefined && info.uid !== options.owner) throw new Error('owned by another user');
		if (info.size > maxSize) throw new TooLarge(info.size);
		// One byte more than it should hold tells whether it has grown since.
		let buffer = Buffer.allocUnsafe(Math.min(info.size, maxSize) + 1);
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				if (length > maxSize) throw new TooLarge(undefined);
				// It grew, but may still be within the limit: read on, up to one byte past it.
				const larger = Buffer.allocUnsafe(Math.min(length * 2, maxSize + 1));
				buffer.copy(larger, 0, 0, length);
				buffer = larger;
			}

			const read = readSync(descriptor, buffer, length, buffer.length - length, null);
			if (read === 0) return buffer.subarray(0, length);
			length += read;
		}
	} finally {
		closeSync(descriptor);
	}
}
