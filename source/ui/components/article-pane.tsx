import {Box, Text} from 'ink';
import type {DisplayLine} from '../../render/layout.js';
import type {Highlight, Segment} from '../../render/marks.js';
import type {PaneModel} from '../../render/pane-model.js';
import {toSegments} from '../../render/segments.js';
import {columns, fitToWidth, padToWidth} from '../../render/text-width.js';
import type {Selection} from '../state/dashboard-state.js';
import {StyledLine} from './styled-line.js';

type Properties = {
	readonly model: PaneModel;
	readonly label: string;
	readonly scroll: number;
	readonly selection: Selection | undefined;
	readonly focused: boolean;
	/** Columns of text; the pane adds one for its scroll bar. */
	readonly textWidth: number;
	readonly bodyHeight: number;
	readonly colour: boolean;
};

function selectedSpan(model: PaneModel, selection: Selection | undefined) {
	if (!selection) {
		return undefined;
	}

	const targets = {quote: model.quotes, figure: model.figures, match: model.matches}[selection.kind];
	return targets[selection.index]?.span;
}

/** Where the pane is in its article: `top`, `end`, `all` or a percentage. */
function position(scroll: number, lineCount: number, height: number): string {
	if (lineCount <= height) return 'all';
	if (scroll <= 0) return 'top';
	if (scroll + height >= lineCount) return 'end';
	return `${Math.round((scroll / (lineCount - height)) * 100)}%`;
}

/** The scroll bar: a thumb sized to the share of the article on screen. */
function scrollBar(scroll: number, lineCount: number, height: number): string[] {
	if (lineCount <= height) {
		return Array.from({length: height}, () => ' ');
	}

	const thumb = Math.max(1, Math.round((height * height) / lineCount));
	const top = Math.round(((height - thumb) * scroll) / Math.max(1, lineCount - height));
	return Array.from({length: height}, (_, row) => (row >= top && row < top + thumb ? '┃' : '│'));
}

/** The text offsets that visible lines cover, [first start, last end). */
function textWindow(visible: readonly DisplayLine[]): [number, number] {
	let start = Infinity;
	let end = -Infinity;
	for (const line of visible) {
		if (line.kind === 'text') {
			start = Math.min(start, line.start);
			end = Math.max(end, line.end);
		}
	}

	return [start, end];
}

/** One article: a title line, then the visible window of its wrapped, highlighted text. */
export function ArticlePane({model, label, scroll, selection, focused, textWidth, bodyHeight, colour}: Properties) {
	const {lines} = model;
	const text = model.entry.article.text;
	const selected = selectedSpan(model, selection);
	// Only the highlights on screen: a long article has thousands, and every row is cut by them.
	const [windowStart, windowEnd] = textWindow(lines.slice(scroll, scroll + bodyHeight));
	const highlights: Highlight[] = model.highlights.filter(
		highlight => highlight.end > windowStart && highlight.start < windowEnd,
	);
	if (selected) highlights.push({...selected, mark: {kind: 'selected'}});
	const where = model.pending === undefined ? position(scroll, lines.length, bodyHeight) : '…';
	const title = `${fitToWidth(label, textWidth - where.length - 1)}`;
	const bar = scrollBar(scroll, lines.length, bodyHeight);
	const rows = Array.from({length: bodyHeight}, (_, row): Segment[] => {
		const line = lines[scroll + row];
		if (model.pending !== undefined && row === 0) {
			const size = text.length.toLocaleString('en-US');
			return [
				{
					text: padToWidth(`Laying out ${size} characters… ${Math.floor(model.pending * 100)}%`, textWidth),
					marks: [{kind: 'furniture'}],
				},
			];
		}

		if (!line) {
			return [{text: padToWidth(row === 0 ? '' : '~', textWidth), marks: [{kind: 'furniture'}]}];
		}

		if (line.kind === 'blank') {
			return [{text: ' '.repeat(textWidth), marks: []}];
		}

		if (line.kind === 'furniture') {
			return [{text: padToWidth(line.text, textWidth), marks: [{kind: 'furniture'}]}];
		}

		const segments = toSegments(text, line.start, line.end, highlights);
		const padding = textWidth - columns(text.slice(line.start, line.end));
		return [...segments, {text: ' '.repeat(Math.max(0, padding)), marks: []}];
	});

	return (
		<Box flexDirection="column" width={textWidth + 1}>
			<Text bold inverse={focused} wrap="truncate">
				{padToWidth(`${title} `, textWidth - where.length)}
				{where}{' '}
			</Text>
			{rows.map((segments, row) => (
				// Rows are positions on screen, not items: the index is their identity.
				<Box key={row}>
					<StyledLine segments={segments} colour={colour} />
					<Text dimColor>{bar[row]}</Text>
				</Box>
			))}
		</Box>
	);
}
