/**
 * Bytes to text: byte-order marks, UTF-16, UTF-8, and the Windows-1252 pages
 * that saved news sites still produce. Binary files are refused, not guessed.
 */

export type Decoded =
	{readonly ok: true; readonly text: string; readonly encoding: string} | {readonly ok: false; readonly reason: string};

// Node's TextDecoder treats windows-1252 as ISO-8859-1, so 0x80–0x9F are mapped here.
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const latin1 = new TextDecoder('latin1');

/** In one native pass and one replacement: a string built a character at a time took seconds and hundreds of MB at 8 MB. */
export function decodeWindows1252(bytes: Uint8Array): string {
	return latin1
		.decode(bytes)
		.replaceAll(/[\u0080-\u009F]/g, character => windows1252High[character.charCodeAt(0) - 0x80]!);
}

/**
 * What the first 64 kB say about the bytes, in one pass: UTF-16 of mostly Latin text has
 * a NUL in every other byte, on one side only; a binary file has NULs or other C0
 * controls beyond a trace (tab, line feed, carriage return, form feed and escape occur
 * in text files).
 */
function sniff(bytes: Uint8Array): {utf16WithoutBom: boolean; binary: boolean} {
	const length = Math.min(bytes.length, 64 * 1024);
	let evenNuls = 0;
	let oddNuls = 0;
	let controls = 0;
	for (let index = 0; index < length; index++) {
		const byte = bytes[index]!;
		if (byte >= 0x20) continue;
		if (byte === 0) {
			if (index % 2 === 0) evenNuls++;
			else oddNuls++;
		}

		if (byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) {
			controls++;
		}
	}

	const half = length / 2;
	return {
		utf16WithoutBom:
			length >= 4 && Math.max(evenNuls, oddNuls) > half * 0.4 && Math.min(evenNuls, oddNuls) < half * 0.05,
		binary: controls > 8 && controls / length > 0.01,
	};
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true});
const lenientUtf8 = new TextDecoder('utf-8');

/** Decodes a file's bytes, or says why it is not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) {
		return {ok: false, reason: 'empty file'};
	}

	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return {ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'};
	}

	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return {ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'};
	}

	const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
	const sniffed = sniff(body);
	if (sniffed.utf16WithoutBom) {
		return {ok: false, reason: 'UTF-16 text without a byte-order mark (save it as UTF-8)'};
	}

	if (sniffed.binary) {
		return {ok: false, reason: 'binary file (not text)'};
	}

	try {
		return {ok: true, text: strictUtf8.decode(body), encoding: 'utf-8'};
	} catch {
		// Not valid UTF-8: a legacy single-byte page when no multi-byte UTF-8 sequence
		// appears at all; otherwise UTF-8 with a few bad bytes, replaced.
		if (!hasUtf8Bom && !containsUtf8Sequence(body)) {
			return {ok: true, text: decodeWindows1252(body), encoding: 'windows-1252'};
		}

		return {ok: true, text: lenientUtf8.decode(body), encoding: 'utf-8 (invalid bytes replaced)'};
	}
}

/** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function containsUtf8Sequence(bytes: Uint8Array): boolean {
	for (let index = 0; index < bytes.length; index++) {
		const lead = bytes[index]!;
		const length =
			lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
		if (length === 0 || index + length > bytes.length) {
			continue;
		}

		let continuation = true;
		for (let offset = 1; offset < length; offset++) {
			const byte = bytes[index + offset]!;
			if (byte < 0x80 || byte > 0xbf) {
				continuation = false;
				break;
			}
		}

		if (continuation) {
			return true;
		}
	}

	return false;
}
