import {Box, Text} from 'ink';
import {padToWidth} from '../../render/text-width.js';
import {type Binding, type KeyContext, keymap} from '../keymap.js';

type Properties = {
	readonly width: number;
	readonly height: number;
	/** Where the reader pressed `?`: its keys come first. */
	readonly context: KeyContext;
};

const contextNames: Record<KeyContext, string> = {
	compare: 'In the panes',
	list: 'In the article list',
	table: 'In this view',
};

/** The keys of a context under two headings: those of the context alone, then those that work everywhere. */
export function helpGroups(context: KeyContext): [string[], string[]] {
	const entry = (binding: Binding) => `${binding.label.padEnd(11)}${binding.description}`;
	const everywhere = (binding: Binding) => binding.contexts.length === 3;
	const own = keymap.filter(binding => binding.contexts.includes(context) && !everywhere(binding));
	return [
		[`${contextNames[context]}:`, ...own.map(entry)],
		['Everywhere:', ...keymap.filter(everywhere).map(entry)],
	];
}

/** The search syntax, shown under the keys. */
export const searchSyntax = [
	'Search (/): words match fuzzily within a word; space = and; a | b = or',
	"'exact  ^start  end$  !not   by:speaker  in:article  num: figures  q: quotes",
	'↑↓ or C-n/C-p choose · Enter opens a result · Esc back · ↑ on an empty line: earlier queries · C-w word',
];

/** The keys that work where the reader is, from the keymap itself, in one or two columns, then the search syntax. */
export function HelpOverlay({width, height, context}: Properties) {
	const [own, everywhere] = helpGroups(context);
	const entries = [...own, '', ...everywhere];
	const room = height - 1 - searchSyntax.length - 1;
	const columnCount = entries.length > room ? 2 : 1;
	const columnWidth = Math.floor(width / columnCount);
	// In two columns each group has its own when both fit; else the entries run on.
	const columnsOf =
		columnCount === 1
			? [entries]
			: Math.max(own.length, everywhere.length) <= room
				? [own, everywhere]
				: [entries.slice(0, Math.ceil(entries.length / 2)), entries.slice(Math.ceil(entries.length / 2))];
	const perColumn = Math.max(...columnsOf.map(column => column.length));
	const rows = Array.from({length: perColumn}, (_, row) =>
		columnsOf.map(column => padToWidth(column[row] ?? '', columnWidth)).join(''),
	);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold inverse wrap="truncate">
				{padToWidth(' Keys — press ? q or Esc to close', width)}
			</Text>
			{rows.slice(0, height - 2 - searchSyntax.length).map((row, index) => (
				// Rows may repeat (blank ones): their place is what tells them apart.
				<Text key={`row-${String(index)}`} wrap="truncate">
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
