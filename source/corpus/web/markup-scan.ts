/**
 * A page's shape measured from its text, before it is parsed: how deep its elements nest,
 * how many nodes the parser will make, and their depths summed. Parsing markup nested
 * 300,000 deep takes minutes (the parser's stack costs time with every level) and every
 * node costs some hundreds of bytes, so a page past the limits is refused before any of
 * that is spent. One pass, linear in the length, with the nesting rules of the parser
 * (markup-rules.ts). The depth follows the parser exactly for the markup tested; the node
 * counts are estimates (an entity splits a text in the DOM: each `&` before a letter or
 * `#` is counted as one more node), checked exactly on the tree once it is built.
 */

import {
	closedByOpening,
	foreignElements,
	htmlIntegrationElements,
	rawTextElements,
	voidElements,
} from './markup-rules.js';

export type MarkupShape = {
	/** Deepest element, the outermost at 1. */
	readonly depth: number;
	/** Elements, texts and comments. */
	readonly nodes: number;
	/** Every node's depth, summed: what reading the page costs grows with it. */
	readonly work: number;
};

export type MarkupLimits = MarkupShape;

const greaterThan = 0x3e;
const slash = 0x2f;
const equals = 0x3d;
const doubleQuote = 0x22;
const singleQuote = 0x27;

/** The parser's white space: space, tab, line feed, form feed, carriage return. */
function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

function isAsciiLetter(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Where an opening tag's `>` is (-1: none), past its attributes, and whether it ends `/>`. */
function endOfOpeningTag(html: string, from: number): {end: number; selfClosing: boolean} {
	let state: 'before-name' | 'self-closing' | 'name' | 'after-name' | 'before-value' | 'unquoted' = 'before-name';
	for (let index = from; index < html.length; index++) {
		const code = html.charCodeAt(index);
		switch (state) {
			case 'before-name': {
				if (code === greaterThan) return {end: index, selfClosing: false};
				if (code === slash) state = 'self-closing';
				else if (!isSpace(code)) state = 'name';
				break;
			}

			case 'self-closing': {
				if (code === greaterThan) return {end: index, selfClosing: true};
				if (!isSpace(code)) {
					state = 'before-name';
					index--;
				}

				break;
			}

			case 'name': {
				if (code === equals || code === slash || code === greaterThan || isSpace(code)) {
					state = 'after-name';
					index--;
				}

				break;
			}

			case 'after-name': {
				if (code === equals) {
					state = 'before-value';
				} else if (code === slash || code === greaterThan) {
					state = 'before-name';
					index--;
				} else if (!isSpace(code)) {
					state = 'name';
				}

				break;
			}

			case 'before-value': {
				if (code === doubleQuote || code === singleQuote) {
					const close = html.indexOf(code === doubleQuote ? '"' : "'", index + 1);
					if (close === -1) return {end: -1, selfClosing: false};
					index = close;
					state = 'before-name';
				} else if (!isSpace(code)) {
					state = 'unquoted';
					index--;
				}

				break;
			}

			case 'unquoted': {
				if (code === greaterThan || isSpace(code)) {
					state = 'before-name';
					index--;
				}

				break;
			}
		}
	}

	return {end: -1, selfClosing: false};
}

/**
 * Where `<!…` at `start` ends, and what it makes: a comment (`<!--…-->`, also `<!-->`, or
 * `<![CDATA[…]]>`, a comment in HTML), nothing (a declaration such as the doctype), or,
 * cut off by the end of the page, text of what follows `<!` (a comment so cut off is still
 * one, when anything follows its opening). As the parser does, the character after `<!` or `<!-` is passed
 * over unseen, so that `<!>` runs to the next `>`.
 */
function endOfDeclaration(html: string, start: number): {next: number; makes: 'comment' | 'text' | 'nothing'} {
	const comment = (end: number, opening: number) =>
		end === -1
			? {next: html.length, makes: html.length > start + opening ? ('comment' as const) : ('nothing' as const)}
			: {next: end + 3, makes: 'comment' as const};
	const declaration = (end: number) =>
		end === -1 && html.length > start + 2
			? {next: html.length, makes: 'text' as const}
			: {next: end === -1 ? html.length : end + 1, makes: 'nothing' as const};
	if (html.startsWith('--', start + 2)) return comment(html.indexOf('-->', start + 2), 4);
	if (html.charCodeAt(start + 2) === 0x2d) return declaration(html.indexOf('>', start + 4));
	if (html.charCodeAt(start + 2) === 0x5b) {
		const opening = '[CDATA[';
		let matched = 1;
		while (matched < opening.length && html[start + 2 + matched] === opening[matched]) matched++;
		if (matched === opening.length) return comment(html.indexOf(']]>', start + 2 + matched), 9);
		// The first character that does not match is read again, and may end the declaration.
		return declaration(html.indexOf('>', start + 2 + matched));
	}

	return declaration(html.indexOf('>', start + 3));
}

/** After an `&`: what may be a character reference (`&#39;`, `&#x2019;`, `&amp;`, `&copy`). */
const entityName = /#(?:[xX][\dA-Fa-f]*|\d*);?|[A-Za-z][A-Za-z\d]*;?/y;

const rawTextEnds = new Map([...rawTextElements].map(name => [name, new RegExp(`</${name}[\\t\\n\\f\\r >]`, 'gi')]));

/**
 * The shape of a page's markup, the scan stopping as soon as one measure passes its limit
 * (that measure is then over it, the others partial).
 */
export function scanMarkup(html: string, limits: MarkupLimits): MarkupShape {
	const stack: string[] = [];
	/** How many elements of each name are open, so that an end tag finds its element at once. */
	const openCount = new Map<string, number>();
	// Whether `<x/>` closes itself, innermost last; the parser starts in HTML.
	const foreign: boolean[] = [false];
	let depth = 0;
	let nodes = 0;
	let work = 0;

	const over = () => depth > limits.depth || nodes > limits.nodes || work > limits.work;
	const addNode = () => {
		nodes++;
		work += stack.length + 1;
	};

	const addElement = () => {
		addNode();
		depth = Math.max(depth, stack.length + 1);
	};

	const push = (name: string) => {
		stack.push(name);
		openCount.set(name, (openCount.get(name) ?? 0) + 1);
	};

	const pop = () => {
		const name = stack.pop()!;
		openCount.set(name, openCount.get(name)! - 1);
		return name;
	};

	/**
	 * A stretch of text: a node, or, where it holds entities, a node for each entity and for
	 * each piece of text between them (so the parser makes them).
	 */
	// The next `&` at or after where text was last looked at, found once for all the texts
	// before it (looking again from each text would cross the rest of the page each time).
	let ampersand = -1;
	const addText = (start: number, end: number) => {
		let pieceStart = start;
		if (ampersand !== -1 && ampersand < start) ampersand = html.indexOf('&', start);
		while (ampersand !== -1 && ampersand < end) {
			entityName.lastIndex = ampersand + 1;
			if (entityName.test(html)) {
				if (ampersand > pieceStart) addNode();
				addNode();
				pieceStart = Math.min(entityName.lastIndex, end);
			}

			ampersand = html.indexOf('&', Math.max(ampersand + 1, pieceStart));
		}

		if (end > pieceStart) addNode();
	};

	const open = (name: string, selfClosing: boolean) => {
		const closes = closedByOpening.get(name);
		while (closes && stack.length > 0 && closes.has(stack.at(-1)!)) pop();
		addElement();
		if (!voidElements.has(name)) {
			push(name);
			if (foreignElements.has(name)) foreign.push(true);
			else if (htmlIntegrationElements.has(name)) foreign.push(false);
		}

		if (selfClosing && foreign.at(-1) && stack.at(-1) === name) pop();
	};

	const close = (name: string) => {
		if (foreignElements.has(name) || htmlIntegrationElements.has(name)) foreign.pop();
		if (voidElements.has(name)) {
			// `</br>` is a `<br>`; other void end tags are nothing.
			if (name === 'br') addElement();
		} else if ((openCount.get(name) ?? 0) > 0) {
			while (pop() !== name);
		} else if (name === 'p') {
			// `</p>` with no `<p>` open makes an empty one.
			addElement();
		}
	};

	let textStart = 0;
	let index = 0;
	ampersand = html.indexOf('&');
	while (!over()) {
		const start = html.indexOf('<', index);
		if (start === -1) break;
		const code = html.charCodeAt(start + 1);
		let next: number;
		if (code === 0x21) {
			addText(textStart, start);
			const declaration = endOfDeclaration(html, start);
			if (declaration.makes === 'text') {
				textStart = start + 2;
				break;
			}

			if (declaration.makes === 'comment') addNode();
			next = declaration.next;
		} else if (code === 0x3f) {
			// `<?…>`: nothing in the tree; cut off by the end of the page, what follows it is text.
			addText(textStart, start);
			const end = html.indexOf('>', start + 2);
			if (end === -1) {
				textStart = start + 2;
				break;
			}

			next = end + 1;
		} else if (code === slash) {
			addText(textStart, start);
			let nameStart = start + 2;
			while (nameStart < html.length && isSpace(html.charCodeAt(nameStart))) nameStart++;
			const first = html.charCodeAt(nameStart);
			const end = html.indexOf('>', nameStart);
			next = end === -1 ? html.length : end + 1;
			if (isAsciiLetter(first)) {
				// The name runs to white space or `>` (`</div/>` names `div/`).
				let nameEnd = nameStart;
				while (
					nameEnd < html.length &&
					html.charCodeAt(nameEnd) !== greaterThan &&
					!isSpace(html.charCodeAt(nameEnd))
				) {
					nameEnd++;
				}

				if (end === -1 && nameEnd === html.length) {
					textStart = html.length;
					break;
				}

				close(html.slice(nameStart, nameEnd).toLowerCase());
			} else if (first !== greaterThan && nameStart < html.length) {
				// `</1…>` and the like are comments.
				addNode();
			} else {
				// `</>` and `</ >` are text, and so is a `</` that ends the page.
				textStart = start;
				if (end === -1) break;
				index = next;
				continue;
			}
		} else if (isAsciiLetter(code)) {
			addText(textStart, start);
			let nameEnd = start + 1;
			while (nameEnd < html.length) {
				const character = html.charCodeAt(nameEnd);
				if (character === slash || character === greaterThan || isSpace(character)) break;
				nameEnd++;
			}

			const {end, selfClosing} = endOfOpeningTag(html, nameEnd);
			// A tag cut off by the end of the page makes nothing.
			if (end === -1) {
				textStart = html.length;
				break;
			}

			const name = html.slice(start + 1, nameEnd).toLowerCase();
			open(name, selfClosing);
			next = end + 1;
			const rawTextEnd = selfClosing ? undefined : rawTextEnds.get(name);
			if (rawTextEnd) {
				// Up to its end tag, which the loop then reads like any other.
				rawTextEnd.lastIndex = next;
				const found = rawTextEnd.exec(html);
				const textEnd = found ? found.index : html.length;
				// Only a title's text has its entities decoded, each a node of its own.
				if (name === 'title') addText(next, textEnd);
				else if (textEnd > next) addNode();
				textStart = textEnd;
				index = textEnd;
				continue;
			}
		} else {
			// A `<` that starts no tag is text, though the text before it is a node of its own.
			addText(textStart, start);
			textStart = start;
			index = start + 1;
			continue;
		}

		textStart = next;
		index = next;
	}

	if (!over()) addText(textStart, html.length);
	return {depth, nodes, work};
}
