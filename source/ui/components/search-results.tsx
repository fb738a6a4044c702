import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {Article, CorpusAnalysis} from '../../model.js';
import type {Segment} from '../../render/marks.js';
import {fitToWidth, padToWidth} from '../../render/text-width.js';
import type {SearchHit, SearchResult} from '../../search/search-index.js';
import {StyledLine} from './styled-line.js';

type Properties = {
	readonly results: SearchResult | undefined;
	/** The text typed now: results for an older text are shown dimmed until the new ones arrive. */
	readonly draft: string;
	readonly ready: boolean;
	/** How much of the index is built, 0–1, while it is not ready. */
	readonly progress: number;
	readonly selected: number;
	readonly analysis: CorpusAnalysis;
	readonly ids: ReadonlyMap<string, string>;
	readonly width: number;
	readonly height: number;
	readonly colour: boolean;
};

const kindLabels = {
	speaker: 'speaker',
	quote: 'quote',
	figure: 'figure',
	title: 'title',
	sentence: 'sentence',
} as const;

/** A result's text cut into segments, the matched characters marked. */
function highlighted(hit: SearchHit): Segment[] {
	const {text} = hit.document;
	const segments: Segment[] = [];
	let at = 0;
	for (const [start, end] of hit.ranges) {
		if (start > at) segments.push({text: text.slice(at, start), marks: []});
		segments.push({text: text.slice(start, end), marks: [{kind: 'match'}]});
		at = end;
	}

	segments.push({text: text.slice(at), marks: []});
	return segments;
}

/**
 * `text` with runs of white space made one space and fitted to `width` columns, read
 * only as far as the width can reach: a quotation can be a megabyte long.
 */
function fitOneLine(text: string, width: number): string {
	// No column holds more than a few code units (a letter with its marks, an emoji sequence).
	const reach = width * 16 + 16;
	const collapsed = text.slice(0, reach).replaceAll(/\s+/g, ' ');
	if (text.length <= reach) return fitToWidth(collapsed, width);
	// Cut short, so more follows: it ends in `…` whether or not the part read fits.
	const fitted = fitToWidth(collapsed, width - 1);
	return fitted === collapsed ? `${fitted}…` : fitted;
}

/** Fits segments to a width, cutting the last one with an ellipsis. */
function fitted(segments: readonly Segment[], width: number): Segment[] {
	const result: Segment[] = [];
	let left = width;
	for (const segment of segments) {
		if (left <= 0) break;
		const text = fitOneLine(segment.text, left);
		result.push({...segment, text});
		left -= text.length;
	}

	return [...result, {text: ' '.repeat(Math.max(0, left)), marks: []}];
}

/** The results as typing goes, grouped by kind, matched characters highlighted. */
export function SearchResults({
	results,
	draft,
	ready,
	progress,
	selected,
	analysis,
	ids,
	width,
	height,
	colour,
}: Properties) {
	const stale = results !== undefined && results.query !== draft;
	const summary = !ready
		? ` Indexing… ${Math.round(progress * 100)}%`
		: !results || draft.trim() === ''
			? " Type to search: words, quotations, speakers, figures · by:name in:article num: q: · 'exact ^start end$ !not"
			: ` ${results.total} ${results.total === 1 ? 'match' : 'matches'} · ${Object.entries(results.counts)
					.filter(([, count]) => count > 0)
					.map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`)
					.join(' · ')}${results.total > results.hits.length ? ` · best ${results.hits.length} shown` : ''}`;
	const hits = results && draft.trim() !== '' ? results.hits : [];
	const rowsShown = Math.max(1, height - 1);
	const first = Math.min(Math.max(0, selected - Math.floor(rowsShown / 2)), Math.max(0, hits.length - rowsShown));
	const speakers = useMemo(() => new Map(analysis.speakers.map(speaker => [speaker.id, speaker])), [analysis]);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold inverse dimColor={stale} wrap="truncate">
				{padToWidth(summary, width)}
			</Text>
			{hits.slice(first, first + rowsShown).map((hit, offset) => {
				const {document} = hit;
				const isSelected = first + offset === selected;
				const article =
					document.article === undefined ? '' : (ids.get(analysis.articles[document.article]!.article.id) ?? '');
				const speaker = document.speakerId ? speakers.get(document.speakerId)?.name : undefined;
				const prefix = `${isSelected ? '▸' : ' '} ${kindLabels[document.kind].padEnd(8)} ${fitToWidth(article, 10).padEnd(4)} `;
				const quoted = document.kind === 'quote';
				// A figure alone (`some 11,000`) says little: its sentence follows, as a quotation's speaker does.
				const context =
					document.kind === 'figure' && document.article !== undefined && document.span
						? sentenceAround(analysis.articles[document.article]!.article, document.span.start)
						: undefined;
				const segments: Segment[] = [
					...(quoted ? [{text: '“', marks: []}] : []),
					...highlighted(hit),
					...(quoted ? [{text: `” — ${speaker ?? 'speaker unknown'}`, marks: []}] : []),
					...(context ? [{text: ` — ${context}`, marks: []}] : []),
				];
				return (
					<Box key={`${document.kind}:${document.article ?? ''}:${document.span?.start ?? document.text}`}>
						<Text inverse={isSelected} dimColor={stale} wrap="truncate">
							{prefix}
						</Text>
						<StyledLine segments={fitted(segments, Math.max(1, width - prefix.length))} colour={colour} />
					</Box>
				);
			})}
		</Box>
	);
}

/** The text of the sentence an offset of the article falls in. */
function sentenceAround(article: Article, offset: number): string | undefined {
	const sentence = article.sentences.find(candidate => candidate.start <= offset && offset < candidate.end);
	return sentence ? article.text.slice(sentence.start, sentence.end).replaceAll(/\s+/gu, ' ') : undefined;
}
