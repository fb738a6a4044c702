/**
 * Column widths measured a grapheme at a time must be exactly what segmenting the
 * whole string with `Intl.Segmenter` and measuring each grapheme with `string-width`
 * gives, which is what Ink does with each line it draws.
 */

import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {sanitizeText} from '../../source/corpus/sanitize.js';
import {columns, fitToWidth, graphemeWidths, mayJoin, padToWidth} from '../../source/render/text-width.js';
import {mixedWidthText, token} from '../helpers/arbitrary-text.js';

const segmenter = new Intl.Segmenter('en', {granularity: 'grapheme'});

/** The reference: the whole string segmented at once, each grapheme measured alone. */
function referenceWidths(text: string) {
	return [...segmenter.segment(text)].map(({segment, index}) => ({
		index,
		length: segment.length,
		width: stringWidth(segment),
	}));
}

/** Characters that join their neighbours in every way UAX #29 knows, and some that never do. */
const tricky = fc.constantFrom(
	'a',
	'Ж',
	'東',
	' ',
	'\u0301', // combining acute
	'\u0308\u0327',
	'\u200D', // zero-width joiner
	'\u200C',
	'\uFE0F', // emoji presentation
	'\u20E3', // keycap
	'1',
	'#',
	'\u{1F469}', // woman
	'\u2764', // heart (text by default)
	'\u{1F3FD}', // skin tone
	'\u{1F1FA}', // regional indicators
	'\u{1F1E6}',
	'\u1100', // Hangul leading consonant, vowel, trailing consonant, syllables
	'\u1161',
	'\u11A8',
	'\uAC00',
	'\uAC01',
	'\u0600', // prepended concatenation mark
	'\u0D4E', // prepended letter
	'\u0915', // Devanagari ka, virama, ssa, vowel sign
	'\u094D',
	'\u0937',
	'\u093F',
	'\u0E01', // Thai ko kai, sara am, mai ek
	'\u0E33',
	'\u0E48',
	'\r',
	'\n',
	'\u{E0067}', // tag
	'\u{E007F}',
	'\u{1F3F4}', // black flag (tag sequences)
	'\uD83D', // a lone surrogate
	'\u{10FFFF}', // unassigned
	'\u{20000}', // astral ideograph
);
const trickyText = fc.array(tricky, {maxLength: 60}).map(parts => parts.join(''));

describe('graphemeWidths', () => {
	test('splits and measures exactly as segmenting the whole string would', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					trickyText,
					mixedWidthText,
					fc.array(token, {maxLength: 8}).map(parts => parts.join('')),
				),
				text => {
					expect([...graphemeWidths(text)]).toEqual(referenceWidths(text));
				},
			),
			{numRuns: 2000},
		);
	});

	test('across window edges: long runs of joining characters, long graphemes, and the text around them', () => {
		const cases = [
			`a${'\u0301'.repeat(500)}b`, // one grapheme longer than any window
			'e\u0301'.repeat(300), // no two non-joining characters side by side anywhere
			'\u{1F1FA}\u{1F1E6}'.repeat(100), // flags: pairs counted from the start
			`${'\u{1F1FA}'.repeat(129)}x`,
			'\u0915\u094D\u0937\u093F'.repeat(80), // conjuncts
			'\u1100\u1161\u11A8'.repeat(100),
			`${'x'.repeat(63)}\u{1F469}\u200D\u{1F469}\u200D\u{1F467}${'y'.repeat(70)}`, // a surrogate pair on a window edge
			`${'Б'.repeat(200)}\u0301`,
		];
		for (const text of cases) {
			expect([...graphemeWidths(text)], JSON.stringify(text.slice(0, 20))).toEqual(referenceWidths(text));
		}
	});

	test('every character the table calls non-joining breaks from letters, syllables, emoji and itself', () => {
		// The table decides without the segmenter where two such characters meet: check each
		// one it so classifies against neighbours of every kind, many to a string.
		const neighbours = ['a', '\uAC00', '\u{1F600}'];
		const probe = (character: string) => neighbours.map(neighbour => `${neighbour}${character}`).join('') + character;
		const count = (text: string) => [...segmenter.segment(text)].length;
		const problems: string[] = [];
		let batch: string[] = [];
		const check = () => {
			if (count(batch.map(probe).join('')) !== batch.length * (neighbours.length * 2 + 1)) {
				for (const character of batch) {
					if (count(probe(character)) !== neighbours.length * 2 + 1) {
						problems.push(`U+${character.codePointAt(0)!.toString(16).toUpperCase()} joins a neighbour`);
					}
				}
			}

			batch = [];
		};

		// Every code point of the planes in use, every 61st beyond.
		for (let codePoint = 0; codePoint <= 0x10_ff_ff; codePoint += codePoint < 0x3_00_00 ? 1 : 61) {
			if ((codePoint >= 0xd8_00 && codePoint <= 0xdf_ff) || mayJoin(codePoint)) continue;
			batch.push(String.fromCodePoint(codePoint));
			if (batch.length === 100) check();
		}

		check();
		expect(problems).toEqual([]);
	}, 60_000);
});

describe('columns, fitToWidth and padToWidth', () => {
	test('agree with string-width over whole strings', () => {
		fc.assert(
			fc.property(fc.oneof(trickyText, mixedWidthText), text => {
				expect(columns(text)).toBe(stringWidth(text));
			}),
			{numRuns: 1000},
		);
	});

	test('fitToWidth keeps what fits in one column less than the width, then an ellipsis', () => {
		expect(fitToWidth('東京で会議', 5)).toBe('東京…');
		expect(fitToWidth('東京で会議', 10)).toBe('東京で会議');
		expect(fitToWidth('abcdef', 4)).toBe('abc…');
		expect(fitToWidth('abc', 0)).toBe('');
		expect(fitToWidth('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
		expect(padToWidth('Ж', 3)).toBe('Ж  ');
		// A long paragraph is cut without measuring all of it.
		const long = `${'Б'.repeat(500_000)} end`;
		expect(fitToWidth(long, 6)).toBe('БББББ…');
	});
});

describe('scripts written with marks, conjuncts and emoji sequences', () => {
	test('are split exactly as the segmenter splits the whole text', () => {
		const samples = [
			'प्रधानमंत्री ने मंगलवार को कहा कि क्षेत्र से लोगों को हटाया गया। ', // Devanagari conjuncts and vowel signs
			'প্রধানমন্ত্রী বলেছেন যে ক্ষেত্র থেকে ', // Bengali
			'ప్రధాన మంత్రి క్షేత్రం ', // Telugu
			'പ്രധാനമന്ത്രി ', // Malayalam
			'Tiếng Việt có dấu: Hà Nội, Đà Nẵng, thuế ', // Vietnamese, precomposed and decomposed
			'Tie\u0302\u0301ng Vie\u0323\u0302t ',
			'שָׁלוֹם עֲלֵיכֶם ', // Hebrew points
			'بِسْمِ ٱللَّٰهِ ', // Arabic harakat
			'👩‍👩‍👧 👨🏽‍💻 🏳️‍🌈 ❤️ 1️⃣ #⃣ 🇺🇦 ', // ZWJ sequences, modifiers, keycaps, flags
			'क्‍ष क्‌ष a्क ', // virama with joiners, a virama after no consonant
		];
		for (const sample of samples) {
			const text = sample.repeat(3);
			expect([...graphemeWidths(text)], sample).toEqual(referenceWidths(text));
		}
	});

	test('every mark the cursor joins without the segmenter, in every block, next to letters of every kind', () => {
		const letters = ['a', '\u0915', '\u0995', '\u05E9', '\u0628', '\u{1F469}'];
		const problems: string[] = [];
		for (let codePoint = 0x3_00; codePoint < 0x1_00_00; codePoint++) {
			const character = String.fromCodePoint(codePoint);
			if (!/\p{M}/u.test(character)) continue;
			for (const letter of letters) {
				const text = `${letter}${character}${letter}${character}\u094D${letter}`;
				const got = [...graphemeWidths(text)];
				if (JSON.stringify(got) !== JSON.stringify(referenceWidths(text))) {
					problems.push(`U+${codePoint.toString(16).toUpperCase()} after ${letter}`);
				}
			}
		}

		expect(problems).toEqual([]);
	}, 60_000);
});

describe('text once read measures as terminals draw it', () => {
	// Expected: the columns tmux and xterm.js give each character of the cleaned text, one
	// or two a character that takes columns, none a mark, selector or non-joiner.
	test.each([
		['a prepended number sign', '\u0600١٢', 2], // the two digits
		['interlinear annotation', 'a\uFFF9b\uFFFAc\uFFFBd', 4],
		['Thai AM', 'น้ำ', 2], // no nam, the tone mark over it, nikhahit, sara aa
		['Lao AM', 'ຄຳ', 2],
		['a conjunct', 'क्ष', 2], // ka with its virama, then ssa
		['a Khmer subscript consonant', 'ខ្មែរ', 4], // kha, coeng mo, vowel sign ae, ro
		['a prepended letter', '\u0D4Eക', 2],
		['a keycap', '1\uFE0F\u20E3', 1],
		['a text-style emoji with U+FE0F', '❤\uFE0F', 1],
		['an emoji ZWJ sequence', '👩\u200D👩\u200D👧', 6],
		['a skin-toned emoji', '👍\u{1F3FD}', 2],
		['a lone skin tone', 'x\u{1F3FD}', 1],
		['regional indicators: a flag and one left over', '\u{1F1FA}\u{1F1E6}\u{1F1FA}', 2],
		['a vowel jamo after a letter', 'x\u1161', 3], // x, then the vowel as ㅏ
		['jamo composed into a syllable', '\u1112\u1161\u11AB', 2],
		['a vowel after a jamo block', '\u1113\u1161\u1161', 4], // the block, then ㅏ
		['an unassigned code point', 'a\u0378', 2],
		['a joiner between letters', 'é\u200Dü', 2],
	])('%s', (_name, raw, expected) => {
		expect(columns(sanitizeText(raw))).toBe(expected);
	});
});
