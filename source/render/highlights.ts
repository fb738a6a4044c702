/**
 * The highlights of an article shown opposite another: its quotations (by kind and
 * speaker), speaker names and attribution cues, and its figures marked as agreeing
 * or differing with the figures of the same group in the other article.
 */

import {figuresAgree} from '../analysis/figures/hedges.js';
import type {ArticleAnalysis, CorpusAnalysis, Figure} from '../model.js';
import {groupsById} from './corpus-lookups.js';
import type {FigureStatus, Highlight} from './marks.js';

/** How each figure of `entry` relates to the figures of `other` (same index as `entry.figures`). */
export function figureStatuses(
	analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
): FigureStatus[] {
	const groups = groupsById(analysis);
	const statusOf = (figure: Figure): FigureStatus => {
		if (figure.vague) {
			return 'vague';
		}

		const group = figure.group === undefined ? undefined : groups.get(figure.group);
		const counterparts = other
			? (group?.members ?? [])
					.filter(member => member.article === other.article.id && other !== entry)
					.map(member => other.figures[member.index]!)
			: [];
		if (counterparts.length === 0) {
			return 'alone';
		}

		return counterparts.every(counterpart => figuresAgree(figure, counterpart)) ? 'agrees' : 'differs';
	};

	// A conversion shares the status of the figure it restates.
	const statuses = entry.figures.map(figure => statusOf(figure));
	return entry.figures.map((figure, index) => (figure.conversion ? statuses[figure.conversion.of]! : statuses[index]!));
}

/** Every highlight of an article, sorted by start. */
export function articleHighlights(
	analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis | undefined,
	statuses: readonly FigureStatus[] = figureStatuses(analysis, entry, other),
): Highlight[] {
	const {article} = entry;
	const highlights: Highlight[] = [];
	if (article.headline) {
		highlights.push({...article.headline, mark: {kind: 'headline'}});
	}

	if (article.dateline) {
		highlights.push({...article.dateline, mark: {kind: 'dateline'}});
	}

	for (const quote of entry.quotes) {
		const speakerId = quote.attribution?.speakerId;
		for (const span of quote.spans) {
			highlights.push({...span, mark: {kind: 'quote', quoteKind: quote.kind, speakerId}});
		}
	}

	// Each attribution once, even when several quotations share it.
	const attributed = new Set<string>();
	for (const attribution of entry.attributions) {
		const key = `${attribution.cue.start}:${attribution.speaker.span.start}`;
		if (attributed.has(key)) {
			continue;
		}

		attributed.add(key);
		highlights.push(
			{...attribution.speaker.span, mark: {kind: 'speaker', speakerId: attribution.speakerId}},
			{...attribution.cue, mark: {kind: 'cue', speakerId: attribution.speakerId}},
		);
	}

	for (const [index, figure] of entry.figures.entries()) {
		highlights.push({...figure.span, mark: {kind: 'figure', status: statuses[index]!}});
	}

	return highlights.sort((a, b) => a.start - b.start);
}
