/**
 * Search in the dashboard. The index is built after the first frame, so the panes
 * appear at once; results for what is being typed are computed after the keystroke
 * is handled, and results for an older query never replace a newer one.
 */

import {useEffect, useMemo, useState} from 'react';
import type {CorpusAnalysis} from '../model.js';
import {type PaneMatch, paneMatches} from '../render/pane-model.js';
import {SearchIndex, type SearchResult} from '../search/search-index.js';

export type DashboardSearch = {
	/** The index is built. */
	readonly ready: boolean;
	/** How much of the index is built, 0–1. */
	readonly progress: number;
	/** Results for the text being typed (possibly for an earlier text, until the new ones arrive). */
	readonly results: SearchResult | undefined;
	/** Hits of the applied query in the two open articles, in text order. */
	readonly matches: readonly [readonly PaneMatch[], readonly PaneMatch[]];
};

export function useSearch(
	analysis: CorpusAnalysis,
	draft: string,
	editing: boolean,
	query: string,
	[left, right]: readonly [number, number],
): DashboardSearch {
	const [index, setIndex] = useState<SearchIndex>();
	const [progress, setProgress] = useState(0);
	useEffect(() => {
		let current = true;
		// In steps, so that keys are handled while a large corpus is indexed.
		void SearchIndex.build(analysis, done => {
			if (current) setProgress(done);
		}).then(built => {
			if (current) setIndex(built);
		});
		return () => {
			current = false;
		};
	}, [analysis]);

	const [results, setResults] = useState<SearchResult>();
	useEffect(() => {
		if (!editing || !index) {
			return;
		}

		// After the keys already waiting: typing fast runs only the latest query.
		const timer = setTimeout(() => {
			setResults(index.search(draft));
		}, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [index, draft, editing]);

	const leftMatches = useMemo(
		() => (index && query !== '' ? paneMatches(index.search(query, 10_000, left).hits) : []),
		[index, query, left],
	);
	const rightMatches = useMemo(
		() => (index && query !== '' ? paneMatches(index.search(query, 10_000, right).hits) : []),
		[index, query, right],
	);
	return {ready: index !== undefined, progress, results, matches: [leftMatches, rightMatches]};
}
