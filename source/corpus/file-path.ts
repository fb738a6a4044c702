/**
 * Paths as the file system gives them. A Linux name is bytes: almost always UTF-8, which a
 * string holds, but a name found in a directory may be any bytes (`caf\xe9.txt` from a
 * Latin-1 system), which a string cannot hold. Such a path travels as its bytes, a
 * Buffer, which `node:fs` opens as it is. Every other path stays the string it always was.
 */

import path from 'node:path';

/** A path to open: a string, or the bytes of one whose name is not UTF-8. */
export type FilePath = string | Buffer;

/** A path that crossed to a worker thread, where a Buffer arrives as a plain Uint8Array. */
export function revivedPath(file: string | Uint8Array): FilePath {
	return typeof file === 'string' ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true});

/** The name as a string when its bytes are UTF-8; undefined when they are not. */
export function utf8Name(bytes: Uint8Array): string | undefined {
	try {
		return strictUtf8.decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * Well-formed UTF-8 by its lead byte: the sequence's length and the range of its second
 * byte, which rules out overlong forms, surrogates and code points above U+10FFFF
 * (the Unicode standard's table 3-7). Later bytes are 0x80–0xBF.
 */
const utf8Sequences: readonly {lead: [number, number]; length: number; second: [number, number]}[] = [
	{lead: [0xc2, 0xdf], length: 2, second: [0x80, 0xbf]},
	{lead: [0xe0, 0xe0], length: 3, second: [0xa0, 0xbf]},
	{lead: [0xe1, 0xec], length: 3, second: [0x80, 0xbf]},
	{lead: [0xed, 0xed], length: 3, second: [0x80, 0x9f]},
	{lead: [0xee, 0xef], length: 3, second: [0x80, 0xbf]},
	{lead: [0xf0, 0xf0], length: 4, second: [0x90, 0xbf]},
	{lead: [0xf1, 0xf3], length: 4, second: [0x80, 0xbf]},
	{lead: [0xf4, 0xf4], length: 4, second: [0x80, 0x8f]},
];

/** Length of the well-formed UTF-8 sequence starting at `index`, or 0 when none does. */
function sequenceLength(bytes: Uint8Array, index: number): number {
	const lead = bytes[index]!;
	if (lead < 0x80) return 1;
	const sequence = utf8Sequences.find(({lead: [first, last]}) => lead >= first && lead <= last);
	if (!sequence || index + sequence.length > bytes.length) return 0;
	const second = bytes[index + 1]!;
	if (second < sequence.second[0] || second > sequence.second[1]) return 0;
	for (let offset = 2; offset < sequence.length; offset++) {
		const byte = bytes[index + offset]!;
		if (byte < 0x80 || byte > 0xbf) return 0;
	}

	return sequence.length;
}

/** The bytes as text, each byte that is not part of well-formed UTF-8 written `\xe9`. */
export function escapeInvalidUtf8(bytes: Uint8Array): string {
	let text = '';
	let runStart = 0;
	let index = 0;
	while (index < bytes.length) {
		const length = sequenceLength(bytes, index);
		if (length > 0) {
			index += length;
			continue;
		}

		text += strictUtf8.decode(bytes.subarray(runStart, index));
		text += `\\x${bytes[index]!.toString(16).padStart(2, '0')}`;
		index++;
		runStart = index;
	}

	return text + strictUtf8.decode(bytes.subarray(runStart));
}

/** How a path is shown in ids, messages and the JSON: its text, invalid bytes escaped. */
export function shownPath(file: FilePath): string {
	return typeof file === 'string' ? file : (utf8Name(file) ?? escapeInvalidUtf8(file));
}

const separator = 0x2f;

/** `directory/name`: a string while both are UTF-8, the bytes once either is not. */
export function joinPath(directory: FilePath, name: Uint8Array): FilePath {
	const text = typeof directory === 'string' ? utf8Name(name) : undefined;
	if (typeof directory === 'string' && text !== undefined) return path.join(directory, text);
	// The same normal form path.join gives: no `./`, no doubled or trailing separator.
	const base = typeof directory === 'string' ? Buffer.from(path.join(directory, '.')) : directory;
	const needsSeparator = base.length > 0 && base.at(-1) !== separator;
	return Buffer.concat([base, needsSeparator ? Buffer.of(separator) : Buffer.alloc(0), name]);
}
