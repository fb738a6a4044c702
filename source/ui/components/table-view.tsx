import {Box, Text} from 'ink';
import {padToWidth} from '../../render/text-width.js';

export type TableRow = {
	readonly key: string;
	/** Cell texts, fitted to the column widths by the table. */
	readonly cells: readonly string[];
	/** Drawn in red with colour, and marked `≠` in any case. */
	readonly alert?: boolean;
};

type Properties = {
	readonly title: string;
	readonly headers: readonly string[];
	/** Column widths; the first column takes what is left. */
	readonly widths: readonly number[];
	/** How many rows; only those on screen are asked for, by `row`. */
	readonly rowCount: number;
	readonly row: (index: number) => TableRow;
	readonly selected: number;
	readonly width: number;
	readonly height: number;
	readonly colour: boolean;
	/** A line under the table: what Enter does. */
	readonly hint: string;
};

/** A scrolling table with a selected row, shared by the figures, speakers and quotes views. */
export function TableView({
	title,
	headers,
	widths,
	rowCount,
	row: rowAt,
	selected,
	width,
	height,
	colour,
	hint,
}: Properties) {
	const fixed = widths.slice(1).reduce((sum, columnWidth) => sum + columnWidth, 0);
	const columnWidths = [Math.max(8, width - fixed - 2), ...widths.slice(1)];
	// Each cell keeps one column free, so neighbours never run together.
	const line = (cells: readonly string[]) =>
		cells.map((cell, index) => `${padToWidth(cell, columnWidths[index]! - 1)} `).join('');
	const rowsShown = Math.max(1, height - 3);
	const first = Math.min(Math.max(0, selected - Math.floor(rowsShown / 2)), Math.max(0, rowCount - rowsShown));
	const rows = Array.from({length: Math.max(0, Math.min(rowsShown, rowCount - first))}, (_, offset) =>
		rowAt(first + offset),
	);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold inverse wrap="truncate">
				{padToWidth(` ${title}`, width)}
			</Text>
			<Text bold wrap="truncate">
				{'  '}
				{line(headers)}
			</Text>
			{rows.map((row, offset) => {
				const isSelected = first + offset === selected;
				return (
					<Text
						key={row.key}
						wrap="truncate"
						inverse={isSelected}
						bold={row.alert}
						{...(colour && row.alert ? {color: 'red'} : {})}
					>
						{isSelected ? '▸' : ' '}
						{row.alert ? '≠' : ' '}
						{line(row.cells)}
					</Text>
				);
			})}
			<Text dimColor wrap="truncate">
				{padToWidth(rowCount === 0 ? '  (nothing here)' : `  ${selected + 1}/${rowCount} · ${hint}`, width)}
			</Text>
		</Box>
	);
}
