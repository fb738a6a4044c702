import {describe, expect, test} from 'vitest';
import {isEmptyQuery, parseQuery} from '../../source/search/query.js';

const term = (text: string, match = 'fuzzy', negate = false, caseSensitive = false) => ({
	text,
	match,
	negate,
	caseSensitive,
});

describe('parseQuery', () => {
	test('space-separated terms must all match', () => {
		expect(parseQuery('north  korean troops').groups).toEqual([[term('north')], [term('korean')], [term('troops')]]);
	});

	test("'exact, ^prefix, suffix$, ^whole$", () => {
		expect(parseQuery("'buffer ^Ukraine zone$ ^Kursk$").groups).toEqual([
			[term('buffer', 'exact')],
			[term('Ukraine', 'prefix', false, true)],
			[term('zone', 'suffix')],
			[term('Kursk', 'whole', false, true)],
		]);
	});

	test('!negation is an exact term, and smart case makes capitals match case', () => {
		expect(parseQuery('!russia Putin').groups).toEqual([
			[term('russia', 'exact', true)],
			[term('Putin', 'fuzzy', false, true)],
		]);
	});

	test('| joins alternatives into one group', () => {
		expect(parseQuery('tykh | syrsky kursk').groups).toEqual([[term('tykh'), term('syrsky')], [term('kursk')]]);
	});

	test('fields: by:, in:, num: and q:, with or without a term', () => {
		expect(parseQuery('by:putin dislodge in:004 num:1150 q:')).toEqual({
			groups: [[term('dislodge')], [term('1150')]],
			filters: {by: ['putin'], in: ['004'], kinds: ['figure', 'quote']},
		});
	});

	test('an empty query or stray marks ask for nothing', () => {
		expect(isEmptyQuery(parseQuery('  '))).toBe(true);
		expect(isEmptyQuery(parseQuery("| ' ! ^"))).toBe(true);
		expect(isEmptyQuery(parseQuery('in:004'))).toBe(false);
	});
});
