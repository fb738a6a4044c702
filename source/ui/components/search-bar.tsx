import {Text} from 'ink';
import {columns, padToWidth} from '../../render/text-width.js';
import type {SearchState} from '../state/dashboard-state.js';

type Properties = {
	readonly search: SearchState;
	/** Hits of the applied query in the focused pane. */
	readonly hits: number;
	/** The panes are on screen: the applied query's hits are theirs to tell. */
	readonly panesShown: boolean;
	readonly width: number;
};

/** The search line: typing while editing, the applied query and its hits, or a hint. */
export function SearchBar({search, hits, panesShown, width}: Properties) {
	if (search.editing) {
		return (
			<Text wrap="truncate">
				<Text bold>/</Text> {search.draft}
				<Text inverse> </Text>
				<Text dimColor>
					{padToWidth('   ↑↓ choose · Enter open · Esc back', Math.max(0, width - search.draft.length - 3))}
				</Text>
			</Text>
		);
	}

	if (search.query !== '' && panesShown) {
		const summary = `${hits} ${hits === 1 ? 'hit' : 'hits'} in this pane · n/N next/previous · / edit · Esc clear`;
		return (
			<Text wrap="truncate">
				<Text bold>/</Text> {search.query}{' '}
				<Text dimColor>{padToWidth(`  ${summary}`, Math.max(0, width - columns(search.query) - 3))}</Text>
			</Text>
		);
	}

	return (
		<Text dimColor wrap="truncate">
			{padToWidth('/ search · f figures · s speakers · ? help', width)}
		</Text>
	);
}
