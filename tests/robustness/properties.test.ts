/**
 * Property-based tests over random and hostile text: the reader, the extractors, the
 * span-to-segment cutter, wrapping and the pane must never throw, never lose or invent
 * text, keep every span inside its article, and never let a control character through.
 *
 * Each property collects what is wrong into a list and asserts once that the list is
 * empty: the failure names every problem, and thousands of runs stay fast.
 */

import fc from 'fast-check';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {analyzeCorpus} from '../../source/analysis/analyze-corpus.js';
import {buildArticle} from '../../source/corpus/article.js';
import {decodeBytes} from '../../source/corpus/decode.js';
import {isTerminalSafe} from '../../source/corpus/sanitize.js';
import type {Article, ArticleFormat, Attribution, CorpusAnalysis, SpeakerMention, Span} from '../../source/model.js';
import {type DisplayLine, layoutArticle, wrapRange} from '../../source/render/layout.js';
import type {Highlight} from '../../source/render/marks.js';
import {buildPaneModel} from '../../source/render/pane-model.js';
import {toSegments} from '../../source/render/segments.js';
import {columns, graphemeWidths} from '../../source/render/text-width.js';
import {ArticlePane} from '../../source/ui/components/article-pane.js';
import {
	articleText,
	fileBytes,
	mixedWidthText,
	newsSentence,
	proseWithInvisibles,
	token,
	unbrokenRun,
} from '../helpers/arbitrary-text.js';

const runs = {numRuns: 200};
const graphemes = new Intl.Segmenter('en', {granularity: 'grapheme'});
/** A string as JSON, with invisible and format characters escaped so that a failure shows them. */
const show = (text: string) =>
	JSON.stringify(text).replaceAll(
		/\u034F|[\u007F-\u00A0\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF]/g,
		character => `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
	);

// ---------------------------------------------------------------------------------
// Helpers

const format: fc.Arbitrary<ArticleFormat> = fc.constantFrom('text', 'markdown');

/** An article read from arbitrary text (as `text` or Markdown), or undefined when the reader finds none. */
function readArbitrary(id: string, text = articleText): fc.Arbitrary<Article | undefined> {
	return fc.tuple(text, format).map(([content, kind]) => buildArticle({id, path: `${id}.txt`, content, format: kind}));
}

/** An article read from arbitrary text; inputs without article text are filtered out. */
function articleArbitrary(id: string, text = articleText): fc.Arbitrary<Article> {
	return readArbitrary(id, text).filter((built): built is Article => built !== undefined);
}

const article = articleArbitrary('a');

/** Code units that are half a surrogate pair on their own. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (text: string) => text.replaceAll(new RegExp(loneSurrogate, 'g'), '\uFFFD');
/** Adversarial text as `decodeBytes` can give it: without lone surrogates. */
const decodableText = articleText.map(wellFormed);

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
	return /[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? '');
}

function analysisOf(articles: readonly Article[]): CorpusAnalysis {
	return analyzeCorpus({articles, problems: []});
}

/** Adds a problem when `span` is not a span of a text `length` long. */
function checkSpan(problems: string[], span: Span | undefined, length: number, what: string): void {
	if (span === undefined) {
		problems.push(`${what}: missing`);
		return;
	}

	const {start, end} = span;
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end) {
		problems.push(`${what}: [${start}, ${end}) is not within [0, ${length}] with start <= end`);
	}
}

/** A leading U+FEFF is a byte-order mark, never article text (and the reader removes every U+FEFF). */
const withoutBom = (text: string) => text.replace(/^\uFEFF+/, '');

/** What the sanitizer promises to remove besides what `isTerminalSafe` checks: tabs and invisible characters. */
const removedBySanitizer = /[\t\u00AD\u200B\u2060\uFEFF]/;

/** Whether a string shows at most one character: one grapheme of width, with any zero-width ones. */
function isOneCharacter(text: string): boolean {
	let shown = 0;
	for (const {segment} of graphemes.segment(text)) {
		if (stringWidth(segment) > 0) shown++;
	}

	return shown <= 1;
}

/**
 * A line fits `width` columns. The one exception is a line showing a single character
 * wider than the pane (a CJK character at width 1): it cannot be split, only shown.
 */
function fits(line: string, width: number): boolean {
	return columns(line) <= width || isOneCharacter(line);
}

/** The characters of a string that take up columns on their own: what must never be cut off. */
function shownCharacters(text: string): string {
	return [...text].filter(character => stringWidth(character) > 0).join('');
}

/** Non-space characters of a string, in order: what wrapping must keep. */
const visible = (text: string) => text.replaceAll(' ', '');

/**
 * The problems of wrapped lines of `text[range)` at `width`: lines in order inside the
 * range, nothing but the spaces at the breaks left out, none starting with a space,
 * none empty (unless the only one), none wider than the width, and (for text that came
 * through the reader) none holding a control character.
 */
function wrapProblems(text: string, range: Span, lines: readonly Span[], width: number, safe: boolean): string[] {
	const problems: string[] = [];
	if (lines.length === 0) problems.push('no lines');
	let previous = range.start;
	let kept = '';
	for (const [index, line] of lines.entries()) {
		const words = text.slice(line.start, line.end);
		const where = `line ${index} [${line.start}, ${line.end}) ${show(words)}`;
		if (line.start < previous || line.end < line.start || line.end > range.end) {
			problems.push(`${where}: out of order or outside [${range.start}, ${range.end})`);
		}

		if (!/^ *$/.test(text.slice(previous, line.start))) {
			problems.push(`${where}: ${show(text.slice(previous, line.start))} dropped before it`);
		}

		if (!fits(words, width)) problems.push(`${where}: ${columns(words)} columns at width ${width}`);
		if (words.startsWith(' ')) problems.push(`${where}: starts with a space`);
		if (words === '' && lines.length > 1) problems.push(`${where}: empty`);
		if (safe && !isTerminalSafe(words)) problems.push(`${where}: holds a control character`);
		kept += words;
		previous = Math.max(previous, line.end);
	}

	if (!/^ *$/.test(text.slice(previous, range.end))) {
		problems.push(`${show(text.slice(previous, range.end))} dropped after the last line`);
	}

	if (visible(kept) !== visible(text.slice(range.start, range.end))) {
		problems.push(`the lines spell ${show(visible(kept))}, not ${show(visible(text.slice(range.start, range.end)))}`);
	}

	return problems;
}

/** The text a display line shows. */
function lineText(built: Article, line: DisplayLine): string {
	return line.kind === 'text' ? built.text.slice(line.start, line.end) : line.kind === 'blank' ? '' : line.text;
}

const furnitureLabel = '── removed page furniture ──';

// ---------------------------------------------------------------------------------
// 1. The corpus reader

describe('corpus reader', () => {
	test('decodeBytes never throws and answers either well-formed text or a reason', () => {
		fc.assert(
			fc.property(fileBytes, bytes => {
				const decoded = decodeBytes(bytes);
				const problems: string[] = [];
				if (decoded.ok) {
					if (typeof decoded.text !== 'string' || decoded.encoding === '') problems.push('malformed answer');
					if (loneSurrogate.test(decoded.text)) problems.push('text with a lone surrogate');
				} else if (decoded.reason === '') {
					problems.push('refused without a reason');
				}

				if (bytes.length === 0 && decoded.ok) problems.push('an empty file is not text');
				expect(problems).toEqual([]);
			}),
			{numRuns: 500},
		);
	});

	test('UTF-8 text, with or without a byte-order mark, decodes back to itself unless refused as binary', () => {
		fc.assert(
			fc.property(decodableText, fc.boolean(), (text, bom) => {
				const encoded = new TextEncoder().encode(text);
				const decoded = decodeBytes(bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...encoded]) : encoded);
				// Only C0 controls other than tab, LF, FF, CR and ESC can make text look binary.
				const plain = !/[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F]/.test(text);
				if (plain && text.length > 0) expect(decoded.ok).toBe(true);
				if (decoded.ok) {
					expect(withoutBom(decoded.text)).toBe(withoutBom(text));
					expect(decoded.encoding).toBe('utf-8');
				}
			}),
			runs,
		);
	});

	test('UTF-16 with a byte-order mark, in either byte order, decodes back to the text', () => {
		fc.assert(
			fc.property(decodableText, fc.boolean(), (text, littleEndian) => {
				const bytes = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
				for (let index = 0; index < text.length; index++) {
					const unit = text.charCodeAt(index);
					bytes.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
				}

				const decoded = decodeBytes(Uint8Array.from(bytes));
				expect(decoded.ok).toBe(true);
				if (decoded.ok) expect(withoutBom(decoded.text)).toBe(withoutBom(text));
			}),
			runs,
		);
	});

	test('Windows-1252 pages decode their curly quotes, dashes and symbols', () => {
		// Bytes 0x80–0xBF never start a UTF-8 sequence, so such a page is never valid UTF-8.
		const high: Record<number, string> = {
			0x80: '€',
			0x85: '…',
			0x91: '‘',
			0x92: '’',
			0x93: '“',
			0x94: '”',
			0x96: '–',
			0x97: '—',
			0xa3: '£',
			0xa9: '©',
			0xb0: '°',
			0xbd: '½',
		};
		const highByte = fc.constantFrom(...Object.keys(high).map(Number));
		const byte = fc.oneof(fc.integer({min: 0x20, max: 0x7e}), fc.constant(0x0a), highByte);
		fc.assert(
			fc.property(fc.array(byte, {maxLength: 200}), highByte, (bytes, one) => {
				const page = [...bytes, one];
				expect(decodeBytes(Uint8Array.from(page))).toEqual({
					ok: true,
					text: page.map(code => high[code] ?? String.fromCodePoint(code)).join(''),
					encoding: 'windows-1252',
				});
			}),
			runs,
		);
	});

	test('buildArticle never throws, and nothing it returns can drive the terminal', () => {
		fc.assert(
			fc.property(articleText, format, (content, kind) => {
				const built = buildArticle({id: 'x', path: 'x.txt', content, format: kind});
				if (built === undefined) return;
				const problems: string[] = [];
				if (built.id !== 'x' || built.path !== 'x.txt') problems.push('id or path changed');
				if (built.text === '') problems.push('an article without text');
				const shown = {
					text: built.text,
					title: built.title,
					headline: built.headline ? built.text.slice(built.headline.start, built.headline.end) : '',
					dateline: built.dateline ? built.text.slice(built.dateline.start, built.dateline.end) : '',
					...Object.fromEntries(built.boilerplate.map((line, index) => [`boilerplate ${index}`, line])),
				};
				for (const [what, text] of Object.entries(shown)) {
					if (!isTerminalSafe(text)) problems.push(`${what} ${show(text)} holds a control character`);
					if (removedBySanitizer.test(text)) problems.push(`${what} ${show(text)} holds a tab or invisible character`);
				}

				expect(problems).toEqual([]);
			}),
			{numRuns: 400},
		);
	});

	test('paragraphs tile the text between blank lines; headline, dateline and sentences lie within them', () => {
		fc.assert(
			fc.property(readArbitrary('a'), built => {
				if (built === undefined) return;
				const {text, paragraphs, sentences, headline, dateline} = built;
				const problems: string[] = [];
				// Paragraphs: from 0 to the end, in order, none empty or holding a line break, one blank line apart.
				if (paragraphs[0]?.start !== 0 || paragraphs.at(-1)?.end !== text.length) {
					problems.push('the paragraphs do not run from the start of the text to its end');
				}

				for (const [index, paragraph] of paragraphs.entries()) {
					checkSpan(problems, paragraph, text.length, `paragraph ${index}`);
					const words = text.slice(paragraph.start, paragraph.end);
					if (words === '' || words.includes('\n')) problems.push(`paragraph ${index} ${show(words)}`);
					const gap = index > 0 ? text.slice(paragraphs[index - 1]!.end, paragraph.start) : '\n\n';
					if (gap !== '\n\n') problems.push(`${show(gap)} before paragraph ${index}`);
				}

				// The headline is the first paragraph; the dateline opens the first paragraph after it.
				if (headline && (headline.start !== paragraphs[0]?.start || headline.end !== paragraphs[0].end)) {
					problems.push(`headline [${headline.start}, ${headline.end}) is not the first paragraph`);
				}

				const lead = paragraphs[headline ? 1 : 0]!;
				if (dateline) {
					checkSpan(problems, dateline, text.length, 'dateline');
					if (dateline.start !== lead.start || dateline.end > lead.end) {
						problems.push(`dateline [${dateline.start}, ${dateline.end}) is not at the start of the lead`);
					}
				}

				// Sentences: in order, not empty, trimmed, each in one paragraph, none overlapping the dateline.
				let previousEnd = 0;
				for (const [index, sentence] of sentences.entries()) {
					checkSpan(problems, sentence, text.length, `sentence ${index}`);
					const words = text.slice(sentence.start, sentence.end);
					const where = `sentence ${index} [${sentence.start}, ${sentence.end}) ${show(words)}`;
					if (sentence.start < previousEnd) problems.push(`${where}: overlaps the one before`);
					if (words === '' || /^\s|\s$/.test(words)) problems.push(`${where}: empty or not trimmed`);
					if (!paragraphs.some(paragraph => paragraph.start <= sentence.start && sentence.end <= paragraph.end)) {
						problems.push(`${where}: crosses paragraphs`);
					}

					if (dateline && sentence.end > dateline.start && sentence.start < dateline.end) {
						problems.push(`${where}: includes the dateline`);
					}

					previousEnd = sentence.end;
				}

				// Every sentence is found: outside them are only spaces, paragraph breaks, and the
				// dateline with its punctuation.
				const covered = new Uint8Array(text.length);
				for (const sentence of sentences) covered.fill(1, sentence.start, sentence.end);
				if (dateline) covered.fill(1, dateline.start, dateline.end);
				for (let offset = 0; offset < text.length; offset++) {
					if (covered[offset]) continue;
					const afterDateline = dateline !== undefined && offset >= dateline.end && offset < lead.end;
					if (!(afterDateline ? /[\s:—–-]/ : /\s/).test(text[offset]!)) {
						problems.push(`offset ${offset} ${show(text[offset]!)} is in no sentence`);
					}
				}

				expect(problems).toEqual([]);
			}),
			{numRuns: 400},
		);
	});

	// Leads that open with a long unbroken run: a title cut from them must not cut a character.
	const runLed = fc
		.tuple(unbrokenRun, newsSentence, fc.array(newsSentence, {maxLength: 2}))
		.map(([run, lead, rest]) => [`${run} ${lead}`, ...rest].join('\n'));

	test('text as decodeBytes gives it (well formed): no span splits a character, no string the reader makes holds half of one', () => {
		fc.assert(
			fc.property(readArbitrary('a', fc.oneof(decodableText, runLed)), built => {
				if (built === undefined) return;
				const problems: string[] = [];
				const strings = {text: built.text, title: built.title, boilerplate: built.boilerplate.join('\n')};
				for (const [what, text] of Object.entries(strings)) {
					if (loneSurrogate.test(text)) problems.push(`${what} ${show(text)} holds half a surrogate pair`);
				}

				const spans = {
					headline: built.headline,
					dateline: built.dateline,
					...Object.fromEntries(built.paragraphs.map((span, index) => [`paragraph ${index}`, span])),
					...Object.fromEntries(built.sentences.map((span, index) => [`sentence ${index}`, span])),
				};
				for (const [what, span] of Object.entries(spans)) {
					if (span && (splitsPair(built.text, span.start) || splitsPair(built.text, span.end))) {
						problems.push(`${what} [${span.start}, ${span.end}) splits a surrogate pair`);
					}
				}

				expect(problems).toEqual([]);
			}),
			{numRuns: 400},
		);
	});
});

// ---------------------------------------------------------------------------------
// 2. The extractors

function checkMention(problems: string[], mention: SpeakerMention, length: number, what: string, depth = 0): void {
	checkSpan(problems, mention.span, length, `${what} speaker`);
	if (!isTerminalSafe(mention.name)) problems.push(`${what} speaker name ${show(mention.name)}`);
	if (mention.antecedent && depth < 10) {
		checkMention(problems, mention.antecedent, length, `${what} antecedent`, depth + 1);
	}
}

/** The problems of an analysis: spans outside their article, dangling indexes and ids, unsafe labels. */
function analysisProblems(analysis: CorpusAnalysis): string[] {
	const problems: string[] = [];
	const speakerIds = new Set(analysis.speakers.map(speaker => speaker.id));
	const groupIds = new Set(analysis.groups.map(group => group.id));
	for (const entry of analysis.articles) {
		const {length} = entry.article.text;
		const sentenceCount = entry.article.sentences.length;
		const checkAttribution = (attribution: Attribution, what: string) => {
			checkSpan(problems, attribution.cue, length, `${what} cue`);
			checkMention(problems, attribution.speaker, length, what);
			if (!(attribution.sentence >= 0 && attribution.sentence < sentenceCount)) {
				problems.push(`${what}: sentence ${attribution.sentence} of ${sentenceCount}`);
			}

			if (attribution.speakerId !== undefined && !speakerIds.has(attribution.speakerId)) {
				problems.push(`${what}: unknown speaker ${attribution.speakerId}`);
			}
		};

		for (const [index, quote] of entry.quotes.entries()) {
			const what = `${entry.article.id} quote ${index}`;
			if (quote.spans.length < 1 || quote.spans.length > 2) problems.push(`${what}: ${quote.spans.length} spans`);
			for (const span of quote.spans) checkSpan(problems, span, length, what);
			if (quote.spans.length === 2 && quote.spans[1]!.start < quote.spans[0]!.end) {
				problems.push(`${what}: its parts overlap or are out of order`);
			}

			if (!isTerminalSafe(quote.text)) problems.push(`${what}: text ${show(quote.text)}`);
			if (quote.attribution) checkAttribution(quote.attribution, what);
		}

		for (const [index, attribution] of entry.attributions.entries()) {
			checkAttribution(attribution, `${entry.article.id} attribution ${index}`);
		}

		for (const [index, figure] of entry.figures.entries()) {
			const what = `${entry.article.id} figure ${index}`;
			checkSpan(problems, figure.span, length, what);
			if (figure.conversion && !(figure.conversion.of >= 0 && figure.conversion.of < index)) {
				problems.push(`${what}: converts figure ${figure.conversion.of}, not one before it`);
			}

			if (figure.group !== undefined && !groupIds.has(figure.group)) problems.push(`${what}: unknown group`);
			if (figure.attribution) checkAttribution(figure.attribution, what);
		}

		for (const [index, date] of entry.dates.entries()) {
			checkSpan(problems, date.span, length, `${entry.article.id} date ${index}`);
		}
	}

	for (const group of analysis.groups) {
		if (!isTerminalSafe(group.label)) problems.push(`group ${group.id} label ${show(group.label)}`);
		for (const member of group.members) {
			const entry = analysis.articles.find(candidate => candidate.article.id === member.article);
			if (entry?.figures[member.index] === undefined) {
				problems.push(`group ${group.id}: no figure ${member.index} in ${member.article}`);
			}
		}
	}

	for (const speaker of analysis.speakers) {
		for (const name of [speaker.name, ...speaker.aliases, speaker.role ?? '']) {
			if (!isTerminalSafe(name)) problems.push(`speaker ${speaker.id}: ${show(name)}`);
		}
	}

	return problems;
}

describe('extractors', () => {
	test('analyzeCorpus never throws; every quotation, attribution, figure and date lies in its article', () => {
		const ids = ['000', '001', '002'];
		const corpus = fc
			.integer({min: 1, max: 3})
			.chain(count => fc.tuple(...ids.slice(0, count).map(id => articleArbitrary(id))));
		fc.assert(
			fc.property(corpus, articles => {
				const analysis = analysisOf(articles);
				expect(analysis.articles.map(entry => entry.article)).toEqual(articles);
				expect(analysisProblems(analysis)).toEqual([]);
			}),
			{numRuns: 150},
		);
	});

	test('the generators reach the extractors (the properties above are not vacuous)', () => {
		const sample = fc.sample(articleArbitrary('s'), {numRuns: 150, seed: 42});
		const analysis = analysisOf(sample.map((built, index) => ({...built, id: `s${index}`})));
		const count = (pick: (entry: CorpusAnalysis['articles'][number]) => number) =>
			analysis.articles.reduce((sum, entry) => sum + pick(entry), 0);
		expect(count(entry => entry.quotes.length)).toBeGreaterThan(20);
		expect(count(entry => entry.quotes.filter(quote => quote.attribution).length)).toBeGreaterThan(5);
		expect(count(entry => entry.attributions.length)).toBeGreaterThan(20);
		expect(count(entry => entry.figures.length)).toBeGreaterThan(20);
		expect(analysis.groups.length).toBeGreaterThan(0);
		expect(sample.filter(built => built.dateline).length).toBeGreaterThan(5);
		expect(sample.filter(built => built.headline).length).toBeGreaterThan(5);
		expect(sample.filter(built => built.boilerplate.length > 0).length).toBeGreaterThan(5);
		// The same analysis passes the checks the property makes.
		expect(analysisProblems(analysis)).toEqual([]);
	});

	test('on well-formed text no quotation, attribution, figure or date splits a character, no name or label holds half of one', () => {
		// Prose, and sentences whose figure runs into a long unbroken run of astral characters.
		const runOn = fc
			.tuple(
				fc.constantFrom(
					'Syrskyi said that 1,150 square kilometers',
					'The ministry said that more than 800 troops',
					'Officials put the loss at about 35 square miles',
					'“Prices rose 12%',
				),
				unbrokenRun,
				fc.constantFrom('.', '', '”', ',” he said.'),
			)
			.map(([sentence, run, end]) => `${sentence} ${run}${end}`);
		const text = fc.oneof(
			decodableText,
			fc.array(fc.oneof(runOn, newsSentence), {minLength: 1, maxLength: 4}).map(lines => lines.join('\n')),
		);
		const corpus = fc.tuple(articleArbitrary('000', text), articleArbitrary('001', text));
		fc.assert(
			fc.property(corpus, articles => {
				const analysis = analysisOf(articles);
				const problems: string[] = [];
				for (const entry of analysis.articles) {
					const {text, id} = entry.article;
					const spans: [string, Span][] = [
						...entry.quotes.flatMap((quote, index) =>
							quote.spans.map(span => [`quote ${index}`, span] as [string, Span]),
						),
						...entry.attributions.flatMap((attribution, index): [string, Span][] => [
							[`cue ${index}`, attribution.cue],
							[`speaker ${index}`, attribution.speaker.span],
						]),
						...entry.figures.map((figure, index): [string, Span] => [`figure ${index}`, figure.span]),
						...entry.dates.map((date, index): [string, Span] => [`date ${index}`, date.span]),
					];
					for (const [what, span] of spans) {
						if (splitsPair(text, span.start) || splitsPair(text, span.end)) {
							problems.push(`${id} ${what} ${show(text.slice(span.start, span.end))} splits a surrogate pair`);
						}
					}

					for (const quote of entry.quotes) {
						if (loneSurrogate.test(quote.text)) problems.push(`${id} quote ${show(quote.text)}`);
					}
				}

				const names = [
					...analysis.speakers.flatMap(speaker => [speaker.name, ...speaker.aliases, speaker.role ?? '']),
					...analysis.groups.map(group => group.label),
				];
				for (const name of names) {
					if (loneSurrogate.test(name)) problems.push(`name or label ${show(name)} holds half a surrogate pair`);
				}

				expect(problems).toEqual([]);
			}),
			{numRuns: 100},
		);
	});
});

// ---------------------------------------------------------------------------------
// 3. Spans to segments

/** Highlights over a text: overlapping, out of order, empty, inverted and out of range. */
function highlightsFor(length: number): fc.Arbitrary<Highlight[]> {
	const position = fc.integer({min: -5, max: length + 5});
	// A new mark object per highlight, so that marks can be told apart by identity.
	return fc.array(
		fc.tuple(position, position).map(([start, end]): Highlight => ({start, end, mark: {kind: 'match'}})),
		{maxLength: 12},
	);
}

/** A text with a range [start, end) of it and highlights over it. */
function cutOf(text: fc.Arbitrary<string>) {
	return text.chain(value =>
		fc.tuple(
			fc.constant(value),
			fc
				.tuple(fc.nat({max: value.length}), fc.nat({max: value.length}))
				.map(([a, b]) => ({start: Math.min(a, b), end: Math.max(a, b)})),
			highlightsFor(value.length),
		),
	);
}

/**
 * The problems of `toSegments(text, range, highlights)`: the segments must spell the
 * range exactly, none empty, each carrying exactly the highlights that cover it, in
 * the order given; with `safe`, no segment may hold a control character.
 */
function segmentProblems(text: string, range: Span, highlights: readonly Highlight[], safe: boolean): string[] {
	const problems: string[] = [];
	const segments = toSegments(text, range.start, range.end, highlights);
	const spelt = segments.map(segment => segment.text).join('');
	if (spelt !== text.slice(range.start, range.end)) {
		problems.push(`segments spell ${show(spelt)}, not ${show(text.slice(range.start, range.end))}`);
		return problems;
	}

	let offset = range.start;
	for (const [index, segment] of segments.entries()) {
		if (segment.text === '') problems.push(`segment ${index} is empty`);
		if (safe && !isTerminalSafe(segment.text)) problems.push(`segment ${index} ${show(segment.text)}`);
		for (let position = offset; position < offset + segment.text.length; position++) {
			const over = highlights.filter(highlight => highlight.start <= position && position < highlight.end);
			const same = over.length === segment.marks.length && over.every((h, at) => h.mark === segment.marks[at]);
			if (!same) {
				problems.push(`offset ${position}: ${segment.marks.length} marks, ${over.length} highlights over it`);
				break;
			}
		}

		offset += segment.text.length;
	}

	return problems;
}

describe('toSegments', () => {
	test('on read text: segments spell text[start, end), none empty, each with exactly the marks over it, none unsafe', () => {
		fc.assert(
			fc.property(cutOf(article.map(built => built.text)), ([text, range, highlights]) => {
				expect(segmentProblems(text, range, highlights, true)).toEqual([]);
			}),
			runs,
		);
	});

	test('on raw text, before any reading: the same, control characters aside', () => {
		fc.assert(
			fc.property(cutOf(articleText), ([text, range, highlights]) => {
				expect(segmentProblems(text, range, highlights, false)).toEqual([]);
			}),
			runs,
		);
	});
});

// ---------------------------------------------------------------------------------
// 4. Wrapping, layout and the pane

const width = fc.integer({min: 1, max: 120});

/** Text made of wide, zero-width, combining and narrow characters, with spaces to break at. */
const cellText = fc
	.array(
		fc.constantFrom(
			'東',
			'京',
			'한',
			'👩‍👩‍👧',
			'🇺🇦',
			'❤️',
			'1️⃣',
			'e\u0301',
			'a\u0308\u0301',
			'\u200D',
			'\u200C',
			'\u3000',
			'ｆ',
			'x',
			'x',
			' ',
			' ',
			'Ж',
			'ب',
		),
		{maxLength: 80},
	)
	.map(cells => cells.join(''));

describe('wrapping', () => {
	test('columns agrees with graphemeWidths, and widths add up across grapheme boundaries', () => {
		// Wrapping measures graphemes within a paragraph and the pane pads each line by its
		// columns: both must count alike. (string-width skips escape sequences, so ESC and CSI are left out.)
		const text = fc.oneof(
			mixedWidthText,
			fc
				.array(token, {maxLength: 8})
				.map(tokens => tokens.join('').replaceAll(/[\u001B\u009B]/g, ''))
				.filter(raw => raw.length <= 200),
		);
		fc.assert(
			fc.property(text, raw => {
				const widths = [...graphemeWidths(raw)];
				const sum = widths.reduce((total, grapheme) => total + grapheme.width, 0);
				const problems = columns(raw) === sum ? [] : [`${show(raw)}: ${columns(raw)} columns, graphemes ${sum}`];
				for (const {index} of widths) {
					const [head, tail] = [raw.slice(0, index), raw.slice(index)];
					if (columns(head) + columns(tail) !== columns(raw)) {
						problems.push(`${show(head)} (${columns(head)}) + ${show(tail)} (${columns(tail)}) ≠ ${columns(raw)}`);
					}
				}

				expect(problems).toEqual([]);
			}),
			{numRuns: 500},
		);
	});

	test('wrapRange on read paragraphs: lines in order, within the width, losing only spaces, no control characters', () => {
		fc.assert(
			fc.property(article, width, (built, columnsWide) => {
				const problems = built.paragraphs.flatMap(paragraph =>
					wrapProblems(built.text, paragraph, wrapRange(built.text, paragraph, columnsWide), columnsWide, true),
				);
				expect(problems).toEqual([]);
			}),
			runs,
		);
	});

	test('wrapRange with wide, zero-width and combining characters keeps lines within the width', () => {
		fc.assert(
			fc.property(cellText, width, (text, columnsWide) => {
				const range = {start: 0, end: text.length};
				expect(wrapProblems(text, range, wrapRange(text, range, columnsWide), columnsWide, true)).toEqual([]);
			}),
			{numRuns: 300},
		);
	});

	test('wrapRange on raw text, before any reading: any range, the same but for control characters', () => {
		// Any range of any text; and whole short texts of narrow, wide and zero-width
		// characters, at the widths they can fill.
		const narrowAndWide = fc
			.array(fc.constantFrom('a', 'a', ' ', '\u00AD', '東'), {maxLength: 20})
			.map(characters => characters.join(''));
		const wrapCase = fc.oneof(
			fc.tuple(fc.oneof(articleText, mixedWidthText), width, fc.nat(), fc.nat()).map(([text, columnsWide, a, b]) => {
				const [from, to] = [a % (text.length + 1), b % (text.length + 1)];
				return {text, range: {start: Math.min(from, to), end: Math.max(from, to)}, columnsWide};
			}),
			fc
				.tuple(narrowAndWide, fc.integer({min: 1, max: 4}))
				.map(([text, columnsWide]) => ({text, range: {start: 0, end: text.length}, columnsWide})),
		);
		fc.assert(
			fc.property(wrapCase, ({text, range, columnsWide}) => {
				expect(wrapProblems(text, range, wrapRange(text, range, columnsWide), columnsWide, false)).toEqual([]);
			}),
			{numRuns: 300},
		);
	});

	test('layoutArticle: paragraphs wrapped in order between blank lines, furniture last, lines within the width', () => {
		fc.assert(
			fc.property(article, width, (built, columnsWide) => {
				const lines = layoutArticle(built, columnsWide);
				const problems: string[] = [];
				const labelAt = lines.findIndex(line => line.kind === 'furniture');
				for (const [index, line] of lines.entries()) {
					if (index === labelAt) continue; // The label's width is the next test's.
					const words = lineText(built, line);
					if (!fits(words, columnsWide)) problems.push(`line ${index} ${show(words)} is wider than ${columnsWide}`);
					if (!isTerminalSafe(words)) problems.push(`line ${index} ${show(words)} holds a control character`);
				}

				// The body: each paragraph's wrapped lines, one blank line between paragraphs.
				const body = labelAt === -1 ? lines : lines.slice(0, labelAt - 1);
				const byParagraph: DisplayLine[][] = [[]];
				for (const line of body) {
					if (line.kind === 'blank') byParagraph.push([]);
					else byParagraph.at(-1)!.push(line);
				}

				if (byParagraph.length !== built.paragraphs.length) {
					problems.push(`${byParagraph.length} blocks of lines for ${built.paragraphs.length} paragraphs`);
				}

				for (const [index, paragraph] of built.paragraphs.entries()) {
					const spans: Span[] = [];
					for (const line of byParagraph[index] ?? []) {
						if (line.kind !== 'text') {
							problems.push(`a ${line.kind} line among paragraph ${index}'s lines`);
							continue;
						}

						if (line.headline !== (built.headline !== undefined && index === 0)) {
							problems.push(`a line of paragraph ${index} marked headline: ${line.headline}`);
						}

						spans.push(line);
					}

					problems.push(...wrapProblems(built.text, paragraph, spans, columnsWide, true));
				}

				// Furniture: a blank line and the label (or as much of it as fits), then every removed line's words.
				if (built.boilerplate.length === 0) {
					if (labelAt !== -1) problems.push('furniture lines without furniture');
				} else {
					const furniture = lines.slice(labelAt + 1);
					if (
						lines[labelAt - 1]?.kind !== 'blank' ||
						!furnitureLabel.startsWith(lineText(built, lines[labelAt]!).replace(/…$/, ''))
					) {
						problems.push('the furniture does not start with a blank line and its label');
					}

					if (!furniture.every(line => line.kind === 'furniture')) problems.push('text after the furniture');
					const shown = visible(furniture.map(line => lineText(built, line)).join(''));
					if (shown !== visible(built.boilerplate.join(''))) problems.push(`furniture shown as ${show(shown)}`);
				}

				expect(problems).toEqual([]);
			}),
			runs,
		);
	});

	test('layoutArticle: the removed-furniture label fits narrow panes too', () => {
		const withFurniture = article.filter(built => built.boilerplate.length > 0);
		fc.assert(
			fc.property(withFurniture, width, (built, columnsWide) => {
				const label = layoutArticle(built, columnsWide).find(line => line.kind === 'furniture');
				const text = label?.kind === 'furniture' ? label.text : '';
				expect(columns(text), `${show(text)} at width ${columnsWide}`).toBeLessThanOrEqual(columnsWide);
			}),
			{numRuns: 50},
		);
	});

	test('pane model: highlights lie in the text, every row is exactly the pane width, targets point at their lines', () => {
		// A pane always has at least 4 columns of text (see computeScreenLayout).
		const pair = fc.tuple(
			articleArbitrary('000'),
			fc.option(articleArbitrary('001'), {nil: undefined}),
			fc.integer({min: 4, max: 120}),
		);
		fc.assert(
			fc.property(pair, ([first, second, columnsWide]) => {
				const analysis = analysisOf(second ? [first, second] : [first]);
				const [entry, other] = analysis.articles;
				const lines = layoutArticle(entry!.article, columnsWide);
				const model = buildPaneModel(analysis, entry!, other, lines);
				const {text} = entry!.article;
				const problems: string[] = [];
				for (const highlight of model.highlights) {
					checkSpan(problems, highlight, text.length, `${highlight.mark.kind} highlight`);
				}

				// Text rows as the pane draws them: the segments, padded to the width.
				for (const [index, line] of lines.entries()) {
					if (line.kind !== 'text') continue;
					const shown = text.slice(line.start, line.end);
					const row =
						toSegments(text, line.start, line.end, model.highlights)
							.map(segment => segment.text)
							.join('') + ' '.repeat(Math.max(0, columnsWide - columns(shown)));
					if (columns(row) !== columnsWide) problems.push(`row ${index} ${show(row)} is ${columns(row)} columns`);
					if (!isTerminalSafe(row)) problems.push(`row ${index} ${show(row)} holds a control character`);
				}

				if (model.statuses.length !== entry!.figures.length) problems.push('a status per figure');
				// The line of a target is the last text line starting at or before it.
				for (const target of [...model.quotes, ...model.figures]) {
					const line = lines[target.line];
					const next = lines.slice(target.line + 1).find(candidate => candidate.kind === 'text');
					if (
						line?.kind !== 'text' ||
						line.start > target.span.start ||
						(next?.kind === 'text' && next.start <= target.span.start)
					) {
						problems.push(`target at ${target.span.start} on line ${target.line}`);
					}
				}

				expect(problems).toEqual([]);
			}),
			{numRuns: 100},
		);
	});

	test('the article pane as Ink draws it: no row wider than the pane, no text cut off', () => {
		const text = fc.oneof(decodableText, proseWithInvisibles);
		const pane = fc.tuple(articleArbitrary('a', text), fc.integer({min: 4, max: 80}));
		fc.assert(
			fc.property(pane, ([built, columnsWide]) => {
				const analysis = analysisOf([built]);
				const entry = analysis.articles[0]!;
				// The first rows are enough: every row is drawn the same way, and Ink is slow.
				const lines = layoutArticle(built, columnsWide).slice(0, 30);
				const model = buildPaneModel(analysis, entry, undefined, lines);
				const view = render(
					createElement(ArticlePane, {
						model,
						label: built.title,
						scroll: 0,
						selection: undefined,
						focused: true,
						textWidth: columnsWide,
						bodyHeight: lines.length,
						colour: false,
					}),
				);
				let frame: string[];
				try {
					frame = (view.lastFrame() ?? '').replaceAll(/\u001B\[[0-9;]*m/g, '').split('\n');
				} finally {
					view.unmount();
				}

				const problems: string[] = [];
				// The title row, then one row per display line, each with its scroll-bar column.
				for (const [index, row] of frame.entries()) {
					if (stringWidth(row) > columnsWide + 1) problems.push(`row ${index} ${show(row)} is wider than the pane`);
				}

				// Every visible character of a line is drawn (an invisible one may be dropped or merged).
				for (const [index, line] of lines.entries()) {
					const row = frame[index + 1] ?? '';
					const words = line.kind === 'text' ? lineText(built, line) : '';
					if (!shownCharacters(row).startsWith(shownCharacters(words))) {
						problems.push(`row ${index + 1} ${show(row)} cuts ${show(words)}`);
					}
				}

				expect(problems).toEqual([]);
			}),
			{numRuns: 40},
		);
	});
});
