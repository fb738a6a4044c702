/**
 * How much markup a page may have to be read, and why: reading takes time and memory in
 * proportion to its nodes (linkedom keeps some hundreds of bytes for each), and
 * Readability reads the text of every element again for each element around it, so its
 * time follows the nodes' depths summed. The limits sit far above news pages (a long
 * story with its page furniture has some thousands of nodes, ten or twenty deep) and
 * keep the slowest page within seconds and a few hundred megabytes.
 */

import {type DomDocument, type DomNode, documentTypeNode, elementNode} from './dom.js';
import type {MarkupLimits, MarkupShape} from './markup-scan.js';

export const pageLimits: MarkupLimits = {
	/** Pure nesting costs Readability the cube of the depth: 500 levels take half a second. */
	depth: 500,
	/** The Rust Reference on one page, 4.3 MB, has 213,000 nodes. */
	nodes: 250_000,
	/** The same page sums to 2.6 million; 3 million take some ten seconds. */
	work: 3_000_000,
};

/** The reason a page of this shape is not read, or undefined when it is within the limits. */
export function refusalOf(shape: MarkupShape, limits: MarkupLimits = pageLimits): string | undefined {
	const count = (value: number) => value.toLocaleString('en-US');
	if (shape.depth > limits.depth) {
		return `markup nested more than ${count(limits.depth)} levels deep (not read: it would take minutes)`;
	}

	if (shape.nodes > limits.nodes) {
		return `markup of more than ${count(limits.nodes)} elements and texts (not read: news pages have some thousands)`;
	}

	if (shape.work > limits.work) {
		return `markup nested too deep for its size, ${count(shape.nodes)} elements and texts some ${count(Math.round(shape.work / shape.nodes))} levels deep on average (not read: it would take minutes)`;
	}

	return undefined;
}

/** The shape of a parsed page, counted without recursion, the walk ending once a limit is passed. */
export function treeShape(document: DomDocument, limits: MarkupLimits = pageLimits): MarkupShape {
	let depth = 0;
	let nodes = 0;
	let work = 0;
	// Each entry is the next node to visit at its depth; its siblings follow it there.
	const stack: {node: DomNode; depth: number}[] = [];
	// The page's own nodes, read once: in linkedom the doctype, when there is one, comes first
	// and has no next sibling.
	const top = Array.from(document.childNodes);
	for (let index = top.length - 1; index >= 0; index--) {
		if (top[index]!.nodeType !== documentTypeNode) stack.push({node: top[index]!, depth: 1});
	}

	while (stack.length > 0 && depth <= limits.depth && nodes <= limits.nodes && work <= limits.work) {
		const entry = stack.pop()!;
		const {node} = entry;
		const next = entry.depth > 1 ? node.nextSibling : null;
		if (next) stack.push({node: next, depth: entry.depth});
		nodes++;
		work += entry.depth;
		if (node.nodeType !== elementNode) continue;
		depth = Math.max(depth, entry.depth);
		const child = node.firstChild;
		if (child) stack.push({node: child, depth: entry.depth + 1});
	}

	return {depth, nodes, work};
}
