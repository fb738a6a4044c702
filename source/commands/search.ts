/**
 * `parallax search QUERY`: the ranked hits as plain lines (`id\tkind\ttext`), or a
 * JSON array; like grep, nothing found is exit status 1.
 */

import type {CorpusAnalysis} from '../model.js';
import {SearchIndex, type SearchHit} from '../search/search-index.js';

export type SearchHitJson = {
	readonly kind: string;
	/** The article id; null for a speaker. */
	readonly article: string | null;
	readonly start: number | null;
	readonly end: number | null;
	readonly text: string;
	readonly speaker: {readonly id: string; readonly name: string} | null;
	/** Matched character ranges in `text`. */
	readonly matches: readonly (readonly [number, number])[];
};

export function searchHits(analysis: CorpusAnalysis, query: string, limit: number): SearchHit[] {
	return [...new SearchIndex(analysis).search(query, limit).hits];
}

export function hitJson(analysis: CorpusAnalysis, hit: SearchHit): SearchHitJson {
	const {document} = hit;
	const speaker = analysis.speakers.find(candidate => candidate.id === document.speakerId);
	return {
		kind: document.kind,
		article: document.article === undefined ? null : analysis.articles[document.article]!.article.id,
		start: document.span?.start ?? null,
		end: document.span?.end ?? null,
		text: document.text,
		speaker: speaker ? {id: speaker.id, name: speaker.name} : null,
		matches: hit.ranges,
	};
}

/** One hit a line: article id (or `-`), kind, text on one line. */
export function hitLine(analysis: CorpusAnalysis, hit: SearchHit): string {
	const {document} = hit;
	const id = document.article === undefined ? '-' : analysis.articles[document.article]!.article.id;
	return [id, document.kind, document.text.replaceAll(/\s+/g, ' ')].join('\t');
}
