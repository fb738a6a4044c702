/**
 * The titles written just before a name in running text: `President Barack Obama`,
 * `first lady Michelle Obama`, `his wife, Michelle Obama`, `former Sen. Jim Webb`.
 * Only words that can belong to such a phrase are read back from the name; another
 * name stops the reading (`told Mr. Obama, Michelle Obama said` gives Michelle
 * nothing of Mr. Obama's).
 */

import {startsWithTitle, titlesIn} from './names.js';

const lookBack = 48;
const maxWords = 4;

/** Titles (in their full form) directly before `position` in `text`. */
export function titlesBefore(text: string, position: number): string[] {
	const words = text.slice(Math.max(0, position - lookBack), position).split(/\s+/);
	words.pop(); // The cut-off word at the start is dropped below; the empty one at the end here.
	const phrase: string[] = [];
	for (let index = words.length - 1; index >= 1 && phrase.length < maxWords; index--) {
		const word = words[index]!.replace(/,$/u, '');
		// A sentence or clause ends here, or another name (a capitalised word that is no title) stands.
		if (word === '' || /[.!?;:"“”()]$/u.test(word.replace(/^(?:\p{L}{1,4}\.)$/u, '')) || /[“"(]/u.test(word)) break;
		if (/^\p{Lu}/u.test(word) && !startsWithTitle([word, ...phrase])) break;
		phrase.unshift(word);
	}

	return titlesIn(phrase.join(' '));
}
