import {describe, expect, test} from 'vitest';
import {type DomNode, elementNode, textNode} from '../../../source/corpus/web/dom.js';
import {blockText} from '../../../source/corpus/web/extract.js';
import {treeShape} from '../../../source/corpus/web/page-limits.js';

/** A text, or an element: its name, then its children. */
type Spec = string | Spec[];

/**
 * A tree that counts every step taken through it and has no `childNodes`: linkedom builds
 * that list anew on each read, so a walk that reads it once per child is quadratic.
 */
function countedTree(spec: Spec) {
	let steps = 0;
	let nodes = 0;
	const build = (item: Spec, next: DomNode | null): DomNode => {
		nodes++;
		const children = typeof item === 'string' ? [] : item.slice(1).reverse();
		let first: DomNode | null = null;
		for (const child of children) first = build(child, first);
		return {
			nodeType: typeof item === 'string' ? textNode : elementNode,
			nodeName: typeof item === 'string' ? '#text' : (item[0] as string),
			textContent: typeof item === 'string' ? item : null,
			get firstChild() {
				steps++;
				return first;
			},
			get nextSibling() {
				steps++;
				return next;
			},
			// Every element has every attribute: every `A` is a link.
			getAttribute: () => 'x',
			get childNodes(): never {
				throw new Error('childNodes read');
			},
		} as DomNode;
	};

	const root = build(spec, null);
	return {root, nodes, steps: () => steps};
}

describe('walking a page', () => {
	const words = 10_000;
	const spans: Spec = ['DIV', ['P', ...Array.from({length: words}, (_, index): Spec => ['SPAN', `word${index} `])]];

	test('the text of 10,000 inline spans is one paragraph, each node stepped through a bounded number of times', () => {
		const tree = countedTree(spans);
		const text = blockText(tree.root);
		expect(text.paragraphs).toHaveLength(1);
		expect(text.paragraphs[0]!.split(' ')).toHaveLength(words);
		expect(text.paragraphs[0]!.startsWith('word0 word1 word2')).toBe(true);
		// Each node's first child and next sibling are read once.
		expect(tree.steps()).toBeLessThanOrEqual(2 * tree.nodes);
	});

	test('blocks, line breaks and links are walked in order', () => {
		const tree = countedTree([
			'DIV',
			['H2', 'Heading'],
			['P', 'One ', ['A', 'link'], ' and ', ['B', 'bold'], ['BR'], 'next line'],
			['UL', ['LI', 'first'], ['LI', ['A', 'second']]],
			['FIGCAPTION', 'Photograph: staff'],
		]);
		const text = blockText(tree.root);
		expect(text.paragraphs).toEqual(['Heading', 'One link and bold', 'next line', 'first', 'second']);
		expect(text.linkedCharacters).toBe('link'.length + 'second'.length);
		expect(text.characters).toBe('HeadingOnelinkandboldnextlinefirstsecond'.length);
	});

	test('the shape of a tree is counted stepping through each node a bounded number of times', () => {
		const tree = countedTree(spans);
		const document = {childNodes: [tree.root]} as never;
		expect(treeShape(document)).toEqual({depth: 3, nodes: tree.nodes, work: 1 + 2 + 3 * words + 4 * words});
		expect(tree.steps()).toBeLessThanOrEqual(2 * tree.nodes);
	});
});
