import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	isInCapitals,
	isPossessive,
	tokenize,
	tokenPattern,
	withoutPossessive,
} from '../../source/analysis/text/tokens.js';

/** The tokens as the pattern alone finds them: what the hand scanner must match. */
function tokensByPattern(text: string, start: number, end: number): [string, number, number][] {
	const pattern = new RegExp(tokenPattern.source, tokenPattern.flags);
	pattern.lastIndex = start;
	const source = text.slice(0, end);
	const tokens: [string, number, number][] = [];
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(source)) !== null) {
		let word = match[0];
		const after = match.index + word.length;
		const isInitial = /^[A-Z]$/.test(word) && source[after + 1] === ' ' && /[A-Z]/.test(source[after + 2] ?? '');
		if (source[after] === '.' && (/^(?:Gen|Mr|Dr|St|Jan|Sept)$/.test(word) || isInitial)) {
			word += '.';
			pattern.lastIndex++;
		}

		tokens.push([word, match.index, match.index + word.length]);
	}

	return tokens;
}

describe('tokenize', () => {
	test('words keep inner apostrophes, hyphens, decimals and abbreviation dots', () => {
		const text = 'Gen. Syrskyi’s state-controlled U.S. forces held 1,150.5 km² — “about” 2.5%.';
		expect(tokenize(text).map(token => token.text)).toEqual([
			'Gen.',
			'Syrskyi’s',
			'state-controlled',
			'U.S.',
			'forces',
			'held',
			'1,150.5',
			'km²',
			'—',
			'“',
			'about',
			'”',
			'2.5',
			'%',
			'.',
		]);
	});

	test('a company form keeps its dot, as a title does', () => {
		expect(tokenize('Harbor Mills Inc. chief Tom Ruiz, of Acme Co., said so.').map(token => token.text)).toEqual([
			'Harbor',
			'Mills',
			'Inc.',
			'chief',
			'Tom',
			'Ruiz',
			',',
			'of',
			'Acme',
			'Co.',
			',',
			'said',
			'so',
			'.',
		]);
	});

	test('a capital letter keeps its dot before a capitalised word, as an initial; the sentence splitter decides where sentences end', () => {
		expect(tokenize('Edward M. Kennedy backed Plan B. Then he left.').map(token => token.text)).toEqual([
			'Edward',
			'M.',
			'Kennedy',
			'backed',
			'Plan',
			'B.',
			'Then',
			'he',
			'left',
			'.',
		]);
	});

	test('letters of any script are words, punctuation and symbols are not', () => {
		const tokens = tokenize('Сирський said 😀 « 𝐀bc »');
		expect(tokens.map(token => [token.text, token.isWord])).toEqual([
			['Сирський', true],
			['said', true],
			['😀', false],
			['«', false],
			['𝐀bc', true],
			['»', false],
		]);
	});

	// Characters that exercise every branch: letters, digits, marks, inner punctuation,
	// dots, spaces of several kinds, surrogate pairs and lone surrogates.
	const character = fc.constantFrom(
		...'aZ9.,-’\' \t\n\u00A0\u2003\u3000é\u0301ЖЯ٣中😀𝐀\uD800\uDC00"“”()%—'.match(/[\s\S]/gu)!,
		'\uD835\uDC00',
		'Gen',
		'Mr',
		'U.S.',
	);

	test('the scanner finds exactly what the pattern finds, for any text and any range', () => {
		fc.assert(
			fc.property(fc.array(character, {maxLength: 60}), fc.nat(), fc.nat(), (parts, a, b) => {
				const text = parts.join('');
				let start = Math.min(a, b) % (text.length + 1);
				// Sentences never start inside a surrogate pair (there the pattern backs up to the pair).
				if (/[\uDC00-\uDFFF]/.test(text[start] ?? '') && /[\uD800-\uDBFF]/.test(text[start - 1] ?? '')) start++;
				const end = start + (Math.max(a, b) % (text.length - start + 1));
				// Titles outside the short list above are left out of the generator.
				const scanned = tokenize(text, start, end).map(token => [token.text, token.start, token.end]);
				expect(scanned).toEqual(tokensByPattern(text, start, end));
			}),
			{numRuns: 5000},
		);
	});
});

describe('possessive endings', () => {
	const character = fc.constantFrom('s', 'S', "'", '’', 'a', 'Z', 'é', 'É', 'ß', '9', ' ', '\uD800', '\uDC00', '😀');

	test('possessives and capitals read by hand exactly as the patterns and upper-casing read them', () => {
		fc.assert(
			fc.property(fc.array(character, {maxLength: 6}), parts => {
				const word = parts.join('');
				expect(isPossessive(word)).toBe(/['’]s$|s['’]$/u.test(word));
				expect(withoutPossessive(word)).toBe(word.replace(/['’]s$/u, '').replace(/s['’]$/u, 's'));
				expect(isInCapitals(word)).toBe(word === word.toUpperCase());
			}),
			{numRuns: 5000},
		);
	});
});
