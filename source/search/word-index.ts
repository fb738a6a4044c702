/**
 * Which documents hold which words. A search term is matched against the vocabulary
 * (tens of thousands of words, not hundreds of thousands of sentences), and only the
 * documents holding a matching word are looked at, with the term's score for that
 * word as theirs.
 */

import {finish, type Steps} from '../steps.js';

/** Words scored between two steps of `documentsWhereSteps`. */
const wordsPerStep = 16_384;

export const wordPattern = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Documents (ascending) with a score each. */
export type ScoredDocuments = {
	readonly documents: Int32Array;
	readonly scores: Float32Array;
};

/** Bit of a lower-case letter (a–z: 0–25) or digit (26). */
export function characterBit(code: number): number {
	if (code >= 97 && code <= 122) return 1 << (code - 97);
	if (code >= 48 && code <= 57) return 1 << 26;
	return 0;
}

export function characterMask(text: string): number {
	let mask = 0;
	for (let index = 0; index < text.length; index++) {
		mask |= characterBit(text.charCodeAt(index));
	}

	return mask;
}

export class WordIndex {
	private readonly words: string[] = [];
	private readonly wordMasks: number[] = [];
	private readonly ids = new Map<string, number>();
	/** Word id → documents holding it, ascending. */
	private readonly postings: number[][] = [];
	private readonly lastDocument: number[] = [];

	constructor(private readonly documentCount: number) {}

	/** Records that a document holds a word; returns the word's letter mask. Documents come in ascending order. */
	add(document: number, word: string): number {
		let id = this.ids.get(word);
		if (id === undefined) {
			id = this.words.length;
			this.words.push(word);
			this.wordMasks.push(characterMask(word));
			this.ids.set(word, id);
			this.postings.push([]);
			this.lastDocument.push(-1);
		}

		if (this.lastDocument[id] !== document) {
			this.lastDocument[id] = document;
			this.postings[id]!.push(document);
		}

		return this.wordMasks[id]!;
	}

	get vocabularySize(): number {
		return this.words.length;
	}

	/**
	 * Documents holding a word that `scoreWord` scores above zero, each with its best
	 * word's score; undefined when they would be more than `limit`.
	 */
	documentsWhere(scoreWord: (word: string) => number, limit: number): ScoredDocuments | undefined {
		return finish(this.documentsWhereSteps(scoreWord, limit));
	}

	/**
	 * `documentsWhere` in steps: every word of the vocabulary is scored, hundreds of
	 * thousands in a large corpus. Each call has buffers of its own, so that calls in
	 * steps may overlap.
	 */
	*documentsWhereSteps(scoreWord: (word: string) => number, limit: number): Steps<ScoredDocuments | undefined> {
		const marked = new Uint8Array(this.documentCount);
		const scratch = new Float32Array(this.documentCount);
		let total = 0;
		let work = 0;
		const found: number[] = [];
		for (let id = 0; id < this.words.length; id++) {
			if (++work >= wordsPerStep) {
				work = 0;
				yield;
			}

			const score = scoreWord(this.words[id]!);
			if (score <= 0) continue;
			const list = this.postings[id]!;
			total += list.length;
			work += list.length >> 4;
			if (total > limit) return undefined;
			for (const document of list) {
				if (marked[document] === 1) {
					if (score > scratch[document]!) scratch[document] = score;
				} else {
					marked[document] = 1;
					scratch[document] = score;
					found.push(document);
				}
			}
		}

		// In document order: sorted when few, gathered by a pass over the marks when many.
		const count = found.length;
		const documents = new Int32Array(count);
		if (count < this.documentCount / 8) {
			documents.set(found);
			documents.sort();
		} else {
			let at = 0;
			for (let document = 0; document < this.documentCount && at < count; document++) {
				if (marked[document] === 1) documents[at++] = document;
			}
		}

		const scores = new Float32Array(count);
		for (let index = 0; index < count; index++) scores[index] = scratch[documents[index]!]!;
		return {documents, scores};
	}
}

/** The documents in both, with their scores added. */
export function intersect(a: ScoredDocuments, b: ScoredDocuments): ScoredDocuments {
	const size = Math.min(a.documents.length, b.documents.length);
	const documents = new Int32Array(size);
	const scores = new Float32Array(size);
	let count = 0;
	let i = 0;
	let j = 0;
	while (i < a.documents.length && j < b.documents.length) {
		const x = a.documents[i]!;
		const y = b.documents[j]!;
		if (x < y) i++;
		else if (x > y) j++;
		else {
			documents[count] = x;
			scores[count] = a.scores[i]! + b.scores[j]!;
			count++;
			i++;
			j++;
		}
	}

	return {documents: documents.subarray(0, count), scores: scores.subarray(0, count)};
}

const wordCharacterCache = new Map<number, boolean>();

/** Letters, digits and combining marks; decided once per character outside ASCII. */
function isWordCharacter(code: number): boolean {
	if (code < 128) {
		return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
	}

	let known = wordCharacterCache.get(code);
	if (known === undefined) {
		known = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code));
		wordCharacterCache.set(code, known);
	}

	return known;
}

/** Characters that join two runs of letters into one word: `Ukraine’s`, `1,150`, `U.S.`, `state-run`. */
function isJoiner(code: number): boolean {
	return code === 39 || code === 0x2019 || code === 46 || code === 44 || code === 45;
}

/**
 * Calls `visit` with each word of `text[start, end)` (as `wordPattern` finds them),
 * without a regular expression: building the index reads every word of the corpus.
 */
export function forEachWord(text: string, start: number, end: number, visit: (word: string, at: number) => void): void {
	let index = start;
	while (index < end) {
		while (index < end && !isWordCharacter(text.charCodeAt(index))) index++;
		if (index >= end) break;
		const wordStart = index;
		for (;;) {
			while (index < end && isWordCharacter(text.charCodeAt(index))) index++;
			if (index + 1 < end && isJoiner(text.charCodeAt(index)) && isWordCharacter(text.charCodeAt(index + 1))) {
				index++;
				continue;
			}

			break;
		}

		visit(text.slice(wordStart, index), wordStart);
	}
}
