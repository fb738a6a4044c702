/**
 * A pane's model, prepared in steps: the article laid out at the pane's width, its
 * highlights opposite the other article, and its places to move to. An article of
 * ordinary length is ready in the same frame; one of a megabyte takes a few slices,
 * during which the pane says how far it has got and keys and signals still work.
 */

import {useMemo} from 'react';
import type {ArticleAnalysis} from '../model.js';
import {layoutStepsCached} from '../render/layout.js';
import {paneMarkSteps, type PaneMatch, type PaneModel, paneModelSteps, pendingPaneModel} from '../render/pane-model.js';
import {useStepped} from './use-stepped.js';

export function usePaneModel(
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
	width: number,
	found: readonly PaneMatch[],
): PaneModel {
	const lines = useStepped(useMemo(() => layoutStepsCached(entry.article, width), [entry, width]));
	const marks = useStepped(useMemo(() => paneMarkSteps(entry, other), [entry, other]));
	const model = useStepped(
		useMemo(
			() => (lines.value && marks.value ? paneModelSteps(entry, lines.value, found, marks.value) : undefined),
			[entry, lines.value, marks.value, found],
		),
	);
	if (model.ready) return model.value;
	// Laying out is most of the work.
	const progress = (lines.ready ? 1 : lines.progress) * 0.7 + (marks.ready ? 1 : marks.progress) * 0.2;
	return pendingPaneModel(entry, progress);
}
