/**
 * Text hygiene: article text must never be able to drive the terminal, so every
 * escape sequence and control character is removed before anything else sees it.
 */

/* eslint-disable no-control-regex -- matching control characters is the point here */

// ESC- and C1-introduced strings (OSC, DCS, SOS, PM, APC) end at BEL or ST; an
// unterminated one loses only its introducer, since every other control goes below.
const terminatedString =
	/(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]{0,4096}(?:\u0007|\u001B\\|\u009C)/g;
const controlSequence = /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]/g;
// Intermediates exclude the space, so a stray ESC before a word does not eat it.
const escapeSequence = /\u001B[!-/]*[0-~]?/g;
// C0 (bar tab and newline), DEL, C1, soft hyphen, zero-width space and word joiner,
// byte-order marks, and the bidirectional embeddings, overrides and isolates that can
// disguise text.
const invisibleOrControl =
	/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** Removes terminal escape sequences and control characters; normalises line ends and spaces. */
export function sanitizeText(raw: string): string {
	return raw
		.replaceAll(/\r\n?|[\u2028\u2029\f\v]/g, '\n')
		.replaceAll(terminatedString, '')
		.replaceAll(controlSequence, '')
		.replaceAll(escapeSequence, '')
		.replaceAll(invisibleOrControl, '')
		.replaceAll(/[\t ]+/g, ' ')
		.replaceAll(/ ?\n ?/g, '\n');
}

/** True when the text holds nothing a terminal would act on (used by tests and output guards). */
export function isTerminalSafe(text: string): boolean {
	return !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text);
}

/** Shows control characters in names and paths as visible `\xHH` escapes rather than removing them. */
export function showControls(text: string): string {
	return text.replaceAll(
		/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g,
		character => `\\x${character.codePointAt(0)!.toString(16).padStart(2, '0')}`,
	);
}
