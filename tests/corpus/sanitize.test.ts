import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {fullSanitize, isTerminalSafe, sanitizeText, showControls} from '../../source/corpus/sanitize.js';

const esc = '\u001B';

describe('sanitizeText', () => {
	test.each([
		['a colour change (CSI)', `The ${esc}[31mred${esc}[0m line`, 'The red line'],
		['a cursor move (CSI)', `Kursk${esc}[2J${esc}[H region`, 'Kursk region'],
		['an 8-bit CSI', 'Kursk\u009B2J region', 'Kursk region'],
		['an OSC 52 clipboard write ended by BEL', `Kyiv${esc}]52;c;ZXZpbA==\u0007 said`, 'Kyiv said'],
		['an OSC 8 link ended by ST', `${esc}]8;;https://evil.example${esc}\\click${esc}]8;;${esc}\\ here`, 'click here'],
		['a DCS string', `before${esc}Pq#0;2;0;0;0${esc}\\after`, 'beforeafter'],
		['a bare ESC and a charset switch', `one${esc} two${esc}(B three`, 'one two three'],
		['BEL and backspace', 'bell\u0007 and back\bspace', 'bell and backspace'],
		['C1 controls', 'a\u0085b\u0090c\u009Fd', 'abcd'],
		['bidirectional overrides and isolates', 'abc\u202Edef\u2066ghi\u2069', 'abcdefghi'],
	])('removes %s', (_name, input, expected) => {
		const output = sanitizeText(input);
		expect(output).toBe(expected);
		expect(isTerminalSafe(output)).toBe(true);
	});

	test('an unterminated OSC loses its introducer but not the article after it', () => {
		const output = sanitizeText(`Start${esc}]0;title and the rest of the story.`);
		expect(output).toBe('Start0;title and the rest of the story.');
		expect(isTerminalSafe(output)).toBe(true);
	});

	test('normalises CRLF and CR line ends, tabs and runs of spaces', () => {
		expect(sanitizeText('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n');
		expect(sanitizeText('a\t\tb   c  \n  d')).toBe('a b c\nd');
	});

	test('keeps ordinary Unicode: accents, Cyrillic, CJK, emoji with joiners, no-break spaces', () => {
		const text = 'Сирський 東京 👩‍👩‍👧 café 1\u00A0150';
		expect(sanitizeText(text)).toBe(text);
	});

	test('keeps what builds a character: joiners, variation selectors, flag tags, combining accents', () => {
		const text = 'e\u0301 ❤\uFE0F می\u200Cخواهم 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
		expect(sanitizeText(text)).toBe(text);
	});

	test.each([
		['direction marks', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
		['invisible operators and the Mongolian vowel separator', 'x\u2061y\u180Ez', 'xyz'],
		['Hangul fillers', 'a\u3164b\u115Fc', 'abc'],
		['language tags', 'a\u{E0001}b', 'ab'],
	])('removes invisible characters a terminal draws as nothing: %s', (_name, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
	});

	test('removes marks and joiners with nothing to attach to, at a line start or after a space', () => {
		expect(sanitizeText('\u0301start and \u0301\u200Dword\n\u0308next')).toBe('start and word\nnext');
	});

	test('replaces halves of surrogate pairs, which no terminal can draw', () => {
		expect(sanitizeText('a\uD83Db\uDE00c😀')).toBe('a\uFFFDb\uFFFDc😀');
	});
});

describe('showControls', () => {
	test('makes control characters in a file name visible instead of live', () => {
		expect(showControls(`evil${esc}[2J.txt`)).toBe('evil\\x1b[2J.txt');
		expect(isTerminalSafe(showControls(`a\u0007b\u009Bc`))).toBe(true);
	});
});

describe('the fast path for plain text', () => {
	// Plain Latin text with line ends and spaces, and now and then a character from outside
	// the plain set, which must take every pass.
	const pieces = fc.oneof(
		fc.constantFrom('Kyiv', ' ', '  ', '\t', '\n', '\r\n', '\r', '“', '’', '–', '€', 'é', '1,150', '.'),
		fc.constantFrom(
			'\u0000',
			'\u001B[31m',
			'\u0085',
			'\u00AD',
			'\u200B',
			'\u202E',
			'\u0301',
			'\u2028',
			'\uD800',
			'Кур',
			'😀',
		),
	);

	test('gives what the full sanitizer gives, for any mix', () => {
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 40}), parts => {
				const text = parts.join('');
				expect(sanitizeText(text)).toBe(fullSanitize(text));
			}),
			{numRuns: 2000},
		);
	});
});
