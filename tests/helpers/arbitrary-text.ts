/**
 * fast-check generators for article text, from plain news prose to input built to
 * break a reader: escape sequences, controls, bidirectional overrides, unbalanced
 * quotation marks, huge numbers, wide and zero-width characters, and random Unicode.
 */

import fc from 'fast-check';

const esc = '\u001B';

const words = (
	'Ukraine Russia Kursk Kyiv Moscow troops offensive region said the a of in on and to that was were has have ' +
	'officials ministry defence border villages attack drones soldiers area territory control reported according ' +
	'President Minister General commander spokesman week Tuesday Monday August percent square kilometers miles ' +
	'captured held advanced claimed denied U.S. Gen. Dr. Mr. approx. etc. e.g. p.m. St. Jan. Inc.'
).split(' ');

const speakers = [
	'Syrskyi',
	'Oleksandr Syrskyi',
	'he',
	'she',
	'they',
	'the ministry',
	'the Russian Defence Ministry',
	'Ukraine’s Deputy Prime Minister Iryna Vereshchuk',
	'a security official, speaking on condition of anonymity,',
	'one blog',
	'President Vladimir Putin',
	'Zelensky',
	'Сирський',
	'東京の当局者',
];

const cues = [
	'said',
	'told reporters',
	'stated',
	'added',
	'claimed',
	'wrote',
	'asked',
	'according to',
	'said on Tuesday',
];

const figures = [
	'1,150 square kilometers',
	'approximately 1,000 km²',
	'more than 800 troops',
	'at least 800 square kilometres',
	'about 35 square miles',
	'90 km² (around 35 square miles)',
	'$1.5 billion',
	'12%',
	'12.5 percent',
	'thousands of soldiers',
	'dozens of drones',
	'between 2 and 3 km',
	'1-2 km',
	'1–2 km',
	'11,000 soldiers died',
	'nearly 100 villages',
	'three drones',
	'a million people',
	'1,,000',
	'1,150,',
	',000',
	'1.2.3',
	'0.0001',
	'-5',
	'1e9',
	'½',
	'10⁹',
	'٣٤٥ km',
	'１２３ km',
	'August 13, 2024',
	'2024',
	'13.08.2024',
];

/** Digits with thousands separators, decimals, and numbers far beyond any float. */
const number = fc.oneof(
	fc.nat({max: 10_000_000}).map(value => value.toLocaleString('en-US')),
	fc.nat({max: 10_000_000}).map(String),
	fc.tuple(fc.nat({max: 9999}), fc.nat({max: 99})).map(([whole, part]) => `${whole}.${part}`),
	fc.integer({min: 1, max: 450}).map(length => '9'.repeat(length)),
	fc.constant(`${'1'.repeat(400)}`),
	fc.constant(`${'123,'.repeat(130)}456`),
	fc.constant(`${'9'.repeat(310)}.5`),
	fc.constant(`0.${'0'.repeat(400)}1`),
);

const quoteMark = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」');

const escapeSequence = fc.constantFrom(
	`${esc}[31m`,
	`${esc}[0m`,
	`${esc}[2J${esc}[H`,
	`${esc}[?1049h`,
	`${esc}[1;31;42m`,
	`${esc}]52;c;aGVsbG8=\u0007`,
	`${esc}]8;;http://x${esc}\\`,
	`${esc}]8;;${esc}\\`,
	`${esc}]0;title`,
	`${esc}Pq#0;2;0;0;0${esc}\\`,
	`${esc}P`,
	`${esc}X sos ${esc}\\`,
	`${esc}^pm\u0007`,
	`${esc}_apc${esc}\\`,
	`${esc}(B`,
	`${esc}`,
	`${esc}${esc}`,
	`${esc}\\`,
	'\u009B2J',
	'\u009D0;title\u009C',
	'\u0090q\u009C',
	'\u0007',
	'\b',
	'\r',
	'\r\n',
	'\u0000',
	'\u007F',
	'\t',
	'\v',
	'\f',
	'\u2028',
	'\u2029',
);

const c1Control = fc.integer({min: 0x80, max: 0x9f}).map(code => String.fromCodePoint(code));
const c0Control = fc.integer({min: 0, max: 0x1f}).map(code => String.fromCodePoint(code));
const bidi = fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
// Zero-width and format characters: spaces, joiners, marks, invisible operators, tags, fillers.
export const zeroWidth = fc.constantFrom(
	'\u200B',
	'\u200C',
	'\u200D',
	'\u2060',
	'\uFEFF',
	'\u00AD',
	'\u034F',
	'\u180E',
	'\u200E',
	'\u200F',
	'\u061C',
	'\u2061',
	'\u{E0001}',
	'\u115F',
	'\u3164',
);
const loneSurrogate = fc.constantFrom('\uD83D', '\uDC00', '\uDBFF', '\uDFFF');

const script = fc.constantFrom(
	'Сирський сказав',
	'Міністерство оборони',
	'قال المتحدث',
	'وزارة الدفاع',
	'東京で会議が開かれた',
	'中华人民共和国',
	'한국어 문장',
	'ｆｕｌｌｗｉｄｔｈ',
	'👩‍👩‍👧',
	'👨🏽‍💻',
	'🏳️‍🌈',
	'🇺🇦🇷🇺',
	'🇺',
	'❤️',
	'1️⃣',
	'e\u0301te\u0301',
	'a\u0308\u0301\u0327',
	'\u0301',
	'Z\u0351\u0360\u0361a\u036Fl\u0489g\u0338o',
	'ก่ำ',
	'नमस्ते',
	'עִבְרִית',
	'🏴󠁧󠁢󠁳󠁣󠁴󠁿',
	'\u3000',
	'\u00A0',
	'\u2009',
);

/** A long run without spaces of wide, astral or composed characters: cut anywhere, it splits one. */
export const unbrokenRun = fc
	.tuple(fc.constantFrom('😀', '𠜎', '👩‍👩‍👧', '🇺🇦', 'e\u0301', '東', 'Ж'), fc.integer({min: 10, max: 200}))
	.map(([character, count]) => character.repeat(count));

const punctuation = fc.constantFrom(
	'.',
	',',
	'?',
	'!',
	':',
	';',
	'—',
	'–',
	'…',
	'(',
	')',
	'[',
	']',
	'*',
	'_',
	'#',
	'>',
	'`',
);

const hyphensOrCommas = fc
	.tuple(fc.constantFrom('-', ',', '—', '–', '.', ' ', '*', '_'), fc.integer({min: 2, max: 60}))
	.map(([character, count]) => character.repeat(count));

const lineBreak = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r', '\n \n', '\n\t\n');

const randomString = fc.oneof(
	fc.string({maxLength: 20}),
	fc.string({unit: 'grapheme', maxLength: 12}),
	fc.string({unit: 'binary', maxLength: 12}),
);

/** One token of adversarial text. */
export const token: fc.Arbitrary<string> = fc.oneof(
	{weight: 12, arbitrary: fc.constantFrom(...words)},
	{weight: 3, arbitrary: fc.constantFrom(...figures)},
	{weight: 3, arbitrary: number},
	{weight: 4, arbitrary: quoteMark},
	{weight: 3, arbitrary: punctuation},
	{weight: 3, arbitrary: escapeSequence},
	{weight: 1, arbitrary: c1Control},
	{weight: 1, arbitrary: c0Control},
	{weight: 1, arbitrary: bidi},
	{weight: 2, arbitrary: zeroWidth},
	{weight: 1, arbitrary: loneSurrogate},
	{weight: 3, arbitrary: script},
	{weight: 1, arbitrary: unbrokenRun},
	{weight: 1, arbitrary: hyphensOrCommas},
	{weight: 2, arbitrary: lineBreak},
	{weight: 2, arbitrary: randomString},
);

/** A sentence of news prose: a quotation with its attribution, a figure, or plain words. */
export const newsSentence: fc.Arbitrary<string> = fc.oneof(
	fc
		.tuple(
			fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 12}),
			fc.constantFrom(...speakers),
			fc.constantFrom(...cues),
			fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’'], ['“', ''], ['', '”'], ['“', '“'], ["'", "'"]),
			fc.boolean(),
		)
		.map(([quoted, speaker, cue, [open, close], speakerFirst]) =>
			speakerFirst
				? `${speaker} ${cue}: ${open}${quoted.join(' ')}.${close}`
				: `${open}${quoted.join(' ')},${close} ${speaker} ${cue}.`,
		),
	fc
		.tuple(
			fc.constantFrom(...speakers),
			fc.constantFrom(...cues),
			fc.constantFrom(...figures),
			fc.array(fc.constantFrom(...words), {maxLength: 6}),
		)
		.map(
			([speaker, cue, figure, rest]) =>
				`${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} ${cue} that ${figure} ${rest.join(' ')}.`,
		),
	fc
		.tuple(
			fc.constantFrom(...figures),
			fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 8}),
			fc.constantFrom(...speakers),
		)
		.map(([figure, rest, speaker]) => `The area exceeds ${figure} ${rest.join(' ')}, ${speaker} said.`),
	fc
		.array(fc.constantFrom(...words), {minLength: 1, maxLength: 15})
		.map(sentence => `${sentence.join(' ')}${sentence.length % 3 === 0 ? '?' : '.'}`),
);

/** A line: news sentences, adversarial tokens, or both mixed, with random joins. */
const line: fc.Arbitrary<string> = fc
	.array(
		fc.tuple(
			fc.oneof({weight: 2, arbitrary: newsSentence}, {weight: 3, arbitrary: token}),
			fc.constantFrom(' ', ' ', ' ', '', '  ', '\t'),
		),
		{minLength: 1, maxLength: 12},
	)
	.map(parts => parts.map(([part, joint]) => part + joint).join(''));

const headline = fc
	.array(fc.constantFrom(...words), {minLength: 1, maxLength: 8})
	.map(title => title.map(word => word.charAt(0).toUpperCase() + word.slice(1)).join(' '));

const dateline = fc.constantFrom(
	'KYIV: ',
	'WASHINGTON (AP) — ',
	'LONDON, Aug 13 (Reuters) - ',
	'MOSCOW -- ',
	'Kyiv (AFP) - ',
	'BREAKING: ',
	'',
);

const furniture = fc.constantFrom(
	'Post a Comment',
	'Share this article',
	'Read more: Ukraine’s offensive',
	'Advertisement',
	'Home › World › Europe',
	'Subscribe to our newsletter',
	'© 2024 News Corp',
);

/**
 * Text an article could be read from: usually a headline, a dateline and lines of
 * prose shot through with hostile input; sometimes pure random Unicode.
 */
export const articleText: fc.Arbitrary<string> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.tuple(
				fc.option(headline, {nil: undefined}),
				dateline,
				fc.array(fc.tuple(line, lineBreak), {minLength: 1, maxLength: 10}),
				fc.array(furniture, {maxLength: 3}),
			)
			.map(
				([title, place, lines, trailing]) =>
					(title === undefined ? '' : `${title}\n`) +
					place +
					lines.map(([text, end]) => text + end).join('') +
					trailing.map(text => `\n${text}`).join(''),
			),
	},
	{weight: 2, arbitrary: fc.array(token, {maxLength: 60}).map(parts => parts.join(''))},
	{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 200})},
	{weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 200})},
	{weight: 1, arbitrary: fc.string({maxLength: 200})},
);

/** Bytes a file could hold: random bytes, or adversarial text encoded with or without a byte-order mark. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
	fc.uint8Array({maxLength: 300}),
	articleText.map(text => new TextEncoder().encode(text)),
	fc
		.tuple(
			fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff], [0xef, 0xbb], []),
			fc.uint8Array({maxLength: 300}),
		)
		.map(([prefix, rest]) => Uint8Array.from([...prefix, ...rest])),
	fc
		.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), articleText)
		.map(([prefix, text]) => Uint8Array.from([...prefix, ...new TextEncoder().encode(text)])),
	fc
		.array(fc.oneof(fc.integer({min: 0x20, max: 0x7e}), fc.integer({min: 0x80, max: 0xff}), fc.constant(0)), {
			maxLength: 300,
		})
		.map(bytes => Uint8Array.from(bytes)),
);

/** News prose with zero-width and format characters slipped in between or inside words. */
export const proseWithInvisibles: fc.Arbitrary<string> = fc
	.tuple(
		fc.array(newsSentence, {minLength: 1, maxLength: 6}),
		fc.array(fc.tuple(fc.nat(), zeroWidth), {minLength: 1, maxLength: 6}),
	)
	.map(([sentences, insertions]) => {
		let text = sentences.join(' ');
		for (const [at, character] of insertions) {
			// Never between the halves of a surrogate pair.
			let position = at % (text.length + 1);
			if (/[\uDC00-\uDFFF]/.test(text[position] ?? '')) position--;
			text = text.slice(0, position) + character + text.slice(position);
		}

		return text;
	});

/**
 * Short text from characters whose widths differ: narrow, wide, zero-width, combining,
 * a soft hyphen; for checking that every way of measuring agrees.
 */
export const mixedWidthText: fc.Arbitrary<string> = fc
	.array(
		fc.constantFrom(
			'a',
			'b',
			'.',
			' ',
			' ',
			'\u00AD',
			'東',
			'\u200B',
			'\u200D',
			'é',
			'e\u0301',
			'👩‍👩‍👧',
			'🇺🇦',
			'Ж',
			'\u180E',
		),
		{maxLength: 40},
	)
	.map(characters => characters.join(''));
