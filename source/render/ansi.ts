/**
 * Styled segments as ANSI escape sequences, for plain output on a colour terminal.
 * The segments' text is already clean (no control characters); only the styles
 * added here are escape sequences.
 */

import type {Segment} from './marks.js';
import {styleOf, type TextStyle} from './theme.js';

const colours: Record<string, number> = {
	black: 30,
	red: 31,
	green: 32,
	yellow: 33,
	blue: 34,
	magenta: 35,
	cyan: 36,
	white: 37,
	blackBright: 90,
	redBright: 91,
	greenBright: 92,
	yellowBright: 93,
	blueBright: 94,
	magentaBright: 95,
	cyanBright: 96,
	whiteBright: 97,
};

function codes(style: TextStyle): number[] {
	return [
		...(style.bold ? [1] : []),
		...(style.dimColor ? [2] : []),
		...(style.italic ? [3] : []),
		...(style.underline ? [4] : []),
		...(style.inverse ? [7] : []),
		...(style.color && colours[style.color] ? [colours[style.color]!] : []),
		...(style.backgroundColor && colours[style.backgroundColor] ? [colours[style.backgroundColor]! + 10] : []),
	];
}

/** Segments as one string: styled with escape sequences when `styled`, plain text otherwise. */
export function segmentsToAnsi(segments: readonly Segment[], colour: boolean, styled = true): string {
	return segments
		.map(segment => {
			const found = styled ? codes(styleOf(segment.marks, colour)) : [];
			return found.length === 0 ? segment.text : `\u001B[${found.join(';')}m${segment.text}\u001B[0m`;
		})
		.join('');
}

/** One style for a whole string (headers, marks in tables). */
export function styled(text: string, style: TextStyle, enabled: boolean): string {
	const found = enabled ? codes(style) : [];
	return found.length === 0 ? text : `\u001B[${found.join(';')}m${text}\u001B[0m`;
}
