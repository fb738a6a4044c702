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

	test('keeps ordinary Unicode: accents, Cyrillic, CJK, Hangul, emoji, flags, no-break spaces', () => {
		const text = 'Сирський 東京 한국 😀 🇺🇦 café 1\u00A0150';
		expect(sanitizeText(text)).toBe(text);
	});

	test('keeps what builds a character: the non-joiner, variation selectors, flag tags, combining accents', () => {
		const text = 'e\u0301 😀\uFE0F 葛\u{E0100} می\u200Cخواهم 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
		expect(sanitizeText(text)).toBe(text);
	});

	test.each([
		['direction marks', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
		['invisible operators and the Mongolian vowel separator', 'x\u2061y\u180Ez', 'xyz'],
		['Hangul fillers', 'a\u3164b\u115Fc', 'abc'],
		['language tags', 'a\u{E0001}b', 'ab'],
		// Format controls that string-width counts as nothing but tmux draws in a column.
		[
			'prepended concatenation marks',
			'\u0600١ \u0601 \u0602٣ \u0603 \u0604 \u0605 \u06DD١٢ \u070Fܐ \u0890 \u0891 \u08E2 \u{110BD}1 \u{110CD}2',
			'١ ٣ ١٢ ܐ 1 2',
		],
		['interlinear annotation', 'a\uFFF9b\uFFFAc\uFFFBd', 'abcd'],
		[
			'Egyptian hieroglyph format controls',
			'\u{13000}\u{13430}\u{13001}\u{13436}\u{13002}\u{1343F}',
			'\u{13000}\u{13001}\u{13002}',
		],
		['zero-width joiners, after which tmux draws the next character in the same cell', 'é\u200Dü ب\u200Dي', 'éü بي'],
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

describe('characters terminals and string-width draw in different columns take forms they agree on', () => {
	test.each([
		// Emoji: a sequence joined by U+200D is one cell in tmux and its parts in xterm.js: its parts.
		['an emoji ZWJ sequence becomes its parts', '👩\u200D👩\u200D👧 👨\u200D💻', '👩👩👧 👨💻'],
		// A skin tone is two more columns in tmux 3.3a and xterm.js, none in tmux 3.4 and string-width.
		['skin tones go, the emoji stays', '👍\u{1F3FD} x\u{1F3FB} \u{1F3FF}!', '👍 x !'],
		// U+FE0F widens a text-style emoji in string-width and tmux 3.4, not in tmux 3.3a or xterm.js.
		['a text-style emoji asks for text presentation', '❤\uFE0F ©\uFE0F ⚠\uFE0F ❤', '❤\uFE0E ©\uFE0E ⚠\uFE0E ❤'],
		['an emoji-style emoji keeps U+FE0F and loses U+FE0E', '😀\uFE0F 😀\uFE0E', '😀\uFE0F 😀'],
		['a selector after what is no emoji goes', 'x\uFE0F 東\uFE0F é\uFE0E', 'x 東 é\uFE0E'],
		[
			'keycaps in text presentation',
			'1\uFE0F\u20E3 #\u20E3 *\uFE0E\u20E3',
			'1\uFE0E\u20E3 #\uFE0E\u20E3 *\uFE0E\u20E3',
		],
		[
			'a ZWJ sequence of a text-style emoji becomes its parts in text presentation',
			'🏳\uFE0F\u200D🌈 🏃\u200D♂\uFE0F',
			'🏳\uFE0E🌈 🏃♂\uFE0E',
		],
		// Regional indicators pair up from the start of a run; a pair that is no flag is one column for string-width.
		['a flag loses what is joined to it', '\u{1F1FA}\u{1F1E6}\u20E3\u0301 ok', '🇺🇦 ok'],
		['regional indicators only as flags', '\u{1F1FA}\u{1F1E6}\u{1F1FA} \u{1F1FA}\u{1F1FA} \u{1F1FA}x', '🇺🇦 x'],
		// Conjuncts: one grapheme for string-width (one column), one column a consonant in terminals.
		['a non-joiner after a virama before a consonant', 'क्ष ক্ষ ខ្មែរ', 'क्\u200Cष ক্\u200Cষ ខ្\u200Cមែរ'],
		['but not before what is no letter, nor twice', 'क् 1 क्\u200Cष', 'क् 1 क्\u200Cष'],
		['a virama with a joiner (a half form) likewise', 'क्\u200Dष', 'क्\u200Cष'],
		['a virama followed by other joining characters likewise', 'क्\u{E0067}ष', 'क्\u{E0067}\u200Cष'],
		['a non-joiner after a prepended letter', '\u0D4Eക \u0D4E', '\u0D4E\u200Cക \u0D4E\u200C'],
		// Thai and Lao AM: one column with the consonant for string-width, their own in terminals.
		['Thai and Lao AM decomposed', 'น้ำ ทำ ຄຳ', 'น้\u0E4D\u0E32 ท\u0E4D\u0E32 ຄ\u0ECD\u0EB2'],
		// Conjoining jamo: composed where they make a modern syllable, and a compatibility letter where they make none.
		['Hangul written as jamo (NFD) is composed', '한국어'.normalize('NFD'), '한국어'],
		// A vowel or final after a precomposed syllable it extends takes no column in either.
		['jamo that extend a syllable stay', '가\u1161 각\u11A8 가\u11A8\u11A8', '가\u1161 각\u11A8 각\u11A8'],
		[
			'a vowel or final that starts a block, or follows a finished one, is its compatibility letter',
			'x\u1161 \u1161 \u11A8 각\u1161 각\u11A8\u1161',
			'xㅏ ㅏ ㄱ 각ㅏ 각\u11A8ㅏ',
		],
		['a second vowel after a block of jamo (which string-width counts)', '\u1113\u1161\u1161', '\u1113\u1161ㅏ'],
		['a final after a leading consonant with no vowel', '\u1100\u11A8', '\u1100ㄱ'],
		['jamo after a leading consonant that joins a syllable', '\u1100가\u1161', '\u1100가ㅏ'],
		['an old vowel after an old leading consonant stays a block', '\u1113\u1176', '\u1113\u1176'],
		['a vowel with no compatibility letter is U+FFFD', 'x\uD7B0', 'x\uFFFD'],
		// A code point with no character (or a noncharacter): nothing in tmux, one column in string-width.
		['unassigned code points and noncharacters become U+FFFD', 'a\u0378b\uFFFEc\u{10FFFF}', 'a\uFFFDb\uFFFDc\uFFFD'],
	])('%s', (_name, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
	});

	// Pieces of every kind the forms above rewrite, and what they sit next to.
	const piece = fc.constantFrom(
		'a',
		'é',
		' ',
		'\n',
		'東',
		'😀',
		'👩',
		'❤',
		'1',
		'#',
		'\u200D',
		'\u200C',
		'\uFE0F',
		'\uFE0E',
		'\u20E3',
		'\u{1F3FD}',
		'\u{1F1FA}',
		'\u{1F1E6}',
		'\u{E0067}',
		'\u{E007F}',
		'🏴',
		'\u0915',
		'\u094D',
		'\u0937',
		'\u093F',
		'\u17D2',
		'\u1780',
		'\u0D4E',
		'\u0E01',
		'\u0E33',
		'\u0E49',
		'\u1100',
		'\u1161',
		'\u11A8',
		'\uAC00',
		'\uAC01',
		'\u1113',
		'\u1176',
		'\uD7B0',
		'\u0600',
		'\uFFF9',
		'\u0378',
		'\u0301',
	);
	const mixed = fc.array(piece, {maxLength: 40}).map(parts => parts.join(''));
	const segmenter = new Intl.Segmenter('en', {granularity: 'grapheme'});
	const jamo = /[\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uAC00-\uD7A3]/u;
	const flag = new RegExp(String.raw`^\p{RGI_Emoji_Flag_Sequence}$`, 'v');

	test('no grapheme left holds two characters that take columns (but a flag, or a Hangul block)', () => {
		// Terminals give each such character its own columns; string-width gives a grapheme
		// the columns of its first. Marks, format characters and selectors take none.
		fc.assert(
			fc.property(mixed, text => {
				const problems: string[] = [];
				for (const {segment} of segmenter.segment(sanitizeText(text))) {
					const spacing = [...segment].filter(character => !/[\p{M}\p{Cf}\p{Cc}]/u.test(character));
					if (spacing.length > 1 && !flag.test(spacing.join('')) && !spacing.every(character => jamo.test(character))) {
						problems.push(JSON.stringify(segment));
					}
				}

				expect(problems, JSON.stringify(text)).toEqual([]);
			}),
			{numRuns: 3000},
		);
	});

	test('cleaning twice gives what cleaning once gave', () => {
		fc.assert(
			fc.property(mixed, text => {
				const once = sanitizeText(text);
				expect(sanitizeText(once)).toBe(once);
			}),
			{numRuns: 2000},
		);
	});

	test('long runs of joining characters are rewritten in one pass', () => {
		// A run of marks is read once from its end, whatever its length.
		const marks = `क${'\u094D'.repeat(100_000)}ष`;
		expect(sanitizeText(marks)).toBe(`क${'\u094D'.repeat(100_000)}\u200Cष`);
		expect(sanitizeText('\u1161'.repeat(50_000))).toBe('ㅏ'.repeat(50_000));
	});
});

describe('showControls', () => {
	test('makes control characters in a file name visible instead of live', () => {
		expect(showControls(`evil${esc}[2J.txt`)).toBe('evil\\x1b[2J.txt');
		expect(isTerminalSafe(showControls(`a\u0007b\u009Bc`))).toBe(true);
	});

	test('shows every mark that reorders text, the Arabic letter mark and the implicit ones included', () => {
		expect(showControls('a\u202Eb\u061Cc\u200Ed\u200Fe\u2067f')).toBe(String.raw`a\u202eb\u061cc\u200ed\u200fe\u2067f`);
	});

	test('keeps a name on one line: line ends and separators are shown too', () => {
		expect(showControls('a\nb\u2028c')).toBe(String.raw`a\x0ab\u2028c`);
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
			'\u0600',
			'\u200D',
			'1\u20E3',
			'\u0E33',
			'\u0378',
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
