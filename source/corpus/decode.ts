/**
 * Bytes to text: byte-order marks, UTF-16 (with a byte-order mark, or without one when
 * the bytes leave no doubt), UTF-8, and the Windows-1252 pages that saved news sites
 * still produce. Binary files are refused, not guessed.
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

/** How much of a file its encoding is judged by: enough text to be sure, little time. */
const headLength = 64 * 1024;

/** C0 controls that text files do hold: tab, line feed, form feed, carriage return and escape. */
const textControls: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

function isBinaryByte(byte: number): boolean {
	return byte < 0x20 && !textControls.has(byte);
}

/** A NUL byte in this many first bytes makes a file binary, as git and grep decide. */
const nulWindow = 8000;

/** Where binary data is looked for: any stretch of this many bytes, the whole file through. */
const binaryWindow = 4096;

/**
 * More controls than this in a window (or in a shorter file) is binary; a trace is not:
 * 1 %, at least 8, but never a quarter of the bytes (a few bytes, most of them controls).
 */
function binaryThreshold(length: number): number {
	return Math.min(Math.max(8, length / 100), length / 4);
}

/**
 * Where the first binary stretch starts (its first control byte), or undefined for text.
 * One pass with a sliding window, so a text that turns binary after its first part
 * (a document format, a damaged file) is caught wherever it turns.
 */
function firstBinaryStretch(bytes: Uint8Array): number | undefined {
	const window = Math.min(bytes.length, binaryWindow);
	const threshold = binaryThreshold(window);
	// Positions of the control bytes in the window, oldest first from `oldest`.
	const controls: number[] = [];
	let oldest = 0;
	for (let index = 0; index < bytes.length; index++) {
		if (!isBinaryByte(bytes[index]!)) continue;
		controls.push(index);
		while (controls[oldest]! <= index - window) oldest++;
		if (controls.length - oldest > threshold) return controls[oldest];
	}

	return undefined;
}

type Utf16 = 'utf-16le' | 'utf-16be';

/** Code units that text in UTF-16 does not hold: C0 and C1 controls but tab, line and form feed, return. */
function isControlUnit(unit: number): boolean {
	return (unit < 0x20 && !textControls.has(unit)) || (unit >= 0x7f && unit <= 0x9f);
}

/** The code unit at `index` (in units) read in `order`. */
function unitAt(bytes: Uint8Array, index: number, order: Utf16): number {
	const [low, high] =
		order === 'utf-16le' ? [bytes[2 * index]!, bytes[2 * index + 1]!] : [bytes[2 * index + 1]!, bytes[2 * index]!];
	return low | (high << 8);
}

/** Units read in `order` that no text holds: controls, and surrogates without their other half. */
function strayUnits(bytes: Uint8Array, units: number, order: Utf16): number {
	let stray = 0;
	for (let index = 0; index < units; index++) {
		const unit = unitAt(bytes, index, order);
		if (unit >= 0xd800 && unit <= 0xdbff) {
			const next = index + 1 < units ? unitAt(bytes, index + 1, order) : 0;
			if (next >= 0xdc00 && next <= 0xdfff) index++;
			else stray++;
		} else if ((unit >= 0xdc00 && unit <= 0xdfff) || isControlUnit(unit)) {
			stray++;
		}
	}

	return stray;
}

/**
 * Strong evidence, in text of one script: the high byte takes a few values, mostly
 * below 0x20, over a short sentence at least (in a few bytes, whitespace alone can
 * look so: ` \n\n\t` read as UTF-16 is two Indic letters).
 */
const utf16Evidence = {units: 16, highBelow0x20: 0.9, highTopThree: 0.9, lowBelow0x20: 0.5, strayUnits: 0.01};

/**
 * UTF-16 without a byte-order mark, when the first 64 kB say so clearly. In text of one
 * script the high byte of each code unit takes a few values, nearly all below 0x20
 * (0x00 for Latin, 0x03 Greek, 0x04 Cyrillic, 0x05 Hebrew, 0x06 Arabic, 0x09 Devanagari,
 * 0x0E Thai…), where 8-bit text has a control byte only here and there; the low byte
 * varies; and read in that order, hardly a unit is a control or a lone surrogate.
 */
function utf16WithoutBom(bytes: Uint8Array): Utf16 | undefined {
	const units = Math.floor(Math.min(bytes.length, headLength) / 2);
	if (units < utf16Evidence.units) return undefined;
	// Most files are 8-bit text with hardly a byte below 0x20: if both sides together hold
	// too few, neither side can, and the counting below is not needed.
	let below = 0;
	for (let index = 0; index < units * 2; index++) {
		if (bytes[index]! < 0x20) below++;
	}

	if (below / units < utf16Evidence.highBelow0x20) return undefined;
	const counts = [new Uint32Array(256), new Uint32Array(256)];
	for (let index = 0; index < units * 2; index++) {
		counts[index % 2]![bytes[index]!]!++;
	}

	const share = (side: Uint32Array, test: (byte: number) => boolean) =>
		side.reduce((sum, count, byte) => (test(byte) ? sum + count : sum), 0) / units;
	const belowSpace = counts.map(side => share(side, byte => byte < 0x20));
	const high = belowSpace[1]! >= belowSpace[0]! ? 1 : 0;
	const topThree =
		[...counts[high]!]
			.sort((a, b) => b - a)
			.slice(0, 3)
			.reduce((sum, count) => sum + count, 0) / units;
	const order: Utf16 = high === 1 ? 'utf-16le' : 'utf-16be';
	const strong =
		belowSpace[high]! >= utf16Evidence.highBelow0x20 &&
		topThree >= utf16Evidence.highTopThree &&
		belowSpace[1 - high]! <= utf16Evidence.lowBelow0x20 &&
		strayUnits(bytes, units, order) <= units * utf16Evidence.strayUnits;
	return strong ? order : undefined;
}

/** Units enough for a file without stray ones to look like UTF-16: random bytes hold one every 32 units or so. */
const utf16LikeUnits = 256;

/**
 * Weaker evidence, for the message only, in a file that looks binary from its start:
 * read in one order, its first 64 kB hold no control and no lone surrogate (CJK text in
 * UTF-16, say, whose high bytes vary).
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	const units = Math.floor(Math.min(bytes.length, headLength) / 2);
	if (units < utf16LikeUnits) return false;
	return (['utf-16le', 'utf-16be'] as const).some(order => strayUnits(bytes, units, order) === 0);
}

function binaryReason(bytes: Uint8Array, stretch: number, offset: number): string {
	if (stretch >= binaryWindow) {
		return `binary file (the first ${(stretch + offset).toLocaleString('en-US')} bytes are text, then binary data)`;
	}

	// Binary from its start (a header, then data), unless it reads as UTF-16.
	return looksLikeUtf16(bytes)
		? 'looks like UTF-16 text without a byte-order mark, but not clearly enough to decode (save it as UTF-8)'
		: 'binary file (not text)';
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true});
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Decodes a file's bytes, or says why it is not text. The whole file is checked for
 * binary data: a text that turns binary partway is refused, not read up to there, since
 * a file that does so is a document format or damaged, and half an article compared
 * with whole ones misleads (the message says where, so the text can be cut out).
 */
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
	const utf16 = hasUtf8Bom ? undefined : utf16WithoutBom(body);
	if (utf16) {
		return {ok: true, text: new TextDecoder(utf16).decode(body), encoding: `${utf16} (no byte-order mark)`};
	}

	// git's and grep's rule: a NUL byte early on is binary, whatever the rest holds (a few
	// control bytes in a short file are under the threshold below).
	const nul = body.subarray(0, nulWindow).indexOf(0);
	if (nul !== -1) {
		const at = nul + bytes.length - body.length;
		const reason =
			at < 1024 ? binaryReason(body, 0, 0) : `binary file (a NUL byte at byte ${at.toLocaleString('en-US')})`;
		return {ok: false, reason};
	}

	const stretch = firstBinaryStretch(body);
	if (stretch !== undefined) {
		return {ok: false, reason: binaryReason(body, stretch, bytes.length - body.length)};
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
