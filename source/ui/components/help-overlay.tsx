import {Box, Text} from 'ink';
import {padToWidth} from '../../render/text-width.js';
import {keymap} from '../keymap.js';

type Properties = {
	readonly width: number;
	readonly height: number;
};

/** Every key, from the keymap itself, in one or two columns. */
export function HelpOverlay({width, height}: Properties) {
	const entries = keymap.map(binding => `${binding.label.padEnd(11)}${binding.description}`);
	const columnCount = entries.length > height - 1 ? 2 : 1;
	const columnWidth = Math.floor(width / columnCount);
	const perColumn = Math.ceil(entries.length / columnCount);
	const rows = Array.from({length: perColumn}, (_, row) =>
		Array.from({length: columnCount}, (_, column) =>
			padToWidth(entries[column * perColumn + row] ?? '', columnWidth),
		).join(''),
	);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold inverse wrap="truncate">
				{padToWidth(' Keys — press ? q or Esc to close', width)}
			</Text>
			{rows.slice(0, height - 1).map(row => (
				<Text key={row} wrap="truncate">
					{row}
				</Text>
			))}
		</Box>
	);
}
