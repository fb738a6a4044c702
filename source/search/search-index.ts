/**
 * The search index: built once at load, queried on every keystroke.
 *
 * fuse.js scans every document on every query, which takes seconds at 300,000
 * sentences. So the index decides which documents match, with fzf's semantics, from
 * a vocabulary of words and the documents holding each (a term is compared with tens
 * of thousands of words, not hundreds of thousands of sentences); fuse.js then ranks
 * the best few hundred. Terms the vocabulary cannot answer (negations, anchors,
 * capitals) are checked document by document among the candidates.
 */

import Fuse from 'fuse.js';
import type {CorpusAnalysis} from '../model.js';
import {performance} from 'node:perf_hooks';
import {finish, type Steps} from '../steps.js';
import {
	articleDocuments,
	documentCount,
	type HitKind,
	hitKinds,
	type SearchDocument,
	speakerDocument,
	speakerWordsOf,
} from './documents.js';
import {isEmptyQuery, parseQuery, type Query, type Term} from './query.js';
import {bestScores} from './top-list.js';
import {characterBit, forEachWord, intersect, type ScoredDocuments, WordIndex, wordPattern} from './word-index.js';

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
/** Separates a document's shown text from its extra words. */
const separator = '\u0001';

/**
 * fzf's fuzzy match — the term's characters in order — within one word (prose is
 * long, and letters scattered over a sentence are noise) and a short window.
 * Returns the positions of the tightest match.
 */
export function orderedMatch(haystack: string, needle: string): number[] | undefined {
	const limit = needle.length * 3 + 2;
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

		// Within one word: no space, and not across the separator before the extra words.
		const between = haystack.slice(start, position);
		if (position === -1 || /\s/u.test(between) || between.includes(separator)) {
			continue;
		}

		if (!best || position - start < best.at(-1)! - best[0]!) {
			best = positions;
			if (position - start === needle.length - 1) break; // Contiguous: nothing is tighter.
		}
	}

	return best;
}

const numeral = /^\d+(?:[.,]\d+)*$/u;

/** `1,150` and `1150` are one value; `150` is another, though it is in both. */
function sameValue(word: string, needle: string): boolean {
	return numeral.test(word) && Number(word.replaceAll(',', '')) === Number(needle.replaceAll(',', ''));
}

/**
 * How well a fuzzy or exact term matches one word: 2 as a substring, less the more spread
 * out, 0 not at all. A number matches by its value, not as characters.
 */
function wordScore(word: string, needle: string, fuzzy: boolean): number {
	if (numeral.test(needle)) {
		return sameValue(word, needle) ? 2.5 : 0;
	}

	if (word.includes(needle)) {
		return word === needle ? 2.5 : word.startsWith(needle) ? 2.2 : 2;
	}

	if (!fuzzy || needle.length < 3) {
		return 0;
	}

	const positions = orderedMatch(word, needle);
	return positions ? needle.length / (positions.at(-1)! - positions[0]! + 1) : 0;
}

function trimEnd(text: string): string {
	// Only the tail can hold what is trimmed: matching at the end of a long text must not cost time.
	const tail = text.slice(-40).replace(/[\s.,;:!?”"’)]+$/u, '');
	return text.length <= 40 ? tail : text.slice(0, -40) + tail;
}

type PreparedTerm = {
	readonly term: Term;
	readonly needle: string;
	/** The vocabulary can answer it: a case-blind, positive, fuzzy or exact term. */
	readonly byWords: boolean;
};

type PreparedQuery = {
	readonly query: Query;
	readonly groups: readonly (readonly PreparedTerm[])[];
};

function prepare(query: Query): PreparedQuery {
	return {
		query,
		groups: query.groups.map(group =>
			group.map(term => ({
				term,
				needle: term.caseSensitive ? term.text : term.text.toLowerCase(),
				byWords: !term.negate && !term.caseSensitive && (term.match === 'fuzzy' || term.match === 'exact'),
			})),
		),
	};
}

/** How well a term matches a haystack (shown text, separator, extra words), checked in full; 0 when not. */
function termScore(haystack: string, shownLength: number, {term, needle}: PreparedTerm): number {
	let score = 0;
	switch (term.match) {
		case 'fuzzy':
		case 'exact': {
			for (const [word] of haystack.matchAll(wordPattern)) {
				score = Math.max(score, wordScore(word, needle, term.match === 'fuzzy'));
			}

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
function termPositions(shown: string, {term, needle}: PreparedTerm): number[] {
	if (term.negate) return [];
	const run = (start: number) => Array.from({length: needle.length}, (_, offset) => start + offset);
	const at = shown.indexOf(needle);
	switch (term.match) {
		case 'fuzzy': {
			return at === -1 ? (needle.length >= 3 ? (orderedMatch(shown, needle) ?? []) : []) : run(at);
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

/** Characters (and documents, as 64 each) indexed between two steps of the build: a millisecond or two. */
const indexWorkPerStep = 65_536;

/** Where a piece of `text` starting at `from` may end near `target`: at a space, never inside a word. */
function pieceEnd(text: string, target: number): number {
	if (target >= text.length) return text.length;
	const space = /\s/g;
	space.lastIndex = target;
	return space.exec(text)?.index ?? text.length;
}

export class SearchIndex {
	private readonly documentList: SearchDocument[] = [];
	/** Per document: the lower-cased string it is searched in, and where. Sentences share their article's. */
	private readonly haystacks: string[];
	private readonly starts: Int32Array;
	private readonly ends: Int32Array;
	private readonly shownLengths: Int32Array;
	private readonly masks: Int32Array;
	private readonly kinds: Uint8Array;
	private readonly words: WordIndex;
	private readonly articleIds: readonly string[];
	private readonly speakerNames: ReadonlyMap<string, string>;
	/** Per article, the range of its documents (they are built article by article). */
	private readonly articleRanges: [number, number][];
	/** Per speaker, their quotations' documents, ascending. */
	private readonly quotesBySpeaker = new Map<string, number[]>();
	/** The indexing still to do when built in steps. */
	private readonly steps: Steps<void>;
	/** The last query's candidates per term group. */
	private groupCache = new Map<string, ScoredDocuments | undefined>();

	/**
	 * Builds the index at once. `SearchIndex.buildSteps` does the same in steps, for a
	 * dashboard that must not freeze while it indexes.
	 */
	constructor(analysis: CorpusAnalysis, options: {readonly inSteps?: boolean} = {}) {
		const count = documentCount(analysis);
		this.haystacks = Array.from({length: count});
		this.starts = new Int32Array(count);
		this.ends = new Int32Array(count);
		this.shownLengths = new Int32Array(count);
		this.masks = new Int32Array(count);
		this.kinds = new Uint8Array(count);
		this.words = new WordIndex(count);
		this.articleRanges = analysis.articles.map((): [number, number] => [0, 0]);
		this.articleIds = analysis.articles.map(entry => entry.article.id.toLowerCase());
		this.speakerNames = new Map(
			analysis.speakers.map(speaker => [speaker.id, [speaker.name, ...speaker.aliases].join(' ').toLowerCase()]),
		);
		this.steps = this.index(analysis);
		if (!options.inSteps) finish(this.steps);
	}

	/** Every document, speakers first, then each article's. */
	get documents(): readonly SearchDocument[] {
		return this.documentList;
	}

	/** The index built in steps, yielding the share done (source/steps.ts). */
	static *buildSteps(analysis: CorpusAnalysis): Steps<SearchIndex> {
		const index = new SearchIndex(analysis, {inSteps: true});
		yield* index.steps;
		return index;
	}

	/** The index built in steps, a few milliseconds at a time, with a turn of the event loop between; progress (0–1) after each. */
	static async build(analysis: CorpusAnalysis, onProgress?: (done: number) => void): Promise<SearchIndex> {
		const steps = SearchIndex.buildSteps(analysis);
		for (;;) {
			const deadline = performance.now() + 8;
			let result = steps.next();
			while (!result.done && performance.now() < deadline) result = steps.next();
			if (result.done) return result.value;
			if (result.value !== undefined) onProgress?.(result.value);
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}
	}

	/** The indexing work: documents made and indexed article by article, yielding the share done every so often. */
	private *index(analysis: CorpusAnalysis): Steps<void> {
		const count = this.kinds.length;
		const documents = this.documentList;
		let work = 0;
		const add = (document: SearchDocument, lower: string | undefined): number | undefined => {
			const index = documents.length;
			documents.push(document);
			this.kinds[index] = kindOrder.get(document.kind)!;
			this.shownLengths[index] = document.text.length;
			if (document.kind === 'quote' && document.speakerId) {
				const quotes = this.quotesBySpeaker.get(document.speakerId);
				if (quotes) quotes.push(index);
				else this.quotesBySpeaker.set(document.speakerId, [index]);
			}

			// A sentence is searched in its article's lower-cased text; its words come with the article's below.
			if (document.kind === 'sentence' && lower !== undefined) {
				this.haystacks[index] = lower;
				this.starts[index] = document.span!.start;
				this.ends[index] = document.span!.end;
				work += 8;
				return index;
			}

			const haystack = `${document.text}${separator}${document.extra}`.toLowerCase();
			this.haystacks[index] = haystack;
			this.ends[index] = haystack.length;
			let mask = 0;
			forEachWord(haystack, 0, haystack.length, word => {
				mask |= this.words.add(index, word);
			});
			this.masks[index] = mask;
			work += 64 + haystack.length;
			return undefined;
		};

		for (const speaker of analysis.speakers) {
			add(speakerDocument(speaker), undefined);
			if (work >= indexWorkPerStep) {
				work = 0;
				yield documents.length / count;
			}
		}

		const speakerWords = speakerWordsOf(analysis);
		for (const [article, entry] of analysis.articles.entries()) {
			const {text} = entry.article;
			const lowered = text.toLowerCase();
			// Lower-casing can change the length (a few rare letters): such an article's sentences get copies.
			const lower = lowered.length === text.length ? lowered : undefined;
			const first = documents.length;
			const sentences: number[] = [];
			for (const document of articleDocuments(analysis, article, speakerWords)) {
				const sentence = add(document, lower);
				if (sentence !== undefined) sentences.push(sentence);
				if (work >= indexWorkPerStep) {
					work = 0;
					yield documents.length / count;
				}
			}

			this.articleRanges[article] = [first, documents.length];
			if (lower === undefined || sentences.length === 0) continue;
			// The sentences' words: one pass over the article's words, each given to the sentence it falls in,
			// in pieces that end between words.
			let at = 0;
			const visit = (word: string, position: number) => {
				while (at < sentences.length && position >= this.ends[sentences[at]!]!) at++;
				const sentence = sentences[at];
				if (sentence !== undefined && position >= this.starts[sentence]!) {
					this.masks[sentence] = this.masks[sentence]! | this.words.add(sentence, word);
				}
			};

			for (let from = 0; from < lower.length;) {
				const to = pieceEnd(lower, from + indexWorkPerStep);
				forEachWord(lower, from, to, visit);
				work += to - from;
				from = to;
				if (work >= indexWorkPerStep) {
					work = 0;
					yield documents.length / count;
				}
			}
		}
	}

	get vocabularySize(): number {
		return this.words.vocabularySize;
	}

	/**
	 * The best `limit` hits for a query, grouped by kind; with `article`, only that
	 * article's hits, in text order (to step through them in a pane).
	 */
	search(input: string, limit = 200, article?: number): SearchResult {
		return finish(this.searchSteps(input, limit, article));
	}

	/**
	 * `search` in steps of a few milliseconds (source/steps.ts): a query that the
	 * vocabulary cannot answer (`!the`) checks every document of the corpus.
	 */
	*searchSteps(input: string, limit = 200, article?: number): Steps<SearchResult> {
		const query = parseQuery(input);
		const counts: Record<HitKind, number> = {speaker: 0, quote: 0, figure: 0, title: 0, sentence: 0};
		if (isEmptyQuery(query)) {
			return {query: input, hits: [], total: 0, counts};
		}

		const prepared = prepare(query);
		// Candidates, scored from words where the words can tell; the rest is checked in full.
		let candidates: ScoredDocuments | undefined;
		let checkInFull = false;
		const narrow = (next: ScoredDocuments) => {
			candidates = candidates ? intersect(candidates, next) : next;
		};

		// While typing, only the last term changes: the others' candidates are kept from the last query.
		const cached = new Map<string, ScoredDocuments | undefined>();
		for (const group of prepared.groups) {
			const key = group.map(({term, needle}) => `${term.match}${term.negate ? '!' : ''}${needle}`).join('|');
			const fromWords = this.groupCache.has(key) ? this.groupCache.get(key) : yield* this.groupCandidates(group);
			cached.set(key, fromWords);
			if (fromWords) narrow(fromWords);
			else checkInFull = true;
			yield;
		}

		this.groupCache = cached;

		for (const fieldCandidates of this.fieldCandidates(query)) {
			narrow(fieldCandidates);
		}

		if (article !== undefined) {
			const [start, end] = this.articleRanges[article] ?? [0, 0];
			const documents = Int32Array.from({length: Math.max(0, end - start)}, (_, offset) => start + offset);
			narrow({documents, scores: new Float32Array(documents.length)});
		}

		yield;
		const kindsWanted = query.filters.kinds.map(kind => kindOrder.get(kind)!);
		// This search's own buffers, as long as the documents it can match: searches in steps may overlap.
		const room = (candidates as ScoredDocuments | undefined)?.documents.length ?? this.documents.length;
		const matches = new Int32Array(room);
		const scores = new Float64Array(room);
		const kindCounts = new Int32Array(hitKinds.length);
		let total = 0;
		const accept = (document: number, score: number) => {
			if (score <= 0) return;
			const kind = this.kinds[document]!;
			if (kindsWanted.length > 0 && !kindsWanted.includes(kind)) return;
			// Shorter texts with the same match are better answers; speakers and quotations first.
			matches[total] = document;
			scores[total] = 1 + score + 1 / (1 + this.shownLengths[document]! / 80) + (hitKinds.length - kind) * 0.01;
			kindCounts[kind]!++;
			total++;
		};

		const found = candidates as ScoredDocuments | undefined;
		if (found && !checkInFull && kindsWanted.length === 0) {
			// The common case, without a call per document.
			const {documents, scores: wordScores} = found;
			const {kinds, shownLengths} = this;
			for (let index = 0; index < documents.length; index++) {
				if (index % 262_144 === 262_143) yield;
				const document = documents[index]!;
				const kind = kinds[document]!;
				matches[total] = document;
				scores[total] =
					1 + wordScores[index]! + 1 / (1 + shownLengths[document]! / 80) + (hitKinds.length - kind) * 0.01;
				kindCounts[kind]!++;
				total++;
			}
		} else if (found && !checkInFull) {
			for (let index = 0; index < found.documents.length; index++) {
				if (index % 65_536 === 65_535) yield;
				accept(found.documents[index]!, found.scores[index]! + 1e-6);
			}
		} else {
			// Checked in full: each document's text is read, a step every few thousand.
			const each = found ? found.documents.length : this.documents.length;
			let read = 0;
			for (let index = 0; index < each; index++) {
				const document = found ? found.documents[index]! : index;
				accept(document, this.checkInFull(document, prepared));
				read += 64 + this.ends[document]! - this.starts[document]!;
				if (read >= 262_144) {
					read = 0;
					yield;
				}
			}
		}

		for (const [kind, name] of hitKinds.entries()) counts[name] = kindCounts[kind]!;
		yield;
		if (article !== undefined) {
			const inOrder = [...matches.subarray(0, total)]
				.map(index => this.documents[index]!)
				.filter(document => document.span !== undefined)
				.sort((a, b) => a.span!.start - b.span!.start)
				.slice(0, limit);
			const hits: SearchHit[] = [];
			for (const document of inOrder) {
				hits.push({document, ranges: this.ranges(document, prepared)});
				if (hits.length % 1024 === 0) yield;
			}

			return {query: input, hits, total, counts};
		}

		const best = bestScores(scores.subarray(0, total), Math.max(limit, rankedLimit)).map(
			position => matches[position]!,
		);
		yield;
		return {query: input, hits: this.rank(best, prepared).slice(0, limit), total, counts};
	}

	/** Documents that a group's terms match in their words, scored; undefined when a term needs a full check. */
	private *groupCandidates(group: readonly PreparedTerm[]): Steps<ScoredDocuments | undefined> {
		if (!group.every(term => term.byWords)) {
			return undefined;
		}

		// One lower-case letter: the letter masks answer directly.
		if (group.length === 1 && /^[a-z]$/.test(group[0]!.needle)) {
			const bit = characterBit(group[0]!.needle.charCodeAt(0));
			let count = 0;
			const documents = new Int32Array(this.masks.length);
			for (let document = 0; document < this.masks.length; document++) {
				if (document % 262_144 === 262_143) yield;
				if ((this.masks[document]! & bit) !== 0) documents[count++] = document;
			}

			return {documents: documents.subarray(0, count), scores: new Float32Array(count).fill(2)};
		}

		return yield* this.words.documentsWhereSteps(
			word => Math.max(...group.map(({term, needle}) => wordScore(word, needle, term.match === 'fuzzy'))),
			Number.POSITIVE_INFINITY,
		);
	}

	/** Candidates from `in:` (an article's documents) and `by:` (a speaker's quotations), each scoring nothing. */
	private fieldCandidates(query: Query): ScoredDocuments[] {
		const {filters} = query;
		const sets: ScoredDocuments[] = [];
		if (filters.in.length > 0) {
			// Articles' documents are consecutive and in order: no sorting needed.
			const documents: number[] = [];
			for (const [article, [start, end]] of this.articleRanges.entries()) {
				if (filters.in.some(prefix => this.articleIds[article]!.startsWith(prefix.toLowerCase()))) {
					for (let index = start; index < end; index++) documents.push(index);
				}
			}

			sets.push({documents: Int32Array.from(documents), scores: new Float32Array(documents.length)});
		}

		if (filters.by.length > 0) {
			const documents = Int32Array.from(
				[...this.quotesBySpeaker]
					.filter(([id]) => filters.by.every(part => this.speakerNames.get(id)?.includes(part.toLowerCase())))
					.flatMap(([, quotes]) => quotes),
			).sort();
			sets.push({documents, scores: new Float32Array(documents.length)});
		}

		return sets;
	}

	/** The lower-cased text a document is matched against: its shown text, a separator, its extra words. */
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

	/** A document checked against every term: zero when it does not match. */
	private checkInFull(index: number, prepared: PreparedQuery): number {
		let total = 0;
		for (const group of prepared.groups) {
			let best = 0;
			for (const term of group) {
				best = Math.max(
					best,
					termScore(this.haystack(index, term.term.caseSensitive), this.shownLengths[index]!, term),
				);
			}

			if (best === 0) return 0;
			total += best;
		}

		return total === 0 ? 1 : total;
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
