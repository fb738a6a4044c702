/**
 * A page's bytes to text: the charset from the `Content-Type` header, else from
 * `<meta charset>` or `http-equiv` near the top, else a byte-order mark or UTF-8.
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

const windows1252Labels = new Set([
	'windows-1252',
	'cp1252',
	'x-cp1252',
	'iso-8859-1',
	'iso8859-1',
	'latin1',
	'l1',
	'us-ascii',
	'ascii',
	'iso_8859-1',
	'cp819',
	'ibm819',
]);

/** Decodes a page, honouring its declared charset. */
export function decodePage(bytes: Uint8Array, contentType?: string): Decoded {
	if (bytes.length === 0) {
		return {ok: false, reason: 'empty page'};
	}

	const hasBom =
		(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
		(bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(bytes[0] === 0xfe && bytes[1] === 0xff);
	const charset = hasBom ? undefined : (charsetOf(contentType) ?? declaredCharset(bytes));
	if (charset === undefined || charset === 'utf-8' || charset === 'utf8') {
		return decodeBytes(bytes);
	}

	if (windows1252Labels.has(charset)) {
		return {ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252'};
	}

	try {
		return {ok: true, text: new TextDecoder(charset).decode(bytes), encoding: charset};
	} catch {
		// An unknown label: read it as we read files.
		return decodeBytes(bytes);
	}
}
