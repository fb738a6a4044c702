/**
 * A page's main text with Mozilla's Readability (the reader view of Firefox) on a
 * linkedom document: navigation, comments, related stories, share bars and ads go;
 * paragraphs, headings, list items and block quotes stay, one paragraph each.
 */

import {Readability} from '@mozilla/readability';
import type {ArticleMeta} from '../../model.js';
import {type DomDocument, type DomElement, type DomNode, elementNode, parseDocument, textNode} from './dom.js';
import {scanMarkup} from './markup-scan.js';
import {readMetadata} from './metadata.js';
import {pageLimits, refusalOf, treeShape} from './page-limits.js';
import {completeSkeleton} from './skeleton.js';

const blocks = new Set([
	'P',
	'DIV',
	'SECTION',
	'ARTICLE',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'LI',
	'UL',
	'OL',
	'BLOCKQUOTE',
	'PRE',
	'TABLE',
	'TR',
	'DL',
	'DT',
	'DD',
	'HEADER',
	'FOOTER',
	'MAIN',
	'FIGURE',
	'HR',
]);

// Captions and credits, embedded media and forms are not the story's prose.
const skipped = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'FORM', 'SVG', 'IFRAME']);

/** The text kept from an element, and how much of it was inside links. */
export type BlockText = {
	/** One per block; a `<br>` ends a line. */
	readonly paragraphs: string[];
	/** Characters other than white space, in all the paragraphs and in the links among them. */
	readonly characters: number;
	readonly linkedCharacters: number;
};

/** Characters other than white space. */
function visibleLength(text: string): number {
	let count = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code > 0x20 && code !== 0xa0) count++;
	}

	return count;
}

/** The text of an element as paragraphs: one per block, a `<br>` ends a line. */
export function blockText(root: DomNode): BlockText {
	const paragraphs: string[] = [];
	let current = '';
	let characters = 0;
	let linkedCharacters = 0;
	let openLinks = 0;
	const flush = () => {
		const paragraph = current.replaceAll(/\s+/g, ' ').trim();
		if (paragraph !== '') paragraphs.push(paragraph);
		current = '';
	};

	// Depth-first with an explicit stack, so deeply nested markup cannot overflow the call
	// stack. A node's next sibling waits under its subtree (and under the end of its block or
	// link), so the stack holds a few entries per level, never a whole list of children.
	const stack: (DomNode | 'end-block' | 'end-link')[] = [];
	const first = root.firstChild;
	if (first) stack.push(first);
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node === 'end-block') {
			flush();
			continue;
		}

		if (node === 'end-link') {
			openLinks--;
			continue;
		}

		const next = node.nextSibling;
		if (next) stack.push(next);
		if (node.nodeType === textNode) {
			const text = node.textContent ?? '';
			const length = visibleLength(text);
			characters += length;
			if (openLinks > 0) linkedCharacters += length;
			current += text;
			continue;
		}

		if (node.nodeType !== elementNode) continue;
		const name = node.nodeName.toUpperCase();
		if (skipped.has(name)) continue;
		if (name === 'BR') {
			flush();
			continue;
		}

		if (blocks.has(name)) {
			flush();
			stack.push('end-block');
		} else if (name === 'TD' || name === 'TH') {
			current += ' ';
		} else if (name === 'A' && (node as DomElement).getAttribute('href') !== null) {
			// A link, not a named anchor (`<a name="top">`, often left open around what follows).
			openLinks++;
			stack.push('end-link');
		}

		const child = node.firstChild;
		if (child) stack.push(child);
	}

	flush();
	return {paragraphs, characters, linkedCharacters};
}

/** Characters of text below which a page holds no article (Firefox's reader view asks for 140). */
const minimumText = 140;

/**
 * The share of the text inside links above which a page is a list of links (a section
 * front, a site map, a page of search results), not a story. Readability and boilerpipe
 * judge blocks by the same measure, from a fifth or a third; an article keeps its links
 * inline, well under half of its words.
 */
const maxLinkedShare = 0.5;

function normalise(text: string): string {
	return text.replaceAll(/\s+/g, ' ').trim().toLowerCase().replaceAll(/[‘’]/g, "'").replaceAll(/[“”]/g, '"');
}

export type PageExtraction =
	| {readonly ok: true; readonly content: string; readonly meta: ArticleMeta | undefined}
	| {readonly ok: false; readonly reason: string};

export const noArticle = 'no article text found in the page';
export const onlyLinks = `${noArticle} (it is a list of links)`;

/**
 * The main text and metadata of a page (plain text, paragraphs separated by blank lines,
 * the headline first when known), or the reason there is none: markup past the limits
 * (page-limits.ts) is refused before it is parsed, or once parsed, and a page with no
 * story in it (an error page, a list of links) is reported.
 */
export function extractPage(html: string, pageUrl?: string): PageExtraction {
	const scanned = refusalOf(scanMarkup(html, pageLimits));
	if (scanned) return {ok: false, reason: scanned};
	const document: DomDocument = parseDocument(html);
	// The scan's counts are estimates; the tree's are exact.
	const built = refusalOf(treeShape(document, pageLimits));
	if (built) return {ok: false, reason: built};
	completeSkeleton(document);
	// Metadata first: Readability changes the document as it works.
	const meta = readMetadata(document, pageUrl);
	const result = new Readability<DomElement>(document as never, {
		serializer: node => node as unknown as DomElement,
		charThreshold: 200,
	}).parse();
	const text = result?.content ? blockText(result.content) : undefined;
	const paragraphs = text?.paragraphs ?? [];
	// An error page or a paywall stub: no story, however Readability tried.
	if (!text || paragraphs.join(' ').length < minimumText) return {ok: false, reason: noArticle};
	if (text.linkedCharacters > text.characters * maxLinkedShare) return {ok: false, reason: onlyLinks};

	// A byline line (`Tomas Lindqvist, Europe correspondent · 13 August 2024`) near the top is furniture.
	const authors = meta?.authors?.value ?? [];
	for (let index = Math.min(paragraphs.length, 3) - 1; index >= 0 && paragraphs.length > 1; index--) {
		const paragraph = paragraphs[index]!;
		if (paragraph.length < 120 && !/[.!?”"]$/.test(paragraph) && authors.some(name => paragraph.includes(name))) {
			paragraphs.splice(index, 1);
		}
	}

	// Readability keeps the headline out of the text; put it back as the first line.
	const headline = meta?.headline?.value ?? result?.title ?? undefined;
	if (headline && normalise(paragraphs[0]!) !== normalise(headline)) {
		paragraphs.unshift(headline.replaceAll(/\s+/g, ' ').trim());
	}

	return {ok: true, content: paragraphs.join('\n\n'), meta};
}
