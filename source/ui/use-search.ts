/**
 * Search in the dashboard. The index is built in the background after the first
 * frame, so the panes appear at once; results for what is being typed are worked
 * out after the keystroke is handled, and a newer text drops the work for an older
 * one; all of it in slices (ui/slices.ts), so that keys and signals are handled
 * while a query runs over 20,000 articles.
 */

import {useMemo} from 'react';
import type {CorpusAnalysis} from '../model.js';
import {type PaneMatch, paneMatches} from '../render/pane-model.js';
import {SearchIndex, type SearchResult} from '../search/search-index.js';
import type {Steps} from '../steps.js';
import {priorities} from './slices.js';
import {useStepped} from './use-stepped.js';

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

const noMatches: readonly PaneMatch[] = [];

/** Hits shown in a pane at most. */
const paneHitLimit = 10_000;

function* paneMatchSteps(index: SearchIndex, query: string, article: number): Steps<readonly PaneMatch[]> {
	const result = yield* index.searchSteps(query, paneHitLimit, article);
	return paneMatches(result.hits);
}

function usePaneMatches(index: SearchIndex | undefined, query: string, article: number): readonly PaneMatch[] {
	const matches = useStepped(
		useMemo(() => (index && query !== '' ? paneMatchSteps(index, query, article) : undefined), [index, query, article]),
	);
	return matches.value ?? noMatches;
}

export function useSearch(
	analysis: CorpusAnalysis,
	draft: string,
	editing: boolean,
	query: string,
	[left, right]: readonly [number, number],
): DashboardSearch {
	const built = useStepped(
		useMemo(() => SearchIndex.buildSteps(analysis), [analysis]),
		{atOnce: false, priority: priorities.background},
	);
	const index = built.value;
	// After the keys already waiting: typing fast runs only the latest query.
	const typed = useStepped(
		useMemo(() => (editing && index ? index.searchSteps(draft) : undefined), [index, draft, editing]),
		{atOnce: false},
	);
	const leftMatches = usePaneMatches(index, query, left);
	const rightMatches = usePaneMatches(index, query, right);
	return {
		ready: built.ready,
		progress: built.ready ? 1 : built.progress,
		results: typed.latest,
		matches: [leftMatches, rightMatches],
	};
}
