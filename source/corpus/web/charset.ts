/**
 * A page's bytes to text: a byte-order mark, else the charset from the `Content-Type`
 * header, else from `<meta charset>` or `http-equiv` near the top, else UTF-8.
 * Windows-1252 (and ISO-8859-1, which browsers read as Windows-1252) uses our table,
 * since Node's TextDecoder reads it as Latin-1; a page that says UTF-8 but is not
 * falls back as text files do.
 */

import {type Decoded, decodeBytes, decodeWindows1252} from '../decode.js';

/** `text/html; charset="ISO-8859-1"` → `iso-8859-1`. */
export function charsetOf(contentType: string | undefined): string | undefined {
	const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
	return match?.[1]?.toLowerCase();
}

/** The charset a page declares in its first 1,024 bytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
	return meta?.[1]?.toLowerCase();
}

/**
 * The encoding a label names, by the Encoding standard that browsers follow (`latin1` and
 * `ascii` → windows-1252, `unicode` and `utf-16` → utf-16le); undefined for an unknown label.
 */
function encodingOf(label: string | undefined): string | undefined {
	if (label === undefined) return undefined;
	// The HTML standard reads this one as windows-1252; TextDecoder does not know it.
	if (label === 'x-user-defined') return 'windows-1252';
	try {
		return new TextDecoder(label).encoding;
	} catch {
		return undefined;
	}
}

const isUtf16 = (encoding: string) => encoding === 'utf-16le' || encoding === 'utf-16be';

/**
 * Whether bytes without a byte-order mark are UTF-16 as the label says: markup is ASCII,
 * so UTF-16 has a NUL in most of the high bytes of its first characters (the odd bytes in
 * little-endian order) and few in the low ones. UTF-8 and single-byte pages have none.
 */
function looksLikeUtf16(bytes: Uint8Array, encoding: string): boolean {
	const length = Math.min(bytes.length, 1024) & ~1;
	const highFirst = encoding === 'utf-16be';
	let highNuls = 0;
	let lowNuls = 0;
	for (let index = 0; index < length; index += 2) {
		if (bytes[index + (highFirst ? 0 : 1)] === 0) highNuls++;
		if (bytes[index + (highFirst ? 1 : 0)] === 0) lowNuls++;
	}

	return length > 0 && highNuls >= length / 8 && lowNuls * 4 < highNuls;
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
	// UTF-8 falls back as files do when it is not; our table for windows-1252, since Node's
	// TextDecoder reads it as Latin-1.
	if (encoding === 'utf-8') return decodeBytes(bytes);
	if (encoding === 'windows-1252') return {ok: true, text: decodeWindows1252(bytes), encoding};
	return {ok: true, text: new TextDecoder(encoding).decode(bytes), encoding};
}

/**
 * Decodes a page as the HTML standard says browsers do: a byte-order mark first, then the
 * header's charset, then the page's own `<meta>`, else UTF-8 (falling back as files do).
 * A `<meta>` that says UTF-16 was itself read as ASCII, so it means UTF-8; a header that
 * says UTF-16 of bytes that are not is passed over, as an unknown label is.
 */
export function decodePage(bytes: Uint8Array, contentType?: string): Decoded {
	if (bytes.length === 0) {
		return {ok: false, reason: 'empty page'};
	}

	const hasBom =
		(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
		(bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(bytes[0] === 0xfe && bytes[1] === 0xff);
	if (hasBom) return decodeBytes(bytes);
	const header = encodingOf(charsetOf(contentType));
	if (header && (!isUtf16(header) || looksLikeUtf16(bytes, header))) return decodeAs(bytes, header);
	const declared = encodingOf(declaredCharset(bytes));
	if (declared === undefined) return decodeBytes(bytes);
	return decodeAs(bytes, isUtf16(declared) ? 'utf-8' : declared);
}
