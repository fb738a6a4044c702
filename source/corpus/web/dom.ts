/**
 * The little of the DOM that page reading uses, typed here because the project does
 * not load the browser's type library; linkedom's documents have this shape.
 */

import {parseHTML} from 'linkedom';

export type DomNode = {
	readonly nodeType: number;
	readonly nodeName: string;
	readonly textContent: string | null;
	// No `childNodes`: linkedom builds a new list on every read of it, so a loop over it is
	// quadratic. Walk `firstChild` and `nextSibling` instead, each a step along its node list.
	readonly firstChild: DomNode | null;
	readonly nextSibling: DomNode | null;
};

export type DomElement = DomNode & {
	readonly tagName: string;
	/** The element's children; a new list on every read (see DomNode). */
	readonly childNodes: ArrayLike<DomNode>;
	appendChild(node: DomNode): DomNode;
	insertBefore(node: DomNode, before: DomNode | null): DomNode;
	remove(): void;
	getAttribute(name: string): string | null;
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
};

export type DomDocument = {
	readonly title: string;
	/** The top-level nodes; a new list on every read (see DomNode). */
	readonly childNodes: ArrayLike<DomNode>;
	readonly documentElement: DomElement | null;
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
	createElement(name: string): DomElement;
	appendChild(node: DomNode): DomNode;
};

export const elementNode = 1;
export const textNode = 3;
export const commentNode = 8;
export const documentTypeNode = 10;

export function isElement(node: DomNode, name?: string): node is DomElement {
	return node.nodeType === elementNode && (name === undefined || node.nodeName.toUpperCase() === name);
}

/** Parses a page with linkedom (fast and small; no scripts run, nothing is fetched). */
export function parseDocument(html: string): DomDocument {
	return (parseHTML(html) as {document: DomDocument}).document;
}
