import {Box, Text} from 'ink';
import {padToWidth} from '../../render/text-width.js';
import {keymap} from '../keymap.js';

type Properties = {
	readonly width: number;
	readonly height: number;
};

/** The search syntax, shown under the keys. */
export const searchSyntax = [
	'Search (/): words match fuzzily within a word; space = and; a | b = or',
	"'exact  ^start  end$  !not   by:speaker  in:article  num: figures  q: quotes",
	'↑↓ or C-n/C-p choose · Enter opens a result · Esc back · ↑ on an empty line: earlier queries · C-w word',
];

/** Every key, from the keymap itself, in one or two columns, then the search syntax. */
export function HelpOverlay({width, height}: Properties) {
	const entries = keymap.map(binding => `${binding.label.padEnd(11)}${binding.description}`);
	const columnCount = entries.length > height - 1 - searchSyntax.length - 1 ? 2 : 1;
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
			{rows.slice(0, height - 2 - searchSyntax.length).map(row => (
				<Text key={row} wrap="truncate">
					{row}
				</Text>
			))}
			<Text> </Text>
			{searchSyntax.map(line => (
				<Text key={line} dimColor wrap="truncate">
					{line}
				</Text>
			))}
		</Box>
	);
}
