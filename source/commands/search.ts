/**
 * `parallax search QUERY`: the ranked hits as plain lines (`id\tkind\ttext`), or a
 * JSON array; like grep, nothing found is exit status 1.
 */

import type {CorpusAnalysis} from '../model.js';
import {SearchIndex, type SearchHit} from '../search/search-index.js';
import {type Command, output, UsageError} from './command.js';

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

export const searchCommand: Command = {
	name: 'search',
	summary: 'ranked hits for a query, one a line: article id, kind, text',
	usage: 'parallax search QUERY [PATH…] [--limit N]',
	options: [
		'--limit N       at most N hits (default 100; 0 prints none)',
		"QUERY: space = and, a | b = or, 'exact ^start end$ !not, by:speaker in:article num: q:",
	],
	examples: [
		"parallax search 'by:putin dislodge'",
		'parallax search 11,000 --json',
		'parallax search sudzha seeds/ | cut -f1 | sort -u',
	],
	flags: ['limit'],
	arguments: ['QUERY'],
	run({analysis, flags, arguments: [query]}) {
		if (query === undefined || query.trim() === '') {
			throw new UsageError('search needs a QUERY');
		}

		// `--limit 0` asks for nothing, as `grep -m 0` does: nothing printed, exit status 1.
		const hits = flags.limit === 0 ? [] : searchHits(analysis, query, flags.limit);
		return output(
			hits.map(hit => hitLine(analysis, hit)),
			flags.json ? hits.map(hit => hitJson(analysis, hit)) : undefined,
		);
	},
};
