/**
 * The `<html>`, `<head>` and `<body>` that browsers always build, given to a parsed page
 * that lacks them. Their tags are optional in HTML (`<html><head>…</head><p>…` is a whole
 * page), but linkedom keeps the tags as written, and Readability looks for the story in
 * `document.body`, which linkedom finds only as the element right after the head: without
 * this, such a page would be reported as having no article.
 */

import {
	type DomDocument,
	type DomElement,
	type DomNode,
	commentNode,
	documentTypeNode,
	isElement,
	textNode,
} from './dom.js';

/** Elements that belong in the head when they come before the page's content. */
const headElements: ReadonlySet<string> = new Set([
	'BASE',
	'LINK',
	'META',
	'NOSCRIPT',
	'SCRIPT',
	'STYLE',
	'TEMPLATE',
	'TITLE',
]);

function isHeadElement(node: DomNode): boolean {
	return isElement(node) && headElements.has(node.nodeName.toUpperCase());
}

/**
 * A template's content is inert (browsers never show it), but linkedom parses it into the
 * element, and in the head Readability would take a story there for one outside the body,
 * and fail.
 */
function withoutTemplates(head: DomElement): void {
	for (const node of Array.from(head.childNodes)) {
		if (isElement(node, 'TEMPLATE')) node.remove();
	}
}

/** White space and comments, which may stand anywhere. */
function isFiller(node: DomNode): boolean {
	return node.nodeType === commentNode || (node.nodeType === textNode && (node.textContent ?? '').trim() === '');
}

/** Gives the document an `<html>` holding a `<head>` and then a `<body>` with all the content. */
export function completeSkeleton(document: DomDocument): void {
	const top = Array.from(document.childNodes).filter(node => node.nodeType !== documentTypeNode);
	const htmlIndex = top.findIndex(node => isElement(node, 'HTML'));
	const children = htmlIndex === -1 ? [] : Array.from((top[htmlIndex] as DomElement).childNodes);
	const elements = children.filter(node => isElement(node));
	const complete =
		top.every((node, index) => index === htmlIndex || isFiller(node)) &&
		elements.length === 2 &&
		isElement(elements[0]!, 'HEAD') &&
		isElement(elements[1]!, 'BODY') &&
		children.every(node => isElement(node) || isFiller(node)) &&
		Array.from((elements[0] as DomElement).childNodes).every(node => isHeadElement(node) || isFiller(node));
	if (complete) {
		withoutTemplates(elements[0] as DomElement);
		return;
	}

	const html = htmlIndex === -1 ? document.createElement('html') : (top[htmlIndex] as DomElement);
	if (htmlIndex === -1) document.appendChild(html);
	// The page's nodes in their order: what stood outside `<html>`, before or after it, and
	// what the head held besides head elements (a head left open holds the whole page).
	const headIndex = children.findIndex(node => isElement(node, 'HEAD'));
	const bodyIndex = children.findIndex(node => isElement(node, 'BODY'));
	const head = headIndex === -1 ? document.createElement('head') : (children[headIndex] as DomElement);
	const body = bodyIndex === -1 ? document.createElement('body') : (children[bodyIndex] as DomElement);
	const nodes = [
		...top.slice(0, Math.max(htmlIndex, 0)),
		...(headIndex === -1 ? [] : Array.from(head.childNodes).filter(node => !isHeadElement(node))),
		...children.filter((_node, index) => index !== headIndex),
		...(htmlIndex === -1 ? top : top.slice(htmlIndex + 1)),
	];
	html.insertBefore(head, html.firstChild);
	html.insertBefore(body, head.nextSibling);
	// Head elements before any content go to the head; the rest, in order, to the body,
	// around what an existing `<body>` holds.
	const firstInBody = body.firstChild;
	let content = false;
	let afterBody = false;
	for (const node of nodes) {
		if (node === body) {
			content = true;
			afterBody = true;
		} else if (!isFiller(node)) {
			if (!content && isHeadElement(node)) {
				head.appendChild(node);
			} else {
				content = true;
				if (afterBody) body.appendChild(node);
				else body.insertBefore(node, firstInBody);
			}
		}
	}

	withoutTemplates(head);
}
