/**
 * A page's main text with Mozilla's Readability (the reader view of Firefox) on a
 * linkedom document: navigation, comments, related stories, share bars and ads go;
 * paragraphs, headings, list items and block quotes stay, one paragraph each.
 */

import {Readability} from '@mozilla/readability';
import type {ArticleMeta} from '../../model.js';
import {type DomDocument, type DomElement, type DomNode, elementNode, parseDocument, textNode} from './dom.js';
import {readMetadata} from './metadata.js';

export type ExtractedPage = {
	/** Plain text, paragraphs separated by blank lines, the headline first when known. */
	readonly content: string;
	readonly meta: ArticleMeta | undefined;
};

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

/** The text of an element as paragraphs: one per block, a `<br>` ends a line. */
export function blockText(root: DomNode): string[] {
	const paragraphs: string[] = [];
	let current = '';
	const flush = () => {
		const paragraph = current.replaceAll(/\s+/g, ' ').trim();
		if (paragraph !== '') paragraphs.push(paragraph);
		current = '';
	};

	// Depth-first with an explicit stack, so deeply nested markup cannot overflow the call stack.
	const stack: (DomNode | 'end-block')[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node === 'end-block') {
			flush();
			continue;
		}

		if (node.nodeType === textNode) {
			current += node.textContent ?? '';
			continue;
		}

		if (node.nodeType !== elementNode) continue;
		const name = node.nodeName.toUpperCase();
		if (skipped.has(name)) continue;
		if (name === 'BR') {
			flush();
			continue;
		}

		const block = blocks.has(name);
		if (block) {
			flush();
			stack.push('end-block');
		} else if (name === 'TD' || name === 'TH') {
			current += ' ';
		}

		for (let index = node.childNodes.length - 1; index >= 0; index--) {
			stack.push(node.childNodes[index]!);
		}
	}

	flush();
	return paragraphs;
}

/** Characters of text below which a page holds no article (Firefox's reader view asks for 140). */
const minimumText = 140;

function normalise(text: string): string {
	return text.replaceAll(/\s+/g, ' ').trim().toLowerCase().replaceAll(/[‘’]/g, "'").replaceAll(/[“”]/g, '"');
}

/** A page refused before reading, with the reason. */
export class PageRefused extends Error {}

/**
 * Deepest nesting read. Readability's time grows with the cube of the depth (500 levels:
 * half a second; 2,000: fifteen seconds) and news pages nest some tens of levels.
 */
export const maxDepth = 500;

/** How deep the markup nests, counted without recursion. */
function depthOf(root: DomNode): number {
	let deepest = 0;
	const stack: {node: DomNode; depth: number}[] = [{node: root, depth: 0}];
	while (stack.length > 0) {
		const {node, depth} = stack.pop()!;
		deepest = Math.max(deepest, depth);
		if (deepest > maxDepth) break;
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === elementNode) stack.push({node: child, depth: depth + 1});
		}
	}

	return deepest;
}

/**
 * The main text and metadata of a page, or undefined when it has no readable article.
 * Throws `PageRefused` for markup too deep to read in reasonable time.
 */
export function extractPage(html: string, pageUrl?: string): ExtractedPage | undefined {
	const document: DomDocument = parseDocument(html);
	if (document.documentElement && depthOf(document.documentElement) > maxDepth) {
		throw new PageRefused(`markup nested more than ${maxDepth} levels deep (not read: it would take minutes)`);
	}
	// Metadata first: Readability changes the document as it works.
	const meta = readMetadata(document, pageUrl);
	const result = new Readability<DomElement>(document as never, {
		serializer: node => node as unknown as DomElement,
		charThreshold: 200,
	}).parse();
	const paragraphs = result?.content ? blockText(result.content) : [];
	// A page of links, an error page or a paywall stub: no story, however Readability tried.
	if (paragraphs.join(' ').length < minimumText) {
		return undefined;
	}

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

	return {content: paragraphs.join('\n\n'), meta};
}
