/**
 * Text hygiene: article text must never be able to drive the terminal, so every
 * escape sequence and control character is removed before anything else sees it.
 */

import {terminalText} from '../render/terminal-output.js';
import {toColumnForms} from './column-forms.js';

/* eslint-disable no-control-regex, no-misleading-character-class -- matching control characters and lone joiners is the point here */

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

// Invisible characters and format controls (prepended concatenation marks such as the
// Arabic number sign U+0600, interlinear annotation, Egyptian hieroglyph formats), which
// terminals draw in no column, one, or two, where string-width (and so Ink) counts none:
// either way the columns after them shift. Kept are the zero-width non-joiner, the
// variation selectors and the tags that build emoji and scripts (they join the character
// before them, taking no column anywhere). The zero-width joiner goes too: tmux draws the
// character after it inside the cell before (see column-forms.ts).
const ignorable =
	/(?![\u200C\uFE00-\uFE0F\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}])[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
// Code points no character is assigned to (in Node's Unicode), and noncharacters: tmux
// draws them as nothing and string-width as one column; U+FFFD is one column everywhere.
const unassigned = /\p{Cn}/gu;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A mark or joiner with no character to join (after a space or at a line start) is drawn alone.
const defectiveMarks = /(^|[\s])[\p{M}\u200C\u200D\u{E0020}-\u{E007F}]+/gmu;

// Text made only of these (printable Latin, general punctuation, the euro sign) has
// nothing for the passes below but line ends and spaces: most news text, read faster.
const plainText = /^[\n\r\t\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]*$/;

/** Removes terminal escape sequences and control characters; normalises line ends and spaces. */
export function sanitizeText(raw: string): string {
	if (plainText.test(raw)) {
		return normaliseSpaces(raw.replaceAll(/\r\n?/g, '\n'));
	}

	return fullSanitize(raw);
}

function normaliseSpaces(text: string): string {
	// Only what changes is matched: a lone space or line end is left as it is.
	return text.replaceAll(/[\t ]{2,}|\t/g, ' ').replaceAll(/ \n ?|\n /g, '\n');
}

/** Every pass, for text with anything outside the plain set; exported for the test that compares. */
export function fullSanitize(raw: string): string {
	const cleaned = raw
		.replaceAll(loneSurrogate, '\uFFFD')
		.replaceAll(/\r\n?|[\u2028\u2029\f\v]/g, '\n')
		.replaceAll(terminatedString, '')
		.replaceAll(controlSequence, '')
		.replaceAll(escapeSequence, '')
		.replaceAll(invisibleOrControl, '')
		.replaceAll(ignorable, '')
		.replaceAll(unassigned, '\uFFFD');
	return normaliseSpaces(toColumnForms(cleaned).replaceAll(defectiveMarks, '$1'));
}

/** True when the text holds nothing a terminal would act on (used by tests and output guards). */
export function isTerminalSafe(text: string): boolean {
	return !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text);
}

/** `text.slice(0, end)` without cutting a character in half. */
export function sliceWhole(text: string, end: number): string {
	const code = text.charCodeAt(end - 1);
	return text.slice(0, code >= 0xd8_00 && code <= 0xdb_ff ? end - 1 : end);
}

/** Shows control characters in names and paths as visible `\xHH` escapes rather than removing them. */
export function showControls(text: string): string {
	return terminalText(text, {line: true});
}
