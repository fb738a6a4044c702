import {Box, Text} from 'ink';
import {padToWidth} from '../../render/text-width.js';

export type ArticleListItem = {
	readonly id: string;
	readonly title: string;
	/** Publication date and outlet when known: `2025-07-28 · The Meridian Herald`. */
	readonly source?: string;
	readonly quotes: number;
	readonly figures: number;
	/** Holds a figure that another source contradicts. */
	readonly differs: boolean;
};

type Properties = {
	/** Undefined while they are worked out (a large corpus). */
	readonly items: readonly ArticleListItem[] | undefined;
	/** How many articles there are. */
	readonly count: number;
	readonly selected: number;
	readonly left: number;
	readonly right: number;
	readonly focused: boolean;
	readonly width: number;
	readonly height: number;
};

/** The articles with date and outlet when known, counts, a ≠ on those holding a disputed figure, and L/R on the open pair. */
export function ArticleList({items, count, selected, left, right, focused, width, height}: Properties) {
	const rowsShown = Math.max(1, height - 1);
	const first = Math.min(Math.max(0, selected - Math.floor(rowsShown / 2)), Math.max(0, count - rowsShown));
	const visible = items?.slice(first, first + rowsShown) ?? [];
	return (
		<Box flexDirection="column" width={width}>
			<Text bold inverse={focused} wrap="truncate">
				{padToWidth(` Articles (${count})`, width)}
			</Text>
			{items ? undefined : <Text dimColor>{padToWidth(' Listing…', width)}</Text>}
			{visible.map((item, offset) => {
				const index = first + offset;
				const open = index === left ? 'L' : index === right ? 'R' : ' ';
				const counts = `${item.quotes}q ${item.figures}f${item.differs ? ' ≠' : '  '}`;
				const source = item.source ? `${item.source} · ` : '';
				const label = padToWidth(`${open} ${item.id} ${source}${item.title}`, Math.max(1, width - counts.length - 1));
				return (
					<Text key={item.id} inverse={index === selected && focused} bold={index === selected} wrap="truncate">
						{label} {counts}
					</Text>
				);
			})}
		</Box>
	);
}
