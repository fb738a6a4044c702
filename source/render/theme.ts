/**
 * How marks look. With colour, each speaker has a stable colour in every pane and
 * view, differing figures stand out on red, agreeing ones are green. Without colour
 * (`NO_COLOR`, `--no-color`) the same distinctions are made with bold, underline,
 * italic and inverse, so nothing depends on colour alone.
 */

import type {Mark} from './marks.js';

export type TextStyle = {
	color?: string;
	backgroundColor?: string;
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	inverse?: boolean;
	dimColor?: boolean;
};

const speakerPalette = [
	'cyan',
	'magenta',
	'yellow',
	'blue',
	'cyanBright',
	'magentaBright',
	'yellowBright',
	'blueBright',
];

/** A speaker's colour: the same for one identity everywhere, from a hash of its id. */
export function speakerColour(speakerId: string | undefined): string | undefined {
	if (speakerId === undefined) {
		return undefined;
	}

	let hash = 0;
	for (const character of speakerId) {
		hash = (hash * 31 + character.codePointAt(0)!) >>> 0;
	}

	return speakerPalette[hash % speakerPalette.length];
}

function markStyle(mark: Mark, colour: boolean): TextStyle {
	switch (mark.kind) {
		case 'headline': {
			return {bold: true};
		}

		case 'dateline': {
			return {bold: true, dimColor: true};
		}

		case 'quote': {
			const color = colour ? speakerColour(mark.speakerId) : undefined;
			if (mark.quoteKind === 'term') {
				return {italic: true, ...(colour ? {dimColor: true} : {})};
			}

			return {...(color ? {color} : {}), ...(mark.quoteKind === 'partial' ? {italic: true} : {})};
		}

		case 'speaker': {
			const color = colour ? speakerColour(mark.speakerId) : undefined;
			return {bold: true, ...(color ? {color} : {})};
		}

		case 'cue': {
			return {underline: true};
		}

		case 'figure': {
			switch (mark.status) {
				case 'differs': {
					return colour ? {backgroundColor: 'red', color: 'whiteBright', bold: true} : {inverse: true, bold: true};
				}

				case 'agrees': {
					return colour ? {color: 'green', bold: true, underline: true} : {bold: true, underline: true};
				}

				case 'vague': {
					return {underline: true, dimColor: true};
				}

				default: {
					return colour ? {color: 'greenBright', underline: true} : {underline: true};
				}
			}
		}

		case 'match': {
			return colour ? {backgroundColor: 'yellow', color: 'black'} : {inverse: true, underline: true};
		}

		case 'selected': {
			return {inverse: true, bold: true};
		}

		case 'furniture': {
			return {dimColor: true, italic: true};
		}
	}
}

/** The style of text under several marks: later marks refine earlier ones. */
export function styleOf(marks: readonly Mark[], colour: boolean): TextStyle {
	let style: TextStyle = {};
	for (const mark of marks) {
		style = {...style, ...markStyle(mark, colour)};
	}

	return style;
}
