/**
 * The search index: built once at load, queried on every keystroke.
 *
 * fuse.js scans every document on every query, which takes seconds at 300,000
 * sentences. So the index decides *which* documents match with fzf's semantics
 * (ordered characters, exact, prefix, suffix, negation, fields), using a bitmask of
 * the characters each document holds to skip most of them at once and narrowing the
 * previous result when the query only grew; fuse.js then ranks the best few hundred
 * and gives the matched characters to highlight.
 */

import Fuse from 'fuse.js';
import type {CorpusAnalysis} from '../model.js';
import {buildDocuments, type HitKind, hitKinds, type SearchDocument} from './documents.js';
import {isEmptyQuery, parseQuery, type Query, type Term} from './query.js';

export type SearchHit = {
	readonly document: SearchDocument;
	/** Matched character ranges in `document.text`, [start, end). */
	readonly ranges: readonly (readonly [number, number])[];
};

export type SearchResult = {
	readonly query: string;
	/** Best hits, grouped by kind (speakers, quotations, figures, titles, sentences). */
	readonly hits: readonly SearchHit[];
	/** All matching documents, of which `hits` are the best. */
	readonly total: number;
	/** Matches per kind. */
	readonly counts: Readonly<Record<HitKind, number>>;
};

type Entry = {
	readonly document: SearchDocument;
	readonly lower: string;
	readonly mask: number;
};

const kindOrder = new Map(hitKinds.map((kind, index) => [kind, index]));
/** How many of the cheaply scored matches fuse.js ranks. */
const rankedLimit = 300;

/** Bits for the letters and digits a string holds: a document lacking one of a term's cannot match it. */
function characterMask(text: string): number {
	let mask = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.codePointAt(index)!;
		if (code >= 97 && code <= 122) {
			mask |= 1 << (code - 97);
		} else if (code >= 48 && code <= 57) {
			mask |= 1 << 26;
		}
	}

	return mask;
}

/** The widest a fuzzy match may spread: prose is long, and letters scattered over a sentence are noise. */
function maxWindow(needle: string): number {
	return needle.length * 3 + 2;
}

/**
 * fzf's fuzzy match — the term's characters in order — within a short window, never
 * across the separator between the shown text and its extra words. Returns the
 * positions of the tightest match, or undefined.
 */
export function orderedMatch(haystack: string, needle: string): number[] | undefined {
	const limit = maxWindow(needle);
	let best: number[] | undefined;
	for (let start = haystack.indexOf(needle[0]!); start !== -1; start = haystack.indexOf(needle[0]!, start + 1)) {
		const positions = [start];
		let position = start;
		for (let index = 1; index < needle.length && position - start < limit; index++) {
			position = haystack.indexOf(needle[index]!, position + 1);
			if (position === -1 || position - start >= limit) {
				position = -1;
				break;
			}

			positions.push(position);
		}

		if (position === -1) {
			// No later start can fit a character that is missing altogether.
			if (haystack.indexOf(needle.at(-1)!, start) === -1) break;
			continue;
		}

		const window = positions.at(-1)! - start;
		const crosses = haystack.slice(start, positions.at(-1)!).includes('\u0001');
		if (positions.length === needle.length && !crosses && (!best || window < best.at(-1)! - best[0]!)) {
			best = positions;
			if (window === needle.length - 1) break; // Contiguous: nothing is tighter.
		}
	}

	return best;
}

/** Character positions to ranges: `[3, 4, 5, 9]` → `[[3, 6], [9, 10]]`. */
function toRanges(positions: readonly number[]): [number, number][] {
	const ranges: [number, number][] = [];
	for (const position of positions) {
		const last = ranges.at(-1);
		if (last && last[1] === position) {
			last[1] = position + 1;
		} else {
			ranges.push([position, position + 1]);
		}
	}

	return ranges;
}

function trimEnd(text: string): string {
	return text.replace(/[\s.,;:!?”"’)]+$/u, '');
}

type TermMatchResult = {readonly score: number; readonly positions: readonly number[]};

const noMatch: TermMatchResult = {score: 0, positions: []};

function span(start: number, length: number): number[] {
	return Array.from({length}, (_, offset) => start + offset);
}

/**
 * Whether one term matches a document: a score above zero, and where (positions in
 * the haystack). With `shownOnly`, only the shown text is looked at (for highlighting).
 */
function matchTerm(entry: Entry, term: Term, shownOnly = false): TermMatchResult {
	const {document} = entry;
	const needle = term.caseSensitive ? term.text : term.text.toLowerCase();
	const full = term.caseSensitive ? `${document.text}\u0001${document.extra}` : entry.lower;
	const haystack = shownOnly ? full.slice(0, document.text.length) : full;
	const shown = haystack.slice(0, document.text.length);
	let result: TermMatchResult;
	switch (term.match) {
		case 'fuzzy': {
			const contiguous = haystack.indexOf(needle);
			const positions = contiguous === -1 ? orderedMatch(haystack, needle) : span(contiguous, needle.length);
			result = positions
				? {score: needle.length / (positions.at(-1)! - positions[0]! + 1) + (contiguous === -1 ? 0 : 1), positions}
				: noMatch;
			break;
		}

		case 'exact': {
			const at = haystack.indexOf(needle);
			result = at === -1 ? noMatch : {score: 2, positions: span(at, needle.length)};
			break;
		}

		case 'prefix': {
			result = shown.startsWith(needle) ? {score: 2, positions: span(0, needle.length)} : noMatch;
			break;
		}

		case 'suffix': {
			const trimmed = trimEnd(shown);
			result = trimmed.endsWith(needle) ? {score: 2, positions: span(trimmed.length - needle.length, needle.length)} : noMatch;
			break;
		}

		case 'whole': {
			result = trimEnd(shown) === needle ? {score: 3, positions: span(0, needle.length)} : noMatch;
			break;
		}
	}

	return term.negate ? (result.score > 0 ? noMatch : {score: 1, positions: []}) : result;
}

export class SearchIndex {
	readonly documents: readonly SearchDocument[];
	private readonly entries: readonly Entry[];
	private readonly articleIds: readonly string[];
	private readonly speakerNames: ReadonlyMap<string, string>;
	/** The last query's matches, narrowed when the next query only adds to it. */
	private last: {input: string; query: Query; matches: readonly number[]} | undefined;

	constructor(analysis: CorpusAnalysis) {
		this.documents = buildDocuments(analysis);
		this.entries = this.documents.map(document => {
			const lower = `${document.text}\u0001${document.extra}`.toLowerCase();
			return {document, lower, mask: characterMask(lower)};
		});
		this.articleIds = analysis.articles.map(entry => entry.article.id.toLowerCase());
		this.speakerNames = new Map(
			analysis.speakers.map(speaker => [speaker.id, [speaker.name, ...speaker.aliases].join(' ').toLowerCase()]),
		);
	}

	search(input: string, limit = 200): SearchResult {
		const query = parseQuery(input);
		const counts: Record<HitKind, number> = {speaker: 0, quote: 0, figure: 0, title: 0, sentence: 0};
		if (isEmptyQuery(query)) {
			this.last = undefined;
			return {query: input, hits: [], total: 0, counts};
		}

		const candidates = this.narrowable(input, query) ? this.last!.matches : undefined;
		const matches: number[] = [];
		const scores = new Map<number, number>();
		const visit = (index: number) => {
			const score = this.score(index, query);
			if (score > 0) {
				matches.push(index);
				scores.set(index, score);
				counts[this.entries[index]!.document.kind]++;
			}
		};

		if (candidates) {
			for (const index of candidates) {
				visit(index);
			}
		} else {
			for (let index = 0; index < this.entries.length; index++) {
				visit(index);
			}
		}

		this.last = {input, query, matches};
		const best = matches
			.toSorted((a, b) => scores.get(b)! - scores.get(a)! || a - b)
			.slice(0, Math.max(limit, rankedLimit));
		return {query: input, hits: this.rank(best, query).slice(0, limit), total: matches.length, counts};
	}

	/** The new query only extends the last one (a longer last term, or more terms): its matches are a subset. */
	private narrowable(input: string, query: Query): boolean {
		const previous = this.last;
		if (!previous || !input.startsWith(previous.input) || input.includes('|')) {
			return false;
		}

		const before = previous.query;
		const sameFilters = JSON.stringify(before.filters) === JSON.stringify(query.filters);
		const terms = before.groups.every((group, index) => {
			const next = query.groups[index];
			if (group.length !== 1 || next?.length !== 1) return false;
			const [old] = group as [Term];
			const [now] = next as [Term];
			// A fuzzy or exact term that grew at its end matches fewer documents, never more.
			const grew = index === before.groups.length - 1 ? now.text.startsWith(old.text) : now.text === old.text;
			return grew && old.match === now.match && old.negate === now.negate && old.caseSensitive === now.caseSensitive && (old.match === 'fuzzy' || old.match === 'exact') && !old.negate;
		});
		return sameFilters && terms;
	}

	/** Zero when the document does not match; otherwise higher is better. */
	private score(index: number, query: Query): number {
		const entry = this.entries[index]!;
		const {document} = entry;
		const {filters} = query;
		if (filters.kinds.length > 0 && !filters.kinds.includes(document.kind as 'figure' | 'quote')) return 0;
		if (filters.in.length > 0) {
			const id = document.article === undefined ? undefined : this.articleIds[document.article];
			if (id === undefined || !filters.in.some(prefix => id.startsWith(prefix.toLowerCase()))) return 0;
		}

		if (filters.by.length > 0) {
			const names = document.speakerId ? this.speakerNames.get(document.speakerId) : undefined;
			if (document.kind !== 'quote' || !names || !filters.by.every(part => names.includes(part.toLowerCase()))) return 0;
		}

		let total = 1;
		for (const group of query.groups) {
			let best = 0;
			for (const term of group) {
				const needsMask = !term.negate && !term.caseSensitive;
				if (needsMask && (characterMask(term.text.toLowerCase()) & entry.mask) !== characterMask(term.text.toLowerCase())) {
					continue;
				}

				best = Math.max(best, matchTerm(entry, term).score);
			}

			if (best === 0) return 0;
			total += best;
		}

		// Shorter texts with the same match are better answers; speakers and quotations first.
		return total + 1 / (1 + document.text.length / 80) + (hitKinds.length - kindOrder.get(document.kind)!) * 0.01;
	}

	/** The characters of the shown text that matched, for highlighting. */
	private ranges(index: number, query: Query): [number, number][] {
		const entry = this.entries[index]!;
		const shownLength = entry.document.text.length;
		// Lower-casing can change a string's length (rare letters): then nothing lines up to highlight.
		if (entry.lower.length !== shownLength + 1 + entry.document.extra.length) {
			return [];
		}

		const positions = new Set<number>();
		for (const group of query.groups) {
			for (const term of group) {
				for (const position of matchTerm(entry, term, true).positions) {
					if (position < shownLength) positions.add(position);
				}
			}
		}

		return toRanges([...positions].sort((a, b) => a - b));
	}

	/** fuse.js ranks the best matches within each kind; results group by kind. */
	private rank(indices: readonly number[], query: Query): SearchHit[] {
		const pattern = query.groups
			.flatMap(group => group.filter(term => !term.negate).map(term => term.text))
			.join(' ')
			.slice(0, 64);
		const documents = indices.map(index => this.entries[index]!.document);
		const fuseScores = new Map<number, number>();
		if (pattern !== '') {
			const fuse = new Fuse(documents, {
				keys: [
					{name: 'text', weight: 1},
					{name: 'extra', weight: 0.3},
				],
				includeScore: true,
				ignoreLocation: true,
				threshold: 1,
			});
			for (const result of fuse.search(pattern)) {
				fuseScores.set(result.refIndex, result.score ?? 1);
			}
		}

		return indices
			.map((index, position) => ({index, position, score: fuseScores.get(position) ?? 1}))
			.sort(
				(a, b) =>
					kindOrder.get(this.entries[a.index]!.document.kind)! - kindOrder.get(this.entries[b.index]!.document.kind)! ||
					a.score - b.score ||
					a.position - b.position,
			)
			.map(({index}) => ({document: this.entries[index]!.document, ranges: this.ranges(index, query)}));
	}
}
