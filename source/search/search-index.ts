/**
 * The search index: built once at load, queried on every keystroke.
 *
 * fuse.js scans every document on every query, which takes seconds at 300,000
 * sentences. So the index decides *which* documents match with fzf's semantics
 * (ordered characters, exact, prefix, suffix, negation, fields), skipping most
 * documents with a bitmask of the letters each holds, and narrowing the previous
 * result when the query only grew; fuse.js then ranks the best few hundred.
 * Sentences are searched in place in their article's lower-cased text, so the index
 * holds one lower-cased copy of each article rather than one of each sentence.
 */

import Fuse from 'fuse.js';
import type {CorpusAnalysis} from '../model.js';
import {buildDocuments, type HitKind, hitKinds, type SearchDocument} from './documents.js';
import {isEmptyQuery, parseQuery, type Query, type Term} from './query.js';
import {bestScores} from './top-list.js';

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

const kindOrder = new Map(hitKinds.map((kind, index) => [kind, index]));
/** How many of the cheaply scored matches fuse.js ranks. */
const rankedLimit = 300;
/** Separates a document's shown text from its extra words in its haystack. */
const separator = '\u0001';

/** Bit of a lower-case letter (a–z: 0–25) or digit (26). */
function characterBit(code: number): number {
	if (code >= 97 && code <= 122) return 1 << (code - 97);
	if (code >= 48 && code <= 57) return 1 << 26;
	return 0;
}

function characterMask(text: string, start = 0, end = text.length): number {
	let mask = 0;
	for (let index = start; index < end; index++) {
		mask |= characterBit(text.charCodeAt(index));
	}

	return mask;
}

/** The widest a fuzzy match may spread: prose is long, and letters scattered over a sentence are noise. */
function maxWindow(needle: string): number {
	return needle.length * 3 + 2;
}

/**
 * fzf's fuzzy match — the term's characters in order — within a short window and
 * never across the separator. Returns the positions of the tightest match.
 */
export function orderedMatch(haystack: string, needle: string): number[] | undefined {
	const limit = maxWindow(needle);
	let best: number[] | undefined;
	for (let start = haystack.indexOf(needle[0]!); start !== -1; start = haystack.indexOf(needle[0]!, start + 1)) {
		const positions = [start];
		let position = start;
		for (let index = 1; index < needle.length; index++) {
			position = haystack.indexOf(needle[index]!, position + 1);
			if (position === -1 || position - start >= limit) {
				position = -1;
				break;
			}

			positions.push(position);
		}

		if (position === -1) {
			continue;
		}

		const window = position - start;
		const crosses = haystack.slice(start, position).includes(separator);
		if (!crosses && (!best || window < best.at(-1)! - best[0]!)) {
			best = positions;
			if (window === needle.length - 1) break; // Contiguous: nothing is tighter.
		}
	}

	return best;
}

function trimEnd(text: string): string {
	return text.replace(/[\s.,;:!?”"’)]+$/u, '');
}

type PreparedTerm = {
	readonly term: Term;
	readonly needle: string;
	/** Letters a document must hold to match; 0 when that cannot be known. */
	readonly mask: number;
	/** A single letter of a case-blind fuzzy term: the mask alone decides. */
	readonly maskDecides: boolean;
};

type PreparedQuery = {
	readonly query: Query;
	readonly groups: readonly (readonly PreparedTerm[])[];
};

function prepare(query: Query): PreparedQuery {
	return {
		query,
		groups: query.groups.map(group =>
			group.map(term => {
				const needle = term.caseSensitive ? term.text : term.text.toLowerCase();
				const plain = !term.negate && !term.caseSensitive;
				return {
					term,
					needle,
					mask: plain ? characterMask(needle) : 0,
					maskDecides:
						plain &&
						term.match !== 'prefix' &&
						term.match !== 'suffix' &&
						term.match !== 'whole' &&
						/^[a-z]$/.test(needle),
				};
			}),
		),
	};
}

/** How well a prepared term matches a haystack (shown text, separator, extra words); 0 when not at all. */
function termScore(haystack: string, shownLength: number, prepared: PreparedTerm): number {
	const {term, needle} = prepared;
	let score = 0;
	switch (term.match) {
		case 'fuzzy': {
			if (haystack.includes(needle)) {
				score = 2;
			} else {
				const positions = orderedMatch(haystack, needle);
				score = positions ? needle.length / (positions.at(-1)! - positions[0]! + 1) : 0;
			}

			break;
		}

		case 'exact': {
			score = haystack.includes(needle) ? 2 : 0;
			break;
		}

		case 'prefix': {
			score = haystack.startsWith(needle) ? 2 : 0;
			break;
		}

		case 'suffix': {
			score = trimEnd(haystack.slice(0, shownLength)).endsWith(needle) ? 2 : 0;
			break;
		}

		case 'whole': {
			score = trimEnd(haystack.slice(0, shownLength)) === needle ? 3 : 0;
			break;
		}
	}

	return term.negate ? (score > 0 ? 0 : 1) : score;
}

/** Where a term matches in the shown text, for highlighting. */
function termPositions(shown: string, prepared: PreparedTerm): number[] {
	const {term, needle} = prepared;
	if (term.negate) return [];
	const run = (start: number) => Array.from({length: needle.length}, (_, offset) => start + offset);
	const at = shown.indexOf(needle);
	switch (term.match) {
		case 'fuzzy': {
			return at === -1 ? (orderedMatch(shown, needle) ?? []) : run(at);
		}

		case 'prefix': {
			return shown.startsWith(needle) ? run(0) : [];
		}

		case 'suffix': {
			const trimmed = trimEnd(shown);
			return trimmed.endsWith(needle) ? run(trimmed.length - needle.length) : [];
		}

		default: {
			return at === -1 ? [] : run(at);
		}
	}
}

/** Positions to ranges: `[3, 4, 5, 9]` → `[[3, 6], [9, 10]]`. */
function toRanges(positions: readonly number[]): [number, number][] {
	const ranges: [number, number][] = [];
	for (const position of [...new Set(positions)].sort((a, b) => a - b)) {
		const last = ranges.at(-1);
		if (last?.[1] === position) {
			last[1] = position + 1;
		} else {
			ranges.push([position, position + 1]);
		}
	}

	return ranges;
}

export class SearchIndex {
	readonly documents: readonly SearchDocument[];
	/** Per document: the string it is searched in, and where in it. Sentences share their article's. */
	private readonly haystacks: readonly string[];
	private readonly starts: Int32Array;
	private readonly shownEnds: Int32Array;
	private readonly ends: Int32Array;
	private readonly masks: Int32Array;
	private readonly articleIds: readonly string[];
	private readonly speakerNames: ReadonlyMap<string, string>;
	/** The last query's matches, narrowed when the next query only adds to it. */
	private last: {input: string; query: Query; matches: readonly number[]} | undefined;

	constructor(analysis: CorpusAnalysis) {
		this.documents = buildDocuments(analysis);
		const count = this.documents.length;
		const haystacks: string[] = Array.from({length: count});
		this.starts = new Int32Array(count);
		this.shownEnds = new Int32Array(count);
		this.ends = new Int32Array(count);
		this.masks = new Int32Array(count);
		const lowerArticles = analysis.articles.map(entry => entry.article.text.toLowerCase());
		for (const [index, document] of this.documents.entries()) {
			const inPlace =
				document.kind === 'sentence' &&
				document.article !== undefined &&
				lowerArticles[document.article]!.length === analysis.articles[document.article]!.article.text.length;
			if (inPlace) {
				haystacks[index] = lowerArticles[document.article!]!;
				this.starts[index] = document.span!.start;
				this.shownEnds[index] = document.span!.end;
				this.ends[index] = document.span!.end;
			} else {
				const haystack = `${document.text}${separator}${document.extra}`.toLowerCase();
				haystacks[index] = haystack;
				this.shownEnds[index] = document.text.length;
				this.ends[index] = haystack.length;
			}

			this.masks[index] = characterMask(haystacks[index]!, this.starts[index], this.ends[index]);
		}

		this.haystacks = haystacks;
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

		const prepared = prepare(query);
		const candidates = this.narrowable(input, query) ? this.last!.matches : undefined;
		const matches: number[] = [];
		const scores: number[] = [];
		const visit = (index: number) => {
			const score = this.score(index, prepared);
			if (score > 0) {
				matches.push(index);
				scores.push(score);
				counts[this.documents[index]!.kind]++;
			}
		};

		if (candidates) {
			for (const index of candidates) visit(index);
		} else {
			for (let index = 0; index < this.documents.length; index++) visit(index);
		}

		this.last = {input, query, matches};
		const best = bestScores(scores, Math.max(limit, rankedLimit)).map(position => matches[position]!);
		return {query: input, hits: this.rank(best, prepared).slice(0, limit), total: matches.length, counts};
	}

	/** The new query only extends the last one (a longer last term, or more terms): its matches are a subset. */
	private narrowable(input: string, query: Query): boolean {
		const previous = this.last;
		if (!previous || !input.startsWith(previous.input) || input.includes('|')) {
			return false;
		}

		const before = previous.query;
		if (JSON.stringify(before.filters) !== JSON.stringify(query.filters)) {
			return false;
		}

		return before.groups.every((group, index) => {
			const next = query.groups[index];
			if (group.length !== 1 || next?.length !== 1) return false;
			const [old] = group as [Term];
			const [now] = next as [Term];
			// A fuzzy or exact term that grew at its end matches fewer documents, never more.
			const grew = index === before.groups.length - 1 ? now.text.startsWith(old.text) : now.text === old.text;
			const narrowing = (old.match === 'fuzzy' || old.match === 'exact') && !old.negate;
			return grew && narrowing && old.match === now.match && !now.negate && old.caseSensitive === now.caseSensitive;
		});
	}

	/** The text a document is matched against: its shown text, a separator, its extra words. */
	private haystack(index: number, caseSensitive: boolean): string {
		if (caseSensitive) {
			const document = this.documents[index]!;
			return `${document.text}${separator}${document.extra}`;
		}

		const haystack = this.haystacks[index]!;
		const start = this.starts[index]!;
		const end = this.ends[index]!;
		return start === 0 && end === haystack.length ? haystack : haystack.slice(start, end);
	}

	/** Zero when the document does not match; otherwise higher is better. */
	private score(index: number, prepared: PreparedQuery): number {
		const document = this.documents[index]!;
		const {filters} = prepared.query;
		if (filters.kinds.length > 0 && !filters.kinds.includes(document.kind as 'figure' | 'quote')) return 0;
		if (filters.in.length > 0) {
			const id = document.article === undefined ? undefined : this.articleIds[document.article];
			if (id === undefined || !filters.in.some(prefix => id.startsWith(prefix.toLowerCase()))) return 0;
		}

		if (filters.by.length > 0) {
			const names = document.speakerId ? this.speakerNames.get(document.speakerId) : undefined;
			if (document.kind !== 'quote' || !names || !filters.by.every(part => names.includes(part.toLowerCase())))
				return 0;
		}

		const mask = this.masks[index]!;
		const shownLength = this.shownEnds[index]! - this.starts[index]!;
		let total = 1;
		for (const group of prepared.groups) {
			let best = 0;
			for (const term of group) {
				if ((mask & term.mask) !== term.mask) continue;
				const score = term.maskDecides
					? 2
					: termScore(this.haystack(index, term.term.caseSensitive), shownLength, term);
				best = Math.max(best, score);
			}

			if (best === 0) return 0;
			total += best;
		}

		// Shorter texts with the same match are better answers; speakers and quotations first.
		return total + 1 / (1 + shownLength / 80) + (hitKinds.length - kindOrder.get(document.kind)!) * 0.01;
	}

	/** fuse.js ranks the best matches within each kind; results group by kind; matched characters are marked. */
	private rank(indices: readonly number[], prepared: PreparedQuery): SearchHit[] {
		const pattern = prepared.groups
			.flatMap(group => group.filter(({term}) => !term.negate).map(({term}) => term.text))
			.join(' ')
			.slice(0, 64);
		const documents = indices.map(index => this.documents[index]!);
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

		return documents
			.map((document, position) => ({document, position, score: fuseScores.get(position) ?? 1}))
			.sort(
				(a, b) =>
					kindOrder.get(a.document.kind)! - kindOrder.get(b.document.kind)! ||
					a.score - b.score ||
					a.position - b.position,
			)
			.map(({document}) => ({document, ranges: this.ranges(document, prepared)}));
	}

	/** The characters of the shown text that matched, for highlighting. */
	private ranges(document: SearchDocument, prepared: PreparedQuery): [number, number][] {
		const lower = document.text.toLowerCase();
		// Lower-casing can change a string's length (rare letters): then nothing lines up to highlight.
		if (lower.length !== document.text.length) {
			return [];
		}

		return toRanges(
			prepared.groups.flatMap(group =>
				group.flatMap(term => termPositions(term.term.caseSensitive ? document.text : lower, term)),
			),
		);
	}
}
