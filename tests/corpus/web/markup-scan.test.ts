import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {parseDocument} from '../../../source/corpus/web/dom.js';
import {extractPage} from '../../../source/corpus/web/extract.js';
import {type MarkupLimits, scanMarkup} from '../../../source/corpus/web/markup-scan.js';
import {pageLimits, refusalOf, treeShape} from '../../../source/corpus/web/page-limits.js';
import {fixture} from '../../helpers/web-server.js';

const unlimited: MarkupLimits = {
	depth: Number.MAX_SAFE_INTEGER,
	nodes: Number.MAX_SAFE_INTEGER,
	work: Number.MAX_SAFE_INTEGER,
};
const story = `<p>${'The talks went on late into the night, officials said, and will resume in Geneva on Monday. '.repeat(3)}</p>`;
const page = (body: string) =>
	`<!doctype html><html><head><title>Talks</title></head><body>${body}${story}</body></html>`;
const tooDeep = 'markup nested more than 500 levels deep (not read: it would take minutes)';

describe('the scan before parsing', () => {
	test.each(['a.html', 'saved-page.html', 'windows-1252.html'])('%s passes, measured as its parsed tree is', name => {
		const html = fixture(name);
		const scanned = scanMarkup(html, pageLimits);
		expect(refusalOf(scanned)).toBeUndefined();
		expect(scanned).toEqual(treeShape(parseDocument(html), unlimited));
	});

	const levels = 600;
	// Each is nested `levels` times around or before the story; true when the elements hold one another.
	const generated: [string, string, boolean][] = [
		['div', '<div>'.repeat(levels), true],
		['span', '<span>'.repeat(levels), true],
		['b', '<b>'.repeat(levels), true],
		['div written <div/> (the slash means nothing on an HTML element)', '<div/>'.repeat(levels), true],
		['lists in list items', '<ul><li>'.repeat(levels / 2), true],
		['closed divs', '<div></div>'.repeat(levels), false],
		['unclosed p', '<p>text'.repeat(levels), false],
		['unclosed li', `<ul>${'<li>item'.repeat(levels)}</ul>`, false],
		['unclosed tr and td', `<table>${'<tr><td>cell<td>cell'.repeat(levels)}</table>`, false],
		['unclosed option', `<select>${'<option>choice'.repeat(levels)}</select>`, false],
		['unclosed dt and dd', `<dl>${'<dt>term<dd>meaning'.repeat(levels)}</dl>`, false],
		['void elements', '<br><img src="x.png"><meta name="x"><input><hr><link rel="x"><wbr>'.repeat(levels), false],
		['self-closing inside SVG', `<svg>${'<path d="M0 0"/>'.repeat(levels)}</svg>`, false],
		['divs in a comment', `<!--${'<div>'.repeat(levels)}-->`, false],
		['divs in a script', `<script>${'<div>'.repeat(levels)}</script>`, false],
		['divs in a style', `<style>${'<div>'.repeat(levels)}</style>`, false],
		['divs in a textarea', `<textarea>${'<div>'.repeat(levels)}</textarea>`, false],
		['divs in a title', `<title>${'<div>'.repeat(levels)}</title>`, false],
		['divs in an attribute', `<a title="${'<div>'.repeat(levels)}" href="/">a</a>`, false],
	];

	test.each(generated)('%s: refused only when the elements nest', (_name, markup, nests) => {
		const html = page(markup);
		const scanned = scanMarkup(html, pageLimits);
		expect(scanned.depth > pageLimits.depth).toBe(nests);
		// The scan measures the tree the parser builds: the exact check after parsing agrees.
		expect(scanned.depth).toBe(Math.min(treeShape(parseDocument(html), unlimited).depth, pageLimits.depth + 1));
		const extracted = extractPage(html);
		if (nests) expect(extracted).toEqual({ok: false, reason: tooDeep});
		else expect(extracted.ok && extracted.content).toContain('The talks went on late into the night');
	});

	test('nested as deep as the limit is read, one level more is refused', () => {
		// html and body are two levels, the paragraph one more.
		const at = (divs: number) => page(`${'<div>'.repeat(divs)}${story}${'</div>'.repeat(divs)}`);
		expect(scanMarkup(at(497), pageLimits).depth).toBe(500);
		expect(extractPage(at(497)).ok).toBe(true);
		expect(extractPage(at(498))).toEqual({ok: false, reason: tooDeep});
	});

	test('the scan finds the depth of the parsed tree for any markup', () => {
		const pieces = fc.constantFrom(
			'<div>',
			'</div>',
			'<p>',
			'</p>',
			'<li>',
			'<span>',
			'</span>',
			'<br>',
			'</br>',
			'<svg>',
			'</svg>',
			'<path/>',
			'<math>',
			'<mi>',
			'<title>',
			'</title>',
			'<script>',
			'</SCRIPT>',
			'<style>',
			'<textarea>',
			'<!--',
			'-->',
			'<!-->',
			'<!>',
			'<![CDATA[',
			']]>',
			'<?x>',
			'</ >',
			'</1>',
			'</div/>',
			'< div>',
			'<a href="x>y">',
			"<a title='<b>'>",
			'<a b=c/>',
			'<td>',
			'<tr>',
			'<option>',
			'<dd>',
			'<body>',
			'<head>',
			'<!DOCTYPE html>',
			'&amp;',
			'&#39;',
			'R&D ',
			'"',
			"'",
			'<',
			'>',
			'/',
			'=',
			' ',
			'text',
		);
		fc.assert(
			fc.property(fc.array(fc.oneof(pieces, fc.string({maxLength: 3})), {maxLength: 80}), parts => {
				const html = parts.join('');
				const scanned = scanMarkup(html, unlimited);
				const built = treeShape(parseDocument(html), unlimited);
				expect(scanned.depth).toBe(built.depth);
				// Entities split texts in ways the scan estimates: it counts each `&` before a
				// letter or `#` as one, and undercounts no more than by half.
				const ampersands = html.split('&').length - 1;
				expect(built.nodes).toBeLessThanOrEqual(2 * scanned.nodes + 1);
				expect(scanned.nodes).toBeLessThanOrEqual(built.nodes + 2 * ampersands);
			}),
			{numRuns: 400},
		);
	});
});

describe('limits on the size of the tree', () => {
	const small: MarkupLimits = {depth: 500, nodes: 100, work: 1000};

	test('a page of as many nodes as the limit is read, one more is refused', () => {
		// html, body and 98 empty elements.
		const elements = (count: number) => `<html><body>${'<i></i>'.repeat(count)}</body></html>`;
		expect(scanMarkup(elements(98), small).nodes).toBe(100);
		expect(refusalOf(scanMarkup(elements(98), small), small)).toBeUndefined();
		expect(refusalOf(treeShape(parseDocument(elements(98)), small), small)).toBeUndefined();
		const over = 'markup of more than 100 elements and texts (not read: news pages have some thousands)';
		expect(refusalOf(scanMarkup(elements(99), small), small)).toBe(over);
		expect(refusalOf(treeShape(parseDocument(elements(99)), small), small)).toBe(over);
	});

	test('depths summed past the limit are refused, however few the nodes', () => {
		// 20 nested divs around 40 empty elements: 40 × 22 plus 1 + … + 21 = 1,111.
		const nested = `<div>`.repeat(20) + '<i></i>'.repeat(40);
		expect(scanMarkup(`<html>${nested}`, unlimited)).toEqual({depth: 22, nodes: 61, work: 1111});
		expect(refusalOf(scanMarkup(`<html>${nested}`, small), small)).toMatch(
			/^markup nested too deep for its size, \d+ elements and texts some \d+ levels deep on average/,
		);
		expect(refusalOf(scanMarkup(`<html>${'<i></i>'.repeat(60)}`, small), small)).toBeUndefined();
	});

	test('a page past the default limits is refused before it is parsed', () => {
		const empty = page('<i></i>'.repeat(pageLimits.nodes));
		expect(extractPage(empty)).toEqual({
			ok: false,
			reason: 'markup of more than 250,000 elements and texts (not read: news pages have some thousands)',
		});
		// 450 levels deep around 4,000 paragraphs: Readability would read each text 450 times.
		const deepAndWide = page(`${'<div>'.repeat(450)}${'<p>A paragraph of the story.</p>'.repeat(4000)}`);
		expect(scanMarkup(deepAndWide, unlimited).work).toBeGreaterThan(pageLimits.work);
		const refused = extractPage(deepAndWide);
		expect(!refused.ok && refused.reason).toMatch(/^markup nested too deep for its size/);
	});
});
