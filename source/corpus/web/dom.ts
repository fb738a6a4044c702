/**
 * The little of the DOM that page reading uses, typed here because the project does
 * not load the browser's type library; linkedom's documents have this shape.
 */

import {parseHTML} from 'linkedom';

export type DomNode = {
	readonly nodeType: number;
	readonly nodeName: string;
	readonly textContent: string | null;
	readonly childNodes: ArrayLike<DomNode>;
};

export type DomElement = DomNode & {
	readonly tagName: string;
	getAttribute(name: string): string | null;
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
};

export type DomDocument = {
	readonly title: string;
	readonly documentElement: DomElement | null;
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
};

export const elementNode = 1;
export const textNode = 3;

/** Parses a page with linkedom (fast and small; no scripts run, nothing is fetched). */
export function parseDocument(html: string): DomDocument {
	return (parseHTML(html) as {document: DomDocument}).document;
}
