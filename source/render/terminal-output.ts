/**
 * The one gate between Parallax and a terminal for everything printed outside the
 * dashboard: command output, messages, reasons, paths, errors and JSON. Text is
 * cleaned when it is read, but messages also carry what others wrote (a server's
 * reason phrase, a header, a file name inside a system error), so whatever reaches
 * stdout or stderr passes through here: nothing in it can move the cursor, set the
 * title or the clipboard, or reverse the text around it. commands/print.ts is the
 * only writer, and it writes nothing that has not come through these functions.
 */

/* eslint-disable no-control-regex -- matching control characters is the point here */

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional marks,
// embeddings, overrides and isolates; shown as visible escapes so nothing is hidden.
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// In one line (a message, a path), tabs, line feeds and the Unicode line and paragraph
// separators too: a name cannot start a line that looks like another message.
const unsafeInLine = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
// Our own styles (render/ansi.ts): SGR sequences of the attributes and colours Parallax
// uses, nothing else, so that not even concealed text (SGR 8) or a blink gets through.
const styleSequence =
	/\u001B\[(?:(?:[0-4]|7|3[0-7]|4[0-7]|9[0-7]|10[0-7])(?:;(?:[0-4]|7|3[0-7]|4[0-7]|9[0-7]|10[0-7]))*)?m/g;

function visible(character: string): string {
	const code = character.codePointAt(0)!;
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export type TerminalTextOptions = {
	/** Keep the SGR styles Parallax adds itself (a colour terminal); otherwise every ESC is shown. */
	readonly styles?: boolean;
	/** One line: tabs and line ends are shown as escapes too (messages, paths, reasons). */
	readonly line?: boolean;
};

/**
 * Text safe to print: control, C1 and bidirectional characters become visible escapes
 * (`\x1b`, `\x9b`, `\u202e`); with `styles`, SGR sequences (the colours Parallax adds
 * itself) are kept and nothing else is. Printable text, including a backslash, is left
 * as it is, so the gate can be passed twice without changing what it shows.
 */
export function terminalText(text: string, options: TerminalTextOptions = {}): string {
	const pattern = options.line ? unsafeInLine : unsafe;
	if (!options.styles) {
		return text.replaceAll(pattern, visible);
	}

	let result = '';
	let last = 0;
	for (const match of text.matchAll(styleSequence)) {
		result += text.slice(last, match.index).replaceAll(pattern, visible) + match[0];
		last = match.index + match[0].length;
	}

	return result + text.slice(last).replaceAll(pattern, visible);
}

// JSON.stringify escapes C0 controls and lone surrogates but leaves these as they are.
const unsafeInJson = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** A value as indented JSON whose every character is safe on a terminal: C1 and bidi characters as `\u009b`. */
export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, undefined, 2)}\n`.replaceAll(
		unsafeInJson,
		character => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`,
	);
}
